import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { OrderInput } from './delegations.input.ts'

export type DelegationOrder = {
  id: string
  organisationId: string
  kind: string
  orderNo: string
  orderDate: string
  fromName: string
  fromPositionTh: string
  toUserId: string
  toName: string
  toPositionTh: string
  powersTh: string
  grantsRole: string | null
  startsOn: string
  endsOn: string
  fileId: string | null
  status: string
  revokedOn: string | null
  revokeReason: string | null
  createdByLabel: string
}

const COLUMNS = [
  'id',
  'organisation_id as organisationId',
  'kind',
  'order_no as orderNo',
  'order_date as orderDate',
  'from_name as fromName',
  'from_position_th as fromPositionTh',
  'to_user_id as toUserId',
  'to_name as toName',
  'to_position_th as toPositionTh',
  'powers_th as powersTh',
  'grants_role as grantsRole',
  'starts_on as startsOn',
  'ends_on as endsOn',
  'file_id as fileId',
  'status',
  'revoked_on as revokedOn',
  'revoke_reason as revokeReason',
  'created_by_label as createdByLabel',
] as const

export async function listOrders(db: Kysely<Database>, organisationId: string): Promise<DelegationOrder[]> {
  return db.selectFrom('delegation_orders').select(COLUMNS).where('organisation_id', '=', organisationId).orderBy('starts_on', 'desc').orderBy('order_no').execute()
}

export async function findOrder(db: Kysely<Database>, id: string): Promise<DelegationOrder | undefined> {
  return db.selectFrom('delegation_orders').select(COLUMNS).where('id', '=', id).executeTakeFirst()
}

export type Member = { id: string; name: string; position: string }

/** The agency's staff (any role), the people an order can be made out to. */
export async function membersOf(db: Kysely<Database>, organisationId: string): Promise<Member[]> {
  return db
    .selectFrom('users as u')
    .innerJoin('memberships as m', 'm.user_id', 'u.id')
    .select(['u.id', 'u.display_name as name', 'u.position'])
    .where('m.organisation_id', '=', organisationId)
    .where('u.is_active', '=', true)
    .distinct()
    .orderBy('u.display_name')
    .execute()
}

export async function insertOrder(db: Kysely<Database>, organisationId: string, input: OrderInput, toName: string, byLabel: string, now: Date): Promise<string> {
  const row = await db
    .insertInto('delegation_orders')
    .values({
      organisation_id: organisationId,
      kind: input.kind,
      order_no: input.orderNo,
      order_date: input.orderDate,
      from_name: input.fromName,
      from_position_th: input.fromPositionTh,
      to_user_id: input.toUserId,
      to_name: toName,
      to_position_th: input.toPositionTh,
      powers_th: input.powersTh,
      grants_role: input.grantsRole,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      status: 'in_force',
      created_by_label: byLabel,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function revokeOrder(db: Kysely<Database>, id: string, day: string, reason: string): Promise<boolean> {
  const r = await db.updateTable('delegation_orders').set({ status: 'revoked', revoked_on: day, revoke_reason: reason }).where('id', '=', id).where('status', '=', 'in_force').executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

export async function insertHistory(db: Kysely<Database>, e: { orderId: string; from: string | null; to: string; note?: string; by: string; at: Date }): Promise<void> {
  await db.insertInto('delegation_history').values({ order_id: e.orderId, from_status: e.from, to_status: e.to, note: e.note ?? '', by_label: e.by, at: e.at }).execute()
}

export async function historyOf(db: Kysely<Database>, orderIds: readonly string[]) {
  if (orderIds.length === 0) return []
  return db.selectFrom('delegation_history').select(['order_id as orderId', 'from_status as fromStatus', 'to_status as toStatus', 'note', 'by_label as byLabel', 'at']).where('order_id', 'in', [...orderIds]).orderBy('at').execute()
}

/** Attaches the scanned order once (the trigger refuses a second file). */
export async function attachFile(db: Kysely<Database>, id: string, fileId: string): Promise<boolean> {
  const r = await db.updateTable('delegation_orders').set({ file_id: fileId }).where('id', '=', id).where('file_id', 'is', null).executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}
