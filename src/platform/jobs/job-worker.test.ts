import type { KyselyPlugin } from 'kysely'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '../../db/connect.ts'
import { createTestDb } from '../../../test/support/test-db.ts'
import { createJobWorker, type JobContext, type JobLogger, type JobWorkerOptions } from './index.ts'

let handle: DatabaseHandle
let now: Date
const clock = () => now
const T0 = new Date('2026-11-22T03:00:07Z')

beforeAll(async () => {
  handle = await createTestDb()
})
afterAll(() => handle.close())
beforeEach(async () => {
  now = T0
  await handle.db.deleteFrom('jobs').execute()
  await handle.db.deleteFrom('job_schedules').execute()
})

function capturingLog() {
  const lines: { level: string; obj: Record<string, unknown>; msg: string }[] = []
  const at = (level: string) => (obj: Record<string, unknown>, msg: string) => void lines.push({ level, obj, msg })
  const log: JobLogger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }
  return { log, lines }
}

function worker(jobs: JobWorkerOptions['jobs'], options: Partial<JobWorkerOptions> = {}) {
  return createJobWorker({ db: handle.db, clock, jobs, random: () => 0, pollIntervalMs: 10, ...options })
}

const advance = (ms: number) => (now = new Date(now.getTime() + ms))
const jobRow = (id: string) => handle.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow()

describe('running jobs', () => {
  it('runs a due job once with its payload and the injected clock, and records it done', async () => {
    const seen: { payload: unknown; now: Date; attempt: number }[] = []
    const { log, lines } = capturingLog()
    const w = worker({ 'test.echo': { handler: async (payload, ctx) => void seen.push({ payload, now: ctx.now, attempt: ctx.attempt }) } }, { log, workerId: 'w1' })
    const id = await w.enqueue('test.echo', { report: 'ita-2569' })
    const result = await w.drain()
    expect(result.runs).toEqual([{ id, kind: 'test.echo', attempt: 1, outcome: 'done' }])
    expect(seen).toEqual([{ payload: { report: 'ita-2569' }, now: T0, attempt: 1 }])
    expect(await jobRow(id!)).toMatchObject({ status: 'done', attempts: 1, finished_at: T0, locked_until: null, locked_by: 'w1' })
    expect((await w.drain()).runs).toHaveLength(0)
    // one debug line for the run, without the payload
    const line = lines.find((l) => l.msg === 'job done')!
    expect(line).toMatchObject({ level: 'debug', obj: { job: id, kind: 'test.echo', attempt: 1, outcome: 'done' } })
    expect(JSON.stringify(lines)).not.toContain('ita-2569')
  })

  it('leaves a job alone until its time comes', async () => {
    let runs = 0
    const w = worker({ 'test.later': { handler: async () => void runs++ } })
    await w.enqueue('test.later', {}, { runAt: new Date(T0.getTime() + 60_000) })
    await w.drain()
    expect(runs).toBe(0)
    advance(60_000)
    await w.drain()
    expect(runs).toBe(1)
  })

  it('never runs a job of a kind this worker has no handler for', async () => {
    const w = worker({ 'test.known': { handler: async () => {} } })
    const id = await w.enqueue('test.unknown-here')
    expect((await w.drain()).runs).toHaveLength(0)
    expect((await jobRow(id!)).status).toBe('queued')
  })

  it('queues a job only once per dedupe key', async () => {
    const w = worker({ 'test.once': { handler: async () => {} } })
    const first = await w.enqueue('test.once', {}, { dedupeKey: 'report-42' })
    const second = await w.enqueue('test.once', {}, { dedupeKey: 'report-42' })
    expect(first).toBeTruthy()
    expect(second).toBeNull()
    const n = await handle.db.selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    expect(Number(n.n)).toBe(1)
  })
})

describe('a job that fails', () => {
  it('is retried with growing waits, then recorded as failed with its error, never the password in it', async () => {
    let calls = 0
    const { log, lines } = capturingLog()
    const w = worker(
      {
        'test.flaky': {
          maxAttempts: 3,
          backoff: { baseMs: 10_000, maxMs: 60_000 },
          handler: async () => {
            calls++
            throw new Error('cannot reach smtp://mailer:hunter22@mail.example.go.th:587')
          },
        },
      },
      { log },
    )
    const id = (await w.enqueue('test.flaky'))!
    expect((await w.drain()).runs[0]).toMatchObject({ outcome: 'retry', attempt: 1 })
    let row = await jobRow(id)
    expect(row).toMatchObject({ status: 'queued', attempts: 1, locked_by: null, locked_until: null, last_error: 'cannot reach smtp://***@mail.example.go.th:587' })
    expect(row.run_at).toEqual(new Date(T0.getTime() + 5_000))

    advance(4_999)
    expect((await w.drain()).runs).toHaveLength(0)
    advance(1)
    expect((await w.drain()).runs[0]).toMatchObject({ outcome: 'retry', attempt: 2 })
    row = await jobRow(id)
    expect(row.run_at).toEqual(new Date(now.getTime() + 10_000))

    advance(10_000)
    expect((await w.drain()).runs[0]).toMatchObject({ outcome: 'failed', attempt: 3 })
    row = await jobRow(id)
    expect(row).toMatchObject({ status: 'failed', attempts: 3, finished_at: now })
    expect(calls).toBe(3)
    advance(3_600_000)
    expect((await w.drain()).runs).toHaveLength(0)
    const warnings = lines.filter((l) => l.level === 'warn')
    expect(warnings.map((l) => l.obj.outcome)).toEqual(['retry', 'retry', 'failed'])
    expect(JSON.stringify(lines)).not.toContain('hunter22')
  })
})

describe('an instance that dies while running a job', () => {
  async function insertRunning(lockedUntil: Date, attempts = 1) {
    const row = await handle.db
      .insertInto('jobs')
      .values({ kind: 'test.report', payload: JSON.stringify({ n: 1 }), status: 'running', run_at: T0, attempts, max_attempts: 3, locked_by: 'dead-instance', locked_until: lockedUntil, created_at: T0, updated_at: T0 })
      .returning('id')
      .executeTakeFirstOrThrow()
    return row.id
  }

  it('keeps its job until the lease runs out; then another instance runs it', async () => {
    let runs = 0
    const w = worker({ 'test.report': { handler: async () => void runs++ } }, { workerId: 'survivor' })
    const id = await insertRunning(new Date(T0.getTime() + 60_000))
    await w.drain()
    expect(runs).toBe(0)
    advance(60_000)
    const result = await w.drain()
    expect(result.runs).toEqual([{ id, kind: 'test.report', attempt: 2, outcome: 'done' }])
    expect(await jobRow(id)).toMatchObject({ status: 'done', locked_by: 'survivor', attempts: 2 })
  })

  it('counts the lost run as an attempt, and gives up once they are used up', async () => {
    let runs = 0
    const w = worker({ 'test.report': { handler: async () => void runs++ } })
    const id = await insertRunning(new Date(T0.getTime() - 1), 3)
    expect((await w.drain()).runs[0]).toMatchObject({ outcome: 'failed' })
    expect(runs).toBe(0)
    expect((await jobRow(id)).last_error).toContain('lease expired')
  })
})

describe('schedules', () => {
  it('fire once per slot however many workers poll, with the slot in the job’s dedupe key', async () => {
    let runs = 0
    const jobs = { 'test.tick': { handler: async () => void runs++ } }
    const schedules = [{ name: 'tick', kind: 'test.tick', spec: { everySeconds: 60 } }]
    const a = worker(jobs, { schedules, workerId: 'a' })
    const b = worker(jobs, { schedules, workerId: 'b' })
    await a.drain()
    await b.drain()
    expect(runs).toBe(0)
    const schedule = await handle.db.selectFrom('job_schedules').selectAll().executeTakeFirstOrThrow()
    expect(schedule).toMatchObject({ name: 'tick', kind: 'test.tick', every_seconds: 60, daily_at: null, next_run_at: new Date('2026-11-22T03:01:00Z') })

    advance(60_000)
    await Promise.all([a.drain(), b.drain(), a.drain()])
    expect(runs).toBe(1)
    const jobsRun = await handle.db.selectFrom('jobs').select(['dedupe_key', 'status']).execute()
    expect(jobsRun).toEqual([{ dedupe_key: 'tick@2026-11-22T03:01:00.000Z', status: 'done' }])
    expect((await handle.db.selectFrom('job_schedules').select('next_run_at').executeTakeFirstOrThrow()).next_run_at).toEqual(new Date('2026-11-22T03:02:00Z'))
  })

  it('run once, not in a burst, after every instance was down for several slots', async () => {
    let runs = 0
    const w = worker({ 'test.tick': { handler: async () => void runs++ } }, { schedules: [{ name: 'tick', kind: 'test.tick', spec: { everySeconds: 60 } }] })
    await w.drain()
    advance(10 * 60_000 + 5_000)
    await w.drain()
    expect(runs).toBe(1)
    const job = await handle.db.selectFrom('jobs').select('dedupe_key').executeTakeFirstOrThrow()
    expect(job.dedupe_key).toBe('tick@2026-11-22T03:10:00.000Z')
  })

  it('fire a daily schedule at its Bangkok time', async () => {
    const ran: Date[] = []
    const w = worker({ 'test.nightly': { handler: async (_p, ctx: JobContext) => void ran.push(ctx.now) } }, { schedules: [{ name: 'nightly', kind: 'test.nightly', spec: { dailyAt: '03:15' } }] })
    await w.drain()
    // 10:00:07 in Bangkok: the next 03:15 is tomorrow, 20:15 UTC today
    now = new Date('2026-11-22T20:14:59Z')
    await w.drain()
    expect(ran).toHaveLength(0)
    now = new Date('2026-11-22T20:15:00Z')
    await w.drain()
    expect(ran).toEqual([new Date('2026-11-22T20:15:00Z')])
  })

  it('keep their next run when an instance restarts, and move it when the timing changes', async () => {
    const jobs = { 'test.tick': { handler: async () => {} } }
    await worker(jobs, { schedules: [{ name: 'tick', kind: 'test.tick', spec: { everySeconds: 60 } }] }).drain()
    advance(30_000)
    await worker(jobs, { schedules: [{ name: 'tick', kind: 'test.tick', spec: { everySeconds: 60 } }] }).drain()
    expect((await handle.db.selectFrom('job_schedules').select('next_run_at').executeTakeFirstOrThrow()).next_run_at).toEqual(new Date('2026-11-22T03:01:00Z'))
    await worker(jobs, { schedules: [{ name: 'tick', kind: 'test.tick', spec: { dailyAt: '03:15' } }] }).drain()
    const s = await handle.db.selectFrom('job_schedules').select(['next_run_at', 'every_seconds', 'daily_at']).executeTakeFirstOrThrow()
    expect(s).toEqual({ next_run_at: new Date('2026-11-22T20:15:00Z'), every_seconds: null, daily_at: '03:15' })
  })
})

describe('the poll', () => {
  it('costs one query when nothing is due, since the embedded database’s one connection serves web requests too', async () => {
    let queries = 0
    const counting: KyselyPlugin = {
      transformQuery: (args) => {
        queries++
        return args.node
      },
      transformResult: async (args) => args.result,
    }
    const w = createJobWorker({
      db: handle.db.withPlugin(counting),
      clock,
      jobs: { 'test.a': { handler: async () => {} }, 'test.b': { handler: async () => {} } },
      schedules: [{ name: 'tick', kind: 'test.a', spec: { everySeconds: 60 } }],
    })
    await w.drain()
    queries = 0
    for (let i = 0; i < 5; i++) {
      advance(1_000)
      expect(await w.runOnce()).toEqual({ schedulesFired: 0, job: null })
    }
    expect(queries).toBe(5)
  })
})

describe('stopping', () => {
  function deferred() {
    let resolve!: () => void
    const promise = new Promise<void>((r) => (resolve = r))
    return { promise, resolve }
  }

  it('lets the running job finish (telling it to hurry), then stops polling', async () => {
    const entered = deferred()
    const proceed = deferred()
    let aborted: boolean | undefined
    let runs = 0
    const w = worker(
      {
        'test.long': {
          handler: async (_p, ctx) => {
            runs++
            entered.resolve()
            await proceed.promise
            aborted = ctx.signal.aborted
          },
        },
      },
      { workerId: 'stopping-1' },
    )
    const id = (await w.enqueue('test.long'))!
    await w.enqueue('test.long', {}, { runAt: new Date(T0.getTime() + 1) })
    await w.start()
    await entered.promise
    const stopped = w.stop({ graceMs: 5_000 })
    setTimeout(() => proceed.resolve(), 20)
    await stopped
    expect(aborted).toBe(true)
    expect(await jobRow(id)).toMatchObject({ status: 'done' })
    // the second job was due only after the first started: it waits for another worker
    advance(1_000)
    await new Promise((r) => setTimeout(r, 50))
    expect(runs).toBe(1)
  })

  it('hands back the lease of a job that will not finish in time, so another instance can take it at once', async () => {
    const entered = deferred()
    const never = deferred()
    const w = worker({ 'test.stuck': { handler: async () => { entered.resolve(); await never.promise } } }, { workerId: 'stopping-2' })
    const id = (await w.enqueue('test.stuck'))!
    await w.start()
    await entered.promise
    await w.stop({ graceMs: 30 })
    expect(await jobRow(id)).toMatchObject({ status: 'queued', attempts: 0, locked_by: null, locked_until: null, run_at: T0 })
    // When the stuck run ends after all it no longer holds the job, which runs again as attempt 1.
    never.resolve()
    await w.runOnce()
    expect(await jobRow(id)).toMatchObject({ status: 'done', attempts: 1 })
  })
})
