import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/tables.ts'

type Db = Kysely<Database> | Transaction<Database>

export async function insertRoleRequest(db: Db, r: { userId: string; organisationId: string; role: string; requestedBy: string; now: Date }): Promise<string | null> {
  const row = await db
    .insertInto('role_approvals')
    .values({ user_id: r.userId, organisation_id: r.organisationId, role: r.role, requested_by: r.requestedBy, requested_at: r.now })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst()
  return row?.id ?? null
}

export type PendingApproval = {
  id: string
  user_id: string
  organisation_id: string
  role: string
  requested_by: string
  requested_at: Date
  user_name: string
  user_email: string
  requester_name: string
  name_th: string
  name_en: string
}

export async function pendingApprovalsIn(db: Db, organisationIds: readonly string[]): Promise<PendingApproval[]> {
  if (organisationIds.length === 0) return []
  return db
    .selectFrom('role_approvals as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .innerJoin('users as q', 'q.id', 'r.requested_by')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .select(['r.id', 'r.user_id', 'r.organisation_id', 'r.role', 'r.requested_by', 'r.requested_at', 'u.display_name as user_name', 'u.email as user_email', 'q.display_name as requester_name', 'o.name_th', 'o.name_en'])
    .where('r.status', '=', 'pending')
    .where('r.organisation_id', 'in', organisationIds)
    .orderBy('r.requested_at')
    .execute()
}

export async function findPendingForUpdate(trx: Transaction<Database>, id: string) {
  return trx.selectFrom('role_approvals').selectAll().where('id', '=', id).where('status', '=', 'pending').forUpdate().executeTakeFirst()
}

export async function decide(trx: Transaction<Database>, id: string, d: { status: 'approved' | 'refused'; by: string; at: Date }): Promise<void> {
  await trx.updateTable('role_approvals').set({ status: d.status, decided_by: d.by, decided_at: d.at }).where('id', '=', id).execute()
}

/** Who should hear of a change to who reaches complainants: the heads and the complaint officers already in office. */
export async function peopleToNotify(db: Db, organisationId: string, excludeUserId: string): Promise<{ id: string; email: string }[]> {
  return db
    .selectFrom('users')
    .innerJoin('memberships', 'memberships.user_id', 'users.id')
    .select(['users.id', 'users.email'])
    .distinct()
    .where('memberships.organisation_id', '=', organisationId)
    .where('memberships.role', 'in', ['head', 'complaint_officer'])
    .where('users.is_active', '=', true)
    .where('users.id', '<>', excludeUserId)
    .execute()
}
