import { existsSync } from 'node:fs'
import { BackupFormatError, RestoreRefusedError, RestoreVerificationError, restoreBackup } from '../platform/backup/index.ts'
import { storageFromConfig } from '../platform/files/index.ts'
import { CommandExit, EXIT, openCommandDatabase, parseOption, runCommand } from './command-database.ts'
import { createProgress, formatBytes, formatCount, tableProgress } from './progress.ts'

const USAGE = 'ใช้ / usage: npm run restore -- --in prongsai-2569-11-22.jsonl.gz'
const NOTHING_RESTORED = 'ไม่มีข้อมูลใดถูกกู้คืน (ยกเลิกทั้งหมดแล้ว) แก้ไขปัญหาแล้วสั่งใหม่ได้ / Nothing was restored (all rolled back); fix the problem and run it again.'

/**
 * `npm run restore -- --in FILE`: loads a backup into an EMPTY database, the embedded one in
 * DATA_DIR or the server at DATABASE_URL: how an agency that started on the embedded
 * database moves to a PostgreSQL server. Everything is checked against the file before
 * it is committed.
 */
runCommand(async () => {
  const file = parseOption('in', USAGE)
  if (!existsSync(file)) throw new CommandExit(EXIT.noInput, `ไม่พบไฟล์ ${file}\nNo such file: ${file}`)
  const handle = await openCommandDatabase(process.env, { mayCreate: true })
  try {
    const progress = createProgress({ title: 'restore' })
    const storage = storageFromConfig(handle.config)
    const result = await restoreBackup(handle.db, file, { insert: tableProgress(progress), verify: tableProgress(progress, 'verify '), storage }).catch((err: unknown) => {
      progress.interrupt()
      throw explain(err)
    })
    const chain = result.auditEventsChecked === null ? '' : `; audit chain OK (${formatCount(result.auditEventsChecked)} events)`
    const files = result.files ? `; ${formatCount(result.files.count)} files (${formatBytes(result.files.bytes)}) into ${storage.description}` : ''
    progress.finish([`${result.tables.length} tables, ${formatCount(result.totalRows)} rows${chain}${files}`])
    const later = result.laterMigrations.length ? `\nNewer migrations applied after the data: ${result.laterMigrations.join(', ')}` : ''
    process.stdout.write(
      `กู้คืนแล้ว: ${result.tables.length} ตาราง ${formatCount(result.totalRows)} แถว จำนวนแถวและ SHA-256 ตรงกับไฟล์ทุกตาราง` +
        (result.auditEventsChecked === null ? '' : ` ห่วงโซ่บันทึกการตรวจสอบถูกต้อง (${formatCount(result.auditEventsChecked)} รายการ)`) +
        (result.files ? ` ไฟล์แนบ ${formatCount(result.files.count)} ไฟล์` : '') +
        `\nRestored ${result.tables.length} tables, ${formatCount(result.totalRows)} rows from a backup of ${result.header.createdAt} (${result.header.engine}, version ${result.header.appVersion}); ` +
        `every table's row count and SHA-256 match the file${chain}${files}.${later}\n`,
    )
    if (result.files?.missingInSource.length) {
      process.stderr.write(`คำเตือน: ไฟล์ ${result.files.missingInSource.length} ไฟล์หายไปตั้งแต่ต้นทาง\nWarning: ${result.files.missingInSource.length} files were already missing when the backup was made.\n`)
    }
    return EXIT.ok
  } finally {
    await handle.close()
  }
})

function explain(err: unknown): unknown {
  if (err instanceof RestoreRefusedError) return new CommandExit(EXIT.failed, err.message)
  if (err instanceof BackupFormatError) {
    return new CommandExit(EXIT.dataError, `ไฟล์สำรองข้อมูลเสียหายหรือไม่สมบูรณ์ / The backup file is damaged or incomplete: ${err.message}\n${NOTHING_RESTORED}`)
  }
  if (err instanceof RestoreVerificationError) {
    return new CommandExit(EXIT.dataError, `ข้อมูลที่กู้คืนไม่ตรงกับไฟล์ / The restored data does not match the file: ${err.message}\n${NOTHING_RESTORED}`)
  }
  const pg = err as { code?: unknown; message?: unknown }
  if (typeof pg.code === 'string' && /^[0-9A-Z]{5}$/.test(pg.code)) {
    return new CommandExit(EXIT.dataError, `ฐานข้อมูลปฏิเสธข้อมูลจากไฟล์ / The database refused the file's data: ${String(pg.message)} (SQLSTATE ${pg.code})\n${NOTHING_RESTORED}`)
  }
  return err
}
