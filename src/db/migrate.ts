import { Migrator, sql, type Kysely } from 'kysely'
import { migrations } from './migrations/index.ts'

export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  if (await isUpToDate(db)) return []
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
  const { error, results } = await migrator.migrateToLatest()
  if (error) throw error
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}

/**
 * Kysely's migrator first introspects every table of the schema to find its own two, which on
 * the embedded engine took a second of every restart. When the applied list already equals
 * ours there is nothing for it to do; anything else (a new migration, a missing table, an
 * unknown name) goes through the migrator and its lock as before.
 */
async function isUpToDate(db: Kysely<any>): Promise<boolean> {
  const table = await sql<{ found: string | null }>`select to_regclass('public.kysely_migration')::text as found`.execute(db)
  if (!table.rows[0]?.found) return false
  const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(db)
  const ours = Object.keys(migrations)
  return applied.rows.length === ours.length && applied.rows.every((r) => r.name in migrations)
}
