// Table types of this feature (see ../tables.ts), from the migration 2026-11-22T1017-jobs.
import type { ColumnType, Generated } from 'kysely'
import type { CreatedAt, Timestamp, UpdatedAt } from '../column-types.ts'

type JobStatusColumn = 'queued' | 'running' | 'done' | 'failed'

export interface JobsTable {
  id: Generated<string>
  kind: string
  payload: ColumnType<unknown, string | undefined, string>
  status: ColumnType<JobStatusColumn, JobStatusColumn | undefined, JobStatusColumn>
  run_at: Timestamp
  attempts: ColumnType<number, number | undefined, number>
  max_attempts: ColumnType<number, number | undefined, number>
  locked_by: string | null
  locked_until: Date | null
  last_error: string | null
  dedupe_key: string | null
  created_at: CreatedAt
  updated_at: UpdatedAt
  finished_at: Date | null
}

export interface JobSchedulesTable {
  name: string
  kind: string
  payload: ColumnType<unknown, string | undefined, string>
  every_seconds: number | null
  daily_at: string | null
  next_run_at: Timestamp
  last_slot_at: Date | null
  updated_at: UpdatedAt
}

export interface JobsTables {
  jobs: JobsTable
  job_schedules: JobSchedulesTable
}
