import { sql, type Kysely } from 'kysely'
import { encodingFor, qualifiedName, type BackupColumn, type SequenceState } from './backup-format.ts'
import type { ForeignKeyEdge } from './table-order.ts'

/**
 * What a backup covers, read from the catalog rather than listed by hand, so tables added
 * by later migrations are included without anyone remembering to: every ordinary or
 * partitioned table in every schema that is not PostgreSQL's own, except the migrator's
 * bookkeeping (the restore rebuilds that by running the migrations).
 */
const USER_SCHEMAS = sql`n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'`
const MIGRATOR_TABLES = ['kysely_migration', 'kysely_migration_lock']

export type CatalogTable = {
  oid: number
  schema: string
  name: string
  columns: (BackupColumn & { collatable: boolean })[]
  primaryKey: string[]
}

export async function listTables(db: Kysely<any>): Promise<CatalogTable[]> {
  const tables = await sql<{ oid: number; schema: string; name: string }>`
    SELECT c.oid::int AS oid, n.nspname AS schema, c.relname AS name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ${USER_SCHEMAS}
      AND NOT (n.nspname = 'public' AND c.relname = ANY(${MIGRATOR_TABLES}))
    ORDER BY n.nspname, c.relname`.execute(db)
  const columns = await sql<{ table_oid: number; name: string; type: string; base_type: string; generated: boolean; collatable: boolean }>`
    SELECT a.attrelid::int AS table_oid, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
           bt.typname AS base_type, a.attgenerated <> '' AS generated, a.attcollation <> 0 AS collatable
    FROM pg_attribute a
    JOIN pg_type t ON t.oid = a.atttypid
    JOIN pg_type bt ON bt.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
    WHERE a.attrelid = ANY(${tables.rows.map((t) => t.oid)}::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
    ORDER BY a.attrelid, a.attnum`.execute(db)
  const keys = await sql<{ table_oid: number; name: string }>`
    SELECT i.indrelid::int AS table_oid, a.attname AS name
    FROM pg_index i
    CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position)
    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
    WHERE i.indisprimary AND i.indrelid = ANY(${tables.rows.map((t) => t.oid)}::oid[])
    ORDER BY i.indrelid, k.position`.execute(db)
  return tables.rows.map((t) => ({
    ...t,
    columns: columns.rows
      .filter((c) => c.table_oid === t.oid)
      .map((c) => ({ name: c.name, type: c.type, encoding: encodingFor(c.base_type), generated: c.generated, collatable: c.collatable })),
    primaryKey: keys.rows.filter((k) => k.table_oid === t.oid).map((k) => k.name),
  }))
}

export async function listForeignKeys(db: Kysely<any>): Promise<ForeignKeyEdge[]> {
  const r = await sql<{ constraint: string; from_schema: string; from_name: string; to_schema: string; to_name: string }>`
    SELECT con.conname AS constraint, fn.nspname AS from_schema, f.relname AS from_name, tn.nspname AS to_schema, t.relname AS to_name
    FROM pg_constraint con
    JOIN pg_class f ON f.oid = con.conrelid JOIN pg_namespace fn ON fn.oid = f.relnamespace
    JOIN pg_class t ON t.oid = con.confrelid JOIN pg_namespace tn ON tn.oid = t.relnamespace
    WHERE con.contype = 'f' AND con.conparentid = 0
    ORDER BY con.conname`.execute(db)
  return r.rows.map((e) => ({
    constraint: e.constraint,
    from: qualifiedName({ schema: e.from_schema, name: e.from_name }),
    to: qualifiedName({ schema: e.to_schema, name: e.to_name }),
  }))
}

/** Sequences in the user schemas, with the column that owns each one (serial, bigserial, identity). */
export async function listSequences(db: Kysely<any>): Promise<(SequenceState & { ownedBy: { schema: string; table: string; column: string } | null })[]> {
  const r = await sql<{ schema: string; name: string; last_value: string | null; owner_schema: string | null; owner_table: string | null; owner_column: string | null }>`
    SELECT s.schemaname AS schema, s.sequencename AS name, s.last_value::text AS last_value,
           tn.nspname AS owner_schema, t.relname AS owner_table, a.attname AS owner_column
    FROM pg_sequences s
    JOIN pg_namespace n ON n.nspname = s.schemaname
    JOIN pg_class c ON c.relname = s.sequencename AND c.relnamespace = n.oid
    LEFT JOIN pg_depend d ON d.objid = c.oid AND d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LEFT JOIN pg_class t ON t.oid = d.refobjid
    LEFT JOIN pg_namespace tn ON tn.oid = t.relnamespace
    LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
    WHERE ${USER_SCHEMAS}
    ORDER BY s.schemaname, s.sequencename`.execute(db)
  return r.rows.map((s) => ({
    schema: s.schema,
    name: s.name,
    lastValue: s.last_value,
    ownedBy: s.owner_schema && s.owner_table && s.owner_column ? { schema: s.owner_schema, table: s.owner_table, column: s.owner_column } : null,
  }))
}

/** The migrations applied to this database, or null when it has never been migrated. */
export async function appliedMigrations(db: Kysely<any>): Promise<string[] | null> {
  const exists = await sql<{ present: boolean }>`SELECT to_regclass('public.kysely_migration') IS NOT NULL AS present`.execute(db)
  if (!exists.rows[0]?.present) return null
  const r = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db)
  return r.rows.map((m) => m.name)
}

/** Triggers written by people (not the ones PostgreSQL makes for foreign keys) that are switched on. */
export async function listEnabledUserTriggers(db: Kysely<any>): Promise<{ schema: string; table: string; trigger: string }[]> {
  const r = await sql<{ schema: string; table: string; trigger: string }>`
    SELECT n.nspname AS schema, c.relname AS table, tg.tgname AS trigger
    FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE NOT tg.tgisinternal AND tg.tgenabled <> 'D' AND ${USER_SCHEMAS}
    ORDER BY n.nspname, c.relname, tg.tgname`.execute(db)
  return r.rows
}

/** Foreign keys as the restore needs them: whether each can already be deferred. */
export async function foreignKeyDeferrability(db: Kysely<any>): Promise<Map<string, { deferrable: boolean; initiallyDeferred: boolean }>> {
  const r = await sql<{ schema: string; table: string; constraint: string; deferrable: boolean; deferred: boolean }>`
    SELECT n.nspname AS schema, c.relname AS table, con.conname AS constraint, con.condeferrable AS deferrable, con.condeferred AS deferred
    FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE con.contype = 'f'`.execute(db)
  return new Map(r.rows.map((k) => [`${k.schema}.${k.table}.${k.constraint}`, { deferrable: k.deferrable, initiallyDeferred: k.deferred }]))
}

export const ident = (...parts: string[]) => sql.id(...parts)
