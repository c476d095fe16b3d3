import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import { performance } from 'node:perf_hooks'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { DEFAULT_BACKOFF, afterFailure, isValidScheduleSpec, scrubErrorText, type BackoffPolicy, type ScheduleSpec } from './jobs.domain.ts'
import { claimNextJob, completeJob, fireDueSchedules, insertJob, peekDue, recordJobFailure, releaseLeases, upsertSchedules, type ClaimedJob } from './job-store.ts'

type LogFn = (obj: Record<string, unknown>, msg: string) => void
/** The part of the app's pino logger the runner uses. Nothing personal goes in: no payloads. */
export type JobLogger = { debug: LogFn; info: LogFn; warn: LogFn; error: LogFn }

const noop: LogFn = () => {}
export const SILENT_JOB_LOGGER: JobLogger = { debug: noop, info: noop, warn: noop, error: noop }

export type JobContext = {
  db: Kysely<Database>
  /** When this run started, on the injected clock. */
  now: Date
  clock: () => Date
  log: JobLogger
  /** Aborted when the worker is stopping: a long job should finish the item in hand and return. */
  signal: AbortSignal
  attempt: number
  jobId: string
}

/** May return a few counts (no personal data) that go into the run's log line. */
export type JobHandler = (payload: unknown, ctx: JobContext) => Promise<void | Record<string, number | string | boolean>>
export type JobDefinition = { handler: JobHandler; maxAttempts?: number; backoff?: BackoffPolicy }
export type ScheduleDefinition = { name: string; kind: string; spec: ScheduleSpec; payload?: Record<string, unknown> }

export type JobWorkerOptions = {
  db: Kysely<Database>
  clock: () => Date
  jobs: Record<string, JobDefinition>
  schedules?: ScheduleDefinition[]
  log?: JobLogger
  workerId?: string
  pollIntervalMs?: number
  /** How long a claimed job is this worker's before another instance may take it over. */
  leaseMs?: number
  random?: () => number
  /** Strings never to store or log (a password that could appear in an error). */
  secrets?: string[]
}

export type JobRun = { id: string; kind: string; attempt: number; outcome: 'done' | 'retry' | 'failed' | 'lost'; error?: string }
export type TickResult = { schedulesFired: number; job: JobRun | null }

export type JobWorker = {
  readonly id: string
  /** Registers the schedules, then polls every interval until stopped. */
  start(): Promise<void>
  /** Stops polling, lets the running job finish (up to `graceMs`), then releases any lease still held. */
  stop(options?: { graceMs?: number }): Promise<void>
  /** One poll: fire due schedules, run at most one due job. */
  runOnce(): Promise<TickResult>
  /** Polls until nothing is due at the clock's current time: what tests call instead of sleeping. */
  drain(options?: { maxJobs?: number }): Promise<{ schedulesFired: number; runs: JobRun[] }>
  /** Queues a job now or at `runAt`; null when `dedupeKey` (which is logged: keep it free of personal data) was used already. */
  enqueue(kind: string, payload?: unknown, options?: { runAt?: Date; dedupeKey?: string }): Promise<string | null>
}

const DEFAULT_MAX_ATTEMPTS = 5

export function createJobWorker(options: JobWorkerOptions): JobWorker {
  const { db, clock, jobs } = options
  const log = options.log ?? SILENT_JOB_LOGGER
  const id = options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`
  const pollIntervalMs = options.pollIntervalMs ?? 5_000
  const leaseMs = options.leaseMs ?? 10 * 60_000
  const random = options.random ?? Math.random
  const kinds = Object.keys(jobs)
  const schedules = options.schedules ?? []
  for (const s of schedules) {
    if (!jobs[s.kind]) throw new Error(`schedule ${s.name} runs ${s.kind}, which has no handler`)
    if (!isValidScheduleSpec(s.spec)) throw new Error(`schedule ${s.name} has an invalid timing`)
  }
  const scheduleNames = schedules.map((s) => s.name)
  const maxAttemptsOf = (kind: string) => jobs[kind]?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS

  let registered = false
  let stopping = false
  let timer: NodeJS.Timeout | undefined
  const abort = new AbortController()
  // One tick at a time per worker, whether from the poll loop or a test calling drain().
  let queue: Promise<unknown> = Promise.resolve()
  let polling: Promise<void> | undefined

  function exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = queue.then(fn, fn)
    queue = run.catch(() => {})
    return run
  }

  async function register(): Promise<void> {
    if (registered) return
    await upsertSchedules(db, schedules.map((s) => ({ name: s.name, kind: s.kind, payload: s.payload ?? {}, spec: s.spec })), clock())
    registered = true
  }

  async function run(job: ClaimedJob): Promise<JobRun> {
    const started = performance.now()
    // A scheduled job's dedupe key names its slot, e.g. housekeeping@2026-11-22T20:15:00.000Z.
    const fields = { job: job.id, kind: job.kind, attempt: job.attempts, worker: id, ...(job.dedupeKey ? { key: job.dedupeKey } : {}) }
    const def = jobs[job.kind]
    let error: unknown
    let result: Record<string, number | string | boolean> | void = undefined
    if (job.attempts > job.maxAttempts) {
      // Only a lease taken over from a dead instance gets here: its attempts were used up while it ran elsewhere.
      error = new Error('gave up: the instance running it stopped answering (lease expired)')
    } else if (def) {
      try {
        result = await def.handler(job.payload, { db, now: clock(), clock, log, signal: abort.signal, attempt: job.attempts, jobId: job.id })
      } catch (err) {
        error = err ?? new Error('failed')
      }
    } else {
      error = new Error(`no handler for ${job.kind}`)
    }
    const ms = Math.round(performance.now() - started)
    const now = clock()
    if (error === undefined) {
      const held = await completeJob(db, job.id, id, now)
      if (!held) log.warn({ ...fields, ms }, 'job finished after its lease was taken over')
      else log.debug({ ...fields, ms, outcome: 'done', ...(result ? { result } : {}) }, 'job done')
      return { id: job.id, kind: job.kind, attempt: job.attempts, outcome: held ? 'done' : 'lost' }
    }
    const message = scrubErrorText(error instanceof Error ? error.message : String(error), options.secrets)
    const next = afterFailure({ attempts: job.attempts, maxAttempts: job.maxAttempts }, now, random(), def?.backoff ?? DEFAULT_BACKOFF)
    const held = await recordJobFailure(db, job.id, id, next, message, now)
    log.warn({ ...fields, ms, outcome: next.status === 'failed' ? 'failed' : 'retry', ...(next.status === 'queued' ? { retryAt: next.runAt.toISOString() } : {}), error: message }, 'job failed')
    return { id: job.id, kind: job.kind, attempt: job.attempts, outcome: held ? (next.status === 'failed' ? 'failed' : 'retry') : 'lost', error: message }
  }

  async function tick(): Promise<TickResult> {
    await register()
    const due = await peekDue(db, { scheduleNames, kinds, now: clock() })
    let schedulesFired = 0
    if (due.scheduleDue) {
      const fired = await fireDueSchedules(db, { scheduleNames, now: clock(), maxAttemptsOf })
      schedulesFired = fired.length
    }
    if (!due.jobDue && schedulesFired === 0) return { schedulesFired, job: null }
    const job = await claimNextJob(db, { kinds, workerId: id, now: clock(), leaseMs })
    return { schedulesFired, job: job ? await run(job) : null }
  }

  async function drain(max = 1000): Promise<{ schedulesFired: number; runs: JobRun[] }> {
    const runs: JobRun[] = []
    let schedulesFired = 0
    while (runs.length < max) {
      const r = await exclusive(tick)
      schedulesFired += r.schedulesFired
      if (r.job) runs.push(r.job)
      if (!r.job && r.schedulesFired === 0) break
      if (stopping) break
    }
    return { schedulesFired, runs }
  }

  function schedulePoll(delay: number): void {
    if (stopping) return
    timer = setTimeout(() => {
      polling = drain(100)
        .then(() => undefined)
        .catch((err: unknown) => log.error({ worker: id, error: scrubErrorText(err instanceof Error ? err.message : String(err), options.secrets) }, 'job poll failed'))
        .finally(() => {
          polling = undefined
          schedulePoll(pollIntervalMs)
        })
    }, delay)
    timer.unref()
  }

  return {
    id,
    async start() {
      await register()
      log.info({ worker: id, kinds, schedules: scheduleNames, pollIntervalMs }, 'job worker started')
      schedulePoll(0)
    },
    async stop({ graceMs = 10_000 } = {}) {
      stopping = true
      if (timer) clearTimeout(timer)
      abort.abort()
      const inFlight = Promise.all([polling, queue]).then(() => true)
      let graceTimer: NodeJS.Timeout | undefined
      const finished = await Promise.race([inFlight, new Promise<false>((resolve) => (graceTimer = setTimeout(() => resolve(false), graceMs)))])
      if (graceTimer) clearTimeout(graceTimer)
      const released = await releaseLeases(db, id, clock())
      if (!finished || released > 0) log.warn({ worker: id, released }, 'job worker stopped before its job finished; lease released')
      else log.info({ worker: id }, 'job worker stopped')
    },
    runOnce: () => exclusive(tick),
    drain: (o) => drain(o?.maxJobs),
    async enqueue(kind, payload, o = {}) {
      const now = clock()
      return insertJob(db, { kind, payload, runAt: o.runAt ?? now, maxAttempts: maxAttemptsOf(kind), dedupeKey: o.dedupeKey ?? null }, now)
    },
  }
}
