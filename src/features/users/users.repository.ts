import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'

type Db = Kysely<Database>

export type UserListRow = { id: string; display_name: string; email: string; position: string; is_active: boolean; is_platform_admin: boolean }
export type MembershipRow = { user_id: string; organisation_id: string; role: string; created_at: Date; slug: string; name_th: string; name_en: string }

/** Which people a list may show: everyone (platform admin) or holders of a role in these organisations. */
export type UserScope = { kind: 'all' } | { kind: 'organisations'; ids: readonly string[] }

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`)
}

function scopedUsers(db: Db, scope: UserScope, search: string) {
  let q = db.selectFrom('users')
  if (scope.kind === 'organisations') {
    const ids = [...scope.ids]
    q =
      ids.length === 0
        ? q.where(sql<boolean>`false`)
        : q.where(({ exists, selectFrom }) =>
            exists(selectFrom('memberships as m').select('m.user_id').whereRef('m.user_id', '=', 'users.id').where('m.organisation_id', 'in', ids)),
          )
  }
  if (search) {
    const pattern = `%${escapeLike(search)}%`
    q = q.where((eb) => eb.or([eb('users.display_name', 'ilike', pattern), eb('users.email', 'ilike', pattern)]))
  }
  return q
}

// Ordered by e-mail: the embedded database has no Thai collation, and paging needs an order the
// database can keep; e-mail addresses are ASCII and unique.
export async function listUsers(db: Db, scope: UserScope, options: { search: string; limit: number; offset: number }): Promise<{ rows: UserListRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    scopedUsers(db, scope, options.search)
      .select(['users.id', 'users.display_name', 'users.email', 'users.position', 'users.is_active', 'users.is_platform_admin'])
      .orderBy('users.email')
      .limit(options.limit)
      .offset(options.offset)
      .execute(),
    scopedUsers(db, scope, options.search).select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { rows, total: Number(count.n) }
}

export async function findUser(db: Db, id: string): Promise<UserListRow | undefined> {
  return db
    .selectFrom('users')
    .select(['id', 'display_name', 'email', 'position', 'is_active', 'is_platform_admin'])
    .where('id', '=', id)
    .executeTakeFirst()
}

export async function membershipsOf(db: Db, userIds: readonly string[]): Promise<MembershipRow[]> {
  if (userIds.length === 0) return []
  return db
    .selectFrom('memberships as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['m.user_id', 'm.organisation_id', 'm.role', 'm.created_at', 'o.slug', 'o.name_th', 'o.name_en'])
    .where('m.user_id', 'in', [...userIds])
    .execute()
}

/** True when the role was new (granting twice changes nothing). */
export async function insertMembership(db: Db, m: { userId: string; organisationId: string; role: string; now: Date }): Promise<boolean> {
  const r = await db
    .insertInto('memberships')
    .values({ user_id: m.userId, organisation_id: m.organisationId, role: m.role, created_at: m.now })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst()
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1
}

export async function deleteMembership(db: Db, m: { userId: string; organisationId: string; role: string }): Promise<boolean> {
  const r = await db
    .deleteFrom('memberships')
    .where('user_id', '=', m.userId)
    .where('organisation_id', '=', m.organisationId)
    .where('role', '=', m.role)
    .executeTakeFirst()
  return Number(r.numDeletedRows) === 1
}

export async function setUserActive(db: Db, id: string, active: boolean, now: Date): Promise<void> {
  await db.updateTable('users').set({ is_active: active, updated_at: now }).where('id', '=', id).execute()
}

export async function setPlatformAdmin(db: Db, id: string, value: boolean, now: Date): Promise<void> {
  await db.updateTable('users').set({ is_platform_admin: value, updated_at: now }).where('id', '=', id).execute()
}
