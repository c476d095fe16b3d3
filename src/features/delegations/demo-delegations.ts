import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { loadActor } from '../../platform/auth/sessions.ts'
import { addCalendarDays, currentFiscalYear, todayInBangkok, type IsoDate } from '../../platform/thai-calendar/index.ts'
import * as uc from './delegations.use-cases.ts'

const parts = (name: string, iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return { [`${name}-day`]: String(d), [`${name}-month`]: String(m), [`${name}-year`]: String(y + 543) }
}

/**
 * เทศบาลตำบลเวียงทอง: the mayor delegates approvals to the deputy for the fiscal year and purchases
 * to the procurement officer (powers used outside the platform); the deputy is acting mayor for two
 * weeks around `now` (the mayor abroad), so the demo shows an acting head signing.
 */
export async function loadDemoDelegations(db: Kysely<Database>, now: Date): Promise<number> {
  const users = await db.selectFrom('users').select(['id', 'email']).where('email', 'in', ['wt-head@prongsai.test', 'wt-deputy@prongsai.test', 'wt-procurement@prongsai.test']).execute()
  const id = (email: string) => users.find((u) => u.email === email)?.id
  const head = id('wt-head@prongsai.test') && (await loadActor(db, id('wt-head@prongsai.test')!))
  const deputy = id('wt-deputy@prongsai.test')
  const procurement = id('wt-procurement@prongsai.test')
  if (!head || !deputy || !procurement) return 0
  const today = todayInBangkok(now)
  const fy = currentFiscalYear(now)
  const fyStart = `${fy - 544}-10-01`
  const fyEnd = `${fy - 543}-09-30`
  const ctx = { db, actor: head, now }
  const mayor = { from_name: head.displayName, from_position_th: 'นายกเทศมนตรีตำบลเวียงทอง' }
  await uc.issueOrder(ctx, 'wiang-thong', {
    kind: 'delegation',
    order_no: `215/${fy - 1}`,
    ...parts('order_date', `${fy - 544}-09-25` as IsoDate),
    ...mayor,
    to_user_id: deputy,
    to_position_th: 'รองนายกเทศมนตรีตำบลเวียงทอง',
    powers_th: 'อนุมัติผลการประเมินความเสี่ยงการทุจริต พิจารณารายงานการปฏิบัติงานที่ไม่เป็นไปตามคู่มือ และลงนามคำสั่งเกี่ยวกับเรื่องร้องเรียนทั่วไป',
    grants_role: 'head',
    ...parts('starts_on', fyStart),
    ...parts('ends_on', fyEnd),
  })
  await uc.issueOrder(ctx, 'wiang-thong', {
    kind: 'delegation',
    order_no: `216/${fy - 1}`,
    ...parts('order_date', `${fy - 544}-09-25` as IsoDate),
    ...mayor,
    to_user_id: procurement,
    to_position_th: 'เจ้าพนักงานพัสดุ',
    powers_th: 'อนุมัติการจัดซื้อจัดจ้างโดยวิธีเฉพาะเจาะจงวงเงินครั้งละไม่เกิน ๑๐๐,๐๐๐ บาท',
    grants_role: '',
    ...parts('starts_on', fyStart),
    ...parts('ends_on', fyEnd),
  })
  await uc.issueOrder(ctx, 'wiang-thong', {
    kind: 'acting',
    order_no: `12/${fy}`,
    ...parts('order_date', addCalendarDays(today, -3)),
    ...mayor,
    to_user_id: deputy,
    to_position_th: 'รองนายกเทศมนตรีตำบลเวียงทอง',
    powers_th: 'รักษาราชการแทนนายกเทศมนตรีตำบลเวียงทอง ระหว่างนายกเทศมนตรีเดินทางไปศึกษาดูงานต่างประเทศ',
    grants_role: 'head',
    ...parts('starts_on', addCalendarDays(today, -1)),
    ...parts('ends_on', addCalendarDays(today, 12)),
  })
  return 3
}
