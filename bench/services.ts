import { randomBytes } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { connectToServer } from '../src/db/connect.ts'
import { migrateToLatest } from '../src/db/migrate.ts'
import { loadInitialHolidaysIfEmpty } from '../src/features/holidays/index.ts'
import { startApp } from './lib/servers.ts'
import { table } from './lib/load.ts'
import { sessionCookieFor } from './lib/national-sessions.ts'

/**
 * `npm run bench:services`: the service statistics (issue 16) at the scale of a province —
 * by default 500,000 requests across 150 agencies of one province, six services each, filed from
 * October 2024 to November 2026, the larger agencies taking most of them (the largest about a
 * tenth), 8 % with a delay notice (a fifth of those late), the rest approved, refused or withdrawn
 * and the last ten days' still open. Made with SQL in a fresh database on the PostgreSQL server of
 * DATABASE_URL (dropped afterwards), then the real app is started on it and each statistics
 * address is fetched `--repeat` times one after the other: the head's completion-time report
 * (median, 90th percentile, share on time: computed in SQL) for the largest and a middle-sized
 * agency, the public statistics page and its JSON. The target is p95 ≤ 150 ms for the head's
 * report; the public page is in the public-page cache after its first answer, so its first time is
 * what a citizen meets after every change.
 */
const { values } = parseArgs({ options: { requests: { type: 'string', default: '500000' }, agencies: { type: 'string', default: '150' }, repeat: { type: 'string', default: '40' }, keep: { type: 'boolean', default: false } } })
const requests = Number(values.requests)
const agencies = Number(values.agencies)
const repeat = Number(values.repeat)

const serverUrl = process.env.DATABASE_URL
if (!serverUrl) {
  console.error('ต้องกำหนด DATABASE_URL ของเซิร์ฟเวอร์ PostgreSQL (จะสร้างฐานข้อมูลใหม่แล้วลบทิ้ง)\nDATABASE_URL must name a PostgreSQL server (a fresh database is made there and dropped afterwards).')
  process.exit(78)
}

const SERVICES = [
  { name: 'การขออนุญาตก่อสร้างอาคาร', days: 15, unit: 'business' },
  { name: 'การจดทะเบียนพาณิชย์', days: 3, unit: 'business' },
  { name: 'การขอติดตั้งประปา', days: 7, unit: 'business' },
  { name: 'การลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ', days: 5, unit: 'business' },
  { name: 'การขอหนังสือรับรองการอยู่อาศัย', days: 1, unit: 'business' },
  { name: 'การขออนุญาตจัดงานและใช้เครื่องขยายเสียง', days: 10, unit: 'calendar' },
]

const name = `prongsai_bench_services_${randomBytes(4).toString('hex')}`
const admin = new pg.Client({ connectionString: serverUrl })
await admin.connect()
await admin.query(`CREATE DATABASE ${name}`)
const url = new URL(serverUrl)
url.pathname = `/${name}`
const databaseUrl = url.toString()

try {
  const handle = connectToServer(databaseUrl, 2)
  await migrateToLatest(handle.db)
  await loadInitialHolidaysIfEmpty(handle.db)
  await handle.close()

  const gen = new pg.Client({ connectionString: databaseUrl })
  // Dropping the database on a failure ends this connection: that must not hide the failure itself.
  gen.on('error', () => {})
  await gen.connect()
  const t0 = performance.now()
  console.error(`${name}: ${agencies} agencies, ${agencies * SERVICES.length} services, ${requests.toLocaleString('en')} requests …`)
  await gen.query('SELECT setseed(0.42)')
  const province = (await gen.query(`INSERT INTO organisations (slug, kind, name_th, name_en) VALUES ('bench-province', 'province', 'จังหวัดทดสอบบริการ', 'Bench province') RETURNING id`)).rows[0].id as string
  await gen.query(
    `INSERT INTO organisations (parent_id, slug, kind, name_th, name_en)
     SELECT $1, 'bench-agency-' || lpad(i::text, 3, '0'), 'sao', 'องค์การบริหารส่วนตำบลทดสอบ ' || i, 'Bench agency ' || i FROM generate_series(0, $2 - 1) i`,
    [province, agencies],
  )
  for (const [i, s] of SERVICES.entries()) {
    const manual = JSON.stringify({ nameTh: s.name, nameEn: '', dayUnit: s.unit, steps: [{ title: 'รับคำขอและพิจารณา', days: s.days, unit: 'งานธุรการ' }], noDocuments: true, noFee: true })
    await gen.query(
      `WITH made AS (
         INSERT INTO services (organisation_id, number, service_key, current_version, created_at, updated_at)
         SELECT id, $1::int, 'svc-' || $1::int, 0, now(), now() FROM organisations WHERE parent_id = $2 RETURNING id)
       INSERT INTO service_versions (service_id, version, name_th, manual, total_days, day_unit, created_at)
       SELECT id, 1, $3, $4::jsonb, $5, $6, now() FROM made`,
      [i + 1, province, s.name, manual, s.days, s.unit],
    )
  }
  // Published as the app does it: the version first, then the service points at it.
  await gen.query(`UPDATE service_versions SET published_at = now()`)
  await gen.query(`UPDATE services SET current_version = 1, published_version = 1, published_at = now()`)

  // Skewed sizes: agency ⌊n·u²⌋ for a uniform u, so low numbers get most requests.
  await gen.query(
    `CREATE TEMP TABLE agency_index AS SELECT (substr(slug, 14))::int AS idx, id FROM organisations WHERE parent_id = $1`,
    [province],
  )
  await gen.query(
    `WITH g AS (
       SELECT g, floor($2 * power(random(), 2))::int AS a, 1 + floor(random() * 6)::int AS n,
              date '2024-10-01' + floor(random() * 790)::int AS filed, random() AS r1, random() AS r2
         FROM generate_series(1, $1) g),
     shaped AS (
       SELECT g.*, s.organisation_id, s.id AS service_id, v.total_days, v.day_unit,
              g.filed + CASE WHEN v.day_unit = 'business' THEN ceil(v.total_days * 1.4)::int ELSE v.total_days END AS due,
              CASE WHEN g.filed > date '2026-11-20' THEN 'in_progress' WHEN g.r1 < 0.03 THEN 'withdrawn' WHEN g.r1 < 0.12 THEN 'refused' ELSE 'approved' END AS status
         FROM g JOIN agency_index ai ON ai.idx = g.a
         JOIN services s ON s.organisation_id = ai.id AND s.number = g.n
         JOIN service_versions v ON v.service_id = s.id AND v.version = 1),
     closed AS (
       SELECT shaped.*, CASE WHEN status = 'in_progress' THEN NULL ELSE filed + 1 + floor(r2 * (due - filed) * 1.15)::int END AS completed FROM shaped),
     -- Business-day numbers, to give each closed request the time it took as the app records it.
     days AS (
       SELECT g.day::date AS day, count(*) FILTER (WHERE extract(isodow FROM g.day) < 6 AND h.date IS NULL) OVER (ORDER BY g.day) AS n
         FROM generate_series(date '2024-09-01', date '2027-03-31', interval '1 day') AS g(day) LEFT JOIN holidays h ON h.date = g.day::date)
     INSERT INTO service_requests (organisation_id, service_id, service_version, reference, follow_up_hash, channel, applicant_name, applicant_contact, details,
                                   status, filed_on, day_unit, promised_days, due_on, original_due_on, completed_on, took_days, result_channel, delay_notices, created_at, updated_at)
     SELECT organisation_id, service_id, 1, 'คข-B-' || g, md5(g::text), CASE WHEN r2 < 0.3 THEN 'online' ELSE 'counter' END, 'ผู้ยื่นคำขอ ' || g, '08' || lpad(g::text, 8, '0'), '',
            status, filed, day_unit, total_days, due + CASE WHEN r1 > 0.92 THEN 5 ELSE 0 END, due, completed,
            CASE WHEN completed IS NULL THEN NULL WHEN day_unit = 'business' THEN t.n - f.n ELSE completed - filed END,
            CASE WHEN status = 'in_progress' THEN NULL ELSE 'counter' END,
            CASE WHEN r1 > 0.92 THEN 1 ELSE 0 END, now(), now()
       FROM closed JOIN days f ON f.day = closed.filed LEFT JOIN days t ON t.day = closed.completed`,
    [requests, agencies],
  )
  await gen.query(
    `INSERT INTO service_request_events (request_id, kind, from_status, to_status, on_date, note, channel, new_due_on, late, at)
     SELECT id, 'delay_notice', status, status, original_due_on - 1, 'รอความเห็นจากหน่วยงานอื่น', 'letter', due_on, random() < 0.2, now()
       FROM service_requests WHERE delay_notices = 1`,
  )
  // VACUUM as autovacuum would have by then: the visibility map lets the report's covering index answer alone.
  await gen.query('VACUUM ANALYZE')
  const sizes = (await gen.query(`SELECT o.slug, o.id, count(r.*)::int AS n FROM organisations o JOIN service_requests r ON r.organisation_id = o.id GROUP BY o.slug, o.id ORDER BY n DESC`)).rows as { slug: string; id: string; n: number }[]
  const largest = sizes[0]!
  const middle = sizes[Math.floor(sizes.length / 2)]!
  const heads: Record<string, string> = {}
  for (const org of [largest, middle]) {
    const user = (await gen.query(`INSERT INTO users (email, display_name, password_hash) VALUES ($1, 'หัวหน้าส่วนราชการ', NULL) RETURNING id`, [`head@${org.slug}.bench`])).rows[0].id as string
    await gen.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'head')`, [user, org.id])
    heads[org.slug] = user
  }
  const total = (await gen.query('SELECT count(*)::int AS n, pg_size_pretty(pg_total_relation_size($1)) AS size FROM service_requests', ['service_requests'])).rows[0] as { n: number; size: string }
  await gen.end()
  console.error(`made in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${total.n.toLocaleString('en')} requests (${total.size}); largest agency ${largest.n.toLocaleString('en')}, middle ${middle.n.toLocaleString('en')}`)

  const sessions = connectToServer(databaseUrl, 1)
  const cookieFor = (userId: string) => sessionCookieFor(sessions.db, userId)
  const cookies = { largest: await cookieFor(heads[largest.slug]!), middle: await cookieFor(heads[middle.slug]!) }
  await sessions.close()

  const app = await startApp({ DATABASE_URL: databaseUrl, DEMO_DATA: 'false', JOBS: 'off' })
  try {
    const timed = async (path: string, cookie: string) => {
      const started = performance.now()
      const res = await fetch(`${app.url}${path}`, { headers: cookie ? { cookie } : {} })
      const body = await res.text()
      if (res.status !== 200) throw new Error(`${path}: ${res.status}\n${body.slice(0, 500)}`)
      return performance.now() - started
    }
    const rows: string[][] = []
    const run = async (label: string, path: string, cookie = '') => {
      const first = await timed(path, cookie)
      const times: number[] = []
      for (let i = 0; i < repeat; i++) times.push(await timed(path, cookie))
      times.sort((a, b) => a - b)
      const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!.toFixed(0)
      rows.push([label, first.toFixed(0), at(0.5), at(0.95), times.at(-1)!.toFixed(0)])
    }
    await run(`head's report, largest agency (${largest.n.toLocaleString('en')} requests)`, `/staff/service-requests/statistics?org=${largest.slug}&fy=2569`, cookies.largest)
    await run(`head's report, middle agency (${middle.n.toLocaleString('en')})`, `/staff/service-requests/statistics?org=${middle.slug}&fy=2569`, cookies.middle)
    await run('public statistics page, largest agency', `/o/${largest.slug}/services/statistics?fy=2569`)
    await run('statistics JSON API, largest agency', `/api/v1/organisations/${largest.slug}/services/statistics?fy=2569`)
    console.log(`\n${new Date().toISOString().slice(0, 10)}: ${total.n.toLocaleString('en')} requests across ${agencies} agencies of one province on PostgreSQL; ${repeat} requests per row, one at a time\n`)
    console.log(table(['address', 'first ms', 'p50 ms', 'p95 ms', 'max ms'], rows))
  } finally {
    await app.stop()
  }
} finally {
  // --keep leaves the database for EXPLAIN ANALYZE by hand.
  if (values.keep) console.error(`kept: ${databaseUrl}`)
  else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await admin.end()
}
