import type { Kysely } from 'kysely'
import type { Config } from './config.ts'
import type { Database } from './db/tables.ts'
import { recordAudit } from './platform/audit/audit-log.ts'
import { SYSTEM_ACTOR } from './platform/auth/actor.ts'
import { deleteSpentTokens } from './platform/auth/one-time-tokens.ts'
import { deleteExpiredSessions } from './platform/auth/sessions.ts'
import { createJobWorker, deleteFinishedJobs, type JobLogger, type JobWorker, type ScheduleDefinition } from './platform/jobs/index.ts'
import { smtpSecrets } from './platform/mail/mail-delivery.domain.ts'
import { deliverOutbox } from './platform/mail/outbox-delivery.ts'
import { expirePrivateRecipients } from './platform/mail/outbox.ts'
import { deleteStaleCounters } from './platform/auth/attempt-throttle.ts'
import { createSmtpTransport, type MailTransport } from './platform/mail/smtp-transport.ts'
import { complaintsDaily } from './features/complaints/index.ts'
import { oitMonitoring } from './features/oit/index.ts'
import { sendWebboardReminders } from './features/webboard/index.ts'
import { sendInfoRequestReminders } from './features/information-requests/index.ts'
import { sealPlainIdentities } from './features/comment-box/index.ts'
import { serviceRemindersDaily } from './features/services/index.ts'
import { giftsDaily } from './features/gifts/index.ts'
import { propertyDaily } from './features/property/index.ts'
import { oversightReportsDaily } from './features/oversight-reports/index.ts'
import { PASSWORD_RESET_JOB, sendPasswordReset } from './features/accounts/index.ts'

/**
 * The background work this app does, wired like app.ts wires routes: which jobs exist, which
 * schedules queue them. main.ts starts it after listen and stops it before the database closes;
 * tests build it and call drain().
 */

export const MAIL_DELIVERY_JOB = 'mail.deliver'
export const HOUSEKEEPING_JOB = 'housekeeping.daily'
export const MAIL_DELIVERY_SCHEDULE = 'mail-delivery'
export const HOUSEKEEPING_SCHEDULE = 'housekeeping'
export const COMPLAINTS_DAILY_JOB = 'complaints.daily'
export const COMPLAINTS_DAILY_SCHEDULE = 'complaints-daily'
export const OIT_MONITORING_JOB = 'oit.monitoring'
export const OIT_MONITORING_SCHEDULE = 'oit-monitoring'
export const VOICE_DAILY_JOB = 'voice.daily'
export const VOICE_DAILY_SCHEDULE = 'voice-daily'
export const SERVICES_DAILY_JOB = 'services.daily'
export const SERVICES_DAILY_SCHEDULE = 'services-daily'
export const GIFTS_DAILY_JOB = 'gifts.daily'
export const GIFTS_DAILY_SCHEDULE = 'gifts-daily'
export const OVERSIGHT_REPORTS_DAILY_JOB = 'oversight-reports.daily'
export const OVERSIGHT_REPORTS_DAILY_SCHEDULE = 'oversight-reports-daily'

const DAY_MS = 86_400_000
/** Spent sign-in links are kept this long (the audit trail keeps what they were for, for good). */
export const SPENT_TOKEN_DAYS = 30
const DONE_JOB_DAYS = 2
const FAILED_JOB_DAYS = 30

export type AppWorkerDeps = {
  db: Kysely<Database>
  config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'jobsPollIntervalMs' | 'baseUrl'>
  clock: () => Date
  log?: JobLogger
  /** Defaults to SMTP at config.smtpUrl; without either, mail stays in the outbox. */
  transport?: MailTransport
  workerId?: string
  random?: () => number
}

/** Deletes what nobody can use any more, and says so once a day in the audit trail. */
async function housekeeping(db: Kysely<Database>, now: Date) {
  return db.transaction().execute(async (trx) => {
    const sessions = await deleteExpiredSessions(trx, now)
    const tokens = await deleteSpentTokens(trx, new Date(now.getTime() - SPENT_TOKEN_DAYS * DAY_MS))
    const jobs = await deleteFinishedJobs(trx, { doneBefore: new Date(now.getTime() - DONE_JOB_DAYS * DAY_MS), failedBefore: new Date(now.getTime() - FAILED_JOB_DAYS * DAY_MS) })
    const privateRecipients = await expirePrivateRecipients(trx, now)
    const counters = await deleteStaleCounters(trx, now)
    const counts = { sessions_deleted: sessions, tokens_deleted: tokens, jobs_deleted: jobs, private_recipients_erased: privateRecipients, abuse_counters_deleted: counters }
    await recordAudit(trx, { actor: SYSTEM_ACTOR, organisationId: null, action: 'system.housekeeping', entityType: 'system', entityId: null, summary: { after: counts }, at: now })
    return counts
  })
}

export function createAppWorker(deps: AppWorkerDeps): JobWorker {
  const { db, config, clock } = deps
  const transport = deps.transport ?? (config.smtpUrl ? createSmtpTransport(config.smtpUrl) : undefined)
  const secrets = config.smtpUrl ? smtpSecrets(config.smtpUrl) : []
  const schedules: ScheduleDefinition[] = [{ name: HOUSEKEEPING_SCHEDULE, kind: HOUSEKEEPING_JOB, spec: { dailyAt: '03:15' } }]
  // Early on a working morning, so deadline reminders are waiting when officers arrive.
  schedules.push({ name: COMPLAINTS_DAILY_SCHEDULE, kind: COMPLAINTS_DAILY_JOB, spec: { dailyAt: '06:30' } })
  // After the complaint reminders, before the working day: one OIT digest per responsible person.
  schedules.push({ name: OIT_MONITORING_SCHEDULE, kind: OIT_MONITORING_JOB, spec: { dailyAt: '06:45' } })
  // Webboard answers and information requests due today or overdue, before officers arrive.
  schedules.push({ name: VOICE_DAILY_SCHEDULE, kind: VOICE_DAILY_JOB, spec: { dailyAt: '06:50' } })
  // Service-request deadlines: the officer and the head hear two working days ahead, in time for a delay notice.
  schedules.push({ name: SERVICES_DAILY_SCHEDULE, kind: SERVICES_DAILY_JOB, spec: { dailyAt: '06:40' } })
  // Gift declarations nearing or past their 30-day deadline, and property not returned on time.
  schedules.push({ name: GIFTS_DAILY_SCHEDULE, kind: GIFTS_DAILY_JOB, spec: { dailyAt: '06:50' } })
  // Opens the reporting periods that begin today and sends the report reminders.
  schedules.push({ name: OVERSIGHT_REPORTS_DAILY_SCHEDULE, kind: OVERSIGHT_REPORTS_DAILY_JOB, spec: { dailyAt: '06:50' } })
  if (transport) schedules.push({ name: MAIL_DELIVERY_SCHEDULE, kind: MAIL_DELIVERY_JOB, spec: { everySeconds: 15 } })
  const worker = createJobWorker({
    db,
    clock,
    ...(deps.log ? { log: deps.log } : {}),
    ...(deps.workerId ? { workerId: deps.workerId } : {}),
    ...(deps.random ? { random: deps.random } : {}),
    pollIntervalMs: config.jobsPollIntervalMs,
    secrets,
    schedules,
    jobs: {
      [HOUSEKEEPING_JOB]: { maxAttempts: 3, handler: async (_payload, ctx) => housekeeping(ctx.db, ctx.now) },
      // Returns nothing to log: whether a mail went out would tell which addresses have accounts.
      [PASSWORD_RESET_JOB]: { maxAttempts: 3, handler: async (payload, ctx) => void (await sendPasswordReset({ db: ctx.db, now: ctx.now, baseUrl: config.baseUrl }, payload)) },
      [OVERSIGHT_REPORTS_DAILY_JOB]: { maxAttempts: 3, handler: async (_payload, ctx) => oversightReportsDaily({ db: ctx.db, now: ctx.now, baseUrl: config.baseUrl }) },
      [COMPLAINTS_DAILY_JOB]: { maxAttempts: 3, handler: async (_payload, ctx) => complaintsDaily({ db: ctx.db, now: ctx.now, baseUrl: config.baseUrl }) },
      [OIT_MONITORING_JOB]: { maxAttempts: 3, handler: async (_payload, ctx) => oitMonitoring({ db: ctx.db, now: ctx.now, baseUrl: config.baseUrl }) },
      [VOICE_DAILY_JOB]: { maxAttempts: 3, handler: async (_payload, ctx) => ({ ...(await sendWebboardReminders({ db: ctx.db, now: ctx.now, baseUrl: config.baseUrl })), ...(await sendInfoRequestReminders({ db: ctx.db, now: ctx.now, baseUrl: config.baseUrl })), ...(await sealPlainIdentities(ctx.db)) }) },
      [SERVICES_DAILY_JOB]: { maxAttempts: 3, handler: async (_payload, ctx) => serviceRemindersDaily({ db: ctx.db, now: ctx.now, baseUrl: config.baseUrl }) },
      [GIFTS_DAILY_JOB]: { maxAttempts: 3, handler: async (_payload, ctx) => ({ gifts_reminded: (await giftsDaily({ db: ctx.db, now: ctx.now, baseUrl: config.baseUrl })).reminded, loans_reminded: (await propertyDaily({ db: ctx.db, now: ctx.now, baseUrl: config.baseUrl })).reminded }) },
      ...(transport
        ? {
            [MAIL_DELIVERY_JOB]: {
              // The next slot comes 15 s later anyway: a run that failed (the database, not a mail) is not worth retrying.
              maxAttempts: 1,
              handler: async (_payload, ctx) =>
                deliverOutbox({ db: ctx.db, clock: ctx.clock, transport, from: config.mailFrom, log: ctx.log, signal: ctx.signal, secrets, ...(deps.random ? { random: deps.random } : {}) }),
            },
          }
        : {}),
    },
  })
  return {
    ...worker,
    async stop(options) {
      await worker.stop(options)
      transport?.close()
    },
  }
}
