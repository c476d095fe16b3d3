import type { Bilingual } from '../../platform/i18n/locale.ts'
import type { Role } from '../../platform/auth/roles.ts'
import { addCalendarDays, compareIsoDates, nextBusinessDayOnOrAfter, type HolidayDates, type IsoDate } from '../../platform/thai-calendar/index.ts'

/** Rules of gifts and donations (F4), pure. */

/** Over 3,000 baht (seed 002 m6 (17)): declared to the head, who rules whether it may be kept. */
export const DECLARE_OVER_SATANG = 300_000
export const DAYS_TO_DECLARE = 30
/** How many days before the deadline the first reminder goes. */
export const REMIND_DAYS_BEFORE = 7

export function needsRuling(valueSatang: number): boolean {
  return valueSatang > DECLARE_OVER_SATANG
}

/**
 * The last day to declare: thirty days from the day after receipt ("ภายในสามสิบวัน นับแต่วันที่ได้รับ");
 * a deadline that falls on a weekend or public holiday moves to the next working day, when the
 * head's office can receive it.
 */
export function declarationDueOn(receivedOn: IsoDate, holidays: HolidayDates): IsoDate {
  return nextBusinessDayOnOrAfter(addCalendarDays(receivedOn, DAYS_TO_DECLARE), holidays)
}

export function isLate(dueOn: IsoDate, submittedOn: IsoDate): boolean {
  return compareIsoDates(submittedOn, dueOn) > 0
}

/** A draft is reminded from a week before its deadline, and once more when the deadline has passed. */
export function reminderDue(dueOn: IsoDate, today: IsoDate, remindedOn: IsoDate | null): boolean {
  if (compareIsoDates(today, addCalendarDays(dueOn, -REMIND_DAYS_BEFORE)) < 0) return false
  if (remindedOn === null) return true
  return compareIsoDates(today, dueOn) > 0 && compareIsoDates(remindedOn, dueOn) <= 0
}

export const DONOR_TYPES = {
  person: { th: 'บุคคล', en: 'Person' },
  business: { th: 'บริษัท / ห้างร้าน', en: 'Business' },
  public_body: { th: 'หน่วยงานของรัฐ', en: 'Public body' },
  foreign: { th: 'ต่างประเทศ', en: 'Foreign' },
  other: { th: 'อื่น ๆ', en: 'Other' },
} as const satisfies Record<string, Bilingual>
export type DonorType = keyof typeof DONOR_TYPES

export const RULINGS = {
  keep: { th: 'รับไว้เป็นสิทธิของผู้รับได้', en: 'May keep it personally' },
  hand_to_agency: { th: 'ส่งมอบให้เป็นของหน่วยงาน', en: 'Hand it to the agency' },
  return: { th: 'ส่งคืนผู้ให้', en: 'Return it to the giver' },
} as const satisfies Record<string, Bilingual>
export type Ruling = keyof typeof RULINGS

export const DECLARATION_STATUSES = {
  recorded: { th: 'บันทึกไว้ (ไม่เกิน ๓,๐๐๐ บาท)', en: 'Recorded (3,000 baht or less)' },
  draft: { th: 'ยังไม่ได้รายงานหัวหน้า', en: 'Not yet declared to the head' },
  submitted: { th: 'รอหัวหน้าวินิจฉัย', en: 'Awaiting the head’s ruling' },
  ruled: { th: 'หัวหน้าวินิจฉัยแล้ว', en: 'Ruled' },
} as const satisfies Record<string, Bilingual>
export type DeclarationStatus = keyof typeof DECLARATION_STATUSES

export const DONATION_STATUSES = {
  proposed: { th: 'รออนุมัติ', en: 'Awaiting approval' },
  approved: { th: 'อนุมัติแล้ว รอรับมอบ', en: 'Approved, to be received' },
  rejected: { th: 'ไม่อนุมัติ', en: 'Not approved' },
  accepted: { th: 'รับมอบแล้ว', en: 'Received' },
} as const satisfies Record<string, Bilingual>
export type DonationStatus = keyof typeof DONATION_STATUSES

export const canRule = (roles: readonly Role[]) => roles.includes('head')
/** Donations are proposed and recorded by the agency's officers; the head approves. */
export const canHandleDonations = (roles: readonly Role[]) => roles.some((r) => r === 'officer' || r === 'procurement_officer' || r === 'admin' || r === 'head')

export function bahtText(satang: number): string {
  return (satang / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
}

/** The agency's No Gift policy (the OIT catalogue asks for it), in the agency's name. */
export function noGiftPolicy(agencyName: string): Bilingual {
  return {
    th: `${agencyName} ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) ผู้บริหารและเจ้าหน้าที่ทุกคนจะไม่รับและไม่ให้ของขวัญ ของกำนัล หรือประโยชน์อื่นใด เว้นแต่การรับโดยธรรมจรรยาตามประกาศคณะกรรมการ ป.ป.ช. หากจำเป็นต้องรับไว้และมีมูลค่าเกิน ๓,๐๐๐ บาท จะรายงานต่อหัวหน้าส่วนราชการภายใน ๓๐ วัน เพื่อวินิจฉัยว่าจะรับไว้ ส่งมอบเป็นของหน่วยงาน หรือส่งคืน การรับบริจาคต้องได้รับอนุมัติก่อน และเปิดเผยรายการที่รับไว้ในหน้านี้`,
    en: `${agencyName} gives and accepts no gifts in the course of its work (No Gift Policy). Staff accept nothing beyond what the NACC’s rules on customary gifts allow; anything over 3,000 baht that had to be accepted is declared to the head within 30 days, who rules whether it is kept, handed to the agency or returned. Donations to the agency are approved before they are accepted and listed on this page.`,
  }
}
