/**
 * A few published items on the demo municipality's portal, written through the real editing use
 * cases by its ITA coordinator, so the demo shows sections, stable addresses and versions.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { loadActor } from '../../platform/auth/sessions.ts'
import type { FileService } from '../../platform/files/index.ts'
import { currentFiscalYear } from '../../platform/thai-calendar/index.ts'
import { createPortalItem, savePortalItemEdit, setItemPublication } from './portal-editing.use-cases.ts'
import type { PortalItemFormValues } from './portal.input.ts'

type DemoItem = { section: string; title_th: string; title_en: string; body: string; fiscalYear: boolean; links?: { label: string; url: string }[]; revisedBody?: string }

const ITEMS: DemoItem[] = [
  {
    section: 'structure',
    title_th: 'โครงสร้างส่วนราชการและผู้บริหาร',
    title_en: 'Structure and executives',
    fiscalYear: false,
    body: '<h2>ผู้บริหาร</h2><table><thead><tr><th>ตำแหน่ง</th><th>ชื่อ</th><th>โทรศัพท์</th></tr></thead><tbody><tr><td>นายกเทศมนตรีตำบลเวียงทอง</td><td>นายกเทศมนตรี เวียงทอง</td><td>0 9912 0099</td></tr><tr><td>ปลัดเทศบาล</td><td>นางสาวปลัด ใจซื่อ</td><td>0 9912 0098</td></tr></tbody></table><p>ส่วนราชการ: สำนักปลัดเทศบาล กองคลัง กองช่าง กองการศึกษา</p>',
  },
  {
    section: 'news',
    title_th: 'ประชาสัมพันธ์การรับฟังความคิดเห็นแผนพัฒนาท้องถิ่น',
    title_en: 'Public hearing on the local development plan',
    fiscalYear: true,
    body: 'เทศบาลตำบลเวียงทองขอเชิญประชาชนร่วมแสดงความคิดเห็นต่อร่างแผนพัฒนาท้องถิ่น ณ หอประชุมเทศบาล วันเสาร์ที่ 12 ธันวาคม 2569 เวลา 09.00 น.',
    revisedBody: 'เทศบาลตำบลเวียงทองขอเชิญประชาชนร่วมแสดงความคิดเห็นต่อร่างแผนพัฒนาท้องถิ่น ณ หอประชุมเทศบาล วันเสาร์ที่ 12 ธันวาคม 2569 เวลา 09.30 น. (เลื่อนเวลาจากเดิม 09.00 น.)',
  },
  {
    section: 'ethics',
    title_th: 'ประมวลจริยธรรมของพนักงานเทศบาล',
    title_en: 'Code of ethics of municipal staff',
    fiscalYear: false,
    body: '<ul><li>ยึดมั่นในสถาบันหลักของประเทศ</li><li>ซื่อสัตย์สุจริต มีจิตสำนึกที่ดี และรับผิดชอบต่อหน้าที่</li><li>กล้าตัดสินใจและกระทำในสิ่งที่ถูกต้องชอบธรรม</li><li>คิดถึงประโยชน์ส่วนรวมมากกว่าประโยชน์ส่วนตน และมีจิตสาธารณะ</li></ul>',
  },
  {
    section: 'complaints',
    title_th: 'ช่องทางและสถิติเรื่องร้องเรียนการทุจริต',
    title_en: 'Complaint channels and statistics',
    fiscalYear: true,
    body: 'ร้องเรียนหรือแจ้งเบาะแสได้ทางเว็บไซต์นี้ โดยไม่ต้องเปิดเผยตัวตน ยื่นด้วยตนเอง ทางไปรษณีย์ โทรศัพท์ 0 9912 0099 หรือสายด่วน 1567',
    links: [
      { label: 'ร้องเรียน / แจ้งเบาะแส', url: 'http://localhost:3000/o/wiang-thong/complaints' },
      { label: 'สถิติเรื่องร้องเรียน', url: 'http://localhost:3000/o/wiang-thong/complaints/statistics' },
    ],
  },
]

export async function loadDemoPortal(db: Kysely<Database>, now: Date, files: FileService, baseUrl: string): Promise<number> {
  const org = await db.selectFrom('organisations').select('id').where('slug', '=', 'wiang-thong').executeTakeFirst()
  const user = await db.selectFrom('users').select('id').where('email', '=', 'wt-ita@prongsai.test').executeTakeFirst()
  const actor = user && (await loadActor(db, user.id))
  if (!org || !actor) return 0
  const ctx = { db, actor, now, files }
  let made = 0
  for (const item of ITEMS) {
    const values: PortalItemFormValues = {
      section: item.section,
      title_th: item.title_th,
      title_en: item.title_en,
      body: item.body,
      fiscal_year: item.fiscalYear ? String(currentFiscalYear(now)) : '',
      responsible_user_id: actor.userId,
      links: (item.links ?? []).map((l) => ({ ...l, url: l.url.replace('http://localhost:3000', baseUrl) })),
      remove_files: [],
      pending: [],
      pending_discard: [],
      based_on_version: '0',
    }
    const created = await createPortalItem(ctx, org.id, { values, uploads: new Map() })
    if (!created.saved) continue
    if (item.revisedBody) await savePortalItemEdit(ctx, created.itemId, { values: { ...values, body: item.revisedBody, based_on_version: '1' }, uploads: new Map() })
    await setItemPublication(ctx, created.itemId, true)
    made++
  }
  return made
}
