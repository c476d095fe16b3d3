import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { sql } from 'kysely'
import { formatBytes } from '../src/commands/progress.ts'
import { connectToServer } from '../src/db/connect.ts'
import { measure, table, type LoadResult } from './lib/load.ts'
import { capture, residentBytes, startApp, startBareServer } from './lib/servers.ts'

/**
 * `npm run bench:scale`: the organisation tree at national scale (run `npm run bench:generate`
 * into the same DATABASE_URL first). For the home page, /api/v1/organisations and one agency
 * page: size (and what gzip would make of it), single-request time, then req/s and p99 under
 * load against a bare node:http server serving the same bytes.
 */
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
  },
})
const load = { durationS: Number(values.duration), warmupS: Number(values.warmup), connections: Number(values.connections) }

const databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  console.error('ต้องกำหนด DATABASE_URL ที่มีข้อมูลจาก npm run bench:generate\nDATABASE_URL must name a database filled by `npm run bench:generate`.')
  process.exit(78)
}

const db = connectToServer(databaseUrl, 1)
const { n } = await db.db.selectFrom('organisations').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
const agency = await db.db.selectFrom('organisations').select('slug').where('kind', '=', 'sao').orderBy('slug').limit(1).executeTakeFirst()
// What the home page asks the database for, timed alone: the rest of a request is rendering.
const queryTimes: number[] = []
for (let i = 0; i < 5; i++) {
  const t0 = performance.now()
  await sql`SELECT id, parent_id, slug, kind, name_th, name_en FROM organisations`.execute(db.db)
  queryTimes.push(performance.now() - t0)
}
await db.close()
if (Number(n) < 1000 || !agency) {
  console.error(`only ${n} organisations here: run npm run bench:generate into this database first`)
  process.exit(1)
}

const work = mkdtempSync(join(tmpdir(), 'prongsai-scale-'))
const servers: { stop: () => Promise<void> }[] = []
try {
  const app = await startApp({ DATABASE_URL: databaseUrl, DEMO_DATA: 'false' })
  servers.push(app)
  const paths = ['/', '/api/v1/organisations', `/o/${agency.slug}`]
  const single: Record<string, number> = {}
  for (const path of paths) {
    const times: number[] = []
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now()
      await (await fetch(`${app.url}${path}`)).arrayBuffer()
      times.push(performance.now() - t0)
    }
    single[path] = times.sort((a, b) => a - b)[2]!
  }
  const pages = await capture(app.url, paths)
  const bare = await startBareServer(pages, work)
  servers.push(bare)

  const rows: string[][] = []
  for (const page of pages) {
    const results: Record<'app' | 'bare', LoadResult> = {} as never
    for (const [name, server] of [['app', app], ['bare', bare]] as const) {
      console.error(`${name} ${page.path}: ${load.warmupS} s warm-up, ${load.durationS} s × ${load.connections} connections …`)
      results[name] = await measure(`${server.url}${page.path}`, load)
    }
    rows.push([
      page.path,
      formatBytes(page.body.length),
      formatBytes(gzipSync(page.body).length),
      single[page.path]!.toFixed(0),
      results.app.reqPerSec.toFixed(1),
      String(results.app.p99Ms),
      results.bare.reqPerSec.toFixed(0),
      `${(results.app.reqPerSec / results.bare.reqPerSec).toFixed(3)}×`,
    ])
  }
  const rss = residentBytes(app.pid)
  console.log(`\n${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; ${n} organisations on PostgreSQL; ${load.durationS} s × ${load.connections} connections after ${load.warmupS} s warm-up, loopback\n`)
  console.log(table(['page', 'size', 'gzip would be', 'one request ms (median of 5)', 'app req/s', 'app p99 ms', 'bare req/s', 'app/bare'], rows))
  console.log(`\nthe home page's query alone (SELECT of ${n} organisations): ${queryTimes.sort((a, b) => a - b)[2]!.toFixed(1)} ms (median of 5)`)
  if (rss) console.log(`app resident memory after the run: ${formatBytes(rss)}`)
} finally {
  for (const s of servers.reverse()) await s.stop()
  rmSync(work, { recursive: true, force: true })
}
