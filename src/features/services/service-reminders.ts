/**
 * The services' daily job: before a request's deadline (two business days ahead, the time to
 * send a delay notice) the assigned officer and the agency's head get one mail, once per request
 * and deadline however often the job runs (the reminder row and the mails share a transaction).
 * The mail names the request by its number and links to it; nothing about the applicant.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { SYSTEM_ACTOR } from '../../platform/auth/actor.ts'
import { queueMail } from '../../platform/mail/outbox.ts'
import { addCalendarDays, formatDateEn, formatDateTh, todayInBangkok, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { loadHolidayDates } from '../holidays/index.ts'
import { urgencyOf } from './service-requests.domain.ts'
import * as repo from './service-requests.repository.ts'

export type ServiceReminderCounts = { service_reminders: number; service_reminder_mails: number }

export async function serviceRemindersDaily(deps: { db: Kysely<Database>; now: Date; baseUrl: string }): Promise<ServiceReminderCounts> {
  const { db, now } = deps
  const counts: ServiceReminderCounts = { service_reminders: 0, service_reminder_mails: 0 }
  const today = todayInBangkok(now)
  const holidays = await loadHolidayDates(db, addCalendarDays(today, -30), addCalendarDays(today, 60))
  const running = await repo.runningRequests(db)
  for (const r of running) {
    const urgency = urgencyOf(r, today, holidays)
    if (urgency !== 'due_soon' && urgency !== 'overdue') continue
    const to = new Map<string, string>()
    const assignee = r.assignedTo ? await repo.activeUser(db, r.assignedTo) : undefined
    if (assignee) to.set(assignee.id, assignee.email)
    else for (const s of await repo.assignableStaff(db, r.organisationId)) if (s.role === 'officer') to.set(s.id, s.email)
    for (const h of await repo.headsOf(db, r.organisationId)) to.set(h.id, h.email)
    if (to.size === 0) continue
    const due = r.dueOn as IsoDate
    const overdue = urgency === 'overdue'
    const subject = `${overdue ? 'เกินกำหนด' : 'ใกล้ครบกำหนด'}: คำขอเลขที่ ${r.reference} / ${overdue ? 'Overdue' : 'Due soon'}: request ${r.reference}`
    const text = [
      `คำขอเลขที่ ${r.reference} (${r.serviceName}) ${overdue ? 'เกินกำหนด' : 'ครบกำหนดแจ้งผล'}วันที่ ${formatDateTh(due, { style: 'long' })}`,
      overdue ? 'กรุณาแจ้งผลโดยเร็ว และบันทึกหนังสือแจ้งขยายระยะเวลา (ล่าช้า) หากยังไม่แล้วเสร็จ' : 'หากดำเนินการไม่ทัน ต้องแจ้งขยายระยะเวลาพร้อมเหตุผลให้ผู้ยื่นคำขอทราบก่อนครบกำหนด',
      '',
      `${deps.baseUrl}/staff/service-requests/${r.id}`,
      '',
      '----',
      '',
      `Request ${r.reference} ${overdue ? 'was due' : 'is due'} on ${formatDateEn(due, { style: 'long', era: 'be' })}.`,
      overdue ? 'Notify the result soon, and record a (late) delay notice if it is not finished.' : 'If it cannot be finished in time, send the applicant a delay notice with the reason before the deadline.',
      '',
      '--',
      'อีเมลนี้ส่งจากระบบโปร่งใสโดยอัตโนมัติ กรุณาอย่าตอบกลับ',
      'This e-mail was sent automatically by Prongsai; please do not reply.',
      '',
    ].join('\n')
    const sent = await db.transaction().execute(async (trx) => {
      if (!(await repo.claimReminder(trx, r.id, due, r.status, today, now))) return 0
      for (const email of to.values()) await queueMail(trx, { to: email, organisationId: r.organisationId, subject, text }, now)
      await recordAudit(trx, { actor: SYSTEM_ACTOR, organisationId: r.organisationId, action: 'service_request.deadline_reminder', entityType: 'service_request', entityId: r.id, summary: { after: { due_on: due, urgency, recipients: to.size } }, at: now })
      return to.size
    })
    if (sent) {
      counts.service_reminders++
      counts.service_reminder_mails += sent
    }
  }
  return counts
}
