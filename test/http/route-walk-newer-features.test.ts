import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FileService } from '../../src/platform/files/index.ts'
import { loadDemoComplaints } from '../../src/features/complaints/index.ts'
import { loadDemoDevelopmentPlan } from '../../src/features/development-plan/index.ts'
import { loadDemoPerformanceEvaluation } from '../../src/features/performance-evaluation/index.ts'
import { loadDemoRisks } from '../../src/features/risks/index.ts'
import { loadDemoSurveys } from '../../src/features/surveys/index.ts'
import { DEMO_PASSWORD } from '../../src/features/demo-data/demo-dataset.ts'
import { routeTableOf } from '../../src/web/http/route-table.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

/**
 * The second outside probe, kept as a test: the features added after the first walk (surveys,
 * risks, the development plan, performance evaluation, oversight reports, complaint orders)
 * reached with the ids of Wiang Thong's real records, every method, by Nong Bua's admin and
 * officer and by an anonymous visitor, each POST with a valid CSRF token. The general walk
 * (`route-walk.test.ts`) substitutes only a complaint, an organisation and a user id, so it
 * never tried these records. Nothing may succeed, nothing may be a 5xx, and nothing of theirs
 * may be written on Wiang Thong.
 */
let t: TestApp
let wt = ''
/** Route pattern → the Wiang Thong ids its `:id` takes. */
const idsFor: [RegExp, string[]][] = []

beforeAll(async () => {
  t = await createTestApp()
  const now = t.clock.now
  await loadDemoComplaints(t.db, now, { password: DEMO_PASSWORD, baseUrl: 'http://localhost:3000' })
  await loadDemoDevelopmentPlan(t.db, now, {} as FileService)
  await loadDemoPerformanceEvaluation(t.db, now)
  await loadDemoRisks(t.db, now, 'http://localhost:3000')
  await loadDemoSurveys(t.db, now, 'http://localhost:3000')
  wt = await t.orgId('wiang-thong')
  const of = async (query: ReturnType<typeof sql<{ id: string }>>) => (await query.execute(t.db)).rows.map((r) => r.id)
  idsFor.push(
    [/^\/staff\/surveys\/:id/, await of(sql`SELECT id::text AS id FROM surveys WHERE organisation_id = ${wt} LIMIT 2`)],
    [/^\/staff\/risks\/r\/:id/, await of(sql`SELECT r.id::text AS id FROM risks r JOIN risk_registers g ON g.id = r.register_id WHERE g.organisation_id = ${wt} LIMIT 2`)],
    [/^\/staff\/risks\/treatments\/:id/, await of(sql`SELECT t.id::text AS id FROM risk_treatments t JOIN risks r ON r.id = t.risk_id JOIN risk_registers g ON g.id = r.register_id WHERE g.organisation_id = ${wt} LIMIT 2`)],
    [/^\/staff\/risks\/outside-manual\/:id/, await of(sql`SELECT id::text AS id FROM outside_manual_reports WHERE organisation_id = ${wt} LIMIT 2`)],
    [/^\/staff\/development-plan\/projects\/:id/, await of(sql`SELECT j.id::text AS id FROM devplan_projects j JOIN devplan_plans p ON p.id = j.plan_id WHERE p.organisation_id = ${wt} LIMIT 2`)],
    [/^\/staff\/development-plan\/:id/, await of(sql`SELECT id::text AS id FROM devplan_plans WHERE organisation_id = ${wt} LIMIT 2`)],
    [/^\/staff\/performance-evaluation\/:id/, await of(sql`SELECT id::text AS id FROM perf_evaluations WHERE organisation_id = ${wt} LIMIT 2`)],
    [/^\/staff\/complaints\/:id\/orders/, await of(sql`SELECT id::text AS id FROM complaints WHERE organisation_id = ${wt} LIMIT 2`)],
  )
}, 300_000)
afterAll(async () => {
  await t?.close()
})

function urlsOf(pattern: string): string[] {
  const entry = idsFor.find(([re]) => re.test(pattern))
  if (!entry) return []
  const userId = ':userId'
  return entry[1].map((id) => pattern.replace(':id', id).replace(':fy', '2570').replace(userId, '00000000-0000-4000-8000-000000000000'))
}

describe('the newer features, reached with another agency’s ids', () => {
  it('found Wiang Thong records of every kind to try', () => {
    for (const [re, ids] of idsFor) expect(ids.length, String(re)).toBeGreaterThan(0)
  })

  for (const who of ['anonymous', 'nb-admin@prongsai.test', 'nb-officer@prongsai.test']) {
    it(`${who}: every method on every such route is refused, coded, never a 5xx, and writes nothing on Wiang Thong`, async () => {
      const c = who === 'anonymous' ? t.client() : await t.asUser(who)
      await c.get(who === 'anonymous' ? '/sign-in' : '/account')
      const token = c.lastCsrf!
      const seen: string[] = []
      let tried = 0
      for (const r of routeTableOf(t.app)) {
        for (const url of urlsOf(r.url)) {
          tried++
          const res =
            r.method === 'GET'
              ? await c.get(url)
              : await t.app.inject({ method: r.method as 'POST', url, headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': 'application/x-www-form-urlencoded' }, payload: `_csrf=${encodeURIComponent(token)}` })
          const code = res.headers['x-error-code']
          const refused = who === 'anonymous' ? (res.statusCode === 303 && code === 'unauthenticated') || (res.statusCode === 404 && code === 'not_found') : (res.statusCode === 403 && code === 'forbidden') || (res.statusCode === 404 && code === 'not_found')
          if (!refused) seen.push(`${res.statusCode} ${code ?? ''} ${r.method} ${url}`)
        }
      }
      expect(tried).toBeGreaterThan(40)
      expect(seen).toEqual([])
      if (who !== 'anonymous') {
        const writes = await t.db.selectFrom('audit_events').select('action').where('actor_id', '=', await t.userId(who)).where('organisation_id', '=', wt).execute()
        expect(writes).toEqual([])
      }
    }, 300_000)
  }
})
