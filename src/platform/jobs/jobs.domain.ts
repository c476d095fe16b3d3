import { BANGKOK_UTC_OFFSET_MINUTES } from '../thai-calendar/index.ts'

/**
 * Pure rules of background jobs: when a failed job runs again, and when a schedule is next
 * due. No I/O and no clock: the instant and the random number are passed in, so tests can
 * pin both.
 */

export type JobStatus = 'queued' | 'running' | 'done' | 'failed'

/** Every `everySeconds` (slots aligned to the Unix epoch), or once a day at a Bangkok wall-clock time. */
export type ScheduleSpec = { everySeconds: number } | { dailyAt: string }

export type BackoffPolicy = { baseMs: number; maxMs: number }

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 10_000, maxMs: 60 * 60_000 }

/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random. The fixed
 * half keeps a retry from firing straight back at a struggling server; the random half keeps
 * many failed jobs (a mail server that was down for an hour) from retrying in lockstep.
 * `attempt` is the attempt that just failed, counting from 1.
 */
export function backoffDelayMs(attempt: number, random: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const n = Math.max(1, Math.floor(attempt))
  // 2^30 already exceeds any sane maximum; capping the exponent avoids Infinity.
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(n - 1, 30))
  const r = Math.min(1, Math.max(0, random))
  return Math.round(exponential / 2 + (exponential / 2) * r)
}

export type AfterFailure = { status: 'failed' } | { status: 'queued'; runAt: Date }

/** What becomes of a job whose attempt `attempts` (already counted) failed. */
export function afterFailure(job: { attempts: number; maxAttempts: number }, now: Date, random: number, policy: BackoffPolicy = DEFAULT_BACKOFF): AfterFailure {
  if (job.attempts >= job.maxAttempts) return { status: 'failed' }
  return { status: 'queued', runAt: new Date(now.getTime() + backoffDelayMs(job.attempts, random, policy)) }
}

const DAILY_AT = /^([01]\d|2[0-3]):([0-5]\d)$/
const MS_PER_DAY = 86_400_000
const BANGKOK_OFFSET_MS = BANGKOK_UTC_OFFSET_MINUTES * 60_000

/** Minutes after midnight of a 'HH:MM' time, or null when it is not one. */
export function parseDailyAt(value: string): number | null {
  const m = DAILY_AT.exec(value)
  return m ? Number(m[1]) * 60 + Number(m[2]) : null
}

export function isValidScheduleSpec(spec: ScheduleSpec): boolean {
  if ('everySeconds' in spec) return Number.isInteger(spec.everySeconds) && spec.everySeconds >= 1 && spec.everySeconds <= 7 * 86_400
  return parseDailyAt(spec.dailyAt) !== null
}

/** The most recent slot at or before `at`. */
export function latestSlotAtOrBefore(spec: ScheduleSpec, at: Date): Date {
  const t = at.getTime()
  if ('everySeconds' in spec) {
    const period = spec.everySeconds * 1000
    return new Date(Math.floor(t / period) * period)
  }
  const minutes = parseDailyAt(spec.dailyAt)
  if (minutes === null) throw new RangeError(`not a HH:MM time: ${spec.dailyAt}`)
  // Thailand keeps UTC+7 all year (no daylight saving), so a Bangkok day is a fixed UTC window.
  const offsetInDay = minutes * 60_000 - BANGKOK_OFFSET_MS
  return new Date(Math.floor((t - offsetInDay) / MS_PER_DAY) * MS_PER_DAY + offsetInDay)
}

/** The first slot strictly after `at`: where a schedule's next run goes once a slot has fired. */
export function nextSlotAfter(spec: ScheduleSpec, at: Date): Date {
  const latest = latestSlotAtOrBefore(spec, at)
  const period = 'everySeconds' in spec ? spec.everySeconds * 1000 : MS_PER_DAY
  return new Date(latest.getTime() + period)
}

/**
 * The dedupe key of a schedule's job in one slot. However many instances claim the same
 * schedule, the job of a slot can exist only once.
 */
export function slotKey(scheduleName: string, slot: Date): string {
  return `${scheduleName}@${slot.toISOString()}`
}

const CREDENTIALS_IN_URL = /([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi

/**
 * Error text fit to store and log: any `scheme://user:password@` becomes `scheme://***@`,
 * each given secret is blanked, and the text is cut to a readable length.
 */
export function scrubErrorText(text: string, secrets: readonly string[] = [], maxLength = 1000): string {
  let s = text.replace(CREDENTIALS_IN_URL, '$1***@')
  for (const secret of secrets) if (secret.length >= 3) s = s.split(secret).join('***')
  return s.length > maxLength ? `${s.slice(0, maxLength - 1)}…` : s
}
