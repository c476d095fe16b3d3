import { readFirstSheetRows } from '../../platform/imports/sheet-rows.ts'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError, ValidationError, type FieldErrors } from '../../errors.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { organisationsOf } from '../../platform/auth/policy.ts'
import { bumpPublicGeneration, organisationScope } from '../../platform/public-content/generations.ts'
import { currentFiscalYear, todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { descendantIds, findOrganisationBySlug, organisationPath, sortByThaiName, type OrganisationDetails, type OrganisationSummary } from '../organisations/index.ts'
import { parseMonthRowsImport, type ImportError } from './procurement-import.ts'
import { canEditProcurement, canReadProcurement, FISCAL_MONTHS, monthStatus, type MonthContent, type MonthStatus, type PlanContent } from './procurement.domain.ts'
import { MESSAGES, parseMonthForm, parsePlanForm, type MonthFormValues, type PlanFormValues } from './procurement.input.ts'
import { findRecord, findVersion, insertVersion, listVersions, listYearRecords, currentMonthContents, recordedYears, setPublished, type ProcurementRecord, type RecordKey, type VersionSummary } from './procurement.repository.ts'
import { planTimeliness, type PlanTimeliness } from './procurement-timeliness.ts'

export type UseCaseContext = { db: Kysely<Database>; actor: Actor; now: Date }

type Access = { org: OrganisationDetails; mayEdit: boolean }

async function access(ctx: UseCaseContext, slug: string, need: 'read' | 'edit'): Promise<Access> {
  const org = await findOrganisationBySlug(ctx.db, slug)
  if (!org) throw new NotFoundError('organisation')
  const path = await organisationPath(ctx.db, org.id)
  if (!path || !canReadProcurement(ctx.actor, path)) throw new ForbiddenError('may not see this agency’s procurement')
  const mayEdit = canEditProcurement(ctx.actor, path)
  if (need === 'edit' && !mayEdit) throw new ForbiddenError('may not edit this agency’s procurement')
  return { org, mayEdit }
}

/** Agencies whose procurement pages the actor may open: their own, those they oversee or administer. */
export async function procurementAgencies(ctx: UseCaseContext): Promise<OrganisationSummary[]> {
  const { db, actor } = ctx
  let q = db.selectFrom('organisations').select(['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en']).where('parent_id', 'is not', null)
  if (!actor.isPlatformAdmin) {
    const above = actor.memberships.filter((m) => m.role === 'oversight' || m.role === 'admin').map((m) => m.organisationId)
    const ids = [...new Set([...organisationsOf(actor), ...(await descendantIds(db, above))])]
    if (ids.length === 0) return []
    q = q.where('id', 'in', ids)
  }
  return sortByThaiName(await q.execute())
}

export type PlanSummary = { record: ProcurementRecord; content: PlanContent; timeliness: PlanTimeliness }

export type Overview = {
  agencies: OrganisationSummary[]
  org: OrganisationDetails
  fiscalYear: number
  years: number[]
  mayEdit: boolean
  plan: PlanSummary | null
  months: (MonthStatus & { rows: number })[]
}

/** /staff/procurement: the year's plan and its twelve months with their states. */
export async function procurementOverview(ctx: UseCaseContext, slug: string | undefined, year: number | undefined): Promise<Overview> {
  const agencies = await procurementAgencies(ctx)
  const chosen = slug ? agencies.find((a) => a.slug === slug) : agencies.find((a) => ctx.actor.memberships.some((m) => m.organisationId === a.id)) ?? agencies[0]
  if (!chosen) throw slug ? new ForbiddenError('may not see this agency’s procurement') : new NotFoundError('agency')
  const { org, mayEdit } = await access(ctx, chosen.slug, 'read')
  const current = currentFiscalYear(ctx.now)
  const fiscalYear = year && year >= 2500 && year <= 2700 ? year : current
  const recorded = await recordedYears(ctx.db, org.id)
  const years = [...new Set([current + 1, current, current - 1, current - 2, ...recorded, fiscalYear])].sort((a, b) => b - a)
  const records = await listYearRecords(ctx.db, org.id, fiscalYear)
  const contents = await currentMonthContents(ctx.db, org.id, fiscalYear)
  const today = todayInBangkok(ctx.now)
  const planRecord = records.find((r) => r.kind === 'plan')
  let plan: PlanSummary | null = null
  if (planRecord) {
    const v = await findVersion<PlanContent>(ctx.db, planRecord, planRecord.currentVersion)
    if (v) plan = { record: planRecord, content: v.content, timeliness: await planTimeliness(ctx.db, v.content) }
  }
  const months = FISCAL_MONTHS.map((month) => {
    const record = records.find((r) => r.kind === 'month' && r.month === month)
    const content = contents.get(month)
    const status = monthStatus(fiscalYear, month, record && content ? { published: record.published, noProcurement: content.noProcurement } : null, today)
    return { ...status, rows: content && !content.noProcurement ? content.rows.length : 0 }
  })
  return { agencies, org, fiscalYear, years, mayEdit, plan, months }
}

export type Editor<C> = { org: OrganisationDetails; key: RecordKey; record: ProcurementRecord | null; content: C | null; versions: VersionSummary[]; mayEdit: boolean }

async function editor<C extends PlanContent | MonthContent>(ctx: UseCaseContext, slug: string, fiscalYear: number, kind: 'plan' | 'month', month: number): Promise<Editor<C>> {
  const { org, mayEdit } = await access(ctx, slug, 'read')
  const key: RecordKey = { organisationId: org.id, fiscalYear, kind, month }
  const record = (await findRecord(ctx.db, key)) ?? null
  const content = record ? ((await findVersion<C>(ctx.db, key, record.currentVersion))?.content ?? null) : null
  return { org, key, record, content, versions: record ? await listVersions(ctx.db, key) : [], mayEdit }
}

export const planEditor = (ctx: UseCaseContext, slug: string, fiscalYear: number) => editor<PlanContent>(ctx, slug, fiscalYear, 'plan', 0)
export const monthEditor = (ctx: UseCaseContext, slug: string, fiscalYear: number, month: number) => editor<MonthContent>(ctx, slug, fiscalYear, 'month', month)

export type SaveOutcome = { saved: true; version: number } | { saved: false; errors: FieldErrors; basedOnVersion: number }

function factsOf(kind: 'plan' | 'month', content: PlanContent | MonthContent | null, version: number | null): Record<string, unknown> | null {
  if (!content) return null
  if (kind === 'plan') {
    const c = content as PlanContent
    return { version, allocated_on: c.allocatedOn, announced_on: c.announcedOn, responsible: c.responsibleName, lines: c.lines.length, budget_satang: c.lines.reduce((s, l) => s + l.budget, 0) }
  }
  const c = content as MonthContent
  return { version, no_procurement: c.noProcurement, responsible: c.responsibleName, rows: c.rows.length, agreed_satang: c.rows.reduce((s, r) => s + r.agreedPrice, 0) }
}

/** Every save is a new version; earlier ones stay as they were. A published record changes publicly at once. */
async function saveVersion(ctx: UseCaseContext, org: OrganisationDetails, key: RecordKey, content: PlanContent | MonthContent, basedOn: number, action: string): Promise<SaveOutcome> {
  return ctx.db.transaction().execute(async (trx): Promise<SaveOutcome> => {
    const locked = await findRecord(trx, key, { forUpdate: true })
    const currentVersion = locked?.currentVersion ?? 0
    if (basedOn !== currentVersion) return { saved: false, errors: { based_on_version: MESSAGES.newerVersion(currentVersion) }, basedOnVersion: currentVersion }
    const before = locked ? await findVersion(trx, key, currentVersion) : undefined
    const version = currentVersion + 1
    await insertVersion(trx, key, version, content, ctx.actor.userId, ctx.now)
    await recordAudit(trx, {
      actor: auditActorOf(ctx.actor),
      organisationId: org.id,
      action,
      entityType: key.kind === 'plan' ? 'procurement_plan' : 'procurement_month',
      entityId: `${org.id}:${key.fiscalYear}:${key.kind}:${key.month}`,
      summary: { before: factsOf(key.kind, before?.content as PlanContent | MonthContent | null, before?.version ?? null), after: factsOf(key.kind, content, version), note: `${org.slug} ${key.fiscalYear}${key.kind === 'month' ? `-${key.month}` : ''}` },
      at: ctx.now,
    })
    if (locked?.published) await bumpPublicGeneration(trx, organisationScope(org.id))
    return { saved: true, version }
  })
}

const basedOnOf = (v: string) => (/^[0-9]{1,7}$/.test(v) ? Number(v) : -1)

export async function savePlan(ctx: UseCaseContext, slug: string, fiscalYear: number, values: PlanFormValues): Promise<SaveOutcome> {
  const { org } = await access(ctx, slug, 'edit')
  let content: PlanContent
  try {
    content = parsePlanForm(values)
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e
    return { saved: false, errors: e.fields, basedOnVersion: basedOnOf(values.based_on_version) }
  }
  return saveVersion(ctx, org, { organisationId: org.id, fiscalYear, kind: 'plan', month: 0 }, content, basedOnOf(values.based_on_version), 'procurement.plan_saved')
}

export async function saveMonth(ctx: UseCaseContext, slug: string, fiscalYear: number, month: number, values: MonthFormValues): Promise<SaveOutcome> {
  const { org } = await access(ctx, slug, 'edit')
  let content: MonthContent
  try {
    content = parseMonthForm(values)
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e
    return { saved: false, errors: e.fields, basedOnVersion: basedOnOf(values.based_on_version) }
  }
  return saveVersion(ctx, org, { organisationId: org.id, fiscalYear, kind: 'month', month }, content, basedOnOf(values.based_on_version), 'procurement.month_saved')
}

export type ImportSource = { kind: 'csv'; text: string } | { kind: 'xlsx'; path: string }
export type ImportOutcome = { ok: true; rows: number; version: number } | { ok: false; errors: readonly ImportError[] }

/**
 * Replaces a month's rows with those of a filled-in template, as a new version. Nothing is
 * saved unless every row is right; the responsible person stays as last saved (or is the importer).
 */
export async function importMonthRows(ctx: UseCaseContext, slug: string, fiscalYear: number, month: number, source: ImportSource): Promise<ImportOutcome> {
  const { org } = await access(ctx, slug, 'edit')
  let parsed
  if (source.kind === 'csv') parsed = parseMonthRowsImport({ kind: 'csv', text: source.text })
  else {
    const sheet = await readFirstSheetRows(source.path, { minColumns: 10 })
    if (!sheet) return { ok: false, errors: [{ line: 1, th: 'อ่านไฟล์ Excel ไม่ได้', en: 'The Excel file could not be read' }] }
    parsed = parseMonthRowsImport({ kind: 'rows', rows: sheet.rows, first: sheet.first })
  }
  if (!parsed.ok) return parsed
  const key: RecordKey = { organisationId: org.id, fiscalYear, kind: 'month', month }
  const record = await findRecord(ctx.db, key)
  const previous = record ? (await findVersion<MonthContent>(ctx.db, key, record.currentVersion))?.content : undefined
  const content: MonthContent = { noProcurement: false, responsibleName: previous?.responsibleName || ctx.actor.displayName, responsiblePosition: previous?.responsiblePosition ?? '', rows: parsed.rows }
  const saved = await saveVersion(ctx, org, key, content, record?.currentVersion ?? 0, 'procurement.month_imported')
  if (!saved.saved) return { ok: false, errors: [{ line: 0, ...Object.values(saved.errors)[0]! }] }
  return { ok: true, rows: parsed.rows.length, version: saved.version }
}

export async function setPublication(ctx: UseCaseContext, slug: string, fiscalYear: number, kind: 'plan' | 'month', month: number, publish: boolean): Promise<{ changed: boolean }> {
  const { org } = await access(ctx, slug, 'edit')
  const key: RecordKey = { organisationId: org.id, fiscalYear, kind, month }
  return ctx.db.transaction().execute(async (trx) => {
    const locked = await findRecord(trx, key, { forUpdate: true })
    if (!locked) throw new NotFoundError('procurement record')
    if (locked.published === publish) return { changed: false }
    await setPublished(trx, key, publish, ctx.now)
    await recordAudit(trx, {
      actor: auditActorOf(ctx.actor),
      organisationId: org.id,
      action: `procurement.${kind}_${publish ? 'published' : 'unpublished'}`,
      entityType: kind === 'plan' ? 'procurement_plan' : 'procurement_month',
      entityId: `${org.id}:${fiscalYear}:${kind}:${month}`,
      summary: { before: { published: locked.published }, after: { published: publish, version: locked.currentVersion }, note: `${org.slug} ${fiscalYear}${kind === 'month' ? `-${month}` : ''}` },
      at: ctx.now,
    })
    await bumpPublicGeneration(trx, organisationScope(org.id))
    return { changed: true }
  })
}
