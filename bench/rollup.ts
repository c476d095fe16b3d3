import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { formatBytes } from '../src/commands/progress.ts'
import { connectToServer } from '../src/db/connect.ts'
import { table } from './lib/load.ts'
import { largestProvince, sessionCookieFor } from './lib/national-sessions.ts'
import { startApp } from './lib/servers.ts'

/**
 * `npm run bench:rollup`: the national roll-up — every agency's OIT completeness, ITA score,
 * overdue complaints and latest report on one page (`/staff/oversight`) — as the platform
 * administrator sees it for the whole country and as the largest province's oversight officer
 * sees it for theirs. Run `npm run bench:generate` into the same DATABASE_URL first (it writes
 * the current year's OIT workspaces and a year of complaints). Goal (issue 12): ≤ 1 s.
 */
const { values } = parseArgs({ options: { repeat: { type: 'string', default: '10' } } })
const repeat = Number(values.repeat)
const GOAL_MS = 1000

const databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  console.error('ต้องกำหนด DATABASE_URL ที่มีข้อมูลจาก npm run bench:generate\nDATABASE_URL must name a database filled by `npm run bench:generate`.')
  process.exit(78)
}

const handle = connectToServer(databaseUrl, 1)
const db = handle.db
const admin = await db.selectFrom('users').select('id').where('is_platform_admin', '=', true).orderBy('email').limit(1).executeTakeFirst()
const largest = await largestProvince(db)
const overseer = largest && (await db.selectFrom('memberships').select('user_id').where('organisation_id', '=', largest.id).where('role', '=', 'oversight').executeTakeFirst())
const counts = await db
  .selectNoFrom((eb) => [
    eb.selectFrom('organisations').select((e) => e.fn.countAll<string>().as('n')).where('parent_id', 'is not', null).as('agencies'),
    eb.selectFrom('complaints').select((e) => e.fn.countAll<string>().as('n')).as('complaints'),
    eb.selectFrom('oit_entries').select((e) => e.fn.countAll<string>().as('n')).as('oit'),
  ])
  .executeTakeFirstOrThrow()
if (!admin || !largest || !overseer || Number(counts.complaints) === 0 || Number(counts.oit) === 0) {
  console.error('no national data here (platform admin, provinces, complaints, OIT entries): run npm run bench:generate into this database first')
  process.exit(1)
}
const now = new Date()
const cookieFor = (userId: string) => sessionCookieFor(db, userId, now)
const adminCookie = await cookieFor(admin.id)
const provinceCookie = await cookieFor(overseer.user_id)
await handle.close()

const app = await startApp({ DATABASE_URL: databaseUrl, DEMO_DATA: 'false', JOBS: 'off' })
try {
  const timed = async (cookie: string) => {
    const t0 = performance.now()
    const res = await fetch(`${app.url}/staff/oversight`, { headers: { cookie, 'accept-encoding': 'identity' } })
    const body = Buffer.from(await res.arrayBuffer())
    if (res.status !== 200) throw new Error(`/staff/oversight: ${res.status}\n${body.toString('utf8').slice(0, 500)}`)
    return { ms: performance.now() - t0, body }
  }
  const rows: string[][] = []
  let worst = 0
  for (const [label, cookie] of [
    ['the whole country (platform administrator)', adminCookie],
    [`one province: ${largest.name_th} (oversight officer)`, provinceCookie],
  ] as const) {
    const cold = await timed(cookie)
    const warm: number[] = []
    for (let i = 0; i < repeat; i++) warm.push((await timed(cookie)).ms)
    warm.sort((a, b) => a - b)
    const at = (q: number) => warm[Math.min(warm.length - 1, Math.ceil(q * warm.length) - 1)]!
    // A row per agency in the standings table: what the page shows is what was asked for.
    const shown = (cold.body.toString('utf8').match(/<tr[ >]/g) ?? []).length - 1
    worst = Math.max(worst, at(0.95))
    rows.push([label, String(shown), formatBytes(cold.body.length), cold.ms.toFixed(0), at(0.5).toFixed(0), at(0.95).toFixed(0), warm.at(-1)!.toFixed(0)])
  }
  console.log(`${Number(counts.agencies).toLocaleString('en')} agencies, ${Number(counts.complaints).toLocaleString('en')} complaints, ${Number(counts.oit).toLocaleString('en')} OIT entries`)
  const header = ['/staff/oversight for', 'rows', 'size', 'cold ms', `warm p50 ms (${repeat})`, 'warm p95 ms', 'warm max ms']
  console.log(table(header, rows))
  console.log(worst <= GOAL_MS ? `goal met: warm p95 ≤ ${GOAL_MS} ms` : `goal NOT met: warm p95 ${worst.toFixed(0)} ms > ${GOAL_MS} ms`)
} finally {
  await app.stop()
}
