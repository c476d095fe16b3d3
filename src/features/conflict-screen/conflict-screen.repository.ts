import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { InterestEntry, ReasonDetail } from './conflict-matcher.domain.ts'
import type { Duty, EntryKind, HitStatus, MonthlyReportContent } from './conflict-screen.domain.ts'
import type { BidderInput, DeclarationInput, EntryInput, ProcurementInput } from './conflict-screen.input.ts'

type Db = Kysely<Database>

export type Entry = { id: string; kind: EntryKind; relation: string; text: string; taxId: string | null; createdAt: Date }

export async function listOwnEntries(db: Db, organisationId: string, userId: string): Promise<Entry[]> {
  const rows = await db.selectFrom('coi_interest_entries').selectAll().where('organisation_id', '=', organisationId).where('user_id', '=', userId).orderBy('kind').orderBy('created_at').execute()
  return rows.map((r) => ({ id: r.id, kind: r.kind, relation: r.relation, text: r.text, taxId: r.tax_id, createdAt: r.created_at }))
}

export async function insertEntry(db: Db, organisationId: string, userId: string, e: EntryInput, now: Date): Promise<string> {
  const row = await db
    .insertInto('coi_interest_entries')
    .values({ organisation_id: organisationId, user_id: userId, kind: e.kind, relation: e.relation, text: e.text, tax_id: e.taxId, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function findEntry(db: Db, id: string) {
  return db.selectFrom('coi_interest_entries').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function deleteEntry(db: Db, id: string): Promise<void> {
  await db.deleteFrom('coi_interest_entries').where('id', '=', id).execute()
}

/** Every entry of the agency's staff: what the screen indexes. Only the screen reads them all. */
export async function allEntriesOf(db: Db, organisationId: string): Promise<(InterestEntry & { relation: string })[]> {
  const rows = await db.selectFrom('coi_interest_entries').select(['id', 'user_id', 'kind', 'relation', 'text', 'tax_id']).where('organisation_id', '=', organisationId).execute()
  return rows.map((r) => ({ id: r.id, userId: r.user_id, kind: r.kind, relation: r.relation, text: r.text, taxId: r.tax_id }))
}

export type ProcurementRow = { id: string; organisationId: string; title: string; reference: string; method: string; month: string; screenedAt: Date | null; createdAt: Date }

const toProcurement = (r: { id: string; organisation_id: string; title: string; reference: string; method: string; month: string; screened_at: Date | null; created_at: Date }): ProcurementRow => ({
  id: r.id,
  organisationId: r.organisation_id,
  title: r.title,
  reference: r.reference,
  method: r.method,
  month: r.month,
  screenedAt: r.screened_at,
  createdAt: r.created_at,
})

export async function insertProcurement(db: Db, organisationId: string, p: ProcurementInput, by: string, now: Date): Promise<string> {
  const row = await db
    .insertInto('coi_procurements')
    .values({ organisation_id: organisationId, title: p.title, reference: p.reference, method: p.method, month: p.month, created_by: by, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function findProcurement(db: Db, id: string): Promise<ProcurementRow | undefined> {
  const r = await db.selectFrom('coi_procurements').selectAll().where('id', '=', id).executeTakeFirst()
  return r ? toProcurement(r) : undefined
}

/** The agency's procurements (for those who manage the screen) or only those the user takes part in. */
export async function listProcurements(db: Db, organisationId: string, onlyParticipant: string | null, month?: string): Promise<ProcurementRow[]> {
  let q = db.selectFrom('coi_procurements as p').selectAll('p').where('p.organisation_id', '=', organisationId)
  if (onlyParticipant) q = q.where((eb) => eb.exists(eb.selectFrom('coi_participants as x').select('x.user_id').whereRef('x.procurement_id', '=', 'p.id').where('x.user_id', '=', onlyParticipant)))
  if (month) q = q.where('p.month', '=', month)
  const rows = await q.orderBy('p.month', 'desc').orderBy('p.created_at', 'desc').execute()
  return rows.map(toProcurement)
}

export async function markScreened(db: Db, id: string, now: Date): Promise<void> {
  await db.updateTable('coi_procurements').set({ screened_at: now }).where('id', '=', id).execute()
}

export type BidderRow = { id: string; name: string; taxId: string | null; people: string[]; addresses: string[] }

export async function listBidders(db: Db, procurementId: string): Promise<BidderRow[]> {
  const rows = await db.selectFrom('coi_bidders').selectAll().where('procurement_id', '=', procurementId).orderBy('created_at').execute()
  return rows.map((r) => ({ id: r.id, name: r.name, taxId: r.tax_id, people: r.people, addresses: r.addresses }))
}

export async function insertBidder(db: Db, procurementId: string, b: BidderInput, now: Date): Promise<string> {
  const row = await db
    .insertInto('coi_bidders')
    .values({ procurement_id: procurementId, name: b.name, tax_id: b.taxId, people: JSON.stringify(b.people), addresses: JSON.stringify(b.addresses), created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export type ParticipantRow = {
  userId: string
  name: string
  position: string
  duty: Duty
  declaration: { hasRelation: boolean; bidderId: string | null; relationType: string | null; detail: string; declaredAt: Date } | null
}

export async function listParticipants(db: Db, procurementId: string): Promise<ParticipantRow[]> {
  const rows = await db
    .selectFrom('coi_participants as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .leftJoin('coi_declarations as d', (j) => j.onRef('d.procurement_id', '=', 'p.procurement_id').onRef('d.user_id', '=', 'p.user_id'))
    .select(['p.user_id', 'u.display_name', 'u.position', 'p.duty', 'd.has_relation', 'd.bidder_id', 'd.relation_type', 'd.detail', 'd.declared_at'])
    .where('p.procurement_id', '=', procurementId)
    .orderBy('p.duty')
    .orderBy('u.display_name')
    .execute()
  return rows.map((r) => ({
    userId: r.user_id,
    name: r.display_name,
    position: r.position ?? '',
    duty: r.duty as Duty,
    declaration: r.declared_at ? { hasRelation: r.has_relation ?? false, bidderId: r.bidder_id ?? null, relationType: r.relation_type ?? null, detail: r.detail ?? '', declaredAt: r.declared_at } : null,
  }))
}

export async function upsertParticipant(db: Db, procurementId: string, userId: string, duty: Duty): Promise<void> {
  await db
    .insertInto('coi_participants')
    .values({ procurement_id: procurementId, user_id: userId, duty })
    .onConflict((oc) => oc.columns(['procurement_id', 'user_id']).doUpdateSet({ duty }))
    .execute()
}

export async function isParticipant(db: Db, procurementId: string, userId: string): Promise<boolean> {
  return !!(await db.selectFrom('coi_participants').select('user_id').where('procurement_id', '=', procurementId).where('user_id', '=', userId).executeTakeFirst())
}

export async function upsertDeclaration(db: Db, procurementId: string, userId: string, d: DeclarationInput, now: Date): Promise<void> {
  const values = {
    has_relation: d.hasRelation,
    bidder_id: d.hasRelation ? d.bidderId : null,
    relation_type: d.hasRelation ? d.relationType : null,
    detail: d.detail,
    declared_at: now,
  }
  await db
    .insertInto('coi_declarations')
    .values({ procurement_id: procurementId, user_id: userId, ...values })
    .onConflict((oc) => oc.columns(['procurement_id', 'user_id']).doUpdateSet(values))
    .execute()
}

export type HitRow = {
  id: string
  bidderId: string
  bidderName: string
  userId: string
  staffName: string
  entryKind: string
  entryRelation: string
  reasons: ReasonDetail[]
  status: HitStatus
  resolutionReason: string | null
  resolvedByLabel: string | null
  resolvedAt: Date | null
}

export async function listHits(db: Db, procurementIds: readonly string[]): Promise<(HitRow & { procurementId: string })[]> {
  if (procurementIds.length === 0) return []
  const rows = await db
    .selectFrom('coi_hits as h')
    .innerJoin('coi_bidders as b', 'b.id', 'h.bidder_id')
    .innerJoin('users as u', 'u.id', 'h.user_id')
    .select(['h.id', 'h.procurement_id', 'h.bidder_id', 'b.name as bidder_name', 'h.user_id', 'u.display_name', 'h.entry_kind', 'h.entry_relation', 'h.reasons', 'h.status', 'h.resolution_reason', 'h.resolved_by_label', 'h.resolved_at'])
    .where('h.procurement_id', 'in', procurementIds)
    .orderBy('h.created_at')
    .orderBy('b.name')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    procurementId: r.procurement_id,
    bidderId: r.bidder_id,
    bidderName: r.bidder_name,
    userId: r.user_id,
    staffName: r.display_name,
    entryKind: r.entry_kind,
    entryRelation: r.entry_relation,
    reasons: r.reasons as ReasonDetail[],
    status: r.status as HitStatus,
    resolutionReason: r.resolution_reason,
    resolvedByLabel: r.resolved_by_label,
    resolvedAt: r.resolved_at,
  }))
}

/** New hits only: a pair already on record (and perhaps already resolved) is left as it is. */
export async function insertHits(
  db: Db,
  procurementId: string,
  hits: { bidderId: string; entryId: string; userId: string; kind: string; relation: string; reasons: ReasonDetail[] }[],
  now: Date,
): Promise<number> {
  let added = 0
  for (const h of hits) {
    const r = await db
      .insertInto('coi_hits')
      .values({ procurement_id: procurementId, bidder_id: h.bidderId, entry_id: h.entryId, user_id: h.userId, entry_kind: h.kind, entry_relation: h.relation, reasons: JSON.stringify(h.reasons), created_at: now })
      .onConflict((oc) => oc.columns(['bidder_id', 'entry_id']).doNothing())
      .returning('id')
      .executeTakeFirst()
    if (r) added++
  }
  return added
}

export async function findHitForUpdate(db: Db, id: string) {
  return db.selectFrom('coi_hits').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
}

export async function resolveHit(db: Db, id: string, r: { status: 'cleared' | 'confirmed'; reason: string; by: string; byLabel: string; now: Date }): Promise<void> {
  await db.updateTable('coi_hits').set({ status: r.status, resolution_reason: r.reason, resolved_by: r.by, resolved_by_label: r.byLabel, resolved_at: r.now }).where('id', '=', id).execute()
}

export type ReportRow = {
  id: string
  month: string
  content: MonthlyReportContent
  status: 'submitted' | 'acknowledged'
  submittedByLabel: string
  submittedAt: Date
  acknowledgedByLabel: string | null
  acknowledgedAt: Date | null
  headNote: string | null
}

function toReport(r: { id: string; month: string; content: unknown; status: string; submitted_by_label: string; submitted_at: Date; acknowledged_by_label: string | null; acknowledged_at: Date | null; head_note: string | null }): ReportRow {
  return {
    id: r.id,
    month: r.month,
    content: r.content as MonthlyReportContent,
    status: r.status as ReportRow['status'],
    submittedByLabel: r.submitted_by_label,
    submittedAt: r.submitted_at,
    acknowledgedByLabel: r.acknowledged_by_label,
    acknowledgedAt: r.acknowledged_at,
    headNote: r.head_note,
  }
}

export async function listReports(db: Db, organisationId: string): Promise<ReportRow[]> {
  const rows = await db.selectFrom('coi_monthly_reports').selectAll().where('organisation_id', '=', organisationId).orderBy('month', 'desc').execute()
  return rows.map(toReport)
}

export async function findReport(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<(ReportRow & { organisationId: string }) | undefined> {
  let q = db.selectFrom('coi_monthly_reports').selectAll().where('id', '=', id)
  if (options.forUpdate) q = q.forUpdate()
  const r = await q.executeTakeFirst()
  return r ? { ...toReport(r), organisationId: r.organisation_id } : undefined
}

export async function reportForMonth(db: Db, organisationId: string, month: string) {
  return db.selectFrom('coi_monthly_reports').select(['id', 'status']).where('organisation_id', '=', organisationId).where('month', '=', month).executeTakeFirst()
}

export async function insertReport(db: Db, organisationId: string, month: string, content: MonthlyReportContent, by: { id: string; label: string }, now: Date): Promise<string> {
  const row = await db
    .insertInto('coi_monthly_reports')
    .values({ organisation_id: organisationId, month, content: JSON.stringify(content), status: 'submitted', submitted_by: by.id, submitted_by_label: by.label, submitted_at: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function replaceReport(db: Db, id: string, content: MonthlyReportContent, by: { id: string; label: string }, now: Date): Promise<void> {
  await db.updateTable('coi_monthly_reports').set({ content: JSON.stringify(content), submitted_by: by.id, submitted_by_label: by.label, submitted_at: now }).where('id', '=', id).execute()
}

export async function acknowledgeReport(db: Db, id: string, label: string, note: string, now: Date): Promise<void> {
  await db.updateTable('coi_monthly_reports').set({ status: 'acknowledged', acknowledged_by_label: label, acknowledged_at: now, head_note: note || null }).where('id', '=', id).execute()
}

/** The agency's staff (anyone with a role in it), for choosing participants. */
export async function staffOf(db: Db, organisationId: string): Promise<{ id: string; name: string; position: string }[]> {
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.display_name', 'u.position'])
    .where('m.organisation_id', '=', organisationId)
    .where('m.role', '<>', 'committee')
    .distinct()
    .orderBy('u.display_name')
    .execute()
  return rows.map((r) => ({ id: r.id, name: r.display_name, position: r.position ?? '' }))
}

export async function organisationOf(db: Db, id: string) {
  return db.selectFrom('organisations').select(['id', 'slug', 'name_th', 'name_en', 'address']).where('id', '=', id).executeTakeFirst()
}
