import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { IsoDate } from '../../platform/thai-calendar/index.ts'
import type { BorrowingStatus, Condition, Kind } from './property.domain.ts'
import type { ItemInput } from './property.input.ts'

type Db = Kysely<Database>

export type Item = { id: string; organisationId: string; number: string; name: string; kind: Kind; acquiredOn: IsoDate | null; priceSatang: number | null; source: string; location: string; custodianId: string | null; custodian: string | null; condition: Condition; borrowable: boolean; status: 'in_use' | 'disposed'; disposedOn: IsoDate | null }

const items = (db: Db) => db.selectFrom('property_items as p').leftJoin('users as u', 'u.id', 'p.custodian_id').selectAll('p').select('u.display_name as custodian')
type ItemRow = Awaited<ReturnType<ReturnType<typeof items>['executeTakeFirstOrThrow']>>
const toItem = (r: ItemRow): Item => ({
  id: r.id,
  organisationId: r.organisation_id,
  number: r.number,
  name: r.name,
  kind: r.kind as Kind,
  acquiredOn: r.acquired_on as IsoDate | null,
  priceSatang: r.price_satang,
  source: r.source,
  location: r.location,
  custodianId: r.custodian_id,
  custodian: r.custodian,
  condition: r.condition as Condition,
  borrowable: r.borrowable,
  status: r.status as 'in_use' | 'disposed',
  disposedOn: r.disposed_on as IsoDate | null,
})

export async function listItems(db: Db, org: string): Promise<Item[]> {
  return (await items(db).where('p.organisation_id', '=', org).orderBy('p.number').execute()).map(toItem)
}
export async function findItem(db: Db, id: string): Promise<Item | undefined> {
  const r = await items(db).where('p.id', '=', id).executeTakeFirst()
  return r ? toItem(r) : undefined
}
export async function numberTaken(db: Db, org: string, number: string): Promise<boolean> {
  return !!(await db.selectFrom('property_items').select('id').where('organisation_id', '=', org).where('number', '=', number).executeTakeFirst())
}
export async function insertItem(db: Db, org: string, i: ItemInput, now: Date): Promise<string> {
  const r = await db
    .insertInto('property_items')
    .values({ organisation_id: org, number: i.number, name: i.name, kind: i.kind, acquired_on: i.acquiredOn, price_satang: i.priceSatang, source: i.source, location: i.location, custodian_id: i.custodianId, condition: i.condition, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}
export async function setCondition(db: Db, id: string, condition: Condition): Promise<void> {
  await db.updateTable('property_items').set({ condition }).where('id', '=', id).execute()
}

export type Borrowing = {
  id: string
  organisationId: string
  itemId: string
  itemName: string
  itemNumber: string
  borrowerId: string
  borrower: string
  purpose: string
  startOn: IsoDate
  endOn: IsoDate
  status: BorrowingStatus
  decidedByLabel: string | null
  decisionNote: string | null
  issuedAt: Date | null
  issueCondition: string | null
  returnedOn: IsoDate | null
  returnCondition: Condition | null
  damageNote: string | null
  remindedOn: IsoDate | null
}

const borrowings = (db: Db) =>
  db
    .selectFrom('property_borrowings as b')
    .innerJoin('property_items as p', 'p.id', 'b.item_id')
    .innerJoin('users as u', 'u.id', 'b.borrower_id')
    .selectAll('b')
    .select(['p.name as item_name', 'p.number as item_number', 'u.display_name as borrower', 'u.email as borrower_email'])
type BorrowingRow = Awaited<ReturnType<ReturnType<typeof borrowings>['executeTakeFirstOrThrow']>>
const toBorrowing = (r: BorrowingRow): Borrowing => ({
  id: r.id,
  organisationId: r.organisation_id,
  itemId: r.item_id,
  itemName: r.item_name,
  itemNumber: r.item_number,
  borrowerId: r.borrower_id,
  borrower: r.borrower,
  purpose: r.purpose,
  startOn: r.start_on as IsoDate,
  endOn: r.end_on as IsoDate,
  status: r.status as BorrowingStatus,
  decidedByLabel: r.decided_by_label,
  decisionNote: r.decision_note,
  issuedAt: r.issued_at,
  issueCondition: r.issue_condition,
  returnedOn: r.returned_on as IsoDate | null,
  returnCondition: r.return_condition as Condition | null,
  damageNote: r.damage_note,
  remindedOn: r.reminded_on as IsoDate | null,
})

export async function listBorrowings(db: Db, filter: { org: string; itemId?: string; borrowerId?: string; overlapping?: { start: IsoDate; end: IsoDate } }): Promise<Borrowing[]> {
  let q = borrowings(db).where('b.organisation_id', '=', filter.org)
  if (filter.itemId) q = q.where('b.item_id', '=', filter.itemId)
  if (filter.borrowerId) q = q.where('b.borrower_id', '=', filter.borrowerId)
  if (filter.overlapping) q = q.where('b.start_on', '<=', filter.overlapping.end).where('b.end_on', '>=', filter.overlapping.start)
  return (await q.orderBy('b.start_on', 'desc').execute()).map(toBorrowing)
}
export async function findBorrowing(db: Db, id: string, forUpdate = false): Promise<Borrowing | undefined> {
  let q = borrowings(db).where('b.id', '=', id)
  if (forUpdate) q = q.forUpdate()
  const r = await q.executeTakeFirst()
  return r ? toBorrowing(r) : undefined
}
export async function insertBorrowing(db: Db, v: { org: string; itemId: string; borrowerId: string; purpose: string; startOn: IsoDate; endOn: IsoDate; now: Date }): Promise<string> {
  const r = await db
    .insertInto('property_borrowings')
    .values({ organisation_id: v.org, item_id: v.itemId, borrower_id: v.borrowerId, purpose: v.purpose, start_on: v.startOn, end_on: v.endOn, status: 'requested', created_at: v.now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}
export async function updateBorrowing(db: Db, id: string, set: Partial<{ status: BorrowingStatus; decided_by_label: string; decision_note: string; decided_at: Date; issued_at: Date; issue_condition: string; returned_on: string; return_condition: string; damage_note: string | null; reminded_on: string }>): Promise<void> {
  await db.updateTable('property_borrowings').set(set).where('id', '=', id).execute()
}
export async function overdueToRemind(db: Db, today: IsoDate): Promise<(Borrowing & { email: string })[]> {
  const rows = await borrowings(db).where('b.status', '=', 'issued').where('b.end_on', '<', today).where((eb) => eb.or([eb('b.reminded_on', 'is', null), eb('b.reminded_on', '<', today)])).execute()
  return rows.map((r) => ({ ...toBorrowing(r), email: r.borrower_email }))
}
export async function staffOf(db: Db, org: string): Promise<{ id: string; name: string }[]> {
  return (await db.selectFrom('memberships as m').innerJoin('users as u', 'u.id', 'm.user_id').select(['u.id', 'u.display_name']).where('m.organisation_id', '=', org).where('m.role', 'not in', ['committee', 'oversight']).distinct().orderBy('u.display_name').execute()).map((r) => ({ id: r.id, name: r.display_name }))
}
export async function organisationOf(db: Db, id: string) {
  return db.selectFrom('organisations').select(['id', 'slug', 'name_th', 'name_en']).where('id', '=', id).executeTakeFirst()
}
