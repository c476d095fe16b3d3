import type { Bilingual } from '../../platform/i18n/locale.ts'
import { fiscalYearOf, type IsoDate } from '../../platform/thai-calendar/index.ts'
import type { Condition } from './property.domain.ts'

/** Transfers, disposal and the yearly stock-take of property (F6, seed 002 measure 1), pure. */

export const MOVEMENT_KINDS = {
  transfer: { th: 'โอนย้าย (ที่ตั้ง / ผู้รับผิดชอบ)', en: 'Transfer (location / custodian)' },
  disposal: { th: 'จำหน่าย', en: 'Disposal' },
} as const satisfies Record<string, Bilingual>
export type MovementKind = keyof typeof MOVEMENT_KINDS

/** The ways of disposal the Ministry of Finance supplies regulation (ข้อ 215) allows. */
export const DISPOSAL_METHODS = {
  sale: { th: 'ขาย', en: 'Sale' },
  auction: { th: 'ขายทอดตลาด', en: 'Auction' },
  exchange: { th: 'แลกเปลี่ยน', en: 'Exchange' },
  transfer_out: { th: 'โอนให้หน่วยงานอื่น', en: 'Transfer to another agency' },
  donation: { th: 'บริจาคแก่องค์กรสาธารณกุศล', en: 'Donation to a charity' },
  write_off: { th: 'แปรสภาพหรือทำลาย', en: 'Break up or destroy' },
} as const satisfies Record<string, Bilingual>
export type DisposalMethod = keyof typeof DISPOSAL_METHODS

export const MOVEMENT_STATUSES = {
  requested: { th: 'รอหัวหน้าอนุมัติ', en: 'Awaiting the head' },
  approved: { th: 'อนุมัติแล้ว', en: 'Approved' },
  rejected: { th: 'ไม่อนุมัติ', en: 'Rejected' },
  cancelled: { th: 'ยกเลิก', en: 'Cancelled' },
} as const satisfies Record<string, Bilingual>
export type MovementStatus = keyof typeof MOVEMENT_STATUSES

export const FILE_KINDS = {
  photo: { th: 'ภาพถ่าย', en: 'Photo' },
  document: { th: 'เอกสาร', en: 'Document' },
} as const satisfies Record<string, Bilingual>
export type PropertyFileKind = keyof typeof FILE_KINDS

export const EVENTS = {
  registered: { th: 'ลงทะเบียน', en: 'Registered' },
  transfer_requested: { th: 'ขอโอนย้าย', en: 'Transfer requested' },
  transferred: { th: 'โอนย้ายแล้ว', en: 'Transferred' },
  disposal_requested: { th: 'ขอจำหน่าย', en: 'Disposal requested' },
  disposed: { th: 'จำหน่ายแล้ว', en: 'Disposed of' },
  rejected: { th: 'ไม่อนุมัติคำขอ', en: 'Request rejected' },
  cancelled: { th: 'ยกเลิกคำขอ', en: 'Request cancelled' },
  condition: { th: 'สภาพเปลี่ยน', en: 'Condition changed' },
  counted: { th: 'ตรวจนับประจำปี', en: 'Counted in the stock-take' },
  file_added: { th: 'แนบไฟล์', en: 'File attached' },
} as const satisfies Record<string, Bilingual>
export type PropertyEvent = keyof typeof EVENTS

export const STOCKTAKE_STATUSES = {
  counting: { th: 'กำลังตรวจนับ', en: 'Counting' },
  submitted: { th: 'รายงานหัวหน้าแล้ว', en: 'Reported to the head' },
  acknowledged: { th: 'หัวหน้ารับทราบแล้ว', en: 'Acknowledged' },
} as const satisfies Record<string, Bilingual>
export type StocktakeStatus = keyof typeof STOCKTAKE_STATUSES

export type CountLine = { itemId: string; found: boolean; registerCondition: Condition; countedCondition: Condition | null; note: string }

/** Whether a count differs from the register and so must be explained (missing, or another condition). */
export function isDifference(line: Pick<CountLine, 'found' | 'registerCondition' | 'countedCondition'>): boolean {
  return !line.found || line.countedCondition !== line.registerCondition
}

/** What the committee reports: how many counted, found, missing and in another condition, and what is still to count. */
export function stocktakeTotals(itemIds: readonly string[], lines: readonly CountLine[]) {
  const byItem = new Map(lines.map((l) => [l.itemId, l]))
  const counted = itemIds.filter((id) => byItem.has(id))
  const ls = counted.map((id) => byItem.get(id)!)
  return {
    items: itemIds.length,
    counted: counted.length,
    uncounted: itemIds.filter((id) => !byItem.has(id)),
    found: ls.filter((l) => l.found).length,
    missing: ls.filter((l) => !l.found).length,
    changed: ls.filter((l) => l.found && l.countedCondition !== l.registerCondition).length,
  }
}

/** The stock-take counts the year that has just ended: in October–December the previous fiscal year, otherwise the current one. */
export function stocktakeYearFor(today: IsoDate): number {
  const month = Number(today.slice(5, 7))
  return month >= 10 ? fiscalYearOf(today) - 1 : fiscalYearOf(today)
}
