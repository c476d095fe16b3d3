/** Background jobs and schedules kept in the database. Import from here. */
export {
  createJobWorker,
  SILENT_JOB_LOGGER,
  type JobContext,
  type JobDefinition,
  type JobHandler,
  type JobLogger,
  type JobRun,
  type JobWorker,
  type JobWorkerOptions,
  type ScheduleDefinition,
  type TickResult,
} from './job-worker.ts'
export { deleteFinishedJobs, insertJob, type NewJob } from './job-store.ts'
export { backoffDelayMs, latestSlotAtOrBefore, nextSlotAfter, scrubErrorText, slotKey, type BackoffPolicy, type ScheduleSpec } from './jobs.domain.ts'
