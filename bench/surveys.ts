import { randomBytes, randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { sql } from 'kysely'
import pg from 'pg'
import { createApp } from '../src/app.ts'
import { loadConfig } from '../src/config.ts'
import { connectToServer, openPglite, type DatabaseHandle } from '../src/db/connect.ts'
import { migrateToLatest } from '../src/db/migrate.ts'
import { loadDemoDataIfEmpty } from '../src/features/demo-data/load-demo-data.ts'
import { loadInitialHolidaysIfEmpty } from '../src/features/holidays/index.ts'
import { loadDemoSurveys } from '../src/features/surveys/index.ts'
import { countResponses, tallyChoices } from '../src/features/surveys/surveys.repository.ts'
import { submitAnswer } from '../src/features/surveys/surveys.use-cases.ts'
import { createSession } from '../src/platform/auth/sessions.ts'
import type { Answers } from '../src/platform/forms/form-answers.ts'
import { answerableItems, type FormDefinition } from '../src/platform/forms/form-definition.ts'
import { scaleOf } from '../src/platform/forms/form-scales.ts'
import { SESSION_COOKIE } from '../src/web/http/request-context.ts'
import { table } from './lib/load.ts'

/**
 * `npm run bench:surveys`: survey results at scale (issue 15). On a fresh database (PGlite in a
 * temporary folder; a fresh PostgreSQL database when DATABASE_URL is set, dropped afterwards) it
 * loads the demo province and its surveys, adds `--agencies` agencies each with a closed, published satisfaction
 * survey, and spreads `--answers` answers over them (Wiang Thong's demo satisfaction survey gets
 * its share, or `--concentrate` of all of them: `--concentrate 1` puts every answer on that one
 * survey). Then, in-process through the real app (inject, no network), one agency's staff results
 * page, its public Excel and the self-assessment page are timed one request at a time, and answer
 * intake (submitAnswer on an open survey answered by QR, a new device each time) is counted for
 * `--intake-seconds`. Not a test. The figure is 1,000,000 answers across 8,300 agencies on
 * PostgreSQL (p95 ≤ 150 ms, intake ≥ 500/s); do not run that on a shared machine.
 */
const { values } = parseArgs({
  options: {
    answers: { type: 'string', default: '100000' },
    agencies: { type: 'string', default: '830' },
    concentrate: { type: 'string', default: '0' },
    repeat: { type: 'string', default: '20' },
    'intake-seconds': { type: 'string', default: '5' },
    batch: { type: 'string', default: '1000' },
  },
})
const totalAnswers = Number(values.answers)
const agencies = Math.max(1, Number(values.agencies))
const concentrate = Math.min(1, Math.max(0, Number(values.concentrate)))
const repeat = Math.max(1, Number(values.repeat))
const intakeMs = Number(values['intake-seconds']) * 1000
const batch = Number(values.batch)

/** Deterministic, skewed answers on every scale item (mostly 4–5, some "not applicable"). */
function answersFor(def: FormDefinition, seed: number): Answers {
  const out: Answers = {}
  answerableItems(def).forEach((item, i) => {
    const scale = scaleOf(item)
    const r = (seed * 7919 + i * 104_729) % 100
    if (scale === 'four_level') out[item.id] = { type: 'choice', values: [r < 4 ? 'na' : r < 12 ? '2' : r < 55 ? '3' : '4'] }
    else if (scale === 'yes_no') out[item.id] = { type: 'choice', values: [r < 15 ? 'no' : 'yes'] }
    else if (scale === 'five_level') out[item.id] = { type: 'choice', values: [r < 8 ? '2' : r < 25 ? '3' : r < 65 ? '4' : '5'] }
  })
  return out
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(1)

async function load(handle: DatabaseHandle) {
  const db = handle.db
  let t0 = performance.now()
  await migrateToLatest(db)
  await loadInitialHolidaysIfEmpty(db)
  await loadDemoDataIfEmpty(db, new Date())
  await loadDemoSurveys(db, new Date(), 'https://prongsai.example')
  console.error(`  migrations and demo province: ${seconds(t0)} s`)
  const wt = await db.selectFrom('organisations').select('id').where('slug', '=', 'wiang-thong').executeTakeFirstOrThrow()
  const target = await db.selectFrom('surveys').selectAll().where('organisation_id', '=', wt.id).where('kind', '=', 'satisfaction').orderBy('closes_on', 'desc').limit(1).executeTakeFirstOrThrow()
  const eit = await db.selectFrom('surveys').select('id').where('organisation_id', '=', wt.id).where('kind', '=', 'eit').where('status', '=', 'open').executeTakeFirstOrThrow()
  const def = (await db.selectFrom('form_definitions').select('definition').where('id', '=', target.form_definition_id).executeTakeFirstOrThrow()).definition as FormDefinition
  const coordinator = await db.selectFrom('users').select('id').where('email', '=', 'wt-ita@prongsai.test').executeTakeFirstOrThrow()

  // The other agencies, each with one published satisfaction survey on the same form version.
  t0 = performance.now()
  const surveyIds: string[] = []
  for (let from = 0; from < agencies; from += batch) {
    const orgs = Array.from({ length: Math.min(batch, agencies - from) }, (_, k) => ({ id: randomUUID(), slug: `bench-survey-agency-${from + k}`, kind: 'sao', name_th: `องค์การบริหารส่วนตำบลทดสอบ ${from + k}`, name_en: `Bench SAO ${from + k}` }))
    await db.insertInto('organisations').values(orgs).execute()
    const surveys = orgs.map((o) => ({
      id: randomUUID(), organisation_id: o.id, form_definition_id: target.form_definition_id, kind: 'satisfaction' as const, mode: 'anonymous' as const,
      title_th: 'สำรวจความพึงพอใจผู้รับบริการ', opens_on: target.opens_on, closes_on: target.closes_on, fiscal_year: target.fiscal_year, created_at: new Date(),
    }))
    await db.insertInto('surveys').values(surveys).execute()
    surveyIds.push(...surveys.map((s) => s.id))
  }
  // Through the status machine, as the trigger requires: draft → open → closed, then published.
  await db.updateTable('surveys').set({ status: 'open' }).where('id', 'in', surveyIds.length ? surveyIds : [randomUUID()]).execute()
  await db.updateTable('surveys').set({ status: 'closed' }).where('id', 'in', surveyIds.length ? surveyIds : [randomUUID()]).execute()
  await db.updateTable('surveys').set({ published_at: new Date() }).where('id', 'in', surveyIds.length ? surveyIds : [randomUUID()]).execute()
  console.error(`  ${agencies.toLocaleString('en')} agencies with a published survey: ${seconds(t0)} s`)

  // The answers: the target's share first, then round the other surveys.
  t0 = performance.now()
  const onTarget = concentrate > 0 ? Math.round(totalAnswers * concentrate) : Math.round(totalAnswers / (agencies + 1))
  const day = target.opens_on
  let written = 0
  const write = async (surveyOf: (i: number) => string, count: number) => {
    for (let from = 0; from < count; from += batch) {
      const rows = Array.from({ length: Math.min(batch, count - from) }, (_, k) => ({ survey_id: surveyOf(from + k), submitted_on: day, answers: JSON.stringify(answersFor(def, written + from + k)) }))
      await db.insertInto('survey_responses').values(rows).execute()
    }
    written += count
  }
  await write(() => target.id, onTarget)
  if (surveyIds.length) await write((i) => surveyIds[i % surveyIds.length]!, totalAnswers - onTarget)
  console.error(`  ${totalAnswers.toLocaleString('en')} answers (${onTarget.toLocaleString('en')} on the measured survey): ${seconds(t0)} s`)
  await sql`ANALYZE survey_responses`.execute(db)
  return { targetId: target.id, eitId: eit.id, coordinatorId: coordinator.id, onTarget }
}

async function measure(handle: DatabaseHandle, engine: string, rows: string[][]) {
  const { targetId, eitId, coordinatorId, onTarget } = await load(handle)
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', DEMO_DATA: 'false', JOBS: 'off', BASE_URL: 'https://prongsai.example' })
  const app = await createApp({ db: handle.db, engine: handle.engine, config, clock: () => new Date() })
  await app.ready()
  try {
    const cookie = `${SESSION_COOKIE}=${await createSession(handle.db, { userId: coordinatorId, now: new Date(), ttlHours: 2, secondFactorDone: true, privateKey: null })}`
    const time = async (label: string, url: string | (() => Promise<unknown>)) => {
      const get = async () => {
        const t0 = performance.now()
        if (typeof url === 'function') {
          await url()
          return performance.now() - t0
        }
        const res = await app.inject({ method: 'GET', url, headers: { cookie } })
        if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode}\n${res.body.slice(0, 400)}`)
        return performance.now() - t0
      }
      const cold = await get()
      await get()
      const ms: number[] = []
      for (let i = 0; i < repeat; i++) ms.push(await get())
      ms.sort((a, b) => a - b)
      rows.push([engine, label, onTarget.toLocaleString('en'), cold.toFixed(0), percentile(ms, 50).toFixed(0), percentile(ms, 95).toFixed(0), ms.at(-1)!.toFixed(0)])
    }
    // The database's part alone: the answer count and the per-option sums the page is built from.
    await time('results queries alone', () => Promise.all([countResponses(handle.db, [targetId]), tallyChoices(handle.db, [targetId])]))
    await time('staff results page', `/staff/surveys/${targetId}/results`)
    await time('public results Excel', `/o/wiang-thong/surveys/${targetId}.xlsx`)
    await time('self-assessment page', `/staff/surveys/self-assessment?org=wiang-thong`)

    // Intake: one answer at a time and four at once, each a new device, as QR answers arrive.
    const eitDef = (await handle.db.selectFrom('surveys').innerJoin('form_definitions', 'form_definitions.id', 'surveys.form_definition_id').select('definition').where('surveys.id', '=', eitId).executeTakeFirstOrThrow()).definition as FormDefinition
    let seed = 0
    for (const parallel of [1, 4]) {
      let n = 0
      const start = performance.now()
      const until = start + intakeMs
      await Promise.all(Array.from({ length: parallel }, async () => {
        while (performance.now() < until) {
          await submitAnswer(handle.db, eitId, { answers: answersFor(eitDef, ++seed), token: '', deviceId: randomBytes(12).toString('hex') }, new Date())
          n++
        }
      }))
      const s = (performance.now() - start) / 1000
      rows.push([engine, `answer intake, ${parallel} at once`, '', '', '', '', `${(n / s).toFixed(0)} answers/s`])
    }
  } finally {
    await app.close()
  }
}

const rows: string[][] = []
const work = mkdtempSync(join(tmpdir(), 'prongsai-bench-surveys-'))
try {
  console.error('PGlite: fresh data folder …')
  const lite = await openPglite(join(work, 'data'))
  try {
    await measure(lite, 'PGlite', rows)
  } finally {
    await lite.close()
  }
  const serverUrl = process.env.DATABASE_URL
  if (serverUrl) {
    const name = `prongsai_bench_surveys_${randomBytes(4).toString('hex')}`
    const admin = new pg.Client({ connectionString: serverUrl })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    const server = connectToServer(url.toString(), 10)
    try {
      console.error(`PostgreSQL: database ${name} …`)
      await measure(server, 'PostgreSQL', rows)
    } finally {
      await server.close()
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await admin.end()
    }
  } else {
    console.error('DATABASE_URL is not set: PostgreSQL skipped.')
  }
  console.log(`\n${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; ${totalAnswers.toLocaleString('en')} answers over ${agencies.toLocaleString('en')} agencies + Wiang Thong; ${repeat} timed requests each\n`)
  console.log(table(['engine', 'request', 'answers on the survey', 'cold ms', 'p50 ms', 'p95 ms', 'max ms / rate'], rows))
} finally {
  rmSync(work, { recursive: true, force: true })
}
