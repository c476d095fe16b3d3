import { existsSync } from 'node:fs'
import { BackupFormatError, writeBackup } from '../platform/backup/index.ts'
import { storageFromConfig } from '../platform/files/index.ts'
import { appVersion } from './app-version.ts'
import { CommandExit, EXIT, openCommandDatabase, parseOption, runCommand } from './command-database.ts'
import { createProgress, formatBytes, formatCount, tableProgress } from './progress.ts'

const USAGE = 'ใช้ / usage: npm run backup -- --out prongsai-2569-11-22.jsonl.gz [--without-files]'

/**
 * `npm run backup -- --out FILE`: the whole database (embedded or DATABASE_URL), and the
 * uploaded files it refers to (FILES_DIR or the S3 bucket; leave them out with
 * --without-files), in one portable file from one consistent snapshot. Progress on stderr;
 * the result, Thai then English, on stdout. Refuses to overwrite a file, and, on the embedded
 * database, to run while the app holds it.
 */
runCommand(async () => {
  const args = process.argv.slice(2)
  const withoutFiles = args.includes('--without-files')
  const out = parseOption('out', USAGE, args.filter((a) => a !== '--without-files'))
  if (existsSync(out)) {
    throw new CommandExit(EXIT.cannotCreate, `มีไฟล์ ${out} อยู่แล้ว — ใช้ชื่อใหม่ (คำสั่งนี้ไม่เขียนทับไฟล์เดิม)\n${out} already exists. Choose a new name: a backup never overwrites a file.`)
  }
  const handle = await openCommandDatabase()
  try {
    const progress = createProgress({ title: 'backup' })
    const storage = withoutFiles ? undefined : storageFromConfig(handle.config)
    const result = await writeBackup(handle.db, out, { appVersion: appVersion(), engine: handle.engine, now: new Date(), progress: tableProgress(progress), storage }).catch((err: unknown) => {
      progress.interrupt()
      if (err instanceof BackupFormatError) throw new CommandExit(EXIT.noInput, `สำรองข้อมูลไม่ได้ / Cannot back up: ${err.message}`)
      throw err
    })
    const fileCount = result.files ? `${formatCount(result.files.count)} file${result.files.count === 1 ? '' : 's'}` : ''
    const files = result.files ? `${fileCount} (${formatBytes(result.files.bytes)}) from ${storage!.description}` : 'files left out (--without-files)'
    progress.finish([`${result.tables.length} tables, ${formatCount(result.totalRows)} rows; ${files}`, `${result.file}: ${formatBytes(result.bytes)}`])
    const filesTh = result.files ? `ไฟล์แนบ ${formatCount(result.files.count)} ไฟล์` : 'ไม่รวมไฟล์แนบ'
    process.stdout.write(
      `สำรองข้อมูลแล้ว: ${result.file} (${result.tables.length} ตาราง ${formatCount(result.totalRows)} แถว ${filesTh} ${formatBytes(result.bytes)})\n` +
        `Backup written: ${result.file} (${result.tables.length} tables, ${formatCount(result.totalRows)} rows, ${result.files ? fileCount : 'without files'}, ${formatBytes(result.bytes)})\n`,
    )
    if (result.files?.missing.length) {
      process.stderr.write(
        `คำเตือน: ไม่พบไฟล์ ${result.files.missing.length} ไฟล์ในที่เก็บไฟล์ (มีในตาราง files แต่ไม่มีข้อมูลไฟล์)\n` +
          `Warning: ${result.files.missing.length} files named in the database are missing from ${storage!.description}: ${result.files.missing.slice(0, 5).join(', ')}${result.files.missing.length > 5 ? ', …' : ''}\n`,
      )
    }
    return EXIT.ok
  } finally {
    await handle.close()
  }
})
