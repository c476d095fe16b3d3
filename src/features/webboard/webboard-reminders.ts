/**
 * The webboard's daily reminders: a question due today or overdue is reminded once per urgency
 * to its assigned officer, or to the agency's answerers when nobody is assigned. The claim row and
 * the mails are written in one transaction, so two instances never both send.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { SYSTEM_ACTOR } from '../../platform/auth/actor.ts'
import { queueMail } from '../../platform/mail/outbox.ts'
import { formatDateEn, formatDateTh, isoDate, todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { ANSWERER_ROLES, answerUrgency } from './webboard.domain.ts'
import * as repo from './webboard.repository.ts'

export type WebboardReminderDeps = { db: Kysely<Database>; now: Date; baseUrl: string }

const FOOTER = ['--', 'อีเมลนี้ส่งจากระบบโปร่งใสโดยอัตโนมัติ กรุณาอย่าตอบกลับ', 'This e-mail was sent automatically by Prongsai; please do not reply.']

export function reminderMail(v: { title: string; due: string; overdue: boolean; link: string }): { subject: string; text: string } {
  const th = v.overdue ? 'คำถามบนเว็บบอร์ดเลยกำหนดตอบ' : 'คำถามบนเว็บบอร์ดครบกำหนดตอบวันนี้'
  const en = v.overdue ? 'Webboard question overdue' : 'Webboard question due today'
  const dueTh = formatDateTh(isoDate(v.due), { style: 'long' })
  const dueEn = formatDateEn(isoDate(v.due), { style: 'long', era: 'be' })
  return {
    subject: `${th} / ${en}`,
    text: [`${th}: ${v.title}`, `กำหนดตอบ: ${dueTh}`, v.link, '', '----', '', `${en}: ${v.title}`, `Due: ${dueEn}`, v.link, '', ...FOOTER, ''].join('\n'),
  }
}

export async function sendWebboardReminders(deps: WebboardReminderDeps): Promise<{ webboard_reminders: number }> {
  const today = todayInBangkok(deps.now)
  let sent = 0
  for (const q of await repo.allUnansweredDueBy(deps.db, today)) {
    const urgency = answerUrgency(isoDate(q.due_on!), today)
    const assignee = q.assigned_to ? await repo.userById(deps.db, q.assigned_to) : undefined
    const to = assignee ? [assignee] : await repo.holdersOf(deps.db, q.organisation_id, ANSWERER_ROLES)
    if (to.length === 0) continue
    const mail = reminderMail({ title: q.title ?? '', due: q.due_on!, overdue: urgency === 'overdue', link: `${deps.baseUrl}/staff/webboard/questions/${q.id}` })
    const done = await deps.db.transaction().execute(async (trx) => {
      if (!(await repo.claimReminder(trx, q.id, urgency, deps.now))) return false
      for (const u of to) await queueMail(trx, { to: u.email, organisationId: q.organisation_id, ...mail }, deps.now)
      await recordAudit(trx, { actor: SYSTEM_ACTOR, organisationId: q.organisation_id, action: 'webboard.reminder', entityType: 'webboard_post', entityId: q.id, summary: { after: { urgency, due: q.due_on, recipients: to.length } }, at: deps.now })
      return true
    })
    if (done) sent++
  }
  return { webboard_reminders: sent }
}
