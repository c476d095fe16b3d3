import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'

/**
 * One number that changes whenever any public content does: every public write bumps a scope's
 * generation in its transaction, so the sum of all generations (and how many scopes there are) moves
 * with every change, on every instance. The sitemap is rebuilt only when it moves.
 */
export async function publicContentVersion(db: Kysely<Database>): Promise<string> {
  const r = await db
    .selectFrom('public_generations')
    .select([sql<string>`count(*)::text`.as('scopes'), sql<string>`coalesce(sum(generation), 0)::text`.as('total')])
    .executeTakeFirstOrThrow()
  return `${r.scopes}:${r.total}`
}
