import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { loadActor } from '../../platform/auth/sessions.ts'
import { addCalendarDays, ceToBe, todayInBangkok } from '../../platform/thai-calendar/index.ts'
import * as uc from './meetings.use-cases.ts'

/** เทศบาลตำบลเวียงทอง's bid-evaluation meeting, where a member declared an interest and left for the item. */
export async function loadDemoMeetings(db: Kysely<Database>, now: Date): Promise<number> {
  const users = await db.selectFrom('users').select(['id', 'email']).where('email', 'in', ['wt-officer@prongsai.test', 'wt-head@prongsai.test', 'wt-ita@prongsai.test', 'wt-complaints@prongsai.test']).execute()
  const id = (email: string) => users.find((u) => u.email === email)?.id
  const head = id('wt-head@prongsai.test') ? await loadActor(db, id('wt-head@prongsai.test')!) : null
  const officer = id('wt-officer@prongsai.test') ? await loadActor(db, id('wt-officer@prongsai.test')!) : null
  const ita = id('wt-ita@prongsai.test') ? await loadActor(db, id('wt-ita@prongsai.test')!) : null
  if (!head || !officer || !ita) return 0
  const held = addCalendarDays(todayInBangkok(now), -2)
  const ctx = (a: typeof head) => ({ db, actor: a, now })
  const meeting = await uc.createMeeting(ctx(head), { title: 'คณะกรรมการพิจารณาผลการประกวดราคาจ้างก่อสร้างถนน คสล. หมู่ ๔', number_label: '1/2569', place: 'ห้องประชุมเทศบาลตำบลเวียงทอง', 'held_on-day': String(Number(held.slice(8))), 'held_on-month': String(Number(held.slice(5, 7))), 'held_on-year': String(ceToBe(Number(held.slice(0, 4)))) })
  for (const [email, role] of [
    ['wt-head@prongsai.test', 'chair'],
    ['wt-officer@prongsai.test', 'member'],
    ['wt-ita@prongsai.test', 'member'],
    ['wt-procurement@prongsai.test', 'member'],
    ['wt-complaints@prongsai.test', 'secretary'],
  ] as const)
    if (id(email)) await uc.addMember(ctx(head), meeting, { user_id: id(email), role })
  await uc.addItem(ctx(head), meeting, { item_title: 'รับรองรายงานการประชุมครั้งก่อน' })
  await uc.addItem(ctx(head), meeting, { item_title: 'พิจารณาผลการประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ ๔' })
  const items = await db.selectFrom('meeting_items').select(['id', 'position']).where('meeting_id', '=', meeting).orderBy('position').execute()
  const [first, second] = [items[0]!.id, items[1]!.id]
  await uc.castVote(ctx(head), first, { vote: 'for' })
  await uc.castVote(ctx(officer), first, { vote: 'for' })
  await uc.recordResolution(ctx(head), first, { resolution: 'รับรองรายงานการประชุมโดยไม่มีการแก้ไข' })
  await uc.declareInterest(ctx(officer), second, { nature: 'เคยทำงานกับผู้เสนอราคา หจก.เวียงทองก่อสร้าง' })
  await uc.castVote(ctx(head), second, { vote: 'for' })
  await uc.castVote(ctx(ita), second, { vote: 'for' })
  await uc.recordResolution(ctx(head), second, { resolution: 'เห็นชอบให้บริษัท รุ่งเรืองการโยธา จำกัด เป็นผู้ชนะการเสนอราคา' })
  return 1
}
