import { describe, expect, it } from 'vitest'
import { afterFailure, backoffDelayMs, isValidScheduleSpec, latestSlotAtOrBefore, nextSlotAfter, parseDailyAt, scrubErrorText, slotKey } from './jobs.domain.ts'

const policy = { baseMs: 10_000, maxMs: 60 * 60_000 }

/** What a clock in Bangkok shows, by Intl's own time-zone data (the rules use a fixed UTC+7). */
function bangkok(d: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Bangkok', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(d)
}

describe('retrying a failed job', () => {
  it('doubles the wait after each failure, between half and all of it', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, 0, policy))).toEqual([5_000, 10_000, 20_000, 40_000])
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, 1, policy))).toEqual([10_000, 20_000, 40_000, 80_000])
    expect(backoffDelayMs(3, 0.5, policy)).toBe(30_000)
  })

  it('never waits longer than the maximum, however many failures', () => {
    expect(backoffDelayMs(12, 1, policy)).toBe(60 * 60_000)
    expect(backoffDelayMs(10_000, 1, policy)).toBe(60 * 60_000)
    expect(backoffDelayMs(10_000, 0, policy)).toBe(30 * 60_000)
  })

  it('spreads retries of jobs that failed together', () => {
    const delays = new Set([0, 0.25, 0.5, 0.75, 1].map((r) => backoffDelayMs(5, r, policy)))
    expect(delays.size).toBe(5)
  })

  it('queues the job again until its last attempt, then records it as failed', () => {
    const now = new Date('2026-11-22T03:00:00Z')
    expect(afterFailure({ attempts: 1, maxAttempts: 3 }, now, 0, policy)).toEqual({ status: 'queued', runAt: new Date('2026-11-22T03:00:05Z') })
    expect(afterFailure({ attempts: 2, maxAttempts: 3 }, now, 1, policy)).toEqual({ status: 'queued', runAt: new Date('2026-11-22T03:00:20Z') })
    expect(afterFailure({ attempts: 3, maxAttempts: 3 }, now, 0, policy)).toEqual({ status: 'failed' })
    expect(afterFailure({ attempts: 1, maxAttempts: 1 }, now, 0, policy)).toEqual({ status: 'failed' })
  })
})

describe('when a schedule is due', () => {
  it('runs interval schedules on fixed slots, whatever the instant it is asked', () => {
    const spec = { everySeconds: 15 }
    const at = new Date('2026-11-22T03:00:07.500Z')
    expect(latestSlotAtOrBefore(spec, at)).toEqual(new Date('2026-11-22T03:00:00Z'))
    expect(nextSlotAfter(spec, at)).toEqual(new Date('2026-11-22T03:00:15Z'))
    // exactly on a slot: that slot is the latest; the next one is a full period on
    expect(latestSlotAtOrBefore(spec, new Date('2026-11-22T03:00:15Z'))).toEqual(new Date('2026-11-22T03:00:15Z'))
    expect(nextSlotAfter(spec, new Date('2026-11-22T03:00:15Z'))).toEqual(new Date('2026-11-22T03:00:30Z'))
  })

  it('runs a daily schedule at the Bangkok time, whatever the server’s time zone', () => {
    const spec = { dailyAt: '03:15' }
    // 10:00 in Bangkok on 22 Nov: today's 03:15 has passed, the next is tomorrow's
    const at = new Date('2026-11-22T03:00:00Z')
    const latest = latestSlotAtOrBefore(spec, at)
    const next = nextSlotAfter(spec, at)
    expect(latest).toEqual(new Date('2026-11-21T20:15:00Z'))
    expect(bangkok(latest)).toBe('22/11/2026, 03:15:00')
    expect(next).toEqual(new Date('2026-11-22T20:15:00Z'))
    expect(bangkok(next)).toBe('23/11/2026, 03:15:00')
  })

  it('puts a daily slot just before Bangkok midnight on the right Bangkok day', () => {
    const spec = { dailyAt: '23:59' }
    // 23:58 on 31 Dec in Bangkok is 16:58 UTC: the slot is a minute later, still in that year
    const next = nextSlotAfter(spec, new Date('2026-12-31T16:58:00Z'))
    expect(bangkok(next)).toBe('31/12/2026, 23:59:00')
    const after = nextSlotAfter(spec, next)
    expect(bangkok(after)).toBe('01/01/2027, 23:59:00')
  })

  it('matches Intl’s Asia/Bangkok for a slot every day of a leap year', () => {
    const spec = { dailyAt: '00:30' }
    let at = new Date('2028-01-01T00:00:00Z')
    for (let i = 0; i < 366; i++) {
      at = nextSlotAfter(spec, at)
      expect(bangkok(at).slice(12)).toBe('00:30:00')
    }
    expect(bangkok(at)).toBe('01/01/2029, 00:30:00')
  })

  it('names each slot of a schedule uniquely, so its job can be queued only once', () => {
    expect(slotKey('housekeeping', new Date('2026-11-21T20:15:00Z'))).toBe('housekeeping@2026-11-21T20:15:00.000Z')
  })

  it('accepts only real times and sensible intervals', () => {
    expect(parseDailyAt('03:15')).toBe(195)
    expect(parseDailyAt('23:59')).toBe(1439)
    for (const bad of ['24:00', '3:15', '03:60', '', '03:15:00']) expect(parseDailyAt(bad), bad).toBeNull()
    expect(isValidScheduleSpec({ everySeconds: 15 })).toBe(true)
    expect(isValidScheduleSpec({ everySeconds: 0 })).toBe(false)
    expect(isValidScheduleSpec({ everySeconds: 1.5 })).toBe(false)
    expect(isValidScheduleSpec({ dailyAt: '25:00' })).toBe(false)
  })
})

describe('error text that is stored and logged', () => {
  it('never keeps a password written in a URL', () => {
    const text = 'connect ECONNREFUSED smtp://mailer:s3cr%40t@mail.example.go.th:587 (and smtps://u:p@x)'
    expect(scrubErrorText(text)).toBe('connect ECONNREFUSED smtp://***@mail.example.go.th:587 (and smtps://***@x)')
  })

  it('blanks the secrets it is given and cuts long text', () => {
    expect(scrubErrorText('Invalid login for hunter22', ['hunter22'])).toBe('Invalid login for ***')
    expect(scrubErrorText('x'.repeat(2000)).length).toBe(1000)
  })
})
