import {
  addBusinessDays,
  addCalendarDays,
  beToCe,
  fiscalYearRange,
  halfRange,
  isoDateFromParts,
  quarterRange,
  THAI_MONTHS_LONG,
  ENGLISH_MONTHS_LONG,
  daysInMonth,
  type HolidayDates,
  type IsoDate,
} from '../../platform/thai-calendar/index.ts'

/**
 * When reports are due (A3): periods of the Thai fiscal year (1 Oct–30 Sep), deadlines counted
 * after the period ends, in business days from the holiday calendar or in calendar days.
 */
export const FREQUENCIES = ['quarterly', 'half_yearly', 'monthly', 'yearly'] as const
export type Frequency = (typeof FREQUENCIES)[number]

export const FREQUENCY_LABELS: Record<Frequency, { th: string; en: string }> = {
  quarterly: { th: 'รายไตรมาส (ทุก ๓ เดือน)', en: 'Quarterly' },
  half_yearly: { th: 'รอบ ๖ เดือน (ปีละ ๒ ครั้ง)', en: 'Twice a year' },
  monthly: { th: 'รายเดือน', en: 'Monthly' },
  yearly: { th: 'รายปี', en: 'Yearly' },
}

export type DeadlineRule = { kind: 'business_days' | 'calendar_days'; offset: number; closesAfterDays: number | null }

export type Period = { key: string; startsOn: IsoDate; endsOn: IsoDate; label: { th: string; en: string } }

const CE_MONTH_ORDER = [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9]

/** Every period of a fiscal year (BE) for a frequency, in order; keys are stable ("2569-Q1"). */
export function periodsOf(frequency: Frequency, fiscalYear: number): Period[] {
  switch (frequency) {
    case 'quarterly':
      return ([1, 2, 3, 4] as const).map((q) => {
        const r = quarterRange(fiscalYear, q)
        return { key: `${fiscalYear}-Q${q}`, startsOn: r.start, endsOn: r.end, label: { th: `ไตรมาสที่ ${q}/${fiscalYear}`, en: `Q${q} FY ${fiscalYear}` } }
      })
    case 'half_yearly':
      return ([1, 2] as const).map((h) => {
        const r = halfRange(fiscalYear, h)
        return { key: `${fiscalYear}-H${h}`, startsOn: r.start, endsOn: r.end, label: { th: h === 1 ? `รอบ ๖ เดือน ปีงบประมาณ ${fiscalYear}` : `รอบ ๑๒ เดือน ปีงบประมาณ ${fiscalYear}`, en: `${h === 1 ? 'First' : 'Second'} half FY ${fiscalYear}` } }
      })
    case 'monthly':
      return CE_MONTH_ORDER.map((month, i) => {
        const year = beToCe(fiscalYear) - (month >= 10 ? 1 : 0)
        const start = isoDateFromParts(year, month, 1)!
        const end = isoDateFromParts(year, month, daysInMonth(year, month))!
        return { key: `${fiscalYear}-M${String(i + 1).padStart(2, '0')}`, startsOn: start, endsOn: end, label: { th: `${THAI_MONTHS_LONG[month - 1]} ${year + 543}`, en: `${ENGLISH_MONTHS_LONG[month - 1]} ${year}` } }
      })
    case 'yearly': {
      const r = fiscalYearRange(fiscalYear)
      return [{ key: `${fiscalYear}-Y`, startsOn: r.start, endsOn: r.end, label: { th: `ปีงบประมาณ ${fiscalYear}`, en: `FY ${fiscalYear}` } }]
    }
  }
}

/** The deadline: `offset` business (or calendar) days after the period's last day. */
export function deadlineOf(period: Pick<Period, 'endsOn'>, rule: DeadlineRule, holidays: HolidayDates): IsoDate {
  return rule.kind === 'business_days' ? addBusinessDays(period.endsOn, rule.offset, holidays) : addCalendarDays(period.endsOn, rule.offset)
}

/** Last day late entry is still accepted; null keeps it open. */
export function closesOnOf(deadline: IsoDate, rule: DeadlineRule): IsoDate | null {
  return rule.closesAfterDays === null ? null : addCalendarDays(deadline, rule.closesAfterDays)
}

export type AgencyFacts = { id: string; kind: string; parentId: string | null }
export type Audience = { kind: 'all' } | { kind: 'kinds'; kinds: string[] } | { kind: 'chosen'; ids: string[] }

/** The agencies a schedule addresses among those under the oversight body (never the body itself). */
export function addressedAgencies(audience: Audience, agencies: AgencyFacts[], bodyId: string): string[] {
  const under = agencies.filter((a) => a.id !== bodyId)
  switch (audience.kind) {
    case 'all':
      return under.map((a) => a.id)
    case 'kinds':
      return under.filter((a) => audience.kinds.includes(a.kind)).map((a) => a.id)
    case 'chosen': {
      const chosen = new Set(audience.ids)
      return under.filter((a) => chosen.has(a.id)).map((a) => a.id)
    }
  }
}

/** Periods that have started by `today` (their expected reports may be fixed now). */
export function startedPeriods(periods: Period[], today: IsoDate): Period[] {
  return periods.filter((p) => p.startsOn <= today)
}
