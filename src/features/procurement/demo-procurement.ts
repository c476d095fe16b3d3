/**
 * เทศบาลตำบลเวียงทอง's procurement for FY 2569, written through the real use cases by its
 * procurement officer: a published plan (saved twice, so it has an older version), October 2568
 * with three purchases and November 2568 reported as "no procurement".
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { loadActor } from '../../platform/auth/sessions.ts'
import type { FileService } from '../../platform/files/index.ts'
import { emptyMonthRow, type MonthFormValues, type MonthRowValues, type PlanFormValues, type PlanLineValues } from './procurement.input.ts'
import { saveMonth, savePlan, setPublication, type UseCaseContext } from './procurement-staff.use-cases.ts'

const SLUG = 'wiang-thong'
const FY = 2569

const line = (egp_id: string, project: string, budget: string, fund_source: string, method: string, announce_month: string): PlanLineValues => ({ egp_id, project, budget, fund_source, method, announce_month })

const PLAN_LINES = [
  line('', 'จัดซื้ออาหารเสริม (นม) สำหรับโรงเรียนและศูนย์พัฒนาเด็กเล็ก', '850,000', 'เงินอุดหนุนทั่วไป', 'specific', '10'),
  line('', 'จ้างเหมาบริการเก็บขนขยะมูลฝอยในเขตเทศบาล', '480,000', 'เทศบัญญัติงบประมาณรายจ่าย', 'e_market', '10'),
  line('', 'จัดซื้อวัสดุสำนักงาน สำนักปลัดเทศบาล', '120,000', 'เทศบัญญัติงบประมาณรายจ่าย', 'specific', '11'),
  line('68109012345', 'โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3 บ้านป่าตึง', '1,250,000', 'เทศบัญญัติงบประมาณรายจ่าย', 'e_bidding', '1'),
]
const ADDED_LINE = line('68109023456', 'จัดซื้อรถบรรทุกขยะ ขนาด 6 ตัน 6 ล้อ', '2,500,000', 'เงินอุดหนุนเฉพาะกิจ', 'e_bidding', '3')

const row = (item: string, budget: string, reference_price: string, method: string, bidders: string, winner: string, agreed_price: string, reason: string, contract_no: string, date: [string, string, string]): MonthRowValues => ({
  ...emptyMonthRow(),
  item,
  budget,
  reference_price,
  method,
  bidders,
  winner,
  agreed_price,
  reason,
  contract_no,
  contract_date: { day: date[0], month: date[1], year: date[2] },
})

const OCTOBER: MonthRowValues[] = [
  row('จัดซื้ออาหารเสริม (นม) ภาคเรียนที่ 2/2568', '425,000', '425,000', 'specific', 'สหกรณ์โคนมสุวรรณภูมิ จำกัด 424,680.00 บาท', 'สหกรณ์โคนมสุวรรณภูมิ จำกัด', '424,680', 'เป็นผู้จำหน่ายตามบัญชีที่กำหนด และเสนอราคาไม่เกินวงเงิน', 'สัญญาซื้อขาย 1/2569', ['15', '10', '2568']),
  row('จ้างเหมาบริการเก็บขนขยะมูลฝอย เดือนตุลาคม–ธันวาคม 2568', '120,000', '120,000', 'e_market', 'ห้างหุ้นส่วนจำกัด สะอาดบริการ 118,000.00 บาท\nบริษัท กรีนเวสต์ จำกัด 119,500.00 บาท', 'ห้างหุ้นส่วนจำกัด สะอาดบริการ', '118,000', 'เสนอราคาต่ำสุดและมีคุณสมบัติครบถ้วน', 'สัญญาจ้าง 2/2569', ['24', '10', '2568']),
  row('จัดซื้อวัสดุสำนักงาน สำนักปลัดเทศบาล', '12,500', '12,500', 'specific', 'ร้านเวียงทองพาณิชย์ 12,350.00 บาท', 'ร้านเวียงทองพาณิชย์', '12,350', 'เป็นผู้มีอาชีพขายโดยตรงและเสนอราคาไม่เกินวงเงิน', 'ใบสั่งซื้อ 5/2569', ['28', '10', '2568']),
]

export async function loadDemoProcurement(db: Kysely<Database>, now: Date, _files: FileService): Promise<number> {
  const user = await db.selectFrom('users').select('id').where('email', '=', 'wt-procurement@prongsai.test').executeTakeFirst()
  const actor = user ? await loadActor(db, user.id) : undefined
  if (!actor) return 0
  const ctx: UseCaseContext = { db, actor, now }
  const responsible = { responsible_name: actor.displayName, responsible_position: 'เจ้าพนักงานพัสดุ' }
  const plan: PlanFormValues = { allocated: { day: '1', month: '10', year: '2568' }, announced: { day: '20', month: '10', year: '2568' }, ...responsible, based_on_version: '0', lines: PLAN_LINES }
  let made = 0
  const first = await savePlan(ctx, SLUG, FY, plan)
  if (!first.saved) throw new Error(`demo procurement plan: ${JSON.stringify(first.errors)}`)
  const second = await savePlan(ctx, SLUG, FY, { ...plan, based_on_version: '1', lines: [...PLAN_LINES, ADDED_LINE] })
  if (!second.saved) throw new Error(`demo procurement plan v2: ${JSON.stringify(second.errors)}`)
  await setPublication(ctx, SLUG, FY, 'plan', 0, true)
  made += 1
  const months: [number, MonthFormValues][] = [
    [10, { no_procurement: false, ...responsible, based_on_version: '0', rows: OCTOBER }],
    [11, { no_procurement: true, ...responsible, based_on_version: '0', rows: [] }],
  ]
  for (const [month, values] of months) {
    const saved = await saveMonth(ctx, SLUG, FY, month, values)
    if (!saved.saved) throw new Error(`demo procurement month ${month}: ${JSON.stringify(saved.errors)}`)
    await setPublication(ctx, SLUG, FY, 'month', month, true)
    made += 1
  }
  return made
}
