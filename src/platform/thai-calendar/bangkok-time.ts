import { fromEpochDay, toEpochDay, type IsoDate } from './iso-date.ts'

/**
 * Thailand has kept UTC+7 with no daylight saving since 1920, so a fixed offset is exact for
 * every date this system handles and keeps the answer independent of the server's time zone
 * and of the ICU data bundled with Node. The tests cross-check it against Intl's Asia/Bangkok.
 */
export const BANGKOK_UTC_OFFSET_MINUTES = 7 * 60

const MS_PER_MINUTE = 60_000
const MS_PER_DAY = 86_400_000

export interface BangkokWallClock {
  readonly date: IsoDate
  readonly hour: number
  readonly minute: number
  readonly second: number
}

/** What a clock on a wall in Bangkok shows at the instant `now`. */
export function bangkokWallClock(now: Date): BangkokWallClock {
  const ms = now.getTime()
  if (Number.isNaN(ms)) throw new RangeError('invalid Date')
  const local = ms + BANGKOK_UTC_OFFSET_MINUTES * MS_PER_MINUTE
  const epochDay = Math.floor(local / MS_PER_DAY)
  const msOfDay = local - epochDay * MS_PER_DAY
  return {
    date: fromEpochDay(epochDay),
    hour: Math.floor(msOfDay / 3_600_000),
    minute: Math.floor(msOfDay / MS_PER_MINUTE) % 60,
    second: Math.floor(msOfDay / 1000) % 60,
  }
}

/** The date in Thailand at the instant `now` (pass the request's clock in; never read it here). */
export function todayInBangkok(now: Date): IsoDate {
  return bangkokWallClock(now).date
}

/** The instant a Bangkok day begins (17:00 UTC the day before), for "created on this day" queries. */
export function startOfDayInBangkok(date: IsoDate): Date {
  return new Date(toEpochDay(date) * MS_PER_DAY - BANGKOK_UTC_OFFSET_MINUTES * MS_PER_MINUTE)
}
