import { Migrator, sql, type Kysely } from 'kysely'
import { migrations } from '../../db/migrations/index.ts'
import { qualifiedName, type BackupHeader } from './backup-format.ts'
import { appliedMigrations, listTables, type CatalogTable } from './catalog.ts'

/** The restore will not start: the target or the file does not fit. Said in Thai and English. */
export class RestoreRefusedError extends Error {
  constructor(
    readonly th: string,
    readonly en: string,
  ) {
    super(`${th}\n${en}`)
  }
}

/** Restoring over data would merge two databases into one that matches neither: refuse. */
export async function assertEmptyTarget(db: Kysely<any>): Promise<void> {
  const withRows: string[] = []
  for (const t of await listTables(db)) {
    const r = await sql<{ any: boolean }>`SELECT EXISTS (SELECT 1 FROM ${sql.id(t.schema, t.name)}) AS any`.execute(db)
    if (r.rows[0]?.any) withRows.push(qualifiedName(t))
  }
  if (withRows.length) {
    const list = withRows.join(', ')
    throw new RestoreRefusedError(
      `ฐานข้อมูลปลายทางมีข้อมูลอยู่แล้ว (${list}) — กู้คืนได้เฉพาะฐานข้อมูลว่างเท่านั้น ให้สร้างฐานข้อมูลใหม่ (หรือโฟลเดอร์ DATA_DIR ใหม่) แล้วกู้คืนก่อนเริ่มระบบครั้งแรก`,
      `The target database is not empty (${list}). A backup is only restored into an empty database: create a new database (or a new DATA_DIR folder) and restore before starting the app on it.`,
    )
  }
}

/**
 * Brings the empty target to exactly the backup's migrations, so the rows fit the schema they
 * came from; newer migrations run after the data is in (see restoreBackup).
 */
export async function migrateToBackupSchema(db: Kysely<any>, header: BackupHeader): Promise<void> {
  const known = new Set(Object.keys(migrations))
  const unknown = header.migrations.filter((m) => !known.has(m))
  if (unknown.length) {
    throw new RestoreRefusedError(
      `ไฟล์สำรองนี้มาจากโปรแกรมรุ่นที่ใหม่กว่า (${header.appVersion}) ซึ่งมี migration ที่รุ่นนี้ไม่รู้จัก: ${unknown.join(', ')} — ให้ปรับรุ่นโปรแกรมก่อนกู้คืน`,
      `This backup comes from a newer version (${header.appVersion}) with migrations this version does not know: ${unknown.join(', ')}. Upgrade Prongsai, then restore.`,
    )
  }
  const before = (await appliedMigrations(db)) ?? []
  const extra = before.filter((m) => !header.migrations.includes(m))
  if (extra.length) throw mismatch(extra, [])
  const last = header.migrations.at(-1)
  if (last) {
    const { error } = await new Migrator({ db, provider: { getMigrations: async () => migrations } }).migrateTo(last)
    if (error) throw error
  }
  const after = (await appliedMigrations(db)) ?? []
  const missing = header.migrations.filter((m) => !after.includes(m))
  const added = after.filter((m) => !header.migrations.includes(m))
  if (missing.length || added.length) throw mismatch(added, missing)
}

function mismatch(targetOnly: string[], backupOnly: string[]): RestoreRefusedError {
  const parts = [targetOnly.length ? `target only: ${targetOnly.join(', ')}` : '', backupOnly.length ? `backup only: ${backupOnly.join(', ')}` : ''].filter(Boolean).join('; ')
  return new RestoreRefusedError(
    `โครงสร้างฐานข้อมูลปลายทางไม่ตรงกับไฟล์สำรอง (migration ต่างกัน: ${parts}) — ให้กู้คืนลงฐานข้อมูลใหม่ที่ยังไม่เคยเริ่มระบบ`,
    `The target's migrations differ from the backup's (${parts}). Restore into a new database that the app has never started on.`,
  )
}

/** Every table and column of the backup must exist in the target with the same type. */
export async function matchTargetSchema(db: Kysely<any>, header: BackupHeader): Promise<Map<string, CatalogTable>> {
  const target = new Map((await listTables(db)).map((t) => [qualifiedName(t), t]))
  const problems: string[] = []
  for (const t of header.tables) {
    const found = target.get(qualifiedName(t))
    if (!found) {
      problems.push(`table ${qualifiedName(t)} is missing`)
      continue
    }
    for (const c of t.columns) {
      const col = found.columns.find((x) => x.name === c.name)
      if (!col) problems.push(`column ${qualifiedName(t)}.${c.name} is missing`)
      else if (col.type !== c.type) problems.push(`column ${qualifiedName(t)}.${c.name} is ${col.type}, the backup has ${c.type}`)
    }
  }
  if (problems.length) {
    throw new RestoreRefusedError(
      `โครงสร้างตารางปลายทางไม่ตรงกับไฟล์สำรอง: ${problems.join('; ')}`,
      `The target's tables do not match the backup: ${problems.join('; ')}`,
    )
  }
  return target
}
