/**
 * The complaints' daily job: a reminder for each open case whose current step is due soon or
 * overdue, and clearing evidence files that waited in vain for a corrected form.
 *
 * A reminder goes once per case, step (with the day it began) and urgency, however many times the
 * job runs and on however many instances: the row in complaint_reminders and the mail are written
 * in one transaction, and only by the transaction whose insert went through. The mail names the
 * case by its reference and links to it; nothing else about the case or the complainant.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { SYSTEM_ACTOR } from '../../platform/auth/actor.ts'
import { renderMail } from '../../platform/mail/mail-templates.ts'
import { queueMail } from '../../platform/mail/outbox.ts'
import { formatDateEn, formatDateTh, isoDate } from '../../platform/thai-calendar/index.ts'
import { HANDLER_ROLE } from './complaint-access.domain.ts'
import { STEP_LABELS, stepOf } from './complaint-deadlines.domain.ts'
import { deleteStalePendingUploads } from './complaint-evidence.ts'
import { deadlineCalculator, loadGuidelineSteps } from './complaint-guideline.use-cases.ts'
import * as reminders from './complaint-reminders.repository.ts'
import type { ComplaintStatus, Intake } from './complaint-workflow.domain.ts'
import * as repo from './complaints.repository.ts'

export type ReminderDeps = { db: Kysely<Database>; now: Date; baseUrl: string }

export type ReminderCounts = { reminders_due_soon: number; reminders_overdue: number; reminder_mails: number }

export async function sendDeadlineReminders(deps: ReminderDeps): Promise<ReminderCounts> {
  const { db, now } = deps
  const counts: ReminderCounts = { reminders_due_soon: 0, reminders_overdue: 0, reminder_mails: 0 }
  const open = await repo.openComplaintsForReminders(db)
  if (open.length === 0) return counts
  const guidelines = await loadGuidelineSteps(db, [...new Set(open.map((c) => c.organisation_id))])
  const deadlineOf = await deadlineCalculator(db, now)
  const due = open.flatMap((c) => {
    const step = stepOf(c.status as ComplaintStatus)
    const d = deadlineOf(c, guidelines.get(c.organisation_id)!)
    return step && d && d.urgency !== 'on_track' ? [{ c, step, due: d.due, urgency: d.urgency }] : []
  })
  if (due.length === 0) return counts

  const subjects = await reminders.subjectsOfComplaints(db, due.map((x) => x.c.id))
  const assignees = await reminders.activeUsersById(db, [...new Set(due.flatMap((x) => (x.c.assigned_to ? [x.c.assigned_to] : [])))])
  const handlers = new Map<string, { id: string; email: string }[]>()
  const handlersOf = async (organisationId: string, intake: Intake) => {
    const key = `${organisationId}:${intake}`
    if (!handlers.has(key)) handlers.set(key, await repo.peopleWithRole(db, organisationId, HANDLER_ROLE[intake]))
    return handlers.get(key)!
  }

  const headsOf = async (organisationId: string) => {
    const key = `${organisationId}:head`
    if (!handlers.has(key)) handlers.set(key, await repo.peopleWithRole(db, organisationId, 'head'))
    return handlers.get(key)!
  }

  for (const { c, step, due: dueOn, urgency } of due) {
    const assignee = c.assigned_to ? assignees.get(c.assigned_to) : undefined
    const excluded = subjects.get(c.id) ?? new Set<string>()
    // An officer who left (deactivated) no longer gets mail: the agency's handlers do.
    // The head's order is the head's to give: its reminder goes to the agency's heads.
    const to = (step === 'decision' ? await headsOf(c.organisation_id) : assignee ? [assignee] : await handlersOf(c.organisation_id, c.intake as Intake)).filter((u) => !excluded.has(u.id))
    // Nobody to tell yet: not recorded, so the reminder goes once someone can receive it.
    if (to.length === 0) continue
    const mail = renderMail('complaintDeadline', {
      reference: c.reference,
      step: STEP_LABELS[step],
      due: { th: formatDateTh(dueOn, { style: 'long' }), en: formatDateEn(dueOn, { style: 'long', era: 'be' }) },
      overdue: urgency === 'overdue',
      link: `${deps.baseUrl}/staff/complaints/${c.id}`,
    })
    const sent = await db.transaction().execute(async (trx) => {
      if (!(await reminders.claimReminder(trx, { complaintId: c.id, step, stepStartedOn: isoDate(c.step_started_on), urgency, at: now }))) return 0
      for (const u of to) await queueMail(trx, { to: u.email, organisationId: c.organisation_id, ...mail }, now)
      await recordAudit(trx, {
        actor: SYSTEM_ACTOR,
        organisationId: c.organisation_id,
        action: 'complaint.deadline_reminder',
        entityType: 'complaint',
        entityId: c.id,
        summary: { after: { step, urgency, due: dueOn, recipients: to.length } },
        at: now,
      })
      return to.length
    })
    if (sent === 0) continue
    counts[urgency === 'overdue' ? 'reminders_overdue' : 'reminders_due_soon']++
    counts.reminder_mails += sent
  }
  return counts
}

/** What the daily complaints job does; returns counts only (they go into the job's log line). */
export async function complaintsDaily(deps: ReminderDeps): Promise<ReminderCounts & { pending_uploads_deleted: number }> {
  const counts = await sendDeadlineReminders(deps)
  const deleted = await deps.db.transaction().execute(async (trx) => {
    const n = await deleteStalePendingUploads(trx, deps.now)
    if (n > 0) {
      await recordAudit(trx, { actor: SYSTEM_ACTOR, organisationId: null, action: 'system.complaint_uploads_expired', entityType: 'system', entityId: null, summary: { after: { pending_uploads_deleted: n } }, at: deps.now })
    }
    return n
  })
  return { ...counts, pending_uploads_deleted: deleted }
}
