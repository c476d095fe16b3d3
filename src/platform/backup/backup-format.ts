import { createHash, type Hash } from 'node:crypto'

/**
 * The portable backup file: gzip'd JSON lines, readable with `zcat | head`.
 *
 *   {"kind":"header", format, formatVersion, appVersion, createdAt, engine, serverVersion, migrations, tables}
 *   {"kind":"table", "schema":"public", "name":"organisations"}     ← one per table, parents before children
 *   ["6f1c…", null, "wiang-thong", …]                               ← one row: a JSON array in the header's column order
 *   {"kind":"row", "cells":[…], "raw":[3]}                          ← a row whose listed cells hold PostgreSQL's text form
 *   …
 *   {"kind":"blob", "sha256":"…"} "base64…" {"kind":"blob-end","size":…}   ← uploaded files, see file-blobs.ts
 *   {"kind":"trailer", tables:{"public.organisations":{rows, sha256}}, sequences:[…], files:{count, bytes, missing}}
 *
 * Cells are encoded per column (see ColumnEncoding) so every value comes back exactly. The
 * content hash of a table is SHA-256 over the PostgreSQL text form of its rows, in primary-key
 * order (text compared bytewise, COLLATE "C"), one JSON array per line: it is computed by the
 * database on both sides, so it also checks this file's own encoding.
 */
export const BACKUP_FORMAT = 'prongsai-backup'
export const BACKUP_FORMAT_VERSION = 1

/**
 * - text: the value's PostgreSQL text form (numeric, int8, DATE, timestamptz with its
 *   microseconds in UTC, uuid, arrays, enums…), read back with a cast to the column type
 * - base64: bytea
 * - json: jsonb as a JSON value (falls back to the text form, see isLosslessJson)
 * - number: int2 and int4, which JSON carries exactly
 * - boolean
 */
export type ColumnEncoding = 'text' | 'base64' | 'json' | 'number' | 'boolean'

export type BackupColumn = {
  name: string
  /** As format_type() prints it, e.g. "timestamp with time zone", "character varying(20)". */
  type: string
  encoding: ColumnEncoding
  /** GENERATED ALWAYS AS (…) STORED: recomputed by the target, so never inserted. */
  generated: boolean
}

export type BackupTable = {
  schema: string
  name: string
  columns: BackupColumn[]
  primaryKey: string[]
  rows: number
}

export type BackupHeader = {
  kind: 'header'
  format: typeof BACKUP_FORMAT
  formatVersion: number
  appVersion: string
  createdAt: string
  engine: string
  serverVersion: string
  /** Names from kysely_migration, in order: the schema the rows belong to. */
  migrations: string[]
  /** In restore order: a table comes after every table it references. */
  tables: BackupTable[]
  /** How many uploaded files follow the tables (absent: made without them). */
  files?: number
}

export type SequenceState = { schema: string; name: string; lastValue: string | null }

export type TableDigest = { rows: number; sha256: string }

/** Uploaded files carried in the backup (see file-blobs.ts); `missing` were named in `files` but absent from storage. */
export type FilesDigest = { count: number; bytes: number; missing: string[] }

export type BackupTrailer = {
  kind: 'trailer'
  tables: Record<string, TableDigest>
  sequences: SequenceState[]
  /** Absent when the backup was made without the files. */
  files?: FilesDigest
}

export const qualifiedName = (t: { schema: string; name: string }): string => `${t.schema}.${t.name}`

/** Which encoding a column gets, from its base type's name (domains are looked through). */
export function encodingFor(baseTypeName: string): ColumnEncoding {
  switch (baseTypeName) {
    case 'bytea':
      return 'base64'
    case 'jsonb':
      return 'json'
    case 'int2':
    case 'int4':
      return 'number'
    case 'bool':
      return 'boolean'
    default:
      return 'text'
  }
}

export type TextRow = (string | null)[]
export type EncodedRow = { cells: unknown[]; raw: number[] }

/** From PostgreSQL's text form (what `col::text` returns) to the file's cell. */
export function encodeRow(columns: readonly BackupColumn[], row: TextRow): EncodedRow {
  const raw: number[] = []
  const cells = row.map((value, i) => {
    if (value === null) return null
    switch (columns[i]!.encoding) {
      case 'base64':
        // bytea_output is set to 'hex': '\x' then two hex digits a byte.
        return Buffer.from(value.slice(2), 'hex').toString('base64')
      case 'json':
        if (isLosslessJson(value)) return JSON.parse(value) as unknown
        raw.push(i)
        return value
      case 'number':
        return Number(value)
      case 'boolean':
        return value === 'true'
      default:
        return value
    }
  })
  return { cells, raw }
}

/** From the file's cell back to a text form PostgreSQL casts to the column type. */
export function decodeCell(column: BackupColumn, cell: unknown, isRaw: boolean): string | null {
  if (cell === null) return null
  if (isRaw) return expectString(column, cell)
  switch (column.encoding) {
    case 'base64':
      return `\\x${Buffer.from(expectString(column, cell), 'base64').toString('hex')}`
    case 'json':
      return JSON.stringify(cell)
    case 'number':
      if (typeof cell !== 'number' || !Number.isInteger(cell)) throw new BackupFormatError(`column ${column.name}: expected an integer`)
      return String(cell)
    case 'boolean':
      if (typeof cell !== 'boolean') throw new BackupFormatError(`column ${column.name}: expected true or false`)
      return cell ? 'true' : 'false'
    default:
      return expectString(column, cell)
  }
}

function expectString(column: BackupColumn, cell: unknown): string {
  if (typeof cell !== 'string') throw new BackupFormatError(`column ${column.name}: expected a string`)
  return cell
}

/**
 * jsonb keeps numbers as numeric ("1.50", 30 digits…) but JSON.parse makes them doubles.
 * A value travels as JSON only when every number in it survives that trip; otherwise its
 * text form is kept. Strings are skipped so digits inside them are not mistaken for numbers.
 */
export function isLosslessJson(text: string): boolean {
  const tokens = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g
  for (const m of text.matchAll(tokens)) {
    const token = m[0]
    if (token.startsWith('"')) continue
    if (String(Number(token)) !== token) return false
  }
  return true
}

/** A file that is not a backup, or not one this version can read: the operator's problem, not a bug. */
export class BackupFormatError extends Error {}

/** SHA-256 over the rows' text form, one JSON array per line, in the canonical order. */
export class TableHasher {
  private readonly hash: Hash = createHash('sha256')
  rows = 0

  add(row: TextRow): void {
    this.hash.update(JSON.stringify(row))
    this.hash.update('\n')
    this.rows++
  }

  digest(): TableDigest {
    return { rows: this.rows, sha256: this.hash.digest('hex') }
  }
}
