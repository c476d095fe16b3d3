import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { isValidScheduleSpec, latestSlotAtOrBefore, nextSlotAfter, slotKey, type AfterFailure, type ScheduleSpec } from './jobs.domain.ts'

/** All SQL of the job runner. Every claim is one short statement or transaction: the embedded engine's single connection is shared with web requests. */

type Db = Kysely<Database> | Transaction<Database>

export type NewJob = { kind: string; payload?: unknown; runAt: Date; maxAttempts: number; dedupeKey?: string | null }

/** Queues a job; returns its id, or null when a job with the same dedupe key already exists. */
export async function insertJob(db: Db, job: NewJob, now: Date): Promise<string | null> {
  const row = await db
    .insertInto('jobs')
    .values({
      kind: job.kind,
      payload: JSON.stringify(job.payload ?? {}),
      run_at: job.runAt,
      max_attempts: job.maxAttempts,
      dedupe_key: job.dedupeKey ?? null,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.column('dedupe_key').where('dedupe_key', 'is not', null).doNothing())
    .returning('id')
    .executeTakeFirst()
  return row?.id ?? null
}

export type ScheduleRow = { name: string; kind: string; payload: Record<string, unknown>; spec: ScheduleSpec }

/**
 * Makes the schedules this instance knows exist. A new one first fires at its next slot; an
 * existing one keeps its next run unless its timing changed. Safe when instances start together.
 */
export async function upsertSchedules(db: Kysely<Database>, schedules: readonly ScheduleRow[], now: Date): Promise<void> {
  for (const s of schedules) {
    const everySeconds = 'everySeconds' in s.spec ? s.spec.everySeconds : null
    const dailyAt = 'dailyAt' in s.spec ? s.spec.dailyAt : null
    await db
      .insertInto('job_schedules')
      .values({
        name: s.name,
        kind: s.kind,
        payload: JSON.stringify(s.payload),
        every_seconds: everySeconds,
        daily_at: dailyAt,
        next_run_at: nextSlotAfter(s.spec, now),
        updated_at: now,
      })
      .onConflict((oc) =>
        oc.column('name').doUpdateSet((eb) => ({
          kind: eb.ref('excluded.kind'),
          payload: eb.ref('excluded.payload'),
          every_seconds: eb.ref('excluded.every_seconds'),
          daily_at: eb.ref('excluded.daily_at'),
          next_run_at: sql<Date>`CASE WHEN job_schedules.every_seconds IS DISTINCT FROM excluded.every_seconds OR job_schedules.daily_at IS DISTINCT FROM excluded.daily_at THEN excluded.next_run_at ELSE job_schedules.next_run_at END`,
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute()
  }
}

/**
 * The idle poll: one query says whether any schedule or job of ours is due (a queued job whose
 * time has come, or a running one whose lease ran out because its instance died).
 */
export async function peekDue(db: Kysely<Database>, q: { scheduleNames: readonly string[]; kinds: readonly string[]; now: Date }): Promise<{ scheduleDue: boolean; jobDue: boolean }> {
  const r = await sql<{ schedule_due: boolean; job_due: boolean }>`
    SELECT
      EXISTS (SELECT 1 FROM job_schedules WHERE name = ANY(${[...q.scheduleNames]}::text[]) AND next_run_at <= ${q.now}) AS schedule_due,
      (EXISTS (SELECT 1 FROM jobs WHERE status = 'queued' AND run_at <= ${q.now} AND kind = ANY(${[...q.kinds]}::text[]))
        OR EXISTS (SELECT 1 FROM jobs WHERE status = 'running' AND locked_until <= ${q.now} AND kind = ANY(${[...q.kinds]}::text[]))) AS job_due
  `.execute(db)
  const row = r.rows[0]
  return { scheduleDue: !!row?.schedule_due, jobDue: !!row?.job_due }
}

export type FiredSlot = { name: string; kind: string; slot: Date; jobId: string | null }

/**
 * Claims due schedules (SKIP LOCKED: another instance holding one simply skips it), queues each
 * one's job for the current slot and moves its next run past now, all in one transaction. A
 * slot therefore fires once however many instances poll; slots missed while every instance was
 * down collapse into the latest one rather than firing in a burst.
 */
export async function fireDueSchedules(
  db: Kysely<Database>,
  q: { scheduleNames: readonly string[]; now: Date; maxAttemptsOf: (kind: string) => number; limit?: number },
): Promise<FiredSlot[]> {
  if (q.scheduleNames.length === 0) return []
  return db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('job_schedules')
      .select(['name', 'kind', 'payload', 'every_seconds', 'daily_at'])
      .where('name', 'in', [...q.scheduleNames])
      .where('next_run_at', '<=', q.now)
      .orderBy('next_run_at')
      .limit(q.limit ?? 20)
      .forUpdate()
      .skipLocked()
      .execute()
    const fired: FiredSlot[] = []
    for (const s of due) {
      const spec: ScheduleSpec = s.every_seconds !== null ? { everySeconds: s.every_seconds } : { dailyAt: s.daily_at ?? '' }
      if (!isValidScheduleSpec(spec)) continue
      const slot = latestSlotAtOrBefore(spec, q.now)
      const jobId = await insertJob(trx, { kind: s.kind, payload: s.payload, runAt: q.now, maxAttempts: q.maxAttemptsOf(s.kind), dedupeKey: slotKey(s.name, slot) }, q.now)
      await trx.updateTable('job_schedules').set({ next_run_at: nextSlotAfter(spec, q.now), last_slot_at: slot, updated_at: q.now }).where('name', '=', s.name).execute()
      fired.push({ name: s.name, kind: s.kind, slot, jobId })
    }
    return fired
  })
}

export type ClaimedJob = { id: string; kind: string; payload: unknown; attempts: number; maxAttempts: number; dedupeKey: string | null }

/**
 * Takes the next due job for this worker and leases it until `now + leaseMs`. One statement:
 * the row lock lasts only as long as the UPDATE, and the lease is what keeps others away.
 */
export async function claimNextJob(db: Kysely<Database>, q: { kinds: readonly string[]; workerId: string; now: Date; leaseMs: number }): Promise<ClaimedJob | undefined> {
  if (q.kinds.length === 0) return undefined
  const kinds = [...q.kinds]
  const row = await db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'running',
      attempts: eb('attempts', '+', 1),
      locked_by: q.workerId,
      locked_until: new Date(q.now.getTime() + q.leaseMs),
      updated_at: q.now,
    }))
    .where('id', '=', (eb) =>
      eb
        .selectFrom('jobs')
        .select('id')
        .where('kind', 'in', kinds)
        .where((w) =>
          w.or([
            w.and([w('status', '=', 'queued'), w('run_at', '<=', q.now)]),
            w.and([w('status', '=', 'running'), w('locked_until', '<=', q.now)]),
          ]),
        )
        .orderBy('run_at')
        .orderBy('created_at')
        .limit(1)
        .forUpdate()
        .skipLocked(),
    )
    .returning(['id', 'kind', 'payload', 'attempts', 'max_attempts', 'dedupe_key'])
    .executeTakeFirst()
  return row ? { id: row.id, kind: row.kind, payload: row.payload, attempts: row.attempts, maxAttempts: row.max_attempts, dedupeKey: row.dedupe_key } : undefined
}

/** False when this worker no longer holds the job (its lease ran out and another took it). */
export async function completeJob(db: Kysely<Database>, id: string, workerId: string, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('jobs')
    .set({ status: 'done', locked_until: null, finished_at: now, updated_at: now })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

export async function recordJobFailure(db: Kysely<Database>, id: string, workerId: string, outcome: AfterFailure, error: string, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('jobs')
    .set(
      outcome.status === 'failed'
        ? { status: 'failed', locked_until: null, last_error: error, finished_at: now, updated_at: now }
        : { status: 'queued', locked_by: null, locked_until: null, run_at: outcome.runAt, last_error: error, updated_at: now },
    )
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/**
 * On shutdown: hands back any job this worker still holds (one that would not finish in time),
 * due at once and without counting the interrupted attempt, so another instance need not wait
 * for the lease to run out.
 */
export async function releaseLeases(db: Kysely<Database>, workerId: string, now: Date): Promise<number> {
  const r = await db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'queued',
      locked_by: null,
      locked_until: null,
      run_at: now,
      attempts: sql<number>`GREATEST(${eb.ref('attempts')} - 1, 0)`,
      updated_at: now,
    }))
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .executeTakeFirst()
  return Number(r.numUpdatedRows)
}

/** Finished jobs are history only; the schedules' own rows are what prevent a slot firing twice. */
export async function deleteFinishedJobs(db: Db, q: { doneBefore: Date; failedBefore: Date }): Promise<number> {
  const r = await db
    .deleteFrom('jobs')
    .where((w) =>
      w.or([
        w.and([w('status', '=', 'done'), w('finished_at', '<', q.doneBefore)]),
        w.and([w('status', '=', 'failed'), w('finished_at', '<', q.failedBefore)]),
      ]),
    )
    .executeTakeFirst()
  return Number(r.numDeletedRows)
}
