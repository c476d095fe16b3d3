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
export async function oversightReportsDaily(deps: { db: Kysely<Database>; now: Date; baseUrl: string }): Promise<{ opened: number; reminders: number; summaries: number }> {
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
  const summaries = await weeklyLateSummary(deps)
  return { opened, reminders, summaries }
}

/**
 * On Mondays (Bangkok), each oversight body's officers get one mail listing the agencies whose
 * report is past its deadline and still not sent. The week is claimed in the same transaction as
 * the mails, so a rerun or a second worker sends nothing more.
 */
export async function weeklyLateSummary(deps: { db: Kysely<Database>; now: Date; baseUrl: string }): Promise<number> {
  const today = todayInBangkok(deps.now)
  if (new Date(`${today}T00:00:00Z`).getUTCDay() !== 1) return 0
  const late = await deps.db
    .selectFrom('oversight_reports as r')
    .innerJoin('oversight_periods as p', 'p.id', 'r.period_id')
    .innerJoin('oversight_schedules as s', 's.id', 'p.schedule_id')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .select(['s.organisation_id as body_id', 's.title_th', 'p.period_key', 'p.deadline', 'o.name_th'])
    .where('r.submissions', '=', 0)
    .where('p.deadline', '<', today)
    .where((eb) => eb.or([eb('p.closes_on', 'is', null), eb('p.closes_on', '>=', today)]))
    .orderBy('s.organisation_id')
    .orderBy('p.deadline')
    .orderBy('o.name_th')
    .execute()
  const byBody = new Map<string, typeof late>()
  for (const r of late) byBody.set(r.body_id, [...(byBody.get(r.body_id) ?? []), r])
  let sent = 0
  for (const [bodyId, rows] of byBody) {
    sent += await deps.db.transaction().execute(async (trx) => {
      const claimed = await trx.insertInto('oversight_weekly_summaries').values({ organisation_id: bodyId, week_of: today, late: rows.length, sent_at: deps.now }).onConflict((oc) => oc.columns(['organisation_id', 'week_of']).doNothing()).returning('organisation_id').executeTakeFirst()
      if (!claimed) return 0
      const lines = rows.map((r) => `- ${r.name_th}: ${r.title_th} ${r.period_key} (กำหนดส่ง ${formatDateTh(String(r.deadline).slice(0, 10) as typeof today)})`)
      for (const p of await repo.holdersOf(trx, [bodyId], ['oversight'])) {
        await queueMail(
          trx,
          {
            to: p.email,
            organisationId: bodyId,
            subject: `สรุปหน่วยงานที่ยังไม่ส่งรายงานตามกำหนด ${rows.length} รายการ / Weekly summary: ${rows.length} report(s) overdue`,
            text: [`รายงานที่เลยกำหนดและยังไม่ได้รับ ณ ${formatDateTh(today, { style: 'long' })}`, ...lines, '', `${deps.baseUrl}/staff/oversight/reports`, '', '----', '', `Reports past their deadline and not yet received, as of ${formatDateEn(today, { style: 'long' })}: ${rows.length}.`].join('\n'),
          },
          deps.now,
        )
      }
      await recordAudit(trx, { actor: SYSTEM_ACTOR, organisationId: bodyId, action: 'oversight_report.weekly_summary', entityType: 'organisation', entityId: bodyId, summary: { after: { week_of: today, late: rows.length } }, at: deps.now })
      return 1
    })
  }
  return sent
}
