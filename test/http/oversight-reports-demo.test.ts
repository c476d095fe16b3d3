import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { loadDemoOversightReports } from '../../src/features/oversight-reports/index.ts'
import { DEMO_PASSWORD } from '../../src/features/demo-data/demo-dataset.ts'
import { fileServiceFor } from '../../src/platform/files/index.ts'
import { loadConfig } from '../../src/config.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

/** The demo: seed 000's FY 2569 cycle, Q1 mostly accepted, one returned and resubmitted, one late, one empty, one missing. */
let t: TestApp
let filesDir: string
beforeAll(async () => {
  filesDir = mkdtempSync(join(tmpdir(), 'prongsai-oversight-demo-'))
  t = await createTestApp({ now: new Date('2026-12-04T03:00:00Z'), env: { FILES_DIR: filesDir } })
})
afterAll(async () => {
  await t.close()
  rmSync(filesDir, { recursive: true, force: true })
})

it('runs the first quarter of 2569 through the use cases', async () => {
  const config = loadConfig({ NODE_ENV: 'test', FILES_DIR: filesDir })
  const files = fileServiceFor({ db: t.db, config } as Parameters<typeof fileServiceFor>[0])
  expect(await loadDemoOversightReports(t.db, t.clock.now, { files, baseUrl: 'https://prongsai.example', password: DEMO_PASSWORD })).toBe(5)
  const q1 = await t.db
    .selectFrom('oversight_reports as r')
    .innerJoin('oversight_periods as p', 'p.id', 'r.period_id')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .select(['o.slug', 'r.status', 'r.submissions', 'r.nothing_to_report'])
    .where('p.period_key', '=', '2569-Q1')
    .orderBy('o.slug')
    .execute()
  expect(q1.map((r) => [r.slug, r.status, r.submissions, r.nothing_to_report])).toEqual([
    ['bang-phra', 'accepted', 2, false],
    ['nong-bua', 'accepted', 1, true],
    ['suvarnabhumi-cdd', 'accepted', 1, false],
    ['suvarnabhumi-pao', 'accepted', 1, false],
    ['suvarnabhumi-revenue', 'not_started', 0, false],
    ['wiang-thong', 'accepted', 1, false],
  ])
  const o = await t.asUser('oversight@prongsai.test')
  const dash = await o.get('/staff/oversight/reports?fy=2569')
  expect(dash.statusCode).toBe(200)
  // Q1: 5 of 6 received (83.3 %), 4 on time (66.7 %: the PAO signed after the deadline).
  expect(dash.body).toContain('83.3%')
  expect(dash.body).toContain('66.7%')
})
