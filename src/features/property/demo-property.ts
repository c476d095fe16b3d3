import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { loadActor } from '../../platform/auth/sessions.ts'
import { addCalendarDays, ceToBe, todayInBangkok, type IsoDate } from '../../platform/thai-calendar/index.ts'
import * as uc from './property.use-cases.ts'
import * as life from './property-lifecycle.use-cases.ts'
import { stocktakeYearFor } from './property-lifecycle.domain.ts'

const DAY = 86_400_000
const dateFields = (name: string, d: IsoDate) => ({ [`${name}-day`]: String(Number(d.slice(8, 10))), [`${name}-month`]: String(Number(d.slice(5, 7))), [`${name}-year`]: String(ceToBe(Number(d.slice(0, 4)))) })

/** เทศบาลตำบลเวียงทอง's register: three items, a loan returned with damage, one overdue, one booked ahead; the tent moved with the head's approval; last year's stock-take reported to the head. */
export async function loadDemoProperty(db: Kysely<Database>, now: Date, baseUrl: string): Promise<number> {
  const users = await db.selectFrom('users').select(['id', 'email']).where('email', 'in', ['wt-officer@prongsai.test', 'wt-head@prongsai.test', 'wt-ita@prongsai.test', 'wt-complaints@prongsai.test']).execute()
  const actor = async (email: string) => loadActor(db, users.find((u) => u.email === email)!.id)
  const [officer, head, ita, complaints] = await Promise.all(['wt-officer@prongsai.test', 'wt-head@prongsai.test', 'wt-ita@prongsai.test', 'wt-complaints@prongsai.test'].map(actor))
  if (!officer || !head || !ita || !complaints) return 0
  const today = todayInBangkok(now)
  const at = (a: typeof officer, daysAgo: number) => ({ db, actor: a, now: new Date(now.getTime() - daysAgo * DAY), baseUrl })
  const item = (number: string, name: string, kind: string, location: string, price: string) =>
    uc.addItem(at(officer, 60), { number, name, kind, location, condition: 'good', source: 'งบประมาณ', price, custodian_id: officer.userId, ...dateFields('acquired_on', addCalendarDays(today, -700)) })
  const camera = await item('416-66-0001', 'กล้องถ่ายภาพดิจิทัล', 'equipment', 'สำนักปลัดเทศบาล', '25,900')
  const projector = await item('416-65-0003', 'เครื่องฉายภาพโปรเจกเตอร์', 'computer', 'ห้องประชุมเทศบาล', '32,000')
  const tent = await item('420-64-0002', 'เต็นท์ผ้าใบ ๔x๘ เมตร', 'equipment', 'โรงเก็บพัสดุ', '18,500')
  const borrow = async (who: typeof officer, itemId: string, daysAgo: number, from: number, to: number, purpose: string) => {
    const start = addCalendarDays(today, from)
    const end = addCalendarDays(today, to)
    return uc.requestBorrowing(at(who, daysAgo), itemId, { purpose, agree: 'yes', ...dateFields('start_on', start), ...dateFields('end_on', end) })
  }
  const idOf = async (itemId: string, borrower: string) => (await db.selectFrom('property_borrowings').select('id').where('item_id', '=', itemId).where('borrower_id', '=', borrower).orderBy('created_at', 'desc').executeTakeFirstOrThrow()).id
  // Returned with a scratched lens.
  await borrow(ita, camera, 30, -28, -25, 'ถ่ายภาพกิจกรรมประชาคมหมู่บ้าน')
  const returned = await idOf(camera, ita.userId)
  await uc.borrowingStep(at(head, 29), returned, 'approve', { note: 'อนุมัติ' })
  await uc.borrowingStep(at(officer, 28), returned, 'issue', { issue_condition: 'ดี ครบชุด' })
  await uc.borrowingStep(at(officer, 24), returned, 'return', { ...dateFields('returned_on', addCalendarDays(today, -24)), return_condition: 'fair', damage_note: '' })
  // Not back: due five days ago.
  await borrow(complaints, projector, 12, -10, -5, 'ใช้นำเสนอในการประชุมรับฟังความคิดเห็นประชาชน')
  const overdue = await idOf(projector, complaints.userId)
  await uc.borrowingStep(at(head, 11), overdue, 'approve', { note: 'อนุมัติ' })
  await uc.borrowingStep(at(officer, 10), overdue, 'issue', { issue_condition: 'ดี พร้อมสายสัญญาณ' })
  // Booked ahead, awaiting the head.
  await borrow(officer, camera, 0, 3, 4, 'ถ่ายภาพงานวันเด็กแห่งชาติ')

  // The tent moves to the community hall, approved by the head.
  await life.requestMovement(at(officer, 20), tent, { kind: 'transfer', to_location: 'ศาลาประชาคมหมู่ ๓', to_custodian_id: ita.userId, reason: 'ใช้ในกิจกรรมของชุมชนเป็นประจำ' })
  const move = await db.selectFrom('property_movements').select('id').where('item_id', '=', tent).executeTakeFirstOrThrow()
  await life.decideMovement(at(head, 19), move.id, 'approve', 'อนุมัติ ให้ผู้รับผิดชอบใหม่ลงชื่อรับ')
  // Last year's stock-take: counted, the projector explained, reported to the head who has yet to acknowledge.
  const members = [officer.userId, complaints.userId]
  const stocktake = await life.appointStocktake(at(head, 9), { fiscal_year: String(stocktakeYearFor(today)), chair_id: ita.userId, members })
  await life.countItem(at(ita, 8), stocktake, camera, { found: 'yes', condition: 'good', note: '' })
  await life.countItem(at(officer, 8), stocktake, tent, { found: 'yes', condition: 'fair', note: 'ผ้าใบซีดและมีรอยขาดเล็กน้อยที่มุม' })
  await life.countItem(at(ita, 8), stocktake, projector, { found: 'no', condition: '', note: 'อยู่ระหว่างการยืมของนางรับเรื่อง ทันใจ เกินกำหนดคืน ได้ติดตามแล้ว' })
  await life.submitStocktake(at(ita, 7), stocktake)
  return 3
}
