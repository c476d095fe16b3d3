import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { IsoDate } from '../../platform/thai-calendar/index.ts'
import type { ReportStatus } from './oversight-report.domain.ts'
import type { Audience, DeadlineRule, Frequency, Period } from './oversight-schedule.domain.ts'

type Db = Kysely<Database>

export type Schedule = {
  id: string
  organisationId: string
  formDefinitionId: string
  formVersion: number
  formKey: string
  titleTh: string
  titleEn: string
  fiscalYear: number
  frequency: Frequency
  rule: DeadlineRule
  audience: Audience
  createdAt: Date
}

const dateText = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v))

function scheduleQuery(db: Db) {
  return db
    .selectFrom('oversight_schedules as s')
    .innerJoin('form_definitions as f', 'f.id', 's.form_definition_id')
    .select(['s.id', 's.organisation_id', 's.form_definition_id', 'f.version', 'f.key', 's.title_th', 's.title_en', 's.fiscal_year', 's.frequency', 's.deadline_kind', 's.deadline_offset', 's.closes_after_days', 's.audience', 's.audience_kinds', 's.audience_ids', 's.created_at'])
}

type ScheduleRow = Awaited<ReturnType<ReturnType<typeof scheduleQuery>['executeTakeFirstOrThrow']>>

function toSchedule(r: ScheduleRow): Schedule {
  const audience: Audience = r.audience === 'kinds' ? { kind: 'kinds', kinds: r.audience_kinds as string[] } : r.audience === 'chosen' ? { kind: 'chosen', ids: r.audience_ids as string[] } : { kind: 'all' }
  return {
    id: r.id,
    organisationId: r.organisation_id,
    formDefinitionId: r.form_definition_id,
    formVersion: r.version,
    formKey: r.key,
    titleTh: r.title_th,
    titleEn: r.title_en,
    fiscalYear: r.fiscal_year,
    frequency: r.frequency,
    rule: { kind: r.deadline_kind, offset: r.deadline_offset, closesAfterDays: r.closes_after_days },
    audience,
    createdAt: r.created_at,
  }
}

export async function insertSchedule(
  trx: Db,
  s: { organisationId: string; formDefinitionId: string; titleTh: string; titleEn: string; fiscalYear: number; frequency: Frequency; rule: DeadlineRule; audience: Audience; createdBy: string; now: Date },
): Promise<string> {
  const row = await trx
    .insertInto('oversight_schedules')
    .values({
      organisation_id: s.organisationId,
      form_definition_id: s.formDefinitionId,
      title_th: s.titleTh,
      title_en: s.titleEn,
      fiscal_year: s.fiscalYear,
      frequency: s.frequency,
      deadline_kind: s.rule.kind,
      deadline_offset: s.rule.offset,
      closes_after_days: s.rule.closesAfterDays,
      audience: s.audience.kind,
      audience_kinds: JSON.stringify(s.audience.kind === 'kinds' ? s.audience.kinds : []),
      audience_ids: JSON.stringify(s.audience.kind === 'chosen' ? s.audience.ids : []),
      created_by: s.createdBy,
      created_at: s.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function findSchedule(db: Db, id: string): Promise<Schedule | undefined> {
  const r = await scheduleQuery(db).where('s.id', '=', id).executeTakeFirst()
  return r ? toSchedule(r) : undefined
}

export async function listSchedulesOf(db: Db, organisationIds: readonly string[]): Promise<Schedule[]> {
  if (organisationIds.length === 0) return []
  const rows = await scheduleQuery(db).where('s.organisation_id', 'in', [...organisationIds]).orderBy('s.fiscal_year', 'desc').orderBy('s.created_at', 'desc').execute()
  return rows.map(toSchedule)
}

/** Schedules addressing anything (used by the job that opens periods). */
export async function listAllSchedules(db: Db, fiscalYears: number[]): Promise<Schedule[]> {
  const rows = await scheduleQuery(db).where('s.fiscal_year', 'in', fiscalYears).execute()
  return rows.map(toSchedule)
}

export async function openedPeriodKeys(db: Db, scheduleId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('oversight_periods').select('period_key').where('schedule_id', '=', scheduleId).execute()
  return new Set(rows.map((r) => r.period_key))
}

/**
 * Opens a period and fixes its expected reports, once: a second call (another instance, a rerun
 * of the job) inserts nothing, so an agency added later never joins a period already open.
 */
export async function openPeriod(trx: Db, p: { scheduleId: string; period: Period; deadline: IsoDate; closesOn: IsoDate | null; agencyIds: string[]; now: Date }): Promise<string | null> {
  const row = await trx
    .insertInto('oversight_periods')
    .values({ schedule_id: p.scheduleId, period_key: p.period.key, starts_on: p.period.startsOn, ends_on: p.period.endsOn, deadline: p.deadline, closes_on: p.closesOn, fixed_at: p.now })
    .onConflict((oc) => oc.columns(['schedule_id', 'period_key']).doNothing())
    .returning('id')
    .executeTakeFirst()
  if (!row) return null
  if (p.agencyIds.length) {
    await trx
      .insertInto('oversight_reports')
      .values(p.agencyIds.map((organisation_id) => ({ period_id: row.id, organisation_id, status: 'not_started', created_at: p.now, updated_at: p.now })))
      .execute()
  }
  return row.id
}

export type ReportRow = {
  id: string
  periodId: string
  periodKey: string
  startsOn: IsoDate
  endsOn: IsoDate
  deadline: IsoDate
  closesOn: IsoDate | null
  scheduleId: string
  scheduleTitleTh: string
  scheduleTitleEn: string
  oversightOrgId: string
  formDefinitionId: string
  organisationId: string
  organisationSlug: string
  organisationNameTh: string
  organisationNameEn: string
  organisationKind: string
  organisationWebsite: string
  status: ReportStatus
  responseId: string | null
  nothingToReport: boolean
  nothingReason: string
  submissions: number
  headName: string | null
  headPosition: string | null
  headSignedAt: Date | null
  firstSubmittedAt: Date | null
  lastSubmittedAt: Date | null
  acceptedAt: Date | null
  replyBy: IsoDate | null
  updatedAt: Date
}

function reportQuery(db: Db) {
  return db
    .selectFrom('oversight_reports as r')
    .innerJoin('oversight_periods as p', 'p.id', 'r.period_id')
    .innerJoin('oversight_schedules as s', 's.id', 'p.schedule_id')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .select([
      'r.id',
      'r.period_id',
      'p.period_key',
      'p.starts_on',
      'p.ends_on',
      'p.deadline',
      'p.closes_on',
      's.id as schedule_id',
      's.title_th as schedule_title_th',
      's.title_en as schedule_title_en',
      's.organisation_id as oversight_org_id',
      's.form_definition_id',
      'r.organisation_id',
      'o.slug',
      'o.name_th',
      'o.name_en',
      'o.kind',
      'o.website',
      'r.status',
      'r.response_id',
      'r.nothing_to_report',
      'r.nothing_reason',
      'r.submissions',
      'r.head_name',
      'r.head_position',
      'r.head_signed_at',
      'r.first_submitted_at',
      'r.last_submitted_at',
      'r.accepted_at',
      'r.reply_by',
      'r.updated_at',
    ])
}

type RawReport = Awaited<ReturnType<ReturnType<typeof reportQuery>['executeTakeFirstOrThrow']>>

function toReport(r: RawReport): ReportRow {
  return {
    id: r.id,
    periodId: r.period_id,
    periodKey: r.period_key,
    startsOn: dateText(r.starts_on) as IsoDate,
    endsOn: dateText(r.ends_on) as IsoDate,
    deadline: dateText(r.deadline) as IsoDate,
    closesOn: r.closes_on ? (dateText(r.closes_on) as IsoDate) : null,
    scheduleId: r.schedule_id,
    scheduleTitleTh: r.schedule_title_th,
    scheduleTitleEn: r.schedule_title_en,
    oversightOrgId: r.oversight_org_id,
    formDefinitionId: r.form_definition_id,
    organisationId: r.organisation_id,
    organisationSlug: r.slug,
    organisationNameTh: r.name_th,
    organisationNameEn: r.name_en,
    organisationKind: r.kind,
    organisationWebsite: r.website,
    status: r.status as ReportStatus,
    responseId: r.response_id,
    nothingToReport: r.nothing_to_report,
    nothingReason: r.nothing_reason,
    submissions: r.submissions,
    headName: r.head_name,
    headPosition: r.head_position,
    headSignedAt: r.head_signed_at,
    firstSubmittedAt: r.first_submitted_at,
    lastSubmittedAt: r.last_submitted_at,
    acceptedAt: r.accepted_at,
    replyBy: r.reply_by ? (dateText(r.reply_by) as IsoDate) : null,
    updatedAt: r.updated_at,
  }
}

export async function findReport(db: Db, id: string, opts: { forUpdate?: boolean } = {}): Promise<ReportRow | undefined> {
  let q = reportQuery(db).where('r.id', '=', id)
  if (opts.forUpdate) q = q.forUpdate('r')
  const r = await q.executeTakeFirst()
  return r ? toReport(r) : undefined
}

/** Reports of the given agencies (an agency's own list): never another agency's. */
export async function listReportsOfAgencies(db: Db, organisationIds: readonly string[]): Promise<ReportRow[]> {
  if (organisationIds.length === 0) return []
  const rows = await reportQuery(db).where('r.organisation_id', 'in', [...organisationIds]).orderBy('p.starts_on', 'desc').orderBy('s.title_th').execute()
  return rows.map(toReport)
}

/** Every report of the schedules an oversight body runs (its dashboard). */
export async function listReportsOfSchedules(db: Db, scheduleIds: readonly string[]): Promise<ReportRow[]> {
  if (scheduleIds.length === 0) return []
  const rows = await reportQuery(db).where('s.id', 'in', [...scheduleIds]).orderBy('p.starts_on', 'asc').orderBy('o.name_th').execute()
  return rows.map(toReport)
}

export async function updateReport(
  trx: Db,
  id: string,
  set: Partial<{
    status: ReportStatus
    response_id: string
    nothing_to_report: boolean
    nothing_reason: string
    submissions: number
    head_name: string | null
    head_position: string | null
    head_signed_at: Date | null
    first_submitted_at: Date
    last_submitted_at: Date
    accepted_at: Date
    reply_by: string | null
  }>,
  now: Date,
): Promise<void> {
  await trx.updateTable('oversight_reports').set({ ...set, updated_at: now }).where('id', '=', id).execute()
}

export async function insertHistory(trx: Db, h: { reportId: string; from: ReportStatus; to: ReportStatus; reason: string; byUser: string | null; byLabel: string; at: Date }): Promise<void> {
  await trx.insertInto('oversight_report_history').values({ report_id: h.reportId, from_status: h.from, to_status: h.to, reason: h.reason, by_user: h.byUser, by_label: h.byLabel, at: h.at }).execute()
}

export type HistoryEntry = { from: ReportStatus; to: ReportStatus; reason: string; by: string; at: Date }

export async function listHistory(db: Db, reportId: string): Promise<HistoryEntry[]> {
  const rows = await db.selectFrom('oversight_report_history').selectAll().where('report_id', '=', reportId).orderBy('at', 'asc').execute()
  return rows.map((r) => ({ from: r.from_status as ReportStatus, to: r.to_status as ReportStatus, reason: r.reason, by: r.by_label, at: r.at }))
}

export async function insertReturnReasons(trx: Db, reportId: string, submission: number, reasons: { itemId: string; reason: string }[], now: Date): Promise<void> {
  if (reasons.length === 0) return
  await trx
    .insertInto('oversight_return_reasons')
    .values(reasons.map((r) => ({ report_id: reportId, submission, item_id: r.itemId, reason: r.reason, created_at: now })))
    .execute()
}

export type ReturnReason = { submission: number; itemId: string; reason: string; at: Date }

export async function listReturnReasons(db: Db, reportId: string): Promise<ReturnReason[]> {
  const rows = await db.selectFrom('oversight_return_reasons').selectAll().where('report_id', '=', reportId).orderBy('submission', 'asc').orderBy('created_at', 'asc').execute()
  return rows.map((r) => ({ submission: r.submission, itemId: r.item_id, reason: r.reason, at: r.created_at }))
}

export type Recipient = { id: string; email: string; name: string }

export async function holdersOf(db: Db, organisationIds: readonly string[], roles: readonly string[]): Promise<Recipient[]> {
  if (organisationIds.length === 0 || roles.length === 0) return []
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.email', 'u.display_name'])
    .distinct()
    .where('m.organisation_id', 'in', [...organisationIds])
    .where('m.role', 'in', [...roles])
    .where('u.is_active', '=', true)
    .orderBy('u.email')
    .execute()
  return rows.map((r) => ({ id: r.id, email: r.email, name: r.display_name }))
}

/** The organisations directly under an oversight body, with what an audience filters on. */
export async function agenciesUnder(db: Db, bodyId: string): Promise<{ id: string; kind: string; parentId: string | null; nameTh: string }[]> {
  const rows = await db.selectFrom('organisations').select(['id', 'kind', 'parent_id', 'name_th']).where('parent_id', '=', bodyId).orderBy('name_th').execute()
  return rows.map((r) => ({ id: r.id, kind: r.kind, parentId: r.parent_id, nameTh: r.name_th }))
}

export async function userPosition(db: Db, userId: string): Promise<string> {
  const r = await db.selectFrom('users').select('position').where('id', '=', userId).executeTakeFirst()
  return r?.position ?? ''
}

export const nowSql = sql`now()`
