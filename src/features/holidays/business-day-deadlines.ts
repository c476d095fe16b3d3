import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { addBusinessDays, type DateRange, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { deadlineWindow, deadlineWindowHolds } from './holidays.domain.ts'
import { holidayDatesBetween } from './holidays.repository.ts'

/**
 * What other features use for deadlines (through index.ts). Holidays are public facts, so no
 * actor is needed to read them.
 */

/** The stored holiday dates from `from` to `to` inclusive, ready for addBusinessDays / businessDaysBetween. */
export async function loadHolidayDates(db: Kysely<Database>, from: IsoDate, to: IsoDate): Promise<Set<IsoDate>> {
  const range: DateRange = from <= to ? { start: from, end: to } : { start: to, end: from }
  return new Set(await holidayDatesBetween(db, range))
}

/**
 * The date `businessDays` business days after `start` (the start date never counts), skipping
 * weekends and the stored holidays. Loads only the holidays of the days it can reach, and
 * looks further when a run of holidays pushes the answer past them.
 */
export async function deadlineAfterBusinessDays(db: Kysely<Database>, start: IsoDate, businessDays: number): Promise<IsoDate> {
  for (let widenings = 0; ; widenings++) {
    const window = deadlineWindow(start, businessDays, widenings)
    const due = addBusinessDays(start, businessDays, await loadHolidayDates(db, window.start, window.end))
    if (deadlineWindowHolds(window, due)) return due
  }
}
