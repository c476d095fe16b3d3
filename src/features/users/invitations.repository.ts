import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'

type Db = Kysely<Database>

export type PendingInvitation = {
  token_hash: string
  email: string
  organisation_id: string
  role: string
  created_at: Date
  expires_at: Date
  org_name_th: string
  org_name_en: string
  invited_by: string | null
}

/** Invitations never used and not yet expired, in the given organisations (or all). */
export async function listPendingInvitations(db: Db, organisationIds: readonly string[] | 'all', now: Date): Promise<PendingInvitation[]> {
  if (organisationIds !== 'all' && organisationIds.length === 0) return []
  let q = db
    .selectFrom('one_time_tokens as t')
    .innerJoin('organisations as o', 'o.id', 't.organisation_id')
    .leftJoin('users as u', 'u.id', 't.created_by')
    .select(['t.token_hash', 't.email', 't.organisation_id', 't.role', 't.created_at', 't.expires_at', 'o.name_th as org_name_th', 'o.name_en as org_name_en', 'u.display_name as invited_by'])
    .where('t.purpose', '=', 'invitation')
    .where('t.used_at', 'is', null)
    .where('t.expires_at', '>', now)
    .orderBy('t.created_at', 'desc')
  if (organisationIds !== 'all') q = q.where('t.organisation_id', 'in', [...organisationIds])
  const rows = await q.execute()
  return rows.flatMap((r) => (r.organisation_id && r.role ? [{ ...r, organisation_id: r.organisation_id, role: r.role }] : []))
}

export async function findInvitation(db: Db, tokenHash: string) {
  return db
    .selectFrom('one_time_tokens')
    .select(['token_hash', 'email', 'organisation_id', 'role', 'created_at', 'expires_at', 'used_at'])
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', 'invitation')
    .executeTakeFirst()
}

export async function deleteInvitation(db: Db, tokenHash: string): Promise<boolean> {
  const r = await db.deleteFrom('one_time_tokens').where('token_hash', '=', tokenHash).where('purpose', '=', 'invitation').executeTakeFirst()
  return Number(r.numDeletedRows) === 1
}
