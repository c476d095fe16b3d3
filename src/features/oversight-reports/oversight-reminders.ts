import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { SYSTEM_ACTOR } from '../../platform/auth/actor.ts'
import { queueMail } from '../../platform/mail/outbox.ts'
import { addBusinessDays, addCalendarDays, formatDateEn, formatDateTh, todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { loadHolidayDates } from '../holidays/index.ts'
import { reminderDue, type ReminderKind } from './oversight-report.domain.ts'
import * as repo from './oversight-reports.repository.ts'
import { openDuePeriods } from './oversight-schedules.use-cases.ts'

/** Business days before the deadline the first reminder goes. */
export const REMIND_BUSINESS_DAYS_BEFORE = 3

const TEXT: Record<ReminderKind, { th: string; en: string }> = {
  before: { th: 'ใกล้ถึงกำหนดส่งรายงาน', en: 'Report due soon' },
  due_day: { th: 'วันนี้เป็นวันกำหนดส่งรายงาน', en: 'Report due today' },
  overdue: { th: 'เลยกำหนดส่งรายงานแล้ว', en: 'Report overdue' },
}

/**
 * The daily job (A3): opens periods that have begun, then reminds the ITA coordinator and head of
 * every agency whose report has not gone to oversight: before the deadline, on the day, after it.
 * Each reminder is claimed in the same transaction as its mails, so it goes once.
 */
export async function oversightReportsDaily(deps: { db: Kysely<Database>; now: Date; baseUrl: string }): Promise<{ opened: number; reminders: number }> {
  const { db, now } = deps
  const opened = await openDuePeriods(db, now, deps.baseUrl)
  const today = todayInBangkok(now)
  const pending = await db
    .selectFrom('oversight_reports as r')
    .innerJoin('oversight_periods as p', 'p.id', 'r.period_id')
    .select(['r.id', 'p.deadline', 'p.starts_on'])
    .where('r.submissions', '=', 0)
    .where('p.starts_on', '<=', today)
    .execute()
  let reminders = 0
  for (const row of pending) {
    const deadline = String(row.deadline).slice(0, 10) as typeof today
    const holidays = await loadHolidayDates(db, addCalendarDays(deadline, -30), deadline)
    const kind = reminderDue(today, deadline, addBusinessDays(deadline, -REMIND_BUSINESS_DAYS_BEFORE, holidays))
    if (!kind) continue
    const sent = await db.transaction().execute(async (trx) => {
      const claimed = await trx.insertInto('oversight_reminders').values({ report_id: row.id, kind, sent_at: now }).onConflict((oc) => oc.columns(['report_id', 'kind']).doNothing()).returning('report_id').executeTakeFirst()
      if (!claimed) return 0
      const report = await repo.findReport(trx, row.id)
      if (!report) return 0
      const people = await repo.holdersOf(trx, [report.organisationId], ['ita_coordinator', 'head'])
      const due = { th: formatDateTh(deadline, { style: 'long' }), en: formatDateEn(deadline, { style: 'long' }) }
      for (const p of people) {
        await queueMail(
          trx,
          {
            to: p.email,
            organisationId: report.organisationId,
            subject: `${TEXT[kind].th}: ${report.scheduleTitleTh} ${report.periodKey} / ${TEXT[kind].en}`,
            text: [`${report.organisationNameTh}: ${report.scheduleTitleTh} ${report.periodKey}`, `กำหนดส่ง ${due.th}`, `${deps.baseUrl}/staff/reports/${report.id}`, '', '----', '', `Due ${due.en}`].join('\n'),
          },
          now,
        )
      }
      await recordAudit(trx, { actor: SYSTEM_ACTOR, organisationId: report.organisationId, action: 'oversight_report.reminded', entityType: 'oversight_report', entityId: report.id, summary: { after: { kind, deadline, recipients: people.length } }, at: now })
      return 1
    })
    reminders += sent
  }
  return { opened, reminders }
}
