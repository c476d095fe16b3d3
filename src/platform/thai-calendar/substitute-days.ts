import type { Holiday, HolidayKind } from './holiday.ts'
import { addCalendarDays, calendarDaysBetween, isWeekend, type IsoDate } from './iso-date.ts'

/**
 * A holiday that falls on a Saturday or Sunday gives one substitute day (วันหยุดชดเชย): the
 * next working day after the occasion, skipping days that are already off. An occasion is a
 * run of consecutive days with the same name (Songkran 13–15 April is one occasion, so a
 * Saturday+Sunday Songkran still gives a single substitute).
 *
 * The cabinet decides substitutes and sometimes departs from the rule, so this only proposes
 * days for an admin to confirm; it never changes the list.
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
  readonly lastDate: IsoDate
}

// How far after an occasion a substitute that names it may sit (the cabinet sometimes moves one).
const NAMED_SUBSTITUTE_WINDOW_DAYS = 30

/**
 * Substitute days missing from `holidays`, in date order. Pass the following year's list too
 * when there is one: a 31 December on a Saturday needs January to find its substitute.
 *
 * Listed substitution rows are matched to weekend occasions of every kind, so that a fixed
 * holiday never counts a lunar holiday's substitute as its own: first by name where the row
 * names the occasion ("Substitution day for Coronation Day"), then by position for rows named
 * loosely ("วันหยุดชดเชยวันพ่อแห่งชาติ (5 ธันวาคม)" for "วันคล้ายวันพระบรมราชสมภพ รัชกาลที่ 9 …").
 */
export function substituteDaysFor(
  holidays: readonly Holiday[],
  options: SubstituteDayOptions = {},
): SubstituteDayProposal[] {
  const kinds = new Set<HolidayKind>(options.kinds ?? ['fixed'])
  const sorted = [...holidays].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const substitutes = sorted.filter((h) => h.kind === 'substitution')
  const offAnyway = new Set(sorted.filter((h) => h.kind !== 'substitution').map((h) => h.date))
  const weekendOccasions = occasionsOf(sorted).filter((o) => o.dates.some(isWeekend))

  const taken = new Set<IsoDate>()
  const covered = new Set<Occasion>()
  for (const occasion of weekendOccasions) {
    const named = substitutes.find(
      (s) =>
        !taken.has(s.date) &&
        s.date > occasion.lastDate &&
        calendarDaysBetween(occasion.lastDate, s.date) <= NAMED_SUBSTITUTE_WINDOW_DAYS &&
        namesOccasion(s, occasion.first),
    )
    if (named) {
      taken.add(named.date)
      covered.add(occasion)
    }
  }

  const listed = new Set(substitutes.map((s) => s.date))
  const proposals: SubstituteDayProposal[] = []
  for (const occasion of weekendOccasions) {
    if (covered.has(occasion)) continue
    let day = addCalendarDays(occasion.lastDate, 1)
    while (taken.has(day) || isWeekend(day) || offAnyway.has(day)) {
      if (listed.has(day) && !taken.has(day)) break
      day = addCalendarDays(day, 1)
    }
    if (listed.has(day)) {
      taken.add(day)
      continue
    }
    // Other kinds claimed listed substitutes above but earn no proposal of their own.
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

function namesOccasion(substitute: Holiday, holiday: Holiday): boolean {
  const mentions = (text: string, name: string) => name.trim() !== '' && text.includes(name)
  return mentions(substitute.nameTh, holiday.nameTh) || mentions(substitute.nameEn, holiday.nameEn)
}

function occasionsOf(sorted: readonly Holiday[]): Occasion[] {
  const runs: { first: Holiday; dates: IsoDate[] }[] = []
  for (const holiday of sorted) {
    if (holiday.kind === 'substitution') continue
    const current = runs.at(-1)
    const previousDate = current?.dates.at(-1)
    const continues =
      current !== undefined &&
      previousDate !== undefined &&
      calendarDaysBetween(previousDate, holiday.date) <= 1 &&
      holiday.kind === current.first.kind &&
      holiday.nameTh === current.first.nameTh &&
      holiday.nameEn === current.first.nameEn
    if (!continues) runs.push({ first: holiday, dates: [holiday.date] })
    else if (previousDate !== holiday.date) current.dates.push(holiday.date)
  }
  return runs.map((run) => ({ ...run, lastDate: run.dates.at(-1) ?? run.first.date }))
}
