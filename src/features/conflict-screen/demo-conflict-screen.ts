import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { Actor } from '../../platform/auth/actor.ts'
import { loadActor } from '../../platform/auth/sessions.ts'
import { todayInBangkok } from '../../platform/thai-calendar/index.ts'
import * as uc from './conflict-screen.use-cases.ts'

async function actorOf(db: Kysely<Database>, email: string): Promise<Actor | null> {
  const u = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()
  return u ? loadActor(db, u.id) : null
}

/**
 * เทศบาลตำบลเวียงทอง's screen, made through the use cases: staff interest records, two
 * procurements with declarations, and hits — one cleared (a shared surname), one confirmed (a
 * committee member used to work for the bidder) — and the month's report awaiting the head.
 */
export async function loadDemoConflictScreen(db: Kysely<Database>, now: Date): Promise<number> {
  const [officer, procurement, head, ita] = await Promise.all(['wt-officer@prongsai.test', 'wt-procurement@prongsai.test', 'wt-head@prongsai.test', 'wt-ita@prongsai.test'].map((e) => actorOf(db, e)))
  if (!officer || !procurement || !head || !ita) return 0
  const as = (actor: Actor) => ({ db, actor, now })
  const entries: [Actor, string, string, string][] = [
    [officer, 'person:spouse', 'นายประสิทธิ์ ศรีสุข', ''],
    [officer, 'address:home', 'บ้านเลขที่ ๔๕ หมู่ที่ ๒ ตำบลเวียงทอง อำเภอเวียงทอง', ''],
    [officer, 'firm:former_employer', 'หจก.เวียงทองก่อสร้าง', '0105550123451'],
    [ita, 'person:self', 'นายโปร่ง ใสสะอาด', ''],
    [ita, 'person:mother', 'นางบุญมา ใสสะอาด', ''],
    [ita, 'firm:shareholder', 'บริษัท ใสสะอาดการค้า จำกัด', ''],
    [head, 'person:spouse', 'นางวิไล เวียงทอง', ''],
    [head, 'address:family_home', '99/1 หมู่ 3 ตำบลเวียงทอง', ''],
  ]
  for (const [actor, entry_type, text, tax_id] of entries) await uc.addEntry(as(actor), { entry_type, text, tax_id })

  const month = todayInBangkok(now).slice(0, 7)
  const road = await uc.createProcurement(as(procurement), { title: 'จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ ๔ บ้านดอนแก้ว', reference: '69119012345', method: 'e_bidding', month })
  await uc.addBidder(as(procurement), road, { name: 'ห้างหุ้นส่วนจำกัด เวียงทองก่อสร้าง', tax_id: '0105550123451', people: 'นายมานพ ศรีสุข\nนางสาวกานดา ใจงาม', addresses: '12 ม.5 ต.เวียงทอง อ.เวียงทอง' })
  await uc.addBidder(as(procurement), road, { name: 'บริษัท รุ่งเรืองการโยธา จำกัด', tax_id: '3100100123451', people: 'นายสมบัติ มั่นคง', addresses: '9 หมู่ 1 ตำบลหนองบัว' })
  const uid = (a: Actor) => a.userId
  for (const [a, duty] of [
    [officer, 'committee_member'],
    [ita, 'committee_chair'],
    [procurement, 'officer'],
    [head, 'approver'],
  ] as const)
    await uc.addParticipant(as(procurement), road, { user_id: uid(a), duty })
  const bidders = await db.selectFrom('coi_bidders').select(['id', 'name']).where('procurement_id', '=', road).execute()
  const related = bidders.find((b) => b.name.includes('เวียงทองก่อสร้าง'))!.id
  await uc.declare(as(officer), road, { has_relation: 'yes', bidder_id: related, relation_type: 'former_employer', detail: 'เคยทำงานตำแหน่งธุรการของห้างฯ ถึงปี ๒๕๖๕' })
  await uc.declare(as(ita), road, { has_relation: 'no', detail: '' })
  await uc.declare(as(procurement), road, { has_relation: 'no', detail: '' })
  await uc.runScreen(as(procurement), road)
  const hits = await db.selectFrom('coi_hits').select(['id', 'entry_kind']).where('procurement_id', '=', road).execute()
  for (const h of hits) {
    if (h.entry_kind === 'person') await uc.resolveHit(as(procurement), h.id, { decision: 'cleared', reason: 'นามสกุลซ้ำโดยบังเอิญ ตรวจทะเบียนราษฎร์แล้วไม่ใช่ญาติของคู่สมรส' })
    if (h.entry_kind === 'firm') await uc.resolveHit(as(procurement), h.id, { decision: 'confirmed', reason: 'กรรมการยื่นแบบว่าเคยทำงานกับผู้เสนอราคา เสนอให้เปลี่ยนตัวกรรมการ' })
  }

  const computers = await uc.createProcurement(as(procurement), { title: 'ซื้อเครื่องคอมพิวเตอร์สำหรับงานประมวลผล ๕ เครื่อง', reference: '69119012399', method: 'specific', month })
  await uc.addBidder(as(procurement), computers, { name: 'ร้านเจริญคอมพิวเตอร์', tax_id: '', people: 'นายเจริญ ทองดี', addresses: '77 หมู่ 8 ตำบลหนองบัว' })
  await uc.addParticipant(as(procurement), computers, { user_id: uid(procurement), duty: 'officer' })
  await uc.addParticipant(as(procurement), computers, { user_id: uid(ita), duty: 'inspector' })
  await uc.declare(as(procurement), computers, { has_relation: 'no', detail: '' })
  await uc.runScreen(as(procurement), computers)
  await uc.submitReport(as(procurement), { month })
  return 2
}
