import { createHash, randomBytes } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { PGlite } from '@electric-sql/pglite'
import { todayInBangkok } from '../../platform/thai-calendar/bangkok-time.ts'

/**
 * A finished demo province, kept so that the next new data folder gets it in seconds instead of
 * building it again through every use case (about 15 s on a quiet machine, a minute on a loaded
 * one). Nothing is skipped: a snapshot is only ever the dump of a demo the real use cases built,
 * and it is used only while everything that built it is unchanged — the code, the address the demo
 * links to, the database engine's version and the day (the demo is dated relative to today: due
 * dates, overdue cases, the current quarter).
 */
export type DemoSnapshotKeyInput = { code: string; baseUrl: string; now: Date }

const SNAPSHOTS_KEPT = 2
const PGDATA = 'pgdata.tar'
const FILES = 'files'

export function demoSnapshotKey(input: DemoSnapshotKeyInput): string {
  const h = createHash('sha256')
  h.update(`code ${input.code}\nbase ${input.baseUrl}\nday ${todayInBangkok(input.now)}\npglite ${pgliteVersion()}\n`)
  return h.digest('hex').slice(0, 32)
}

/**
 * The running code tree's content (src/ under tsx, dist/ when compiled): any change to a
 * migration, a use case or the demo data makes earlier snapshots unusable.
 */
export function runningCodeFingerprint(): string {
  const codeRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
  const h = createHash('sha256')
  for (const path of filesUnder(codeRoot)) {
    if (path.endsWith('.map') || /\.test\.tsx?$/.test(path)) continue
    h.update(`${relative(codeRoot, path)}\0`)
    h.update(readFileSync(path))
  }
  return h.digest('hex')
}

export type FoundSnapshot = { pgdata: Blob; copyFilesTo: (filesDir: string) => void }

export function findDemoSnapshot(dir: string, key: string): FoundSnapshot | undefined {
  const at = join(dir, key)
  if (!existsSync(join(at, PGDATA))) return undefined
  return {
    pgdata: new Blob([readFileSync(join(at, PGDATA))]),
    copyFilesTo: (filesDir) => {
      if (existsSync(join(at, FILES))) cpSync(join(at, FILES), filesDir, { recursive: true })
    },
  }
}

/**
 * Dumps the freshly built demo. Written under a temporary name and renamed, so two processes
 * building the same demo at once (test workers) never leave a half-written snapshot behind.
 */
export async function saveDemoSnapshot(dir: string, key: string, pglite: PGlite, filesDir: string): Promise<void> {
  mkdirSync(dir, { recursive: true })
  const temporary = join(dir, `.${key}.${randomBytes(4).toString('hex')}`)
  mkdirSync(temporary)
  try {
    const dump = await pglite.dumpDataDir('none')
    writeFileSync(join(temporary, PGDATA), Buffer.from(await dump.arrayBuffer()))
    if (existsSync(filesDir)) cpSync(filesDir, join(temporary, FILES), { recursive: true })
    const target = join(dir, key)
    if (existsSync(target)) return
    renameSync(temporary, target)
  } finally {
    rmSync(temporary, { recursive: true, force: true })
  }
  pruneOldSnapshots(dir, key)
}

function pruneOldSnapshots(dir: string, keep: string): void {
  const others = readdirSync(dir)
    .filter((name) => name !== keep && !name.startsWith('.'))
    .map((name) => ({ name, at: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at)
  for (const old of others.slice(SNAPSHOTS_KEPT - 1)) rmSync(join(dir, old.name), { recursive: true, force: true })
}

function filesUnder(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) filesUnder(path, out)
    else out.push(path)
  }
  return out
}

let cachedVersion: string | undefined
function pgliteVersion(): string {
  if (cachedVersion) return cachedVersion
  // The package does not export its package.json; it sits one folder above the entry point.
  const pkg = join(dirname(fileURLToPath(import.meta.resolve('@electric-sql/pglite'))), '..', 'package.json')
  cachedVersion = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version
  return cachedVersion
}

export type DemoSnapshotPlan = { dir: string; key: string; found: FoundSnapshot | undefined }

/**
 * Whether this start may use (or leave) a snapshot: only a first start on the embedded database,
 * with the demo on and uploaded files kept in the data folder (a bucket is shared state a
 * snapshot must not copy into).
 */
export function planDemoSnapshot(
  config: { demoData: boolean; demoSnapshotDir: string | undefined; databaseUrl: string | undefined; dataDir: string; baseUrl: string; s3: unknown },
  now: Date,
): DemoSnapshotPlan | undefined {
  if (!config.demoData || !config.demoSnapshotDir || config.databaseUrl || config.s3) return undefined
  if (existsSync(join(config.dataDir, 'pgdata'))) return undefined
  const key = demoSnapshotKey({ code: runningCodeFingerprint(), baseUrl: config.baseUrl, now })
  return { dir: config.demoSnapshotDir, key, found: findDemoSnapshot(config.demoSnapshotDir, key) }
}
