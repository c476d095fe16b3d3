import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { Condition } from './property.domain.ts'
import type { CountLine, DisposalMethod, MovementKind, MovementStatus, PropertyEvent, PropertyFileKind, StocktakeStatus } from './property-lifecycle.domain.ts'

type Db = Kysely<Database>

// ---- History ----
export async function addEvent(db: Db, v: { itemId: string; event: PropertyEvent; detail: Record<string, unknown>; byLabel: string; at: Date }): Promise<void> {
  await db.insertInto('property_item_events').values({ item_id: v.itemId, event: v.event, detail: JSON.stringify(v.detail), by_label: v.byLabel, at: v.at }).execute()
}
export type ItemEvent = { event: PropertyEvent; detail: Record<string, unknown>; byLabel: string; at: Date }
export async function eventsOf(db: Db, itemId: string): Promise<ItemEvent[]> {
  const rows = await db.selectFrom('property_item_events').select(['event', 'detail', 'by_label', 'at']).where('item_id', '=', itemId).orderBy('seq').execute()
  return rows.map((r) => ({ event: r.event as PropertyEvent, detail: r.detail, byLabel: r.by_label, at: r.at }))
}

// ---- Photos and documents ----
export type ItemFile = { id: string; fileId: string; kind: PropertyFileKind; label: string; mime: string; size: number }
export async function filesOf(db: Db, itemId: string): Promise<ItemFile[]> {
  const rows = await db
    .selectFrom('property_files as pf')
    .innerJoin('files as f', 'f.id', 'pf.file_id')
    .select(['pf.id', 'pf.file_id', 'pf.kind', 'pf.label', 'f.mime', 'f.size'])
    .where('pf.item_id', '=', itemId)
    .orderBy('pf.created_at')
    .execute()
  return rows.map((r) => ({ id: r.id, fileId: r.file_id, kind: r.kind as PropertyFileKind, label: r.label, mime: r.mime, size: Number(r.size) }))
}
export async function insertFile(db: Db, v: { itemId: string; fileId: string; kind: PropertyFileKind; label: string; now: Date }): Promise<string> {
  return (await db.insertInto('property_files').values({ item_id: v.itemId, file_id: v.fileId, kind: v.kind, label: v.label, created_at: v.now }).returning('id').executeTakeFirstOrThrow()).id
}
export async function findFile(db: Db, id: string) {
  return db.selectFrom('property_files').select(['id', 'item_id', 'file_id']).where('id', '=', id).executeTakeFirst()
}

// ---- Transfers and disposal ----
export type Movement = {
  id: string
  organisationId: string
  itemId: string
  kind: MovementKind
  toLocation: string | null
  toCustodianId: string | null
  toCustodian: string | null
  method: DisposalMethod | null
  reason: string
  requestedBy: string
  requester: string
  status: MovementStatus
  decidedByLabel: string | null
  decisionNote: string | null
  createdAt: Date
}
const movements = (db: Db) =>
  db
    .selectFrom('property_movements as m')
    .innerJoin('users as r', 'r.id', 'm.requested_by')
    .leftJoin('users as c', 'c.id', 'm.to_custodian_id')
    .selectAll('m')
    .select(['r.display_name as requester', 'c.display_name as to_custodian'])
type MovementRow = Awaited<ReturnType<ReturnType<typeof movements>['executeTakeFirstOrThrow']>>
const toMovement = (r: MovementRow): Movement => ({
  id: r.id,
  organisationId: r.organisation_id,
  itemId: r.item_id,
  kind: r.kind as MovementKind,
  toLocation: r.to_location,
  toCustodianId: r.to_custodian_id,
  toCustodian: r.to_custodian,
  method: r.method as DisposalMethod | null,
  reason: r.reason,
  requestedBy: r.requested_by,
  requester: r.requester,
  status: r.status as MovementStatus,
  decidedByLabel: r.decided_by_label,
  decisionNote: r.decision_note,
  createdAt: r.created_at,
})
export async function movementsOf(db: Db, filter: { itemId?: string; org?: string; status?: MovementStatus }): Promise<Movement[]> {
  let q = movements(db)
  if (filter.itemId) q = q.where('m.item_id', '=', filter.itemId)
  if (filter.org) q = q.where('m.organisation_id', '=', filter.org)
  if (filter.status) q = q.where('m.status', '=', filter.status)
  return (await q.orderBy('m.created_at', 'desc').execute()).map(toMovement)
}
export async function findMovement(db: Db, id: string, forUpdate = false): Promise<Movement | undefined> {
  let q = movements(db).where('m.id', '=', id)
  if (forUpdate) q = q.forUpdate('m')
  const r = await q.executeTakeFirst()
  return r ? toMovement(r) : undefined
}
export async function insertMovement(db: Db, v: { org: string; itemId: string; kind: MovementKind; toLocation: string | null; toCustodianId: string | null; method: DisposalMethod | null; reason: string; requestedBy: string; now: Date }): Promise<string> {
  const r = await db
    .insertInto('property_movements')
    .values({ organisation_id: v.org, item_id: v.itemId, kind: v.kind, to_location: v.toLocation, to_custodian_id: v.toCustodianId, method: v.method, reason: v.reason, requested_by: v.requestedBy, status: 'requested', created_at: v.now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}
export async function decideMovement(db: Db, id: string, v: { status: 'approved' | 'rejected' | 'cancelled'; byLabel: string | null; note: string | null; at: Date | null }): Promise<void> {
  await db.updateTable('property_movements').set({ status: v.status, decided_by_label: v.byLabel, decision_note: v.note, decided_at: v.at }).where('id', '=', id).execute()
}
export async function moveItem(db: Db, itemId: string, v: { location: string; custodianId: string | null }): Promise<void> {
  await db.updateTable('property_items').set({ location: v.location, custodian_id: v.custodianId }).where('id', '=', itemId).execute()
}
export async function disposeItem(db: Db, itemId: string, on: string): Promise<void> {
  await db.updateTable('property_items').set({ status: 'disposed', disposed_on: on, borrowable: false }).where('id', '=', itemId).execute()
}

// ---- Stock-take ----
export type Stocktake = {
  id: string
  organisationId: string
  fiscalYear: number
  status: StocktakeStatus
  appointedByLabel: string
  submittedByLabel: string | null
  submittedAt: Date | null
  acknowledgedByLabel: string | null
  acknowledgedAt: Date | null
  headNote: string | null
  members: { userId: string; name: string; role: 'chair' | 'member' }[]
  lines: (CountLine & { countedByLabel: string })[]
}
export async function listStocktakes(db: Db, org: string) {
  return db.selectFrom('property_stocktakes').select(['id', 'fiscal_year', 'status']).where('organisation_id', '=', org).orderBy('fiscal_year', 'desc').execute()
}
export async function findStocktake(db: Db, id: string, forUpdate = false): Promise<Stocktake | undefined> {
  let q = db.selectFrom('property_stocktakes').selectAll().where('id', '=', id)
  if (forUpdate) q = q.forUpdate()
  const s = await q.executeTakeFirst()
  if (!s) return undefined
  const [members, lines] = await Promise.all([
    db.selectFrom('property_stocktake_members as m').innerJoin('users as u', 'u.id', 'm.user_id').select(['m.user_id', 'm.role', 'u.display_name']).where('m.stocktake_id', '=', id).orderBy('m.role').orderBy('u.display_name').execute(),
    db.selectFrom('property_stocktake_lines').selectAll().where('stocktake_id', '=', id).execute(),
  ])
  return {
    id: s.id,
    organisationId: s.organisation_id,
    fiscalYear: s.fiscal_year,
    status: s.status as StocktakeStatus,
    appointedByLabel: s.appointed_by_label,
    submittedByLabel: s.submitted_by_label,
    submittedAt: s.submitted_at,
    acknowledgedByLabel: s.acknowledged_by_label,
    acknowledgedAt: s.acknowledged_at,
    headNote: s.head_note,
    members: members.map((m) => ({ userId: m.user_id, name: m.display_name, role: m.role as 'chair' | 'member' })),
    lines: lines.map((l) => ({ itemId: l.item_id, found: l.found, registerCondition: l.register_condition as Condition, countedCondition: l.counted_condition as Condition | null, note: l.note, countedByLabel: l.counted_by_label })),
  }
}
export async function stocktakeYearTaken(db: Db, org: string, fiscalYear: number): Promise<boolean> {
  return !!(await db.selectFrom('property_stocktakes').select('id').where('organisation_id', '=', org).where('fiscal_year', '=', fiscalYear).executeTakeFirst())
}
export async function insertStocktake(db: Db, v: { org: string; fiscalYear: number; byLabel: string; members: { userId: string; role: 'chair' | 'member' }[]; now: Date }): Promise<string> {
  const { id } = await db.insertInto('property_stocktakes').values({ organisation_id: v.org, fiscal_year: v.fiscalYear, status: 'counting', appointed_by_label: v.byLabel, created_at: v.now }).returning('id').executeTakeFirstOrThrow()
  await db
    .insertInto('property_stocktake_members')
    .values(v.members.map((m) => ({ stocktake_id: id, user_id: m.userId, role: m.role })))
    .execute()
  return id
}
export async function saveLine(db: Db, stocktakeId: string, l: CountLine, byLabel: string, now: Date): Promise<void> {
  await db
    .insertInto('property_stocktake_lines')
    .values({ stocktake_id: stocktakeId, item_id: l.itemId, found: l.found, register_condition: l.registerCondition, counted_condition: l.countedCondition, note: l.note, counted_by_label: byLabel, counted_at: now })
    .onConflict((oc) => oc.columns(['stocktake_id', 'item_id']).doUpdateSet({ found: l.found, register_condition: l.registerCondition, counted_condition: l.countedCondition, note: l.note, counted_by_label: byLabel, counted_at: now }))
    .execute()
}
export async function submitStocktake(db: Db, id: string, byLabel: string, at: Date): Promise<void> {
  await db.updateTable('property_stocktakes').set({ status: 'submitted', submitted_by_label: byLabel, submitted_at: at }).where('id', '=', id).execute()
}
export async function acknowledgeStocktake(db: Db, id: string, byLabel: string, note: string, at: Date): Promise<void> {
  await db.updateTable('property_stocktakes').set({ status: 'acknowledged', acknowledged_by_label: byLabel, acknowledged_at: at, head_note: note }).where('id', '=', id).execute()
}
