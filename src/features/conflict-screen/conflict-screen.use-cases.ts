import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { rolesIn } from '../../platform/auth/policy.ts'
import type { Role } from '../../platform/auth/roles.ts'
import { isUuid } from '../organisations/index.ts'
import { procurementRowsOfMonth, type ProcurementRegisterRow } from '../procurement/index.ts'
import { indexEntries, REASON_SHORT, screenBidders } from './conflict-matcher.domain.ts'
import { canManageScreen, canResolveHit, canSeeProcurement, relationLabel, type Method, type MonthlyReportContent } from './conflict-screen.domain.ts'
import {
  BIDDER_FIELDS,
  DECLARATION_FIELDS,
  ENTRY_FIELDS,
  parseBidder,
  parseDeclaration,
  parseEntry,
  parseParticipant,
  parseProcurement,
  parseResolution,
  PARTICIPANT_FIELDS,
  PROCUREMENT_FIELDS,
  valuesOf,
} from './conflict-screen.input.ts'
import * as repo from './conflict-screen.repository.ts'

export type UseCaseContext = { db: Kysely<Database>; actor: Actor; now: Date }
type Agency = NonNullable<Awaited<ReturnType<typeof repo.organisationOf>>>

/** The agency the actor works for (the first, or the one named): every page here is about one agency. */
export async function agencyOf(ctx: UseCaseContext, organisationId?: string): Promise<{ agency: Agency; roles: Role[] }> {
  const ids = ctx.actor.memberships.filter((m) => m.role !== 'committee' && m.role !== 'oversight').map((m) => m.organisationId)
  const id = organisationId && ids.includes(organisationId) ? organisationId : ids[0]
  if (!id) throw new ForbiddenError('works for no agency')
  const agency = await repo.organisationOf(ctx.db, id)
  if (!agency) throw new NotFoundError('organisation')
  return { agency, roles: rolesIn(ctx.actor, id) }
}

const audit = (ctx: UseCaseContext, organisationId: string, action: string, entityType: string, entityId: string, summary: Record<string, unknown>) => ({
  actor: auditActorOf(ctx.actor),
  organisationId,
  action,
  entityType,
  entityId,
  summary,
  at: ctx.now,
})

// ---- The staff member's own interest record ----

export async function myRecord(ctx: UseCaseContext) {
  const { agency } = await agencyOf(ctx)
  return { agency, entries: await repo.listOwnEntries(ctx.db, agency.id, ctx.actor.userId) }
}

export async function addEntry(ctx: UseCaseContext, body: unknown): Promise<void> {
  const { agency } = await agencyOf(ctx)
  const input = parseEntry(valuesOf(body, ENTRY_FIELDS))
  await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertEntry(trx, agency.id, ctx.actor.userId, input, ctx.now)
    // The audit trail says that the record changed, not what it holds: the record is private.
    await recordAudit(trx, audit(ctx, agency.id, 'coi_interest.added', 'coi_interest_entry', id, { after: { kind: input.kind, relation: input.relation } }))
  })
}

export async function removeEntry(ctx: UseCaseContext, id: string): Promise<void> {
  if (!isUuid(id)) throw new NotFoundError('entry')
  await ctx.db.transaction().execute(async (trx) => {
    const entry = await repo.findEntry(trx, id)
    // Someone else's entry is not told apart from a missing one.
    if (!entry || entry.user_id !== ctx.actor.userId) throw new NotFoundError('entry')
    await repo.deleteEntry(trx, id)
    await recordAudit(trx, audit(ctx, entry.organisation_id, 'coi_interest.removed', 'coi_interest_entry', id, { before: { kind: entry.kind, relation: entry.relation } }))
  })
}

// ---- Procurements ----

export async function overview(ctx: UseCaseContext) {
  const { agency, roles } = await agencyOf(ctx)
  const manages = canManageScreen(roles)
  const procurements = await repo.listProcurements(ctx.db, agency.id, manages ? null : ctx.actor.userId)
  const hits = await repo.listHits(
    ctx.db,
    procurements.map((p) => p.id),
  )
  const openByProcurement = new Map<string, number>()
  for (const h of hits) if (h.status === 'open') openByProcurement.set(h.procurementId, (openByProcurement.get(h.procurementId) ?? 0) + 1)
  return { agency, manages, isHead: roles.includes('head'), procurements: procurements.map((p) => ({ ...p, openHits: openByProcurement.get(p.id) ?? 0 })) }
}

export async function newProcurementForm(ctx: UseCaseContext) {
  const { agency, roles } = await agencyOf(ctx)
  if (!canManageScreen(roles)) throw new ForbiddenError('only the procurement officer or the head opens a screen')
  return { agency }
}

export async function createProcurement(ctx: UseCaseContext, body: unknown): Promise<string> {
  const { agency } = await newProcurementForm(ctx)
  const input = parseProcurement(valuesOf(body, PROCUREMENT_FIELDS))
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertProcurement(trx, agency.id, input, ctx.actor.userId, ctx.now)
    await recordAudit(trx, audit(ctx, agency.id, 'coi_procurement.created', 'coi_procurement', id, { after: { title: input.title, reference: input.reference, method: input.method, month: input.month } }))
    return id
  })
}

const METHOD_FROM_REGISTER: Record<string, Method> = { e_bidding: 'e_bidding', e_market: 'e_market', selection: 'selection', specific: 'specific', price_inquiry: 'selection' }

/** The สขร.1 rows of the given months that are not screened yet: the bidders come from the procurement register. */
export async function registerRows(ctx: UseCaseContext, months: readonly string[]): Promise<{ month: string; rows: ProcurementRegisterRow[] }[]> {
  const { agency } = await newProcurementForm(ctx)
  const out: { month: string; rows: ProcurementRegisterRow[] }[] = []
  for (const month of months) {
    const [rows, screened] = await Promise.all([procurementRowsOfMonth(ctx.db, agency.id, month), repo.listProcurements(ctx.db, agency.id, null, `${month}-01`)])
    const taken = new Set(screened.map((p) => p.title))
    const open = rows.filter((r) => !taken.has(r.item))
    if (open.length) out.push({ month, rows: open })
  }
  return out
}

/** Opens the screen of a สขร.1 row with its bidders by name; directors, tax ids and addresses are added on the page. */
export async function importFromRegister(ctx: UseCaseContext, body: unknown): Promise<string> {
  const { agency } = await newProcurementForm(ctx)
  const v = valuesOf(body, ['month', 'row'])
  const month = v.month ?? ''
  const row = (await procurementRowsOfMonth(ctx.db, agency.id, month)).find((r) => String(r.row) === v.row)
  if (!row) throw new NotFoundError('procurement register row')
  if ((await repo.listProcurements(ctx.db, agency.id, null, `${month}-01`)).some((p) => p.title === row.item)) throw new ConflictError('รายการนี้อยู่ในการตรวจสอบแล้ว', 'already screened')
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertProcurement(trx, agency.id, { title: row.item.slice(0, 300), reference: row.contractNo.slice(0, 100), method: METHOD_FROM_REGISTER[row.method] ?? 'specific', month: `${month}-01` }, ctx.actor.userId, ctx.now)
    for (const name of row.bidders) await repo.insertBidder(trx, id, { name, taxId: null, people: [], addresses: [] }, ctx.now)
    await recordAudit(trx, audit(ctx, agency.id, 'coi_procurement.created', 'coi_procurement', id, { after: { title: row.item, reference: row.contractNo, month, from_register_row: row.row, bidders: row.bidders.length } }))
    return id
  })
}

async function loadProcurement(ctx: UseCaseContext, id: string) {
  if (!isUuid(id)) throw new NotFoundError('procurement')
  const procurement = await repo.findProcurement(ctx.db, id)
  if (!procurement) throw new NotFoundError('procurement')
  const roles = rolesIn(ctx.actor, procurement.organisationId)
  const participant = await repo.isParticipant(ctx.db, id, ctx.actor.userId)
  // Whether a procurement is being screened is internal: a stranger gets 404, not 403.
  if (!canSeeProcurement(roles, participant)) throw new NotFoundError('procurement')
  return { procurement, roles, participant, manages: canManageScreen(roles) }
}

export type ProcurementView = Awaited<ReturnType<typeof procurementView>>

export async function procurementView(ctx: UseCaseContext, id: string) {
  const { procurement, roles, participant, manages } = await loadProcurement(ctx, id)
  const [bidders, participants, hits, staff] = await Promise.all([
    repo.listBidders(ctx.db, id),
    repo.listParticipants(ctx.db, id),
    repo.listHits(ctx.db, [id]),
    manages ? repo.staffOf(ctx.db, procurement.organisationId) : Promise.resolve([]),
  ])
  const othersHits = hits.filter((h) => h.userId !== ctx.actor.userId)
  if (othersHits.length > 0) {
    // A hit shows part of a private record (the relation and the value that matched): its reading is audited.
    await ctx.db.transaction().execute(async (trx) => {
      await recordAudit(trx, audit(ctx, procurement.organisationId, 'coi_interest.hits_read', 'coi_procurement', id, { after: { hits: othersHits.length, staff: [...new Set(othersHits.map((h) => h.userId))] } }))
    })
  }
  return {
    procurement,
    bidders,
    participants,
    hits: hits.map((h) => ({ ...h, canResolve: canResolveHit(roles, ctx.actor.userId, h) })),
    staff,
    manages,
    me: participant ? (participants.find((p) => p.userId === ctx.actor.userId) ?? null) : null,
  }
}

async function managed(ctx: UseCaseContext, id: string) {
  const loaded = await loadProcurement(ctx, id)
  if (!loaded.manages) throw new ForbiddenError('only the procurement officer or the head changes a screen')
  return loaded
}

export async function addBidder(ctx: UseCaseContext, id: string, body: unknown): Promise<void> {
  const { procurement } = await managed(ctx, id)
  const input = parseBidder(valuesOf(body, BIDDER_FIELDS))
  await ctx.db.transaction().execute(async (trx) => {
    const bidderId = await repo.insertBidder(trx, id, input, ctx.now)
    await recordAudit(trx, audit(ctx, procurement.organisationId, 'coi_bidder.added', 'coi_procurement', id, { after: { bidder_id: bidderId, name: input.name, tax_id: input.taxId, people: input.people.length, addresses: input.addresses.length } }))
  })
}

export async function addParticipant(ctx: UseCaseContext, id: string, body: unknown): Promise<void> {
  const { procurement } = await managed(ctx, id)
  const staff = await repo.staffOf(ctx.db, procurement.organisationId)
  const input = parseParticipant(valuesOf(body, PARTICIPANT_FIELDS), new Set(staff.map((s) => s.id)))
  await ctx.db.transaction().execute(async (trx) => {
    await repo.upsertParticipant(trx, id, input.userId, input.duty)
    await recordAudit(trx, audit(ctx, procurement.organisationId, 'coi_participant.added', 'coi_procurement', id, { after: { user_id: input.userId, duty: input.duty } }))
  })
}

/** A participant's own declaration for this procurement; filed again, it replaces the earlier one. */
export async function declare(ctx: UseCaseContext, id: string, body: unknown): Promise<void> {
  const { procurement, participant } = await loadProcurement(ctx, id)
  if (!participant) throw new ForbiddenError('only a participant declares')
  const bidders = await repo.listBidders(ctx.db, id)
  const input = parseDeclaration(valuesOf(body, DECLARATION_FIELDS), new Set(bidders.map((b) => b.id)))
  await ctx.db.transaction().execute(async (trx) => {
    await repo.upsertDeclaration(trx, id, ctx.actor.userId, input, ctx.now)
    await recordAudit(trx, audit(ctx, procurement.organisationId, 'coi_declaration.filed', 'coi_procurement', id, { after: input.hasRelation ? { has_relation: true, bidder_id: input.bidderId, relation_type: input.relationType } : { has_relation: false } }))
  })
}

/** Runs the screen: every bidder against every staff member's record. New hits are added; resolved ones stay as they were. */
export async function runScreen(ctx: UseCaseContext, id: string): Promise<{ found: number; added: number }> {
  const { procurement } = await managed(ctx, id)
  return ctx.db.transaction().execute(async (trx) => {
    const entries = await repo.allEntriesOf(trx, procurement.organisationId)
    const bidders = await repo.listBidders(trx, id)
    const byId = new Map(entries.map((e) => [e.id, e]))
    const hits = screenBidders(bidders, indexEntries(entries))
    const added = await repo.insertHits(
      trx,
      id,
      hits.map((h) => ({ bidderId: h.bidderId, entryId: h.entryId, userId: h.userId, kind: byId.get(h.entryId)!.kind, relation: byId.get(h.entryId)!.relation, reasons: h.reasons })),
      ctx.now,
    )
    await repo.markScreened(trx, id, ctx.now)
    // The screen reads every record of the agency: said once, with how many.
    await recordAudit(trx, audit(ctx, procurement.organisationId, 'coi_screen.run', 'coi_procurement', id, { after: { records_read: new Set(entries.map((e) => e.userId)).size, entries_read: entries.length, bidders: bidders.length, hits: hits.length, new_hits: added } }))
    return { found: hits.length, added }
  })
}

export async function resolveHit(ctx: UseCaseContext, hitId: string, body: unknown): Promise<string> {
  if (!isUuid(hitId)) throw new NotFoundError('hit')
  const first = await ctx.db.selectFrom('coi_hits').select(['procurement_id']).where('id', '=', hitId).executeTakeFirst()
  if (!first) throw new NotFoundError('hit')
  const { procurement, roles } = await loadProcurement(ctx, first.procurement_id)
  const input = parseResolution(valuesOf(body, ['decision', 'reason']))
  await ctx.db.transaction().execute(async (trx) => {
    const hit = await repo.findHitForUpdate(trx, hitId)
    if (!hit) throw new NotFoundError('hit')
    if (hit.status !== 'open') throw new ConflictError('มีผู้พิจารณากรณีนี้ไปแล้ว', 'the hit has already been resolved')
    if (!canResolveHit(roles, ctx.actor.userId, { status: 'open', userId: hit.user_id })) throw new ForbiddenError('may not resolve this hit')
    await repo.resolveHit(trx, hitId, { status: input.decision, reason: input.reason, by: ctx.actor.userId, byLabel: ctx.actor.displayName, now: ctx.now })
    await recordAudit(trx, audit(ctx, procurement.organisationId, `coi_hit.${input.decision}`, 'coi_hit', hitId, { before: { status: 'open' }, after: { status: input.decision, reason: input.reason } }))
  })
  return procurement.id
}

// ---- The monthly report to the head (§8) ----

async function monthContent(db: Kysely<Database>, organisationId: string, month: string): Promise<MonthlyReportContent> {
  const procurements = await repo.listProcurements(db, organisationId, null, month)
  const hits = await repo.listHits(
    db,
    procurements.map((p) => p.id),
  )
  const facts = []
  for (const p of procurements) {
    const participants = await repo.listParticipants(db, p.id)
    const mine = hits.filter((h) => h.procurementId === p.id)
    facts.push({
      title: p.title,
      reference: p.reference,
      participants: participants.length,
      declared: participants.filter((x) => x.declaration).length,
      missing: participants.filter((x) => !x.declaration).map((x) => x.name),
      declaredRelations: participants.filter((x) => x.declaration?.hasRelation).length,
      hits: mine.length,
      open: mine.filter((h) => h.status === 'open').length,
      cleared: mine.filter((h) => h.status === 'cleared').length,
      confirmed: mine.filter((h) => h.status === 'confirmed').length,
    })
  }
  const titleOf = new Map(procurements.map((p) => [p.id, p.title]))
  return {
    month,
    procurements: facts,
    hits: hits.map((h) => ({
      procurement: titleOf.get(h.procurementId) ?? '',
      bidder: h.bidderName,
      staff: `${h.staffName} (${relationLabel(h.entryKind, h.entryRelation).th})`,
      reasons: [...new Set(h.reasons.map((r) => REASON_SHORT[r.reason]))],
      status: h.status,
      resolution: h.resolutionReason,
      resolvedBy: h.resolvedByLabel,
    })),
  }
}

export async function reportsPage(ctx: UseCaseContext) {
  const { agency, roles } = await agencyOf(ctx)
  if (!canManageScreen(roles)) throw new ForbiddenError('reports are between the procurement officer and the head')
  return { agency, reports: await repo.listReports(ctx.db, agency.id), isHead: roles.includes('head'), isOfficer: roles.includes('procurement_officer') }
}

/** The procurement officer submits (or, before the head has acknowledged it, resubmits) the month's report. */
export async function submitReport(ctx: UseCaseContext, body: unknown): Promise<string> {
  const { agency, roles } = await agencyOf(ctx)
  if (!roles.includes('procurement_officer')) throw new ForbiddenError('the procurement officer reports to the head')
  const monthText = valuesOf(body, ['month']).month ?? ''
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(monthText)) throw new ValidationError({ month: { th: 'เลือกเดือนที่รายงาน', en: 'Choose the month' } })
  const month = `${monthText}-01`
  return ctx.db.transaction().execute(async (trx) => {
    const content = await monthContent(trx, agency.id, month)
    const existing = await repo.reportForMonth(trx, agency.id, month)
    if (existing?.status === 'acknowledged') throw new ConflictError('หัวหน้าส่วนราชการรับทราบรายงานเดือนนี้แล้ว', 'the head has already acknowledged this month’s report')
    const by = { id: ctx.actor.userId, label: ctx.actor.displayName }
    const id = existing ? existing.id : await repo.insertReport(trx, agency.id, month, content, by, ctx.now)
    if (existing) await repo.replaceReport(trx, id, content, by, ctx.now)
    await recordAudit(trx, audit(ctx, agency.id, existing ? 'coi_report.resubmitted' : 'coi_report.submitted', 'coi_monthly_report', id, { after: { month, procurements: content.procurements.length, hits: content.hits.length } }))
    return id
  })
}

async function loadReport(ctx: UseCaseContext, id: string) {
  if (!isUuid(id)) throw new NotFoundError('report')
  const report = await repo.findReport(ctx.db, id)
  if (!report || !canManageScreen(rolesIn(ctx.actor, report.organisationId))) throw new NotFoundError('report')
  const agency = await repo.organisationOf(ctx.db, report.organisationId)
  return { report, agency: agency! }
}

export async function reportView(ctx: UseCaseContext, id: string) {
  const { report, agency } = await loadReport(ctx, id)
  return { report, agency, isHead: rolesIn(ctx.actor, report.organisationId).includes('head') }
}

export async function acknowledgeReport(ctx: UseCaseContext, id: string, body: unknown): Promise<void> {
  const { report } = await loadReport(ctx, id)
  if (!rolesIn(ctx.actor, report.organisationId).includes('head')) throw new ForbiddenError('only the head acknowledges')
  const note = (valuesOf(body, ['head_note']).head_note ?? '').trim()
  if (note.length > 1000) throw new ValidationError({ head_note: { th: 'ยาวไม่เกิน 1,000 ตัวอักษร', en: 'At most 1,000 characters' } })
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await repo.findReport(trx, id, { forUpdate: true })
    if (locked?.status !== 'submitted') throw new ConflictError('รับทราบรายงานนี้แล้ว', 'already acknowledged')
    await repo.acknowledgeReport(trx, id, ctx.actor.displayName, note, ctx.now)
    await recordAudit(trx, audit(ctx, report.organisationId, 'coi_report.acknowledged', 'coi_monthly_report', id, { before: { status: 'submitted' }, after: { status: 'acknowledged', note } }))
  })
}
