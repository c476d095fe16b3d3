import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { loadActor } from '../../platform/auth/sessions.ts'
import * as uc from './fair-authority.use-cases.ts'

/**
 * เทศบาลตำบลเวียงทอง: evaluation criteria in two versions (the second weighs service to the public),
 * training-selection criteria, this year's first-round evaluations and a study-visit selection.
 */
export async function loadDemoFairAuthority(db: Kysely<Database>, now: Date): Promise<number> {
  const users = await db.selectFrom('users').select(['id', 'email']).where('email', 'in', ['wt-head@prongsai.test', 'wt-officer@prongsai.test', 'wt-ita@prongsai.test', 'wt-procurement@prongsai.test']).execute()
  const id = (email: string) => users.find((u) => u.email === email)?.id ?? ''
  const head = id('wt-head@prongsai.test') ? await loadActor(db, id('wt-head@prongsai.test')) : null
  if (!head || users.length < 4) return 0
  const ctx = { db, actor: head, now }
  const slug = 'wiang-thong'
  await uc.publishCriteria(ctx, slug, { kind: 'evaluation', title_th: 'หลักเกณฑ์การประเมินผลการปฏิบัติงานพนักงานเทศบาล', items: 'ผลสัมฤทธิ์ของงาน | 70\nพฤติกรรมการปฏิบัติราชการ (สมรรถนะ) | 30' })
  await uc.publishCriteria(ctx, slug, { kind: 'evaluation', title_th: 'หลักเกณฑ์การประเมินผลการปฏิบัติงานพนักงานเทศบาล (ปรับปรุง)', items: 'ผลสัมฤทธิ์ของงาน | 60\nพฤติกรรมการปฏิบัติราชการ (สมรรถนะ) | 30\nการให้บริการประชาชน (ผลสำรวจความพึงพอใจ) | 10' })
  await uc.publishCriteria(ctx, slug, { kind: 'training', title_th: 'หลักเกณฑ์การคัดเลือกบุคลากรเข้ารับการอบรมและศึกษาดูงาน', items: 'ความเกี่ยวข้องของหลักสูตรกับงานในหน้าที่ | 40\nยังไม่เคยได้รับการอบรมหลักสูตรนี้ | 30\nแผนการนำความรู้มาใช้ในงาน | 30' })
  const decide = (over: Record<string, string>) => uc.recordDecision(ctx, slug, over)
  await decide({ kind: 'evaluation', round_th: 'รอบที่ ๑ (ตุลาคม – มีนาคม)', subject_user_id: id('wt-officer@prongsai.test'), scores: '52, 27, 9', outcome: 'very_good', reason: 'งานสารบรรณเสร็จตามกำหนดทุกเรื่อง ผลสำรวจความพึงพอใจร้อยละ 92' })
  await decide({ kind: 'evaluation', round_th: 'รอบที่ ๑ (ตุลาคม – มีนาคม)', subject_user_id: id('wt-ita@prongsai.test'), scores: '56, 28, 8', outcome: 'excellent', reason: 'จัดทำแผนและรายงาน ITA ครบถ้วนก่อนกำหนด' })
  await decide({ kind: 'training', round_th: 'ศึกษาดูงานการจัดซื้อจัดจ้างอิเล็กทรอนิกส์ กรมบัญชีกลาง', subject_user_id: id('wt-procurement@prongsai.test'), scores: '40, 30, 25', outcome: 'selected', reason: 'งานพัสดุโดยตรงและยังไม่เคยเข้ารับการอบรม' })
  await decide({ kind: 'training', round_th: 'ศึกษาดูงานการจัดซื้อจัดจ้างอิเล็กทรอนิกส์ กรมบัญชีกลาง', subject_user_id: id('wt-officer@prongsai.test'), scores: '20, 30, 15', outcome: 'not_selected', reason: 'หลักสูตรเกี่ยวข้องกับงานในหน้าที่น้อยกว่า' })
  return 4
}
