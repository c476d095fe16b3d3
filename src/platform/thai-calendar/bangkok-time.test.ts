import { describe, expect, it } from 'vitest'
import { bangkokWallClock, startOfDayInBangkok, todayInBangkok } from './bangkok-time.ts'
import { isoDate } from './iso-date.ts'

describe('the date in Bangkok', () => {
  it('turns over at 17:00 UTC, seven hours ahead of UTC', () => {
    expect(todayInBangkok(new Date('2026-09-30T16:59:59.999Z'))).toBe('2026-09-30')
    expect(todayInBangkok(new Date('2026-09-30T17:00:00.000Z'))).toBe('2026-10-01')
  })

  it('is already next year while it is still New Year’s Eve in UTC', () => {
    expect(todayInBangkok(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01')
    expect(todayInBangkok(new Date('2026-12-31T16:59:00Z'))).toBe('2026-12-31')
  })

  it('reads instants given with any offset the same way', () => {
    expect(todayInBangkok(new Date('2026-10-01T00:30:00+07:00'))).toBe('2026-10-01')
    expect(todayInBangkok(new Date('2026-09-30T12:00:00-12:00'))).toBe('2026-10-01')
  })

  it('shows the wall clock', () => {
    expect(bangkokWallClock(new Date('2026-11-22T07:05:09Z'))).toEqual({
      date: '2026-11-22',
      hour: 14,
      minute: 5,
      second: 9,
    })
    expect(bangkokWallClock(new Date('2028-02-28T17:00:00Z'))).toMatchObject({ date: '2028-02-29', hour: 0, minute: 0 })
  })

  it('works before 1970 too', () => {
    expect(todayInBangkok(new Date('1969-12-31T17:00:00Z'))).toBe('1970-01-01')
    expect(bangkokWallClock(new Date('1969-12-31T16:59:00Z'))).toMatchObject({ date: '1969-12-31', hour: 23, minute: 59 })
  })

  it('matches the Asia/Bangkok zone in the ICU data, hour by hour through 2026–2027', () => {
    const intl = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Bangkok',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2028, 0, 1); ms += 3_600_000 + 60_000) {
      const now = new Date(ms)
      const parts = Object.fromEntries(intl.formatToParts(now).map((p) => [p.type, p.value]))
      const clock = bangkokWallClock(now)
      const expected = `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`
      const actual = `${clock.date} ${String(clock.hour).padStart(2, '0')}:${String(clock.minute).padStart(2, '0')}`
      if (actual !== expected) expect.fail(`${now.toISOString()}: ${actual} ≠ ${expected}`)
    }
  })

  it('rejects an invalid Date instead of returning NaN dates', () => {
    expect(() => todayInBangkok(new Date('not a date'))).toThrow(RangeError)
  })
})

describe('the start of a Bangkok day', () => {
  it('is 17:00 UTC on the day before', () => {
    expect(startOfDayInBangkok(isoDate('2026-10-01')).toISOString()).toBe('2026-09-30T17:00:00.000Z')
    expect(startOfDayInBangkok(isoDate('2027-01-01')).toISOString()).toBe('2026-12-31T17:00:00.000Z')
  })

  it('round-trips with todayInBangkok', () => {
    const day = isoDate('2028-02-29')
    expect(todayInBangkok(startOfDayInBangkok(day))).toBe(day)
    expect(todayInBangkok(new Date(startOfDayInBangkok(day).getTime() - 1))).toBe('2028-02-28')
  })
})
