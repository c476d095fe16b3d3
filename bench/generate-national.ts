import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { sql } from 'kysely'
import { createProgress, formatBytes, formatCount, formatDuration } from '../src/commands/progress.ts'
import { connectToServer } from '../src/db/connect.ts'
import { migrateToLatest } from '../src/db/migrate.ts'
import { loadInitialHolidaysIfEmpty } from '../src/features/holidays/index.ts'
import { listTables } from '../src/platform/backup/index.ts'
import { AuditWriter, fiscalYears, type GeneratorContext } from './national/generator-context.ts'
import { seededRandom } from './national/national-plan.ts'
import { GENERATOR_STEPS } from './national/steps.ts'

/**
 * `npm run bench:generate`: national-scale data for the scale benchmarks, on a PostgreSQL
 * server only (DATABASE_URL): 77 provinces, 8,300 agencies, their staff, and five fiscal years
 * of audit events. Deterministic for a given --seed. Refuses a database that already has
 * organisations, so it can never write into a real deployment.
 */
const { values } = parseArgs({
  options: {
    agencies: { type: 'string', default: '8300' },
    staff: { type: 'string', default: '3' },
    'events-per-agency-year': { type: 'string', default: '30' },
    'fiscal-years': { type: 'string', default: '5' },
    'complaints-per-agency': { type: 'string', default: '6' },
    seed: { type: 'string', default: '2569' },
    batch: { type: 'string', default: '1000' },
  },
})

const databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  console.error(
    'ต้องกำหนด DATABASE_URL เป็นฐานข้อมูลว่างบนเซิร์ฟเวอร์ PostgreSQL (ข้อมูลระดับประเทศไม่เหมาะกับฐานข้อมูลแบบฝังตัว)\n' +
      'DATABASE_URL must name an empty database on a PostgreSQL server: national-scale data is for the server, not the embedded database.\n' +
      '  e.g. createdb prongsai_bench && DATABASE_URL=postgres://…/prongsai_bench npm run bench:generate',
  )
  process.exit(78)
}

const options = {
  agencies: Number(values.agencies),
  staffPerAgency: Number(values.staff),
  eventsPerAgencyYear: Number(values['events-per-agency-year']),
  batchRows: Number(values.batch),
  complaintsPerAgency: Number(values['complaints-per-agency']),
}
const years = Number(values['fiscal-years'])

const handle = connectToServer(databaseUrl, 2)
const started = performance.now()
try {
  await migrateToLatest(handle.db)
  const existing = await handle.db.selectFrom('organisations').select('id').limit(1).executeTakeFirst()
  if (existing) {
    console.error('ฐานข้อมูลนี้มีหน่วยงานอยู่แล้ว — ใช้ฐานข้อมูลใหม่ที่ว่าง\nThis database already has organisations: generate into a new, empty database.')
    process.exitCode = 1
  } else {
    await loadInitialHolidaysIfEmpty(handle.db)
    const lastEvent = await handle.db.selectFrom('audit_events').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst()
    const progress = createProgress({ title: 'bench:generate' })
    const db = handle.db as unknown as GeneratorContext['db']
    const insertRows = async (table: string, rows: Record<string, unknown>[]) => {
      const width = Object.keys(rows[0] ?? {}).length || 1
      const size = Math.max(1, Math.min(options.batchRows, Math.floor(60_000 / width)))
      for (let i = 0; i < rows.length; i += size) {
        const chunk = rows.slice(i, i + size)
        await db.insertInto(table).values(chunk).execute()
        if (table !== 'audit_events') progress.add(chunk.length)
      }
    }
    const ctx: GeneratorContext = {
      db,
      rng: seededRandom(Number(values.seed)),
      progress,
      fiscalYears: fiscalYears(2569, years),
      organisations: [],
      users: [],
      options,
      insertMany: insertRows,
      audit: new AuditWriter((rows) => insertRows('audit_events', rows), options.batchRows, lastEvent && { seq: Number(lastEvent.seq), hash: lastEvent.hash }),
    }
    const timings: string[] = []
    for (const step of GENERATOR_STEPS) {
      const t0 = performance.now()
      await step.run(ctx)
      progress.endStep()
      timings.push(`${step.name}: ${formatDuration(performance.now() - t0)}`)
    }
    // Rows came with explicit seq numbers; the app's next event must follow them.
    await sql`SELECT setval('audit_events_seq_seq', (SELECT max(seq) FROM audit_events))`.execute(db)
    await sql`ANALYZE`.execute(db)

    const counts: string[] = []
    for (const t of await listTables(db)) {
      const r = await sql<{ n: string }>`SELECT count(*)::text AS n FROM ${sql.id(t.schema, t.name)}`.execute(db)
      if (r.rows[0]!.n !== '0') counts.push(`${t.name}: ${formatCount(Number(r.rows[0]!.n))}`)
    }
    const size = await sql<{ bytes: string }>`SELECT pg_database_size(current_database())::text AS bytes`.execute(db)
    progress.finish([
      `fiscal years ${ctx.fiscalYears[0]!.be}–${ctx.fiscalYears.at(-1)!.be} BE, seed ${values.seed}`,
      ...timings,
      ...counts,
      `database size: ${formatBytes(Number(size.rows[0]!.bytes))}`,
      `total: ${formatDuration(performance.now() - started)}`,
    ])
  }
} finally {
  await handle.close()
}
