import type { Holiday, HolidayKind } from './holiday.ts'
import { addCalendarDays, calendarDaysBetween, isWeekend, type IsoDate } from './iso-date.ts'

/**
 * A holiday that falls on a Saturday or Sunday gives one substitute day (วันหยุดชดเชย): the
 * next working day after the occasion, skipping days that are already off. An occasion is a
 * run of consecutive days with the same name (Songkran 13–15 April is one occasion, so a
 * Saturday+Sunday Songkran still gives a single substitute).
 *
 * The cabinet decides substitutes and sometimes departs from the rule, so this only proposes
 * days for an admin to confirm; it never changes the list. Existing substitution rows are
 * matched to occasions by position, not by name, because the government list names them
 * loosely ("วันหยุดชดเชยวันพ่อแห่งชาติ (5 ธันวาคม)" for "วันคล้ายวันพระบรมราชสมภพ รัชกาลที่ 9 …").
 */
export interface SubstituteDayProposal extends Holiday {
  readonly kind: 'substitution'
  /** Every date of the occasion this day makes up for. */
  readonly forDates: readonly IsoDate[]
}

export interface SubstituteDayOptions {
  /**
   * Kinds that earn a proposal. Only fixed-date holidays by default: for lunar days the
   * cabinet chooses case by case (e.g. no substitute for Khao Phansa on Sunday 21 July 2024).
   */
  readonly kinds?: readonly HolidayKind[]
}

interface Occasion {
  readonly first: Holiday
  readonly dates: IsoDate[]
}

/**
 * Substitute days missing from `holidays`, in date order. Pass the following year's list too
 * when there is one: a 31 December on a Saturday needs January to find its substitute.
 */
export function substituteDaysFor(
  holidays: readonly Holiday[],
  options: SubstituteDayOptions = {},
): SubstituteDayProposal[] {
  const kinds = new Set<HolidayKind>(options.kinds ?? ['fixed'])
  const sorted = [...holidays].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const listedSubstitutes = new Set(sorted.filter((h) => h.kind === 'substitution').map((h) => h.date))
  const offAnyway = new Set(sorted.filter((h) => h.kind !== 'substitution').map((h) => h.date))
  const taken = new Set<IsoDate>()
  const proposals: SubstituteDayProposal[] = []

  for (const occasion of occasionsOf(sorted)) {
    if (!occasion.dates.some(isWeekend)) continue
    const lastDate = occasion.dates[occasion.dates.length - 1] ?? occasion.first.date
    let day = addCalendarDays(lastDate, 1)
    while (taken.has(day) || isWeekend(day) || offAnyway.has(day)) {
      // A listed substitute still unmatched is this occasion's, even if it sits on a day off.
      if (listedSubstitutes.has(day) && !taken.has(day)) break
      day = addCalendarDays(day, 1)
    }
    if (listedSubstitutes.has(day)) {
      taken.add(day)
      continue
    }
    // Occasions of other kinds still claim listed substitutes above, so a fixed holiday never
    // takes a substitute meant for a lunar one; but they earn no proposal of their own.
    if (!kinds.has(occasion.first.kind)) continue
    taken.add(day)
    proposals.push({
      date: day,
      nameTh: `วันหยุดชดเชย${occasion.first.nameTh}`,
      nameEn: `Substitution day for ${occasion.first.nameEn}`,
      kind: 'substitution',
      forDates: occasion.dates,
    })
  }
  return proposals
}

function occasionsOf(sorted: readonly Holiday[]): Occasion[] {
  const occasions: Occasion[] = []
  let current: Occasion | undefined
  for (const holiday of sorted) {
    if (holiday.kind === 'substitution') continue
    const previousDate = current?.dates[current.dates.length - 1]
    const continues =
      current !== undefined &&
      previousDate !== undefined &&
      calendarDaysBetween(previousDate, holiday.date) <= 1 &&
      holiday.kind === current.first.kind &&
      holiday.nameTh === current.first.nameTh &&
      holiday.nameEn === current.first.nameEn
    if (current !== undefined && continues) {
      if (previousDate !== holiday.date) current.dates.push(holiday.date)
    } else {
      current = { first: holiday, dates: [holiday.date] }
      occasions.push(current)
    }
  }
  return occasions
}
