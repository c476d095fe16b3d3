/**
 * Daily reminders for information requests: the responsible officer (or, with nobody assigned, the
 * agency's handlers) hears of a request due today or overdue; when it is very overdue the head of
 * the agency hears too. Once per request, due date and urgency: the claim row and the mails share a
 * transaction. The mail names the request by number only, never the requester.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { SYSTEM_ACTOR } from '../../platform/auth/actor.ts'
import { queueMail } from '../../platform/mail/outbox.ts'
import { addCalendarDays, formatDateEn, formatDateTh, isoDate, todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { loadHolidayDates } from '../holidays/index.ts'
import { HANDLER_ROLES, LATENESS_LABELS, latenessOf } from './info-requests.domain.ts'
import * as repo from './info-requests.repository.ts'

export type InfoReminderDeps = { db: Kysely<Database>; now: Date; baseUrl: string }

const FOOTER = ['--', 'อีเมลนี้ส่งจากระบบโปร่งใสโดยอัตโนมัติ กรุณาอย่าตอบกลับ', 'This e-mail was sent automatically by Prongsai; please do not reply.']

export async function sendInfoRequestReminders(deps: InfoReminderDeps): Promise<{ info_request_reminders: number }> {
  const today = todayInBangkok(deps.now)
  const holidays = await loadHolidayDates(deps.db, addCalendarDays(today, -400), today)
  let sent = 0
  for (const r of await repo.openRequests(deps.db)) {
    if (!r.due_on || r.due_on > today) continue
    const due = isoDate(r.due_on)
    const settings = await repo.readRequestSettings(deps.db, r.organisation_id)
    const lateness = latenessOf(due, today, settings.veryOverdueDays, holidays)
    const urgency = r.due_on === today ? 'due_today' : lateness
    const handlers = await repo.holdersOf(deps.db, r.organisation_id, HANDLER_ROLES)
    const assignee = r.assigned_to ? handlers.find((h) => h.id === r.assigned_to) : undefined
    const to = new Map((assignee ? [assignee] : handlers).map((u) => [u.id, u]))
    if (lateness === 'very_overdue') for (const h of await repo.holdersOf(deps.db, r.organisation_id, ['head'])) to.set(h.id, h)
    if (to.size === 0) continue
    const label = urgency === 'due_today' ? { th: 'ครบกำหนดวันนี้', en: 'Due today' } : LATENESS_LABELS[lateness]
    const link = `${deps.baseUrl}/staff/information-requests/${r.id}`
    const mail = {
      subject: `คำขอข้อมูลข่าวสาร ${r.number}: ${label.th} / Information request ${r.number}: ${label.en}`,
      text: [`คำขอข้อมูลข่าวสาร ${r.number} ${label.th} (กำหนด ${formatDateTh(due, { style: 'long' })})`, link, '', '----', '', `Information request ${r.number}: ${label.en} (due ${formatDateEn(due, { style: 'long', era: 'be' })})`, link, '', ...FOOTER, ''].join('\n'),
    }
    const done = await deps.db.transaction().execute(async (trx) => {
      if (!(await repo.claimReminder(trx, r.id, r.due_on!, urgency, deps.now))) return false
      for (const u of to.values()) await queueMail(trx, { to: u.email, organisationId: r.organisation_id, ...mail }, deps.now)
      await recordAudit(trx, { actor: SYSTEM_ACTOR, organisationId: r.organisation_id, action: 'info_request.reminder', entityType: 'info_request', entityId: r.id, summary: { after: { urgency, due: r.due_on, recipients: to.size } }, at: deps.now })
      return true
    })
    if (done) sent++
  }
  return { info_request_reminders: sent }
}
