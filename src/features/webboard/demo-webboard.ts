import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { loadActor } from '../../platform/auth/sessions.ts'
import { findOrganisationBySlug } from '../organisations/index.ts'
import { answerQuestion, askQuestion, moderatePost, replyToQuestion } from './webboard.use-cases.ts'

const DAY = 86_400_000

/** เทศบาลตำบลเวียงทอง's webboard: answered questions, one waiting for an answer, one held for a phone number. */
export async function loadDemoWebboard(db: Kysely<Database>, now: Date, baseUrl: string): Promise<number> {
  const org = await findOrganisationBySlug(db, 'wiang-thong')
  if (!org) return 0
  const userId = async (email: string) => (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id
  const officer = (await loadActor(db, await userId('wt-officer@prongsai.test')))!
  const head = (await loadActor(db, await userId('wt-head@prongsai.test')))!
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY)
  const staff = (actor: typeof officer, daysAgo: number) => ({ db, actor, now: at(daysAgo), baseUrl })

  const questions = [
    { daysAgo: 30, answerAfter: 2, by: officer, topic: 'waste_environment' as const, name: 'ชาวบ้านหมู่ 3', title: 'รถเก็บขยะเข้าหมู่ 3 วันไหนบ้าง', body: 'ช่วงนี้รถเก็บขยะมาไม่แน่นอน อยากทราบตารางเก็บขยะของหมู่ 3 ครับ', answer: 'รถเก็บขยะเข้าหมู่ 3 ทุกวันอังคารและวันศุกร์ ช่วงเช้า 06.00–09.00 น. หากวันใดไม่มาตามกำหนด แจ้งกองสาธารณสุขฯ ได้ในเวลาราชการ' },
    { daysAgo: 21, answerAfter: 4, by: head, topic: 'roads_water_lights' as const, name: 'แม่ค้าตลาดเช้า', title: 'ไฟถนนหน้าตลาดดับหลายดวง', body: 'ไฟถนนหน้าตลาดสดดับมาหนึ่งสัปดาห์แล้ว ตอนเช้ามืดมองไม่เห็นทาง', answer: 'เทศบาลได้ส่งช่างไฟฟ้าเปลี่ยนหลอดไฟถนนหน้าตลาดแล้ว 6 ดวง และจะตรวจไฟถนนทั้งตำบลทุกเดือน ขอบคุณที่แจ้งครับ' },
    { daysAgo: 12, answerAfter: 6, by: officer, topic: 'tax_fees' as const, name: 'สมชาย', title: 'ชำระภาษีที่ดินและสิ่งปลูกสร้างออนไลน์ได้หรือไม่', body: 'ปีนี้ต้องไปชำระที่สำนักงานเทศบาลเท่านั้นหรือไม่ครับ', answer: 'ชำระได้ทั้งที่กองคลัง สำนักงานเทศบาล และโอนผ่านบัญชีธนาคารของเทศบาล (แจ้งหลักฐานการโอนทางอีเมล) ภายในเดือนเมษายน' },
    { daysAgo: 2, answerAfter: null, by: officer, topic: 'welfare_health' as const, name: 'ลูกหลานผู้สูงอายุ', title: 'ลงทะเบียนเบี้ยยังชีพผู้สูงอายุต้องใช้เอกสารอะไร', body: 'คุณแม่จะอายุครบ 60 ปีเดือนหน้า ต้องเตรียมเอกสารอะไรบ้าง', answer: null },
  ]
  let n = 0
  for (const q of questions) {
    const asked = await askQuestion({ db, now: at(q.daysAgo) }, org, { topic: q.topic, serviceKey: null, name: q.name, title: q.title, body: q.body })
    await moderatePost(staff(officer, q.daysAgo), asked.id, { decision: 'publish', redact: '', reason: '' })
    if (q.answer && q.answerAfter !== null) await answerQuestion(staff(q.by, q.daysAgo - q.answerAfter), asked.id, q.answer)
    n++
  }
  const first = await db.selectFrom('webboard_posts').select('id').where('organisation_id', '=', org.id).where('kind', '=', 'question').orderBy('created_at').executeTakeFirstOrThrow()
  await replyToQuestion({ db, now: at(25) }, org, first.id, { name: 'เพื่อนบ้าน', body: 'ขอบคุณครับ ได้ตารางแล้ว' })
  const reply = await db.selectFrom('webboard_posts').select('id').where('question_id', '=', first.id).where('kind', '=', 'reply').executeTakeFirstOrThrow()
  await moderatePost(staff(officer, 25), reply.id, { decision: 'publish', redact: '', reason: '' })
  // Held automatically: it carries a phone number, and waits for the moderator.
  await askQuestion({ db, now: at(0) }, org, { topic: 'services', serviceKey: null, name: 'ผู้ใช้บริการ', title: 'ขอเบอร์ติดต่องานทะเบียนราษฎร', body: 'โทรหาผมที่ 081-234-5678 ได้เลยครับ อยากทราบเวลาเปิดทำการวันเสาร์' })
  return n + 1
}
