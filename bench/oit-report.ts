import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { formatBytes } from '../src/commands/progress.ts'
import { connectToServer } from '../src/db/connect.ts'
import { table } from './lib/load.ts'
import { largestProvince, sessionCookieFor } from './lib/national-sessions.ts'
import { OIT_BENCH_YEAR } from './national/steps/oit.step.ts'
import { startApp } from './lib/servers.ts'

/**
 * `npm run bench:oit`: the OIT province completeness report at national scale (run
 * `npm run bench:generate` into the same DATABASE_URL first; it writes every agency's FY 2569
 * OIT workspace). Signs in as the oversight officer of the province with the most agencies and
 * times /staff/oversight/oit cold (first request after start: the built-in catalogues are
 * loaded then) and warm, then one agency's link sheet (Excel) and workspace.
 */
const { values } = parseArgs({ options: { repeat: { type: 'string', default: '10' } } })
const repeat = Number(values.repeat)

const databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  console.error('ต้องกำหนด DATABASE_URL ที่มีข้อมูลจาก npm run bench:generate\nDATABASE_URL must name a database filled by `npm run bench:generate`.')
  process.exit(78)
}

const handle = connectToServer(databaseUrl, 1)
const db = handle.db
const largest = await largestProvince(db)
if (!largest) throw new Error('no provinces here: run npm run bench:generate into this database first')
const overseer = await db.selectFrom('memberships').select('user_id').where('organisation_id', '=', largest.id).where('role', '=', 'oversight').executeTakeFirstOrThrow()
const agency = await db.selectFrom('organisations').select('slug').select('id').where('parent_id', '=', largest.id).where('kind', '=', 'sao').orderBy('slug').limit(1).executeTakeFirstOrThrow()
const coordinator = await db.selectFrom('memberships').select('user_id').where('organisation_id', '=', agency.id).where('role', '=', 'ita_coordinator').executeTakeFirstOrThrow()
const entries = await db
  .selectFrom('oit_entries')
  .innerJoin('organisations', 'organisations.id', 'oit_entries.organisation_id')
  .select((eb) => eb.fn.countAll<string>().as('n'))
  .where('organisations.parent_id', '=', largest.id)
  .where('oit_entries.fiscal_year', '=', OIT_BENCH_YEAR)
  .executeTakeFirstOrThrow()
const allEntries = await db.selectFrom('oit_entries').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
if (Number(allEntries.n) === 0) {
  console.error('no OIT entries here: run npm run bench:generate into this database first')
  process.exit(1)
}
const now = new Date()
const cookieFor = (userId: string) => sessionCookieFor(db, userId, now)
const oversightCookie = await cookieFor(overseer.user_id)
const agencyCookie = await cookieFor(coordinator.user_id)
await handle.close()

const app = await startApp({ DATABASE_URL: databaseUrl, DEMO_DATA: 'false', JOBS: 'off' })
try {
  const timed = async (path: string, cookie: string) => {
    const t0 = performance.now()
    const res = await fetch(`${app.url}${path}`, { headers: { cookie } })
    const body = Buffer.from(await res.arrayBuffer())
    if (res.status !== 200) throw new Error(`${path}: ${res.status}\n${body.toString('utf8').slice(0, 500)}`)
    return { ms: performance.now() - t0, bytes: body.length, body }
  }
  const rows: string[][] = []
  const run = async (label: string, path: string, cookie: string) => {
    const cold = await timed(path, cookie)
    const warm: number[] = []
    for (let i = 0; i < repeat; i++) warm.push((await timed(path, cookie)).ms)
    warm.sort((a, b) => a - b)
    rows.push([label, formatBytes(cold.bytes), cold.ms.toFixed(0), warm[Math.floor(warm.length / 2)]!.toFixed(0), warm.at(-1)!.toFixed(0)])
    return cold.body
  }
  const report = await run(`/staff/oversight/oit?year=${OIT_BENCH_YEAR}`, `/staff/oversight/oit?year=${OIT_BENCH_YEAR}`, oversightCookie)
  const agenciesShown = (report.toString('utf8').match(/<tr>/g) ?? []).length - 1
  await run(`/staff/oit (one agency)`, `/staff/oit?org=${agency.slug}&year=${OIT_BENCH_YEAR}`, agencyCookie)
  await run(`/staff/oit/links.xlsx (one agency)`, `/staff/oit/links.xlsx?org=${agency.slug}&year=${OIT_BENCH_YEAR}`, agencyCookie)

  console.log(`province: ${largest.name_th} — ${largest.agencies} agencies, ${Number(entries.n).toLocaleString('en')} OIT entries FY ${OIT_BENCH_YEAR} (${Number(allEntries.n).toLocaleString('en')} nationally); report table rows: ${agenciesShown}`)
  const header = ['request', 'size', 'cold ms', `warm median ms (${repeat})`, 'warm max ms']
  console.log(table(header, rows))
} finally {
  await app.stop()
}
