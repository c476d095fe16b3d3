import { createHash } from 'node:crypto'
import { readFirstSheetRows } from '../../platform/imports/sheet-rows.ts'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError, ValidationError, type FieldErrors } from '../../errors.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { bumpPublicGeneration, organisationScope } from '../../platform/public-content/generations.ts'
import { currentFiscalYear, todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { descendantIds, findOrganisationBySlug, organisationPath, sortByThaiName, type OrganisationDetails, type OrganisationSummary } from '../organisations/index.ts'
import { bahtDecimal, BUDGET_EDITOR_ROLES, canEditBudget, isFiscalYear, LINE_COLUMNS, planTotals, type BudgetLine } from './budget.domain.ts'
import { parseBudgetCsv, parseBudgetForm, parseBudgetRows, type BudgetFormValues, type BudgetInput, type ImportProblem } from './budget.input.ts'
import { findPlan, findVersion, insertVersion, listPlans, listVersions, lockOrCreatePlan, setCurrentVersion, setPublished, type BudgetPlan, type BudgetVersion, type VersionSummary } from './budget.repository.ts'

export type UseCaseContext = { db: Kysely<Database>; actor: Actor; now: Date }

/** Agencies whose budget disclosure the actor keeps: where they hold an editor role, and below what they administer. */
async function editableOrganisations(ctx: UseCaseContext): Promise<OrganisationSummary[]> {
  const { db, actor } = ctx
  const direct = actor.memberships.filter((m) => BUDGET_EDITOR_ROLES.includes(m.role)).map((m) => m.organisationId)
  const administered = actor.memberships.filter((m) => m.role === 'admin').map((m) => m.organisationId)
  const ids = new Set([...direct, ...(await descendantIds(db, administered))])
  let q = db.selectFrom('organisations').select(['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en'])
  if (!actor.isPlatformAdmin) {
    if (ids.size === 0) return []
    q = q.where('id', 'in', [...ids])
  }
  return sortByThaiName(await q.execute())
}

/** The agency named in the address, once the actor is known to keep its budget disclosure. */
async function loadEditableOrganisation(ctx: UseCaseContext, slug: string): Promise<OrganisationDetails> {
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) throw new NotFoundError('organisation')
  const org = await findOrganisationBySlug(ctx.db, slug)
  if (!org) throw new NotFoundError('organisation')
  const path = await organisationPath(ctx.db, org.id)
  if (!path || !canEditBudget(ctx.actor, path)) throw new ForbiddenError('may not edit this budget disclosure')
  return org
}

function checkYear(fiscalYear: number): void {
  if (!isFiscalYear(fiscalYear)) throw new NotFoundError('fiscal year')
}

export type BudgetWorkspace = { org: OrganisationDetails; choices: OrganisationSummary[]; plans: BudgetPlan[]; currentFiscalYear: number }

/** /staff/budget: the agency's plans by year; the first agency the actor keeps unless one is named. */
export async function budgetWorkspace(ctx: UseCaseContext, orgSlug: string | undefined): Promise<BudgetWorkspace> {
  const choices = await editableOrganisations(ctx)
  const slug = orgSlug ?? choices[0]?.slug
  if (!slug) throw new ForbiddenError('keeps no budget disclosure')
  const org = await loadEditableOrganisation(ctx, slug)
  return { org, choices, plans: await listPlans(ctx.db, org.id, { publishedOnly: false }), currentFiscalYear: currentFiscalYear(ctx.now) }
}

export type BudgetEditor = {
  org: OrganisationDetails
  fiscalYear: number
  plan: BudgetPlan | null
  current: BudgetVersion | null
  versions: VersionSummary[]
  currentFiscalYear: number
}

export async function budgetEditor(ctx: UseCaseContext, slug: string, fiscalYear: number): Promise<BudgetEditor> {
  checkYear(fiscalYear)
  const org = await loadEditableOrganisation(ctx, slug)
  const plan = (await findPlan(ctx.db, org.id, fiscalYear)) ?? null
  const current = plan && plan.currentVersion > 0 ? ((await findVersion(ctx.db, plan.id, plan.currentVersion)) ?? null) : null
  return { org, fiscalYear, plan: current ? plan : null, current, versions: plan ? await listVersions(ctx.db, plan.id) : [], currentFiscalYear: currentFiscalYear(ctx.now) }
}

/** An earlier (or the current) version as its editors see it, published or not. */
export async function staffBudgetVersion(ctx: UseCaseContext, slug: string, fiscalYear: number, version: number): Promise<BudgetEditor & { shown: BudgetVersion }> {
  const editor = await budgetEditor(ctx, slug, fiscalYear)
  const shown = editor.plan && version >= 1 && version <= editor.plan.currentVersion ? await findVersion(ctx.db, editor.plan.id, version) : undefined
  if (!shown) throw new NotFoundError('budget plan version')
  return { ...editor, shown }
}

/** What the audit trail keeps of a version: its totals and a digest of its lines (the lines stay in the version). */
function versionFacts(fiscalYear: number, version: number, input: { lines: readonly BudgetLine[]; notes: string; responsible: string }): Record<string, unknown> {
  const totals = planTotals(input.lines)
  return {
    fiscal_year: fiscalYear,
    version,
    lines: input.lines.length,
    allocated: bahtDecimal(totals.allocated),
    planned: bahtDecimal(totals.planned),
    actual: bahtDecimal(totals.actual),
    responsible: input.responsible,
    notes_chars: input.notes.length,
    lines_sha256: createHash('sha256').update(JSON.stringify(input.lines)).digest('hex'),
  }
}

type Written = { version: number }

/**
 * Every save is a new version; earlier ones stay as they were. `basedOn` is the version the
 * officer started from: if someone saved meanwhile, nothing is written and they are told.
 */
async function writeVersion(ctx: UseCaseContext, org: OrganisationDetails, fiscalYear: number, input: BudgetInput, source: 'form' | 'import', basedOn: number | null): Promise<Written | { conflict: number }> {
  const { actor, now } = ctx
  return ctx.db.transaction().execute(async (trx) => {
    const plan = await lockOrCreatePlan(trx, org.id, fiscalYear, actor.userId, now)
    if (basedOn !== null && basedOn !== plan.currentVersion) return { conflict: plan.currentVersion }
    const previous = plan.currentVersion > 0 ? await findVersion(trx, plan.id, plan.currentVersion) : undefined
    const version = plan.currentVersion + 1
    await insertVersion(trx, { planId: plan.id, version, ...input, source, createdBy: actor.userId, now })
    await setCurrentVersion(trx, plan.id, version, now)
    await recordAudit(trx, {
      actor: auditActorOf(actor),
      organisationId: org.id,
      action: source === 'import' ? 'budget.plan_imported' : 'budget.plan_saved',
      entityType: 'budget_plan',
      entityId: plan.id,
      summary: { before: previous ? versionFacts(fiscalYear, previous.version, previous) : null, after: { ...versionFacts(fiscalYear, version, input), published: plan.published }, note: `${org.slug} ${fiscalYear}` },
      at: now,
    })
    if (plan.published) await bumpPublicGeneration(trx, organisationScope(org.id))
    return { version }
  })
}

export const NEWER_VERSION_SAVED = (n: number) => ({
  th: `มีผู้บันทึกฉบับที่ ${n} ระหว่างที่ท่านแก้ไข ตรวจดูแล้วกดบันทึกอีกครั้งเพื่อบันทึกทับ`,
  en: `Someone saved version ${n} while you were editing; check it, then save again to replace it`,
})

export type SaveOutcome = { saved: true; version: number } | { saved: false; errors: FieldErrors; basedOnVersion: number }

export async function saveBudgetPlan(ctx: UseCaseContext, slug: string, fiscalYear: number, values: BudgetFormValues): Promise<SaveOutcome> {
  checkYear(fiscalYear)
  const org = await loadEditableOrganisation(ctx, slug)
  const basedOn = /^[0-9]{1,7}$/.test(values.based_on_version) ? Number(values.based_on_version) : 0
  let input: BudgetInput
  try {
    input = parseBudgetForm(values, fiscalYear, todayInBangkok(ctx.now))
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e
    return { saved: false, errors: e.fields, basedOnVersion: basedOn }
  }
  const written = await writeVersion(ctx, org, fiscalYear, input, 'form', basedOn)
  if ('conflict' in written) return { saved: false, errors: { based_on_version: NEWER_VERSION_SAVED(written.conflict) }, basedOnVersion: written.conflict }
  return { saved: true, version: written.version }
}

export type ImportSource = { kind: 'csv'; text: string } | { kind: 'xlsx'; path: string }
export type ImportOutcome = { ok: true; version: number; lines: number } | { ok: false; errors: ImportProblem[] }

/**
 * Loads the year's lines from a file: all or nothing. The new version keeps the notes and the
 * responsible person of the current one (the one who imports, for a first version).
 */
export async function importBudgetPlan(ctx: UseCaseContext, slug: string, fiscalYear: number, source: ImportSource): Promise<ImportOutcome> {
  checkYear(fiscalYear)
  const org = await loadEditableOrganisation(ctx, slug)
  const today = todayInBangkok(ctx.now)
  let parsed
  if (source.kind === 'csv') parsed = parseBudgetCsv(source.text, fiscalYear, today)
  else {
    const sheet = await readFirstSheetRows(source.path, { minColumns: LINE_COLUMNS.length })
    if (!sheet) return { ok: false, errors: [{ row: 1, column: null, th: 'อ่านไฟล์ Excel ไม่ได้', en: 'The Excel file could not be read' }] }
    parsed = parseBudgetRows(sheet.rows, sheet.first, fiscalYear, today)
  }
  if (!parsed.ok) return parsed
  const plan = await findPlan(ctx.db, org.id, fiscalYear)
  const current = plan && plan.currentVersion > 0 ? await findVersion(ctx.db, plan.id, plan.currentVersion) : undefined
  const input = { lines: parsed.lines, notes: current?.notes ?? '', responsible: current?.responsible || ctx.actor.displayName }
  const written = await writeVersion(ctx, org, fiscalYear, input, 'import', null)
  if ('conflict' in written) throw new Error('unreachable: an import is not based on a version')
  return { ok: true, version: written.version, lines: parsed.lines.length }
}

export async function setBudgetPublication(ctx: UseCaseContext, slug: string, fiscalYear: number, publish: boolean): Promise<{ changed: boolean }> {
  checkYear(fiscalYear)
  const org = await loadEditableOrganisation(ctx, slug)
  return ctx.db.transaction().execute(async (trx) => {
    const plan = await findPlan(trx, org.id, fiscalYear, { forUpdate: true })
    // Nothing saved yet: nothing to publish.
    if (!plan || plan.currentVersion === 0) throw new NotFoundError('budget plan')
    if (plan.published === publish) return { changed: false }
    await setPublished(trx, plan.id, publish, ctx.now)
    await recordAudit(trx, {
      actor: auditActorOf(ctx.actor),
      organisationId: org.id,
      action: publish ? 'budget.plan_published' : 'budget.plan_unpublished',
      entityType: 'budget_plan',
      entityId: plan.id,
      summary: { before: { published: plan.published }, after: { published: publish, version: plan.currentVersion }, note: `${org.slug} ${fiscalYear}` },
      at: ctx.now,
    })
    await bumpPublicGeneration(trx, organisationScope(org.id))
    return { changed: true }
  })
}

/** The template to fill in: the year's current lines (or an example), to edit and load back. */
export async function templateLines(ctx: UseCaseContext, slug: string, fiscalYear: number): Promise<{ org: OrganisationDetails; lines: BudgetLine[] }> {
  const editor = await budgetEditor(ctx, slug, fiscalYear)
  return { org: editor.org, lines: editor.current?.lines ?? [] }
}
