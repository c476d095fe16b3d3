/**
 * The demo's honour roll, dated from the clock and made through the real use cases: Wiang Thong
 * commends two officers (both approved by its head, one with a drawn placeholder portrait, never a
 * real person's photo) and has a third awaiting approval; Bang Phra's entry is approved without
 * consent to publish, so only the province sees it.
 */
import type { Kysely } from 'kysely'
import { sharp } from '../../platform/heavy-modules.ts'
import type { Database } from '../../db/tables.ts'
import { loadActor } from '../../platform/auth/sessions.ts'
import type { FileService } from '../../platform/files/index.ts'
import { addCalendarDays, beDateInputFrom, todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { PHOTO_MAX_BYTES } from './honour-roll.domain.ts'
import type { HonourFormValues } from './honour-roll.input.ts'
import { approveEntry, saveEntry, type UseCaseContext } from './honour-roll.use-cases.ts'

type DemoEntry = Omit<HonourFormValues, 'commended_on'> & { daysAgo: number; portrait?: string; approve: boolean }

const BY_AGENCY: { slug: string; recorder: string; head: string; headName: string; headPosition: string; entries: DemoEntry[] }[] = [
  {
    slug: 'wiang-thong',
    recorder: 'wt-ita@prongsai.test',
    head: 'wt-head@prongsai.test',
    headName: 'นายวีระ ทองเวียง',
    headPosition: 'นายกเทศมนตรีตำบลเวียงทอง',
    entries: [
      { name_th: 'นายสมศักดิ์ คงมั่น', position_th: 'ผู้อำนวยการกองคลัง', deed_th: 'ปฏิเสธกระเช้าของขวัญมูลค่าเกินสามพันบาทจากผู้รับจ้างในช่วงตรวจรับงาน และรายงานผู้บังคับบัญชาเป็นลายลักษณ์อักษรตามนโยบายไม่รับของขวัญ (No Gift Policy)', commended_by: 'นายกเทศมนตรีตำบลเวียงทอง', announcement_ref: 'ประกาศเทศบาลตำบลเวียงทอง เรื่อง ยกย่องเชิดชูเกียรติบุคลากรผู้มีความซื่อสัตย์สุจริต', consent: 'yes', daysAgo: 60, portrait: '#8a5a00', approve: true },
      { name_th: 'นางสาวน้ำใส ตรงไป', position_th: 'เจ้าพนักงานการเงินและบัญชี', deed_th: 'ตรวจพบใบสำคัญคู่จ่ายซ้ำซ้อนและแจ้งระงับการเบิกจ่าย ทำให้ไม่เกิดความเสียหายแก่ทางราชการ', commended_by: 'นายกเทศมนตรีตำบลเวียงทอง', announcement_ref: '', consent: 'yes', daysAgo: 20, approve: true },
      { name_th: 'นายมั่นคง ยุติธรรม', position_th: 'นายช่างโยธา', deed_th: 'รายงานการเสนอผลประโยชน์จากผู้ยื่นซองประกวดราคา', commended_by: 'ปลัดเทศบาล', announcement_ref: '', consent: 'yes', daysAgo: 3, approve: false },
    ],
  },
  {
    slug: 'bang-phra',
    recorder: 'bang-phra-ita@prongsai.test',
    head: 'bang-phra-head@prongsai.test',
    headName: 'หัวหน้าเทศบาลเมืองบางพระ',
    headPosition: 'นายกเทศมนตรีเมืองบางพระ',
    entries: [{ name_th: 'นายประหยัด รักษ์ทรัพย์', position_th: 'เจ้าพนักงานพัสดุ', deed_th: 'แจ้งเบาะแสการแบ่งซื้อแบ่งจ้างเพื่อหลีกเลี่ยงวิธีประกาศเชิญชวน', commended_by: 'นายกเทศมนตรีเมืองบางพระ', announcement_ref: '', consent: 'no', daysAgo: 40, approve: true }],
  },
]

function placeholderPortrait(colour: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="300" viewBox="0 0 240 300"><rect width="240" height="300" fill="${colour}"/><circle cx="120" cy="112" r="52" fill="#f3f3f3"/><path d="M30 300 C30 215 75 185 120 185 C165 185 210 215 210 300 Z" fill="#f3f3f3"/></svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

async function actorCtx(db: Kysely<Database>, email: string, now: Date, files: FileService): Promise<UseCaseContext | null> {
  const user = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()
  const actor = user && (await loadActor(db, user.id))
  return actor ? { db, actor, now, files } : null
}

export async function loadDemoHonourRoll(db: Kysely<Database>, now: Date, files: FileService): Promise<number> {
  let made = 0
  for (const agency of BY_AGENCY) {
    const org = await db.selectFrom('organisations').select('id').where('slug', '=', agency.slug).executeTakeFirst()
    const recorder = await actorCtx(db, agency.recorder, now, files)
    const head = await actorCtx(db, agency.head, now, files)
    if (!org || !recorder || !head) continue
    for (const e of agency.entries) {
      const { daysAgo, portrait, approve, ...fields } = e
      const values: HonourFormValues = { ...fields, commended_on: beDateInputFrom(addCalendarDays(todayInBangkok(now), -daysAgo)) }
      const upload = portrait ? { upload: await files.receive(await placeholderPortrait(portrait), { field: 'photo', maxBytes: PHOTO_MAX_BYTES, allowed: ['image'], originalName: 'portrait.png' }) } : undefined
      const outcome = await saveEntry(recorder, { organisationId: org.id }, { values, photo: { upload, keptReference: '', discardKept: false, removeCurrent: false } })
      if (!outcome.saved) throw new Error(`demo honour roll entry refused: ${JSON.stringify(outcome.errors)}`)
      if (approve) {
        const decided = await approveEntry(head, outcome.id, { approver_name: agency.headName, approver_position: agency.headPosition, confirm: 'yes' })
        if (!decided.done) throw new Error(`demo honour roll approval refused: ${JSON.stringify(decided.errors)}`)
      }
      made++
    }
  }
  return made
}
