import type { MaybeActor } from '../../platform/auth/actor.ts'
import { canAdministerOrganisation, canOverseeOrganisation, hasRoleIn, isStaffOf, type OrgPath } from '../../platform/auth/policy.ts'
import type { Role } from '../../platform/auth/roles.ts'
import type { Bilingual } from '../../platform/i18n/locale.ts'
import { addCalendarDays, daysInMonth, isoDateFromParts, type IsoDate } from '../../platform/thai-calendar/index.ts'

/** Who keeps an agency's procurement disclosures: its procurement officers, administrators and head. */
export const PROCUREMENT_EDITOR_ROLES: readonly Role[] = ['procurement_officer', 'admin', 'head']

/** The agency is `path[0]`; administrators of a body above it (and platform admins) may step in. */
export function canEditProcurement(actor: MaybeActor, path: OrgPath): boolean {
  if (!actor || path.length === 0) return false
  return hasRoleIn(actor, path[0]!, ...PROCUREMENT_EDITOR_ROLES) || canAdministerOrganisation(actor, path)
}

/** Drafts are seen by the agency's own staff and by whoever oversees it. */
export function canReadProcurement(actor: MaybeActor, path: OrgPath): boolean {
  if (!actor || path.length === 0) return false
  return isStaffOf(actor, path[0]!) || canOverseeOrganisation(actor, path) || canEditProcurement(actor, path)
}

/** Methods of the Public Procurement Act 2560 s.55–56 as agencies name them in สขร.1. */
export const PROCUREMENT_METHODS = ['e_bidding', 'e_market', 'price_inquiry', 'selection', 'specific'] as const
export type ProcurementMethod = (typeof PROCUREMENT_METHODS)[number]

export const METHOD_LABELS: Record<ProcurementMethod, Bilingual> = {
  e_bidding: { th: 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', en: 'Electronic bidding (e-bidding)' },
  e_market: { th: 'ตลาดอิเล็กทรอนิกส์ (e-market)', en: 'Electronic market (e-market)' },
  price_inquiry: { th: 'สอบราคา', en: 'Price inquiry' },
  selection: { th: 'คัดเลือก', en: 'Selection' },
  specific: { th: 'เฉพาะเจาะจง', en: 'Specific method' },
}

export function isProcurementMethod(v: string): v is ProcurementMethod {
  return (PROCUREMENT_METHODS as readonly string[]).includes(v)
}

/** Money is kept in satang (integers) so sums are exact. */
export type Satang = number

export type PlanLine = {
  /** Project number in the national e-GP system, when it has one. */
  egpId: string
  project: string
  budget: Satang
  fundSource: string
  method: ProcurementMethod
  /** Calendar month (1–12) of the fiscal year in which the announcement is expected. */
  announceMonth: number
}

export type PlanContent = {
  allocatedOn: IsoDate
  announcedOn: IsoDate
  responsibleName: string
  responsiblePosition: string
  lines: PlanLine[]
}

export type MonthRow = {
  item: string
  budget: Satang
  referencePrice: Satang | null
  method: ProcurementMethod
  /** Bidders and their prices, one per line, as the committee wrote them. */
  bidders: string
  winner: string
  agreedPrice: Satang
  reason: string
  contractNo: string
  contractDate: IsoDate | null
}

export type MonthContent = {
  /** "ไม่มีการจัดซื้อจัดจ้าง": reported, and nothing was bought; not the same as not reported. */
  noProcurement: boolean
  responsibleName: string
  responsiblePosition: string
  rows: MonthRow[]
}

export const LIMITS = { text: 500, longText: 2000, rows: 200, spareRows: 3, addRows: 3 } as const

/** Months in fiscal-year order: October first. */
export const FISCAL_MONTHS = [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9] as const

export function isCalendarMonth(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 12
}

/** The CE year in which calendar month `month` of fiscal year `fy` (BE) falls. */
export function ceYearOf(fiscalYear: number, month: number): number {
  return month >= 10 ? fiscalYear - 544 : fiscalYear - 543
}

export function firstDayOf(fiscalYear: number, month: number): IsoDate {
  return isoDateFromParts(ceYearOf(fiscalYear, month), month, 1)!
}

export function lastDayOf(fiscalYear: number, month: number): IsoDate {
  const y = ceYearOf(fiscalYear, month)
  return isoDateFromParts(y, month, daysInMonth(y, month))!
}

/**
 * A month's summary is due by the 15th of the following month: the month's contracts are signed
 * by its last day, and two weeks is what agencies commonly allow to gather them into สขร.1.
 */
export const GRACE_DAYS_AFTER_MONTH = 15

export function monthDueDate(fiscalYear: number, month: number): IsoDate {
  return addCalendarDays(lastDayOf(fiscalYear, month), GRACE_DAYS_AFTER_MONTH)
}

export type MonthState = 'not_reported' | 'draft' | 'none' | 'published'

export type MonthStatus = {
  month: number
  state: MonthState
  /** The month has not ended yet: nothing is expected of it. */
  future: boolean
  overdue: boolean
  due: IsoDate
}

/** What a month shows on the staff overview, from its record (if any) and today's date. */
export function monthStatus(fiscalYear: number, month: number, record: { published: boolean; noProcurement: boolean } | null, today: IsoDate): MonthStatus {
  const state: MonthState = !record ? 'not_reported' : !record.published ? 'draft' : record.noProcurement ? 'none' : 'published'
  const due = monthDueDate(fiscalYear, month)
  const future = today <= lastDayOf(fiscalYear, month)
  return { month, state, future, overdue: !record?.published && today > due, due }
}

export const MONTH_STATE_LABELS: Record<MonthState, Bilingual> = {
  not_reported: { th: 'ยังไม่รายงาน', en: 'Not reported' },
  draft: { th: 'ร่าง (ยังไม่เผยแพร่)', en: 'Draft (not published)' },
  none: { th: 'ไม่มีการจัดซื้อจัดจ้าง', en: 'No procurement' },
  published: { th: 'เผยแพร่แล้ว', en: 'Published' },
}

/** Public Procurement Act 2560 s.11 and measure 4 §1 of seed 002: the plan within 30 business days of the allocation. */
export const PLAN_PUBLICATION_BUSINESS_DAYS = 30

export type Tally = { count: number; value: Satang; budget: Satang }

export type AnnualReport = {
  byMethod: (Tally & { method: ProcurementMethod })[]
  byMonth: (Tally & { month: number; state: 'none' | 'reported' | 'missing' })[]
  total: Tally
  monthsReported: number
}

/** The annual procurement report (OIT O12) computed from the published monthly summaries. */
export function annualReport(months: readonly { month: number; content: MonthContent }[]): AnnualReport {
  const byMethod = new Map<ProcurementMethod, Tally>(PROCUREMENT_METHODS.map((m) => [m, { count: 0, value: 0, budget: 0 }]))
  const total: Tally = { count: 0, value: 0, budget: 0 }
  const byMonth = FISCAL_MONTHS.map((month) => {
    const found = months.find((m) => m.month === month)
    const tally: Tally = { count: 0, value: 0, budget: 0 }
    if (!found) return { month, state: 'missing' as const, ...tally }
    for (const row of found.content.noProcurement ? [] : found.content.rows) {
      for (const t of [tally, total, byMethod.get(row.method)!]) {
        t.count += 1
        t.value += row.agreedPrice
        t.budget += row.budget
      }
    }
    return { month, state: found.content.noProcurement ? ('none' as const) : ('reported' as const), ...tally }
  })
  return {
    byMethod: PROCUREMENT_METHODS.map((method) => ({ method, ...byMethod.get(method)! })),
    byMonth,
    total,
    monthsReported: byMonth.filter((m) => m.state !== 'missing').length,
  }
}

const GROUPED = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** Baht as Thai documents write amounts: 1,234,500.00 */
export function formatBaht(satang: Satang): string {
  return GROUPED.format(satang / 100)
}

export const bahtOf = (satang: Satang): number => satang / 100

/**
 * The bidders' names in a สขร.1 row's bidders cell: one per line, each as the committee wrote it
 * with its price after the name ("บริษัท ก จำกัด 118,000.00 บาท"); the price is not part of the name.
 */
export function bidderNamesOf(cell: string): string[] {
  return cell
    .split(/\r?\n/)
    .map((line) => line.replace(/\s*(ราคา\s*)?[0-9๐-๙][0-9๐-๙,]*(\.[0-9๐-๙]+)?\s*(บาท)?\s*$/u, '').trim())
    .filter((name) => name.length > 0)
}
