import { readFile } from 'node:fs/promises'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { SYSTEM_ACTOR } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { ceToBe, parseHolidayCsv } from '../../platform/thai-calendar/index.ts'
import { yearsOf } from './holidays.domain.ts'
import { countHolidays, insertHolidays, lockHolidaysForWriting } from './holidays.repository.ts'

// The calendar module stays pure, so the government file is read here, next to its one user.
const INITIAL_CSV = new URL('../../platform/thai-calendar/thai-government-holidays-2024-2027.csv', import.meta.url)

/**
 * First start only: fills an empty holiday table from the government list (2024–2026
 * confirmed, 2027 predicted). Once admins have edited the calendar it is never touched again,
 * even if they delete every row of a year. Returns how many holidays were loaded (0 if none).
 */
export async function loadInitialHolidaysIfEmpty(db: Kysely<Database>, now: Date = new Date()): Promise<number> {
  if ((await countHolidays(db)) > 0) return 0
  const parsed = parseHolidayCsv(await readFile(INITIAL_CSV, 'utf8'))
  if (!parsed.ok) {
    // The shipped file is wrong: refuse to start rather than run deadlines on a partial calendar.
    const lines = parsed.errors.map((e) => e.en).join('; ')
    throw new Error(`the bundled holiday list ${INITIAL_CSV.pathname} is invalid: ${lines}`)
  }
  const holidays = parsed.holidays
  return db.transaction().execute(async (trx) => {
    // Two instances starting against one server database: the second waits here, then sees rows.
    await lockHolidaysForWriting(trx)
    if ((await countHolidays(trx)) > 0) return 0
    await insertHolidays(trx, holidays)
    const years = yearsOf(holidays)
    await recordAudit(trx, {
      actor: SYSTEM_ACTOR,
      organisationId: null,
      action: 'holidays.initial_load',
      entityType: 'holidays',
      entityId: null,
      summary: {
        before: { count: 0 },
        after: { count: holidays.length, years_ce: years, years_be: years.map(ceToBe) },
        note: `Loaded ${holidays.length} government holidays for ${years.join(', ')} from thai-government-holidays-2024-2027.csv`,
      },
      at: now,
    })
    return holidays.length
  })
}
