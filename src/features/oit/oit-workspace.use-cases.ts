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
import { canEditOitWorkspace, canReopenOitEntry, canSeeOitItemInternals, OIT_EDITOR_ROLES, oitWorkspaceAccess, type OitWorkspaceAccess } from './oit-access.domain.ts'
import type { OrgPath } from '../../platform/auth/policy.ts'
import type { OitCatalogue, OitItem } from './oit-catalogue.domain.ts'
import { chooseScheme } from './oit-scheme.domain.ts'
import { ensureCataloguesSeeded, readYearParam } from './oit-catalogue.use-cases.ts'
import { modulePagePath, pickSuggestedContent, suggestTarget } from './oit-suggestions.domain.ts'
import { checkStatusChange, itemState, linksLocked, oitProgress, type OitItemState, type OitProgress, LOCKED_REASON, workspaceCompleteness, type ItemCompleteness, type OitWorkspaceEntry, type ReopenTo, REOPEN_TO, type WorkspaceCompleteness } from './oit-workspace.domain.ts'
import type { OitEntryInput } from './oit-workspace.input.ts'
import type { Bilingual } from '../../platform/i18n/locale.ts'
import { agencyPublicPages, unreachableReason, type LinkContext } from './oit-links.domain.ts'
import { attentionState, monitoringRecipients } from './oit-monitoring.domain.ts'
import * as watch from './oit-monitoring.repository.ts'
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
  /** The monitoring digest would go to the viewer for this item. */
  mine: boolean
  /** What the digest would say about it ("missing+overdue"), null when nothing. */
  attention: string | null
  /** The viewer sees the item's drafts, notes and assignment (else only what was sent to the NACC). */
  internal: boolean
  /** Why the stored URL is out of the public's reach; null when fine (or hidden). */
  linkProblem: Bilingual | null
  /** Who answers for the item: the person assigned, else the ITA coordinator(s) by default; null when hidden. */
  owner: { names: string[]; assigned: boolean } | null
  state: OitItemState
}

export type OitWorkspaceView = {
  org: OrganisationDetails
  choices: OrganisationSummary[]
  scheme: string
  schemes: string[]
  fiscalYear: number
  years: number[]
  catalogue: OitCatalogue | null
  /** internal: the whole workspace; published: only what was sent to the NACC (and own items). */
  access: Exclude<OitWorkspaceAccess, 'none'>
  rows: WorkspaceRow[]
  report: WorkspaceCompleteness | null
  progress: OitProgress | null
  canEdit: boolean
  canReopen: boolean
  people: repo.StaffMember[]
  mineOnly: boolean
  /** Items in the viewer's charge that need attention, whatever the filter. */
  mineNeedingAttention: number
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
  const access = oitWorkspaceAccess(ctx.actor, path)
  if (access === 'none') throw new ForbiddenError('may not read this OIT workspace')
  return { org, path, access, canEdit: canEditOitWorkspace(ctx.actor, path), canReopen: canReopenOitEntry(ctx.actor, path) }
}

export async function catalogueYears(db: Kysely<Database>, scheme: string): Promise<number[]> {
  return (await repo.listCatalogueSummaries(db)).filter((c) => c.scheme === scheme).map((c) => c.fiscalYear)
}

/** The year asked for, else the current fiscal year if it has a catalogue, else the latest that has one. */
export function chooseYear(param: unknown, years: number[], now: Date): number {
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
export async function completenessOf(db: Kysely<Database>, catalogue: OitCatalogue, organisationIds: readonly string[], now: Date, visible: (e: repo.StoredEntry) => repo.StoredEntry | null = (e) => e) {
  const entries = (await repo.listEntries(db, organisationIds, catalogue.scheme, catalogue.fiscalYear)).flatMap((e) => visible(e) ?? [])
  const contentYears = await repo.linkedContentYears(db, [...new Set(entries.flatMap((e) => (e.portalItemId ? [e.portalItemId] : [])))])
  const today = todayInBangkok(now)
  // Grouped once: a national roll-up asks for thousands of agencies at a time.
  const byOrganisation = new Map<string, repo.StoredEntry[]>()
  for (const e of entries) {
    const list = byOrganisation.get(e.organisationId)
    if (list) list.push(e)
    else byOrganisation.set(e.organisationId, [e])
  }
  return new Map(
    organisationIds.map((id) => {
      const mine = byOrganisation.get(id) ?? []
      return [id, { entries: mine, report: workspaceCompleteness(catalogue, mine.map((e) => asDomainEntry(e, contentYears)), { today, dueSoonDays: DUE_SOON_DAYS }) }]
    }),
  )
}

export async function oitWorkspace(ctx: WorkspaceContext, slug: string | undefined, yearParam: unknown, schemeParam?: unknown, mineParam?: unknown): Promise<OitWorkspaceView> {
  const mineOnly = mineParam === '1' || mineParam === true
  await ensureCataloguesSeeded(ctx.db, ctx.now)
  const choices = await agencyChoices(ctx)
  const { org, path, access, canEdit, canReopen } = await resolveAgency(ctx, slug, choices)
  const schemes = await repo.listSchemes(ctx.db)
  const scheme = chooseScheme(schemeParam, schemes, await repo.schemesUsedBy(ctx.db, org.id))
  const years = await catalogueYears(ctx.db, scheme)
  const fiscalYear = chooseYear(yearParam, years, ctx.now)
  const catalogue = (await repo.findCatalogue(ctx.db, scheme, fiscalYear)) ?? null
  // Who is assigned what is internal too: a published-only viewer gets no list of people.
  const people = access === 'internal' ? await repo.listAgencyPeople(ctx.db, org.id) : []
  const base = { org, choices, scheme, schemes, fiscalYear, years, catalogue, access, canEdit, canReopen, people, mineOnly }
  if (!catalogue) return { ...base, rows: [], report: null, progress: null, mineNeedingAttention: 0 }
  const staffing = await watch.staffOf(ctx.db, [org.id])
  const staff = staffing.staff.get(org.id)!

  const visible = visibleEntry(ctx.actor, path)
  const { entries, report } = (await completenessOf(ctx.db, catalogue, [org.id], ctx.now, visible)).get(org.id)!
  const portalItems = await listPortalItems(ctx.db, { organisationIds: [org.id], publishedOnly: false })
  const byId = new Map(portalItems.map((p) => [p.id, p]))
  const links = linkContext(ctx.baseUrl, portalItems)
  const byCode = new Map(entries.map((e) => [e.itemCode.toUpperCase(), e]))
  const rows = catalogue.items.map((item, index): WorkspaceRow => {
    const entry = byCode.get(item.code.toUpperCase()) ?? null
    const internal = access === 'internal' || (entry !== null && canSeeOitItemInternals(ctx.actor, path, entry.responsibleUserId))
    const owners = monitoringRecipients(entry?.responsibleUserId ?? null, staff.active, staff.coordinators)
    const assigned = !!entry?.responsibleUserId && staff.active.has(entry.responsibleUserId)
    return {
      item,
      entry,
      linked: entry?.portalItemId ? (byId.get(entry.portalItemId) ?? null) : null,
      completeness: report.items[index]!,
      suggestion: entry?.url ? {} : suggestionFor(ctx, org, item, fiscalYear, portalItems),
      mine: monitoringRecipients(entry?.responsibleUserId ?? null, staff.active, staff.coordinators).includes(ctx.actor.userId),
      attention: attentionState(report.items[index]!),
      internal,
      linkProblem: entry?.url ? unreachableReason(entry.url, links) : null,
      owner: internal ? { names: owners.map((id) => staffing.people.get(id)?.name ?? '').filter(Boolean), assigned } : null,
      state: itemState(report.items[index]!),
    }
  })
  const mineNeedingAttention = rows.filter((r) => r.mine && r.attention).length
  const shown = mineOnly ? rows.filter((r) => r.mine) : rows
  return { ...base, rows: shown, report, progress: oitProgress(report), mineNeedingAttention }
}

export function linkContext(baseUrl: string, items: readonly PortalListEntry[]): LinkContext {
  return { baseUrl, publishedKeys: new Set(items.filter((p) => p.published).map((p) => p.itemKey)), unpublishedKeys: new Set(items.filter((p) => !p.published).map((p) => p.itemKey)) }
}

/** Statuses in which the agency's answer is with the NACC: what a published-only viewer may see. */
const SENT: ReadonlySet<string> = new Set(['submitted', 'contested', 'confirmed'])

/**
 * What of a stored answer the viewer may see: all of it with internal access (or for their own
 * item), else only an answer sent to the NACC, stripped of notes, checklist, owner and due date.
 */
export function visibleEntry(actor: Actor, path: OrgPath): (e: repo.StoredEntry) => repo.StoredEntry | null {
  return (e) => {
    if (canSeeOitItemInternals(actor, path, e.responsibleUserId)) return e
    if (!SENT.has(e.status)) return null
    return { ...e, explanation: '', method: '', timeFrame: '', elementsDone: [], dueDate: null, responsibleUserId: null }
  }
}

function suggestionFor(ctx: WorkspaceContext, org: OrganisationDetails, item: OitItem, fiscalYear: number, portalItems: PortalListEntry[]): Suggestion {
  const target = suggestTarget(item)
  const candidates = portalItems.map((p) => ({ ...p, updatedAt: p.updatedAt }))
  const portalItem = pickSuggestedContent(item, fiscalYear, target, candidates)
  if (target?.complaintStatistics) return { url: `${ctx.baseUrl}/o/${org.slug}/complaints/statistics`, ...(portalItem ? { portalItem } : {}) }
  // The module's page answers the item; a matching portal item, if any, is offered alongside.
  if (target?.modulePage) return { url: `${ctx.baseUrl}${modulePagePath(target.modulePage, org.slug, item, fiscalYear)}`, ...(portalItem ? { portalItem } : {}) }
  return portalItem ? { portalItem, url: publicItemUrl(ctx.baseUrl, org.slug, portalItem.itemKey) } : {}
}

export type ItemEditorView = {
  org: OrganisationDetails
  scheme: string
  fiscalYear: number
  item: OitItem
  entry: repo.StoredEntry | null
  suggestion: Suggestion
  /** Published portal items only: an unpublished one is no address for the public. */
  portalItems: PortalListEntry[]
  /** The agency's public module pages, with their full public address. */
  pages: { path: string; url: string; name: Bilingual }[]
  /** Why the stored URL is out of the public's reach (null when it is fine or empty). */
  linkProblem: Bilingual | null
  /** The public base address links are stored under (config `baseUrl`). */
  baseUrl: string
  people: repo.StaffMember[]
  canEdit: boolean
  /** Submitted (or later): URL and linked content are frozen until reopened. */
  locked: boolean
  owner: WorkspaceRow['owner']
  state: OitItemState
  canReopen: boolean
}

export async function oitItemEditor(ctx: WorkspaceContext, slug: string, yearParam: unknown, code: string, schemeParam?: unknown): Promise<ItemEditorView> {
  const view = await oitWorkspace(ctx, slug, yearParam, schemeParam)
  if (!view.catalogue) throw new NotFoundError('catalogue')
  const row = view.rows.find((r) => r.item.code.toUpperCase() === code.toUpperCase())
  if (!row) throw new NotFoundError('item')
  if (!row.internal) throw new ForbiddenError('may not read this OIT item’s internal record')
  const allItems = await listPortalItems(ctx.db, { organisationIds: [view.org.id], publishedOnly: false })
  const portalItems = allItems.filter((p) => p.published)
  const pages = agencyPublicPages(view.org.slug, view.fiscalYear).map((p) => ({ ...p, url: `${ctx.baseUrl}${p.path}` }))
  const linkProblem = row.entry?.url ? unreachableReason(row.entry.url, linkContext(ctx.baseUrl, allItems)) : null
  return { org: view.org, scheme: view.scheme, fiscalYear: view.fiscalYear, item: row.item, entry: row.entry, suggestion: row.suggestion, portalItems, pages, linkProblem, baseUrl: ctx.baseUrl, people: view.people, canEdit: view.canEdit, locked: linksLocked(row.entry?.status ?? 'missing'), canReopen: view.canReopen, owner: row.owner, state: row.state }
}

/** Saves one item's answer; a status change must be one the workflow allows. */
export async function saveOitEntry(ctx: WorkspaceContext, slug: string, yearParam: unknown, code: string, input: OitEntryInput, schemeParam?: unknown): Promise<{ status: string }> {
  const editor = await oitItemEditor(ctx, slug, yearParam, code, schemeParam)
  if (!editor.canEdit) throw new ForbiddenError('may not edit this OIT workspace')
  const { org, item, fiscalYear, scheme } = editor
  const errors: Record<string, { th: string; en: string }> = {}
  const linked = input.portalItemId ? editor.portalItems.find((p) => p.id === input.portalItemId) : undefined
  if (input.portalItemId && !linked) errors.portal_item_id = { th: 'เลือกรายการที่เผยแพร่แล้วจากเว็บไซต์ของหน่วยงานนี้', en: 'Choose a published item from this agency’s portal' }
  const page = input.pagePath ? editor.pages.find((p) => p.path === input.pagePath) : undefined
  if (input.pagePath && !page) errors.portal_item_id = { th: 'เลือกหน้าจากรายการของหน่วยงานนี้', en: 'Choose one of this agency’s pages' }
  if (input.responsibleUserId && !editor.people.some((p) => p.id === input.responsibleUserId)) {
    errors.responsible_user_id = { th: 'ผู้รับผิดชอบต้องเป็นบุคลากรของหน่วยงาน', en: 'The responsible person must be on the agency’s staff' }
  }
  const before = editor.entry
  const current = before?.status ?? 'missing'
  if (editor.locked && before) {
    // The form leaves the frozen fields out; a post that names different ones is refused.
    if (input.url !== null && input.url !== before.url) errors.url = LOCKED_REASON
    if (input.portalItemId !== null && input.portalItemId !== before.portalItemId) errors.portal_item_id = LOCKED_REASON
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)

  const url = editor.locked && before ? before.url : input.url || page?.url || (linked ? publicItemUrl(ctx.baseUrl, org.slug, linked.itemKey) : null)
  // An address the public cannot open never goes to the NACC: a draft keeps it (flagged), ready and sent refuse it.
  if (url && (input.status === 'ready' || input.status === 'submitted') && !(editor.locked && before)) {
    const problem = unreachableReason(url, linkContext(ctx.baseUrl, await listPortalItems(ctx.db, { organisationIds: [org.id], publishedOnly: false })))
    if (problem) throw new ValidationError({ url: problem })
  }
  const next: repo.StoredEntry = {
    organisationId: org.id,
    itemCode: item.code,
    status: input.status,
    portalItemId: editor.locked && before ? before.portalItemId : (linked?.id ?? null),
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
    await repo.upsertEntry(trx, scheme, fiscalYear, next, ctx.actor.userId, ctx.now)
    const summary = (e: repo.StoredEntry | null) =>
      e && { status: e.status, url: e.url, portal_item_id: e.portalItemId, elements_done: e.elementsDone, due_date: e.dueDate, responsible_user_id: e.responsibleUserId }
    await recordAudit(trx, {
      actor: auditActorOf(ctx.actor),
      organisationId: org.id,
      action: 'oit.entry_saved',
      entityType: 'oit_entry',
      entityId: `${scheme}:${fiscalYear}:${item.code}`,
      summary: { before: summary(before), after: summary(next) },
      at: ctx.now,
    })
  })
  return { status: input.status }
}

const entrySummary = (e: repo.StoredEntry | null) =>
  e && { status: e.status, url: e.url, portal_item_id: e.portalItemId, elements_done: e.elementsDone, due_date: e.dueDate, responsible_user_id: e.responsibleUserId }

export type ReopenInput = { reason: string; to: string }
const REASON_MAX = 1000

/** Puts a submitted item back in the agency's hands, with the reason on the audit trail. */
export async function reopenOitEntry(ctx: WorkspaceContext, slug: string, yearParam: unknown, code: string, input: ReopenInput, schemeParam?: unknown): Promise<ReopenTo> {
  const editor = await oitItemEditor(ctx, slug, yearParam, code, schemeParam)
  if (!editor.canReopen) throw new ForbiddenError('may not reopen OIT items of this agency')
  const before = editor.entry
  if (!before || !editor.locked) throw new ValidationError({ reason: { th: 'รายการนี้ยังไม่ได้ส่ง ไม่ต้องเปิดอีกครั้ง', en: 'This item has not been submitted; there is nothing to reopen' } })
  const errors: Record<string, { th: string; en: string }> = {}
  const reason = input.reason.trim()
  if (!reason) errors.reason = { th: 'ระบุเหตุผลที่เปิดรายการอีกครั้ง', en: 'Give the reason for reopening' }
  else if (reason.length > REASON_MAX) errors.reason = { th: `เหตุผลยาวได้ไม่เกิน ${REASON_MAX} ตัวอักษร`, en: `At most ${REASON_MAX} characters` }
  const to = (REOPEN_TO as readonly string[]).includes(input.to) ? (input.to as ReopenTo) : null
  if (!to) errors.reopen_to = { th: 'เลือกสถานะหลังเปิดอีกครั้ง', en: 'Choose the status after reopening' }
  else if (to === 'ready') {
    const refusal = checkStatusChange(editor.item, { ...asDomainEntry(before, new Map()), status: 'draft' }, 'ready')
    if (refusal) errors.reopen_to = refusal
  }
  if (Object.keys(errors).length > 0 || !to) throw new ValidationError(errors)
  const next: repo.StoredEntry = { ...before, status: to, updatedAt: ctx.now }
  await ctx.db.transaction().execute(async (trx) => {
    await repo.upsertEntry(trx, editor.scheme, editor.fiscalYear, next, ctx.actor.userId, ctx.now)
    await recordAudit(trx, {
      actor: auditActorOf(ctx.actor),
      organisationId: editor.org.id,
      action: 'oit.entry_reopened',
      entityType: 'oit_entry',
      entityId: `${editor.scheme}:${editor.fiscalYear}:${editor.item.code}`,
      summary: { before: entrySummary(before), after: { ...entrySummary(next), reason } },
      at: ctx.now,
    })
  })
  return to
}
