import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { loadActor } from '../../platform/auth/sessions.ts'
import { addCalendarDays, todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { findOrganisationBySlug } from '../organisations/index.ts'
import { commentOnConsultation, openConsultation, publishSummary, recordHearing } from './consultations.use-cases.ts'

const DAY = 86_400_000

/** Wiang Thong's consultation on the market's opening hours, with comments, a summary and its hearing. */
export async function loadDemoConsultations(db: Kysely<Database>, now: Date, baseUrl: string): Promise<number> {
  const org = await findOrganisationBySlug(db, 'wiang-thong')
  if (!org) return 0
  const userId = (await db.selectFrom('users').select('id').where('email', '=', 'wt-officer@prongsai.test').executeTakeFirstOrThrow()).id
  const actor = (await loadActor(db, userId))!
  const at = (d: number) => new Date(now.getTime() - d * DAY)
  const day = (d: number) => addCalendarDays(todayInBangkok(now), -d)
  const id = await openConsultation({ db, actor, now: at(60) }, org.id, {
    title: 'ปรับเวลาเปิด–ปิดตลาดสดเทศบาล',
    question: 'เทศบาลเสนอให้ตลาดสดเปิด 04.00–12.00 น. แทน 05.00–13.00 น. เพื่อลดความร้อนช่วงบ่าย ท่านเห็นด้วยหรือไม่ และมีข้อเสนอใดเพิ่มเติม',
    documents: `${baseUrl}/o/wiang-thong/portal/plans`,
    opensOn: day(60),
    closesOn: day(30),
  })
  for (const [d, name, body] of [
    [55, 'แม่ค้าผัก', 'เห็นด้วย แต่ขอให้เปิดไฟส่องสว่างตั้งแต่ตีสี่'],
    [50, 'ผู้ซื้อประจำ', 'ไม่เห็นด้วย คนทำงานเช้ามาซื้อไม่ทัน ขอเปิดถึงบ่ายโมงเหมือนเดิม'],
    [40, 'ร้านข้าวแกง', 'เห็นด้วย และขอที่จอดรถขนของด้านหลังตลาด'],
  ] as const) {
    await commentOnConsultation({ db, now: at(d) }, org, id, { name, body })
  }
  await recordHearing({ db, actor, now: at(35) }, org.id, id, { subject: 'เวทีประชาคมเรื่องเวลาเปิด–ปิดตลาดสด', heldOn: day(35), place: 'ศาลาประชาคมตลาดสดเทศบาลตำบลเวียงทอง', attendance: 64, minutes: 'ผู้ค้า 41 ราย และผู้ซื้อ 23 ราย ร่วมแสดงความเห็น ส่วนใหญ่เห็นด้วยกับการเปิดเร็วขึ้น แต่ขอให้ปิดเวลา 12.30 น.' })
  await publishSummary({ db, actor, now: at(25) }, id, {
    heard: 'ผู้แสดงความคิดเห็น 3 รายทางเว็บไซต์ และ 64 คนในเวทีประชาคม ส่วนใหญ่เห็นด้วยกับการเปิดเร็วขึ้น ผู้ซื้อที่ทำงานเช้าขอให้ปิดช้ากว่าที่เสนอ และผู้ค้าขอไฟส่องสว่างกับที่จอดรถขนของ',
    willDo: 'ตลาดสดจะเปิด 04.00–12.30 น. ตั้งแต่ 1 มกราคม 2570 เปิดไฟส่องสว่างตั้งแต่ 03.30 น. และจัดที่จอดรถขนของด้านหลังตลาด',
  })
  return 1
}
