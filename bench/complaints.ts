import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { connectToServer, openPglite, type DatabaseHandle } from '../src/db/connect.ts'
import { migrateToLatest } from '../src/db/migrate.ts'
import type { ComplaintDraft } from '../src/features/complaints/complaint-form.input.ts'
import { submitComplaint } from '../src/features/complaints/complaint-intake.use-cases.ts'
import { loadDemoDataIfEmpty } from '../src/features/demo-data/load-demo-data.ts'
import { loadInitialHolidaysIfEmpty } from '../src/features/holidays/index.ts'
import { receiptSecrets } from '../src/platform/crypto/key-wrapping.ts'
import { table } from './lib/load.ts'

/**
 * `npm run bench:complaints`: complaint submissions per second through submitComplaint, the
 * whole of it — scrypt derivation of the receipt's lookup hash and key, a fresh data key, the
 * identity encrypted, the key sealed to each complaint officer, the case number, the audit chain
 * and the officers' notification mail — on PGlite (a data folder, as in production) and on
 * PostgreSQL when DATABASE_URL is set, with 1 and 4 submitters at once. Not a test.
 */
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    submitters: { type: 'string', default: '1,4' },
    'evidence-kb': { type: 'string', default: '0' },
  },
})
const durationMs = Number(values.duration) * 1000
const submitterCounts = values.submitters!.split(',').map(Number)
const evidenceBytes = Number(values['evidence-kb']) * 1024

const draft: ComplaintDraft = {
  intake: 'public',
  channel: 'web',
  kind: 'corruption',
  subjectText: 'งานพัสดุ เทศบาลตำบลเวียงทอง',
  whatHappened: 'ผู้รับจ้างก่อสร้างถนนคอนกรีตแจ้งว่าถูกเรียกรับเงินเพื่อให้ตรวจรับงาน '.repeat(8),
  happenedWhen: 'ต้นเดือนที่แล้ว',
  happenedWhere: 'สำนักงานเทศบาล',
  request: 'ขอให้ตรวจสอบการตรวจรับงาน',
  anonymous: false,
  identity: { name: 'นายทดสอบ ความเร็ว', address: '1 หมู่ 1 ตำบลเวียงทอง', phone: '081 000 0000', email: 'bench@example.test', witnesses: '' },
  wantsEmailUpdates: false,
}
const evidence = evidenceBytes > 0 ? [{ name: 'หลักฐาน.pdf', mime: 'application/pdf', bytes: randomBytes(evidenceBytes) }] : []

async function prepare(handle: DatabaseHandle): Promise<string> {
  await migrateToLatest(handle.db)
  await loadInitialHolidaysIfEmpty(handle.db)
  await loadDemoDataIfEmpty(handle.db, new Date())
  const org = await handle.db.selectFrom('organisations').select('id').where('slug', '=', 'wiang-thong').executeTakeFirstOrThrow()
  return org.id
}

type Result = { submitted: number; seconds: number; p50: number; p99: number }

async function run(handle: DatabaseHandle, organisationId: string, submitters: number): Promise<Result> {
  const latencies: number[] = []
  const start = performance.now()
  const until = start + durationMs
  const submitter = async () => {
    while (performance.now() < until) {
      const t0 = performance.now()
      await submitComplaint({ db: handle.db, now: new Date(), baseUrl: 'http://bench' }, { organisationId, draft, evidence, filer: { by: 'citizen' } })
      latencies.push(performance.now() - t0)
    }
  }
  await Promise.all(Array.from({ length: submitters }, submitter))
  const seconds = (performance.now() - start) / 1000
  latencies.sort((a, b) => a - b)
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0
  return { submitted: latencies.length, seconds, p50: at(0.5), p99: at(0.99) }
}

/** A few submissions first, so the JIT, the first scrypt and the statement caches are not measured. */
async function warmUp(handle: DatabaseHandle, organisationId: string): Promise<void> {
  for (let i = 0; i < 3; i++) await submitComplaint({ db: handle.db, now: new Date(), baseUrl: 'http://bench' }, { organisationId, draft, evidence, filer: { by: 'citizen' } })
}

/** The floor under any submission: the receipt's scrypt alone, on the same thread pool. */
async function scryptRate(parallel: number): Promise<number> {
  const salt = randomBytes(32)
  const until = performance.now() + Math.min(durationMs, 5000)
  let n = 0
  const start = performance.now()
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (performance.now() < until) {
        await receiptSecrets(randomBytes(10).toString('hex'), salt)
        n++
      }
    }),
  )
  return n / ((performance.now() - start) / 1000)
}

const rows: string[][] = []
const row = (engine: string, submitters: number, r: Result) => [engine, String(submitters), String(r.submitted), r.seconds.toFixed(1), (r.submitted / r.seconds).toFixed(1), r.p50.toFixed(0), r.p99.toFixed(0)]

const work = mkdtempSync(join(tmpdir(), 'prongsai-bench-complaints-'))
try {
  console.error('PGlite: fresh data folder, migrations, demo province …')
  const lite = await openPglite(join(work, 'data'))
  try {
    const org = await prepare(lite)
    await warmUp(lite, org)
    for (const n of submitterCounts) {
      console.error(`PGlite: ${n} submitter(s) for ${values.duration} s …`)
      rows.push(row('PGlite', n, await run(lite, org, n)))
    }
  } finally {
    await lite.close()
  }

  const serverUrl = process.env.DATABASE_URL
  if (serverUrl) {
    const name = `prongsai_bench_complaints_${randomBytes(4).toString('hex')}`
    const admin = new pg.Client({ connectionString: serverUrl })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    const server = connectToServer(url.toString(), 10)
    try {
      console.error(`PostgreSQL: database ${name}, migrations, demo province …`)
      const org = await prepare(server)
      await warmUp(server, org)
      for (const n of submitterCounts) {
        console.error(`PostgreSQL: ${n} submitter(s) for ${values.duration} s …`)
        rows.push(row('PostgreSQL', n, await run(server, org, n)))
      }
    } finally {
      await server.close()
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await admin.end()
    }
  } else {
    console.error('DATABASE_URL is not set: PostgreSQL skipped.')
  }

  const floors: [number, number][] = []
  for (const n of [1, 4]) floors.push([n, await scryptRate(n)])
  console.log(`\n${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; ${values.duration} s per row, evidence ${values['evidence-kb']} KiB\n`)
  console.log(table(['engine', 'submitters', 'submissions', 'seconds', 'per second', 'p50 ms', 'p99 ms'], rows))
  console.log(`\nreceipt scrypt alone (N=2^15, r=8): ${floors.map(([n, r]) => `${r.toFixed(1)}/s with ${n} at once`).join(', ')}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
