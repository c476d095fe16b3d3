/**
 * An agency's OIT workspace for a fiscal year (C2): every catalogue item with its answer, the
 * portal content it links to (suggested where a portal section obviously feeds it), and what
 * is missing, stale or due soon.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { currentFiscalYear, todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { findOrganisationBySlug, organisationPath, sortByThaiName, descendantIds, type OrganisationDetails, type OrganisationSummary } from '../organisations/index.ts'
import { listPortalItems, type PortalListEntry } from '../portal/index.ts'
import { canEditOitWorkspace, canReadOitWorkspace, OIT_EDITOR_ROLES } from './oit-access.domain.ts'
import { NACC_ITA_SCHEME, type OitCatalogue, type OitItem } from './oit-catalogue.domain.ts'
import { ensureCataloguesSeeded, readYearParam } from './oit-catalogue.use-cases.ts'
import { pickSuggestedContent, suggestTarget } from './oit-suggestions.domain.ts'
import { checkStatusChange, workspaceCompleteness, type ItemCompleteness, type OitWorkspaceEntry, type WorkspaceCompleteness } from './oit-workspace.domain.ts'
import type { OitEntryInput } from './oit-workspace.input.ts'
import * as repo from './oit.repository.ts'

export type WorkspaceContext = { db: Kysely<Database>; actor: Actor; now: Date; baseUrl: string }

/** Items whose due date falls within this many days are flagged "due soon". */
export const DUE_SOON_DAYS = 14

export type Suggestion = { portalItem?: PortalListEntry; url?: string }
export type WorkspaceRow = {
  item: OitItem
  entry: repo.StoredEntry | null
  linked: PortalListEntry | null
  completeness: ItemCompleteness
  suggestion: Suggestion
}

export type OitWorkspaceView = {
  org: OrganisationDetails
  choices: OrganisationSummary[]
  fiscalYear: number
  years: number[]
  catalogue: OitCatalogue | null
  rows: WorkspaceRow[]
  report: WorkspaceCompleteness | null
  canEdit: boolean
  people: repo.StaffMember[]
}

export function publicItemUrl(baseUrl: string, slug: string, itemKey: string): string {
  return `${baseUrl}/o/${slug}/p/${itemKey}`
}

/** Agencies the actor works on: where they hold a role that may read the workspace. */
async function agencyChoices(ctx: WorkspaceContext): Promise<OrganisationSummary[]> {
  const { db, actor } = ctx
  const own = actor.memberships.filter((m) => m.role !== 'oversight').map((m) => m.organisationId)
  const administered = actor.memberships.filter((m) => m.role === 'admin').map((m) => m.organisationId)
  const ids = new Set([...own, ...(await descendantIds(db, administered))])
  if (ids.size === 0) return []
  return sortByThaiName(await db.selectFrom('organisations').select(['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en']).where('id', 'in', [...ids]).execute())
}

async function resolveAgency(ctx: WorkspaceContext, slug: string | undefined, choices: OrganisationSummary[]) {
  const wanted = slug || choices.find((c) => ctx.actor.memberships.some((m) => m.organisationId === c.id && OIT_EDITOR_ROLES.includes(m.role)))?.slug || choices[0]?.slug
  if (!wanted) throw new ForbiddenError('works on no agency')
  const org = await findOrganisationBySlug(ctx.db, wanted)
  if (!org) throw new NotFoundError('organisation')
  const path = (await organisationPath(ctx.db, org.id)) ?? []
  if (!canReadOitWorkspace(ctx.actor, path)) throw new ForbiddenError('may not read this OIT workspace')
  return { org, canEdit: canEditOitWorkspace(ctx.actor, path) }
}

async function catalogueYears(db: Kysely<Database>): Promise<number[]> {
  return (await repo.listCatalogueSummaries(db)).filter((c) => c.scheme === NACC_ITA_SCHEME).map((c) => c.fiscalYear)
}

/** The year asked for, else the current fiscal year if it has a catalogue, else the latest that has one. */
function chooseYear(param: unknown, years: number[], now: Date): number {
  const asked = readYearParam(param)
  if (asked !== undefined) return asked
  const current = currentFiscalYear(now)
  if (years.includes(current)) return current
  return years.filter((y) => y <= current)[0] ?? years[0] ?? current
}

function asDomainEntry(e: repo.StoredEntry, contentYears: Map<string, number | null>): OitWorkspaceEntry {
  return {
    itemCode: e.itemCode,
    status: e.status,
    url: e.url,
    explanation: e.explanation,
    contentFiscalYear: e.portalItemId ? (contentYears.get(e.portalItemId) ?? null) : null,
    elementsDone: e.elementsDone,
    dueDate: e.dueDate,
    responsibleUserId: e.responsibleUserId,
  }
}

/** Completeness of several agencies for one catalogue: three queries whatever their number. */
export async function completenessOf(db: Kysely<Database>, catalogue: OitCatalogue, organisationIds: readonly string[], now: Date) {
  const entries = await repo.listEntries(db, organisationIds, catalogue.scheme, catalogue.fiscalYear)
  const contentYears = await repo.linkedContentYears(db, [...new Set(entries.flatMap((e) => (e.portalItemId ? [e.portalItemId] : [])))])
  const today = todayInBangkok(now)
  return new Map(
    organisationIds.map((id) => {
      const mine = entries.filter((e) => e.organisationId === id)
      return [id, { entries: mine, report: workspaceCompleteness(catalogue, mine.map((e) => asDomainEntry(e, contentYears)), { today, dueSoonDays: DUE_SOON_DAYS }) }]
    }),
  )
}

export async function oitWorkspace(ctx: WorkspaceContext, slug: string | undefined, yearParam: unknown): Promise<OitWorkspaceView> {
  await ensureCataloguesSeeded(ctx.db, ctx.now)
  const choices = await agencyChoices(ctx)
  const { org, canEdit } = await resolveAgency(ctx, slug, choices)
  const years = await catalogueYears(ctx.db)
  const fiscalYear = chooseYear(yearParam, years, ctx.now)
  const catalogue = (await repo.findCatalogue(ctx.db, NACC_ITA_SCHEME, fiscalYear)) ?? null
  const people = await repo.listAgencyPeople(ctx.db, org.id)
  if (!catalogue) return { org, choices, fiscalYear, years, catalogue, rows: [], report: null, canEdit, people }

  const { entries, report } = (await completenessOf(ctx.db, catalogue, [org.id], ctx.now)).get(org.id)!
  const portalItems = await listPortalItems(ctx.db, { organisationIds: [org.id], publishedOnly: false })
  const byId = new Map(portalItems.map((p) => [p.id, p]))
  const byCode = new Map(entries.map((e) => [e.itemCode.toUpperCase(), e]))
  const rows = catalogue.items.map((item, index): WorkspaceRow => {
    const entry = byCode.get(item.code.toUpperCase()) ?? null
    return {
      item,
      entry,
      linked: entry?.portalItemId ? (byId.get(entry.portalItemId) ?? null) : null,
      completeness: report.items[index]!,
      suggestion: entry?.url ? {} : suggestionFor(ctx, org, item, fiscalYear, portalItems),
    }
  })
  return { org, choices, fiscalYear, years, catalogue, rows, report, canEdit, people }
}

function suggestionFor(ctx: WorkspaceContext, org: OrganisationDetails, item: OitItem, fiscalYear: number, portalItems: PortalListEntry[]): Suggestion {
  const target = suggestTarget(item)
  const candidates = portalItems.map((p) => ({ ...p, updatedAt: p.updatedAt }))
  const portalItem = pickSuggestedContent(item, fiscalYear, target, candidates)
  if (target?.complaintStatistics) return { url: `${ctx.baseUrl}/o/${org.slug}/complaints/statistics`, ...(portalItem ? { portalItem } : {}) }
  return portalItem ? { portalItem, url: publicItemUrl(ctx.baseUrl, org.slug, portalItem.itemKey) } : {}
}

export type ItemEditorView = {
  org: OrganisationDetails
  fiscalYear: number
  item: OitItem
  entry: repo.StoredEntry | null
  suggestion: Suggestion
  portalItems: PortalListEntry[]
  people: repo.StaffMember[]
  canEdit: boolean
}

export async function oitItemEditor(ctx: WorkspaceContext, slug: string, yearParam: unknown, code: string): Promise<ItemEditorView> {
  const view = await oitWorkspace(ctx, slug, yearParam)
  if (!view.catalogue) throw new NotFoundError('catalogue')
  const row = view.rows.find((r) => r.item.code.toUpperCase() === code.toUpperCase())
  if (!row) throw new NotFoundError('item')
  const portalItems = await listPortalItems(ctx.db, { organisationIds: [view.org.id], publishedOnly: false })
  return { org: view.org, fiscalYear: view.fiscalYear, item: row.item, entry: row.entry, suggestion: row.suggestion, portalItems, people: view.people, canEdit: view.canEdit }
}

/** Saves one item's answer; a status change must be one the workflow allows. */
export async function saveOitEntry(ctx: WorkspaceContext, slug: string, yearParam: unknown, code: string, input: OitEntryInput): Promise<{ status: string }> {
  const editor = await oitItemEditor(ctx, slug, yearParam, code)
  if (!editor.canEdit) throw new ForbiddenError('may not edit this OIT workspace')
  const { org, item, fiscalYear } = editor
  const errors: Record<string, { th: string; en: string }> = {}
  const linked = input.portalItemId ? editor.portalItems.find((p) => p.id === input.portalItemId) : undefined
  if (input.portalItemId && !linked) errors.portal_item_id = { th: 'เลือกรายการจากเว็บไซต์ของหน่วยงานนี้', en: 'Choose an item from this agency’s portal' }
  if (input.responsibleUserId && !editor.people.some((p) => p.id === input.responsibleUserId)) {
    errors.responsible_user_id = { th: 'ผู้รับผิดชอบต้องเป็นบุคลากรของหน่วยงาน', en: 'The responsible person must be on the agency’s staff' }
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)

  const url = input.url || (linked ? publicItemUrl(ctx.baseUrl, org.slug, linked.itemKey) : null)
  const before = editor.entry
  const current = before?.status ?? 'missing'
  const next: repo.StoredEntry = {
    organisationId: org.id,
    itemCode: item.code,
    status: input.status,
    portalItemId: linked?.id ?? null,
    url,
    explanation: input.explanation,
    method: input.method,
    timeFrame: input.timeFrame,
    elementsDone: input.elementsDone.filter((i) => i < item.elements.length),
    dueDate: input.dueDate,
    responsibleUserId: input.responsibleUserId,
    updatedAt: ctx.now,
  }
  if (input.status !== current) {
    const refusal = checkStatusChange(item, { ...asDomainEntry(next, new Map()), status: current }, input.status)
    if (refusal) throw new ValidationError({ status: refusal })
  }
  await ctx.db.transaction().execute(async (trx) => {
    await repo.upsertEntry(trx, NACC_ITA_SCHEME, fiscalYear, next, ctx.actor.userId, ctx.now)
    const summary = (e: repo.StoredEntry | null) =>
      e && { status: e.status, url: e.url, portal_item_id: e.portalItemId, elements_done: e.elementsDone, due_date: e.dueDate, responsible_user_id: e.responsibleUserId }
    await recordAudit(trx, {
      actor: auditActorOf(ctx.actor),
      organisationId: org.id,
      action: 'oit.entry_saved',
      entityType: 'oit_entry',
      entityId: `${NACC_ITA_SCHEME}:${fiscalYear}:${item.code}`,
      summary: { before: summary(before), after: summary(next) },
      at: ctx.now,
    })
  })
  return { status: input.status }
}


