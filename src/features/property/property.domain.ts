import type { Bilingual } from '../../platform/i18n/locale.ts'
import type { Role } from '../../platform/auth/roles.ts'
import { compareIsoDates, fiscalYearRange, type IsoDate } from '../../platform/thai-calendar/index.ts'

/** Rules of the property register and borrowing (F6), pure. */

export const KINDS = {
  equipment: { th: 'ครุภัณฑ์ทั่วไป', en: 'Equipment' },
  vehicle: { th: 'ยานพาหนะ', en: 'Vehicle' },
  computer: { th: 'ครุภัณฑ์คอมพิวเตอร์', en: 'Computer equipment' },
  furniture: { th: 'ครุภัณฑ์สำนักงาน', en: 'Office furniture' },
  building: { th: 'อาคาร / สถานที่', en: 'Building or room' },
  other: { th: 'อื่น ๆ', en: 'Other' },
} as const satisfies Record<string, Bilingual>
export type Kind = keyof typeof KINDS

export const CONDITIONS = {
  good: { th: 'ดี', en: 'Good' },
  fair: { th: 'พอใช้', en: 'Fair' },
  damaged: { th: 'ชำรุด', en: 'Damaged' },
  unusable: { th: 'ใช้การไม่ได้', en: 'Unusable' },
} as const satisfies Record<string, Bilingual>
export type Condition = keyof typeof CONDITIONS

export const BORROWING_STATUSES = {
  requested: { th: 'รออนุมัติ', en: 'Awaiting approval' },
  approved: { th: 'อนุมัติแล้ว รอรับของ', en: 'Approved, to be issued' },
  rejected: { th: 'ไม่อนุมัติ', en: 'Rejected' },
  issued: { th: 'ยืมอยู่', en: 'On loan' },
  returned: { th: 'คืนแล้ว', en: 'Returned' },
  cancelled: { th: 'ยกเลิก', en: 'Cancelled' },
} as const satisfies Record<string, Bilingual>
export type BorrowingStatus = keyof typeof BORROWING_STATUSES

/** The rules shown to whoever borrows (seed 002 m1 §1, §2.5): official use only. */
export const BORROWING_RULES: Bilingual = {
  th: 'ทรัพย์สินของทางราชการยืมได้เพื่อใช้ในราชการเท่านั้น ห้ามนำไปใช้ประโยชน์ส่วนตัว กลุ่ม หรือพวกพ้อง ผู้ยืมต้องดูแลรักษาเสมือนทรัพย์สินของตนเอง และส่งคืนในสภาพเดิมภายในวันที่กำหนด หากชำรุดเสียหายหรือสูญหายต้องแจ้งทันทีและรับผิดชอบตามระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ',
  en: 'Government property is lent for official work only, never for private use, a group or friends. The borrower looks after it as their own and returns it in the same condition by the agreed day; any damage or loss is reported at once and made good under the Ministry of Finance procurement and supplies regulation.',
}

/** Those who keep the register, issue and take back: the agency's officers, admin and head. */
export const canManage = (roles: readonly Role[]) => roles.some((r) => r === 'officer' || r === 'procurement_officer' || r === 'admin' || r === 'head')
/** Approval by the custodian's superior: the head of the agency. */
export const canApprove = (roles: readonly Role[]) => roles.includes('head')

export function isOverdue(b: { status: string; endOn: IsoDate }, today: IsoDate): boolean {
  return b.status === 'issued' && compareIsoDates(today, b.endOn) > 0
}

/** The two halves of a fiscal year the use of property is monitored in (seed 003 §4.3: at least twice a year). */
export function halfRange(fiscalYear: number, half: 1 | 2): { start: IsoDate; end: IsoDate } {
  const year = fiscalYearRange(fiscalYear)
  const ceStart = Number(year.start.slice(0, 4))
  return half === 1 ? { start: year.start, end: `${ceStart + 1}-03-31` as IsoDate } : { start: `${ceStart + 1}-04-01` as IsoDate, end: year.end }
}
