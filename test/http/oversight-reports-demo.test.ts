import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadDemoOversightReports } from '../../src/features/oversight-reports/index.ts'
import { DEMO_PASSWORD } from '../../src/features/demo-data/demo-dataset.ts'
import { fileServiceFor } from '../../src/platform/files/index.ts'
import { loadConfig } from '../../src/config.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

/**
 * The demo is dated from the clock it is given: last fiscal year's quarters all reported (a few
 * late, one empty, one returned and resubmitted), this year's ended quarters too, and the current
 * quarter open with two drafts and two signed reports. Two clocks, two years.
 */
const apps: { t: TestApp; dir: string }[] = []
afterAll(async () => {
  for (const { t, dir } of apps) {
    await t.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

async function demoAt(now: Date) {
  const dir = mkdtempSync(join(tmpdir(), 'prongsai-oversight-demo-'))
  const t = await createTestApp({ now, env: { FILES_DIR: dir } })
  apps.push({ t, dir })
  const config = loadConfig({ NODE_ENV: 'test', FILES_DIR: dir })
  const files = fileServiceFor({ db: t.db, config } as Parameters<typeof fileServiceFor>[0])
  const made = await loadDemoOversightReports(t.db, t.clock.now, { files, baseUrl: 'https://prongsai.example', password: DEMO_PASSWORD })
  const rows = await t.db
    .selectFrom('oversight_reports as r')
    .innerJoin('oversight_periods as p', 'p.id', 'r.period_id')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .select(['o.slug', 'p.period_key', 'p.deadline', 'r.status', 'r.submissions', 'r.nothing_to_report', 'r.first_submitted_at', 'r.updated_at'])
    .orderBy('p.period_key')
    .orderBy('o.slug')
    .execute()
  return { t, made, rows }
}

const statusesOf = (rows: { period_key: string; status: string }[], key: string) => rows.filter((r) => r.period_key === key).map((r) => r.status)
const lateIn = (rows: { period_key: string; deadline: string; first_submitted_at: Date | null }[]) =>
  rows.filter((r) => r.first_submitted_at && new Date(r.first_submitted_at).toISOString().slice(0, 10) > r.deadline).map((r) => r.period_key)

describe('demo on 7 December 2026 (fiscal year 2570, first quarter running)', () => {
  it('reports every quarter of 2569 and opens Q1 of 2570', async () => {
    const now = new Date('2026-12-07T03:00:00Z')
    const { t, made, rows } = await demoAt(now)
    expect(made).toBe(4 * 6 + 2)
    for (const q of ['2569-Q1', '2569-Q2', '2569-Q3', '2569-Q4']) expect(statusesOf(rows, q)).toEqual(Array(6).fill('accepted'))
    expect(rows.filter((r) => r.period_key.startsWith('2569')).every((r) => r.submissions >= 1)).toBe(true)
    expect(rows.find((r) => r.period_key === '2569-Q1' && r.slug === 'bang-phra')?.submissions).toBe(2)
    expect(rows.find((r) => r.period_key === '2569-Q2' && r.slug === 'nong-bua')?.nothing_to_report).toBe(true)
    expect(lateIn(rows)).toEqual(['2569-Q2', '2569-Q4'])
    expect(statusesOf(rows, '2570-Q1')).toEqual(['draft', 'submitted', 'not_started', 'draft', 'submitted', 'not_started'])
    expect(rows.filter((r) => r.period_key.startsWith('2570')).map((r) => r.period_key)).toEqual(Array(6).fill('2570-Q1'))
    // Nothing dated after the clock.
    expect(rows.every((r) => new Date(r.updated_at).getTime() <= now.getTime())).toBe(true)

    // Seed 002's seven measures announced for 2570; four heads acknowledged, Wiang Thong shows it publicly.
    const ann = await t.db.selectFrom('oversight_announcements').select(['id', 'fiscal_year', 'measures', 'issued_on']).executeTakeFirstOrThrow()
    expect([ann.fiscal_year, (ann.measures as unknown[]).length, String(ann.issued_on) <= '2026-12-07']).toEqual([2570, 7, true])
    const acks = await t.db.selectFrom('oversight_announcement_recipients').select(['acknowledged_at', 'on_portal_since']).where('announcement_id', '=', ann.id).execute()
    expect([acks.length, acks.filter((a) => a.acknowledged_at).length, acks.filter((a) => a.on_portal_since).length]).toEqual([6, 4, 1])
    expect(acks.every((a) => !a.acknowledged_at || new Date(a.acknowledged_at).getTime() <= now.getTime())).toBe(true)
    expect((await t.client().get('/o/wiang-thong/announcements')).body).toContain('มาตรการภายในเพื่อส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2570')

    const o = await t.asUser('oversight@prongsai.test')
    const dash = await o.get('/staff/oversight/reports')
    expect(dash.statusCode).toBe(200)
    expect(dash.body).toContain('ปีงบประมาณ 2570')
    expect(dash.body).toContain('33.3%') // Q1 2570: 2 of 6 received so far
    const last = await o.get('/staff/oversight/reports?fy=2569')
    expect(last.statusCode).toBe(200)
    expect(last.body).toContain('83.3%') // the late quarters: 5 of 6 on time
  })
})

describe('demo on 20 May 2027 (fiscal year 2570, third quarter running)', () => {
  it('reports 2569 and the first half of 2570, and opens Q3', async () => {
    const now = new Date('2027-05-20T03:00:00Z')
    const { t, made, rows } = await demoAt(now)
    expect(made).toBe(6 * 6 + 2)
    for (const q of ['2569-Q1', '2569-Q4', '2570-Q1', '2570-Q2']) expect(statusesOf(rows, q)).toEqual(Array(6).fill('accepted'))
    expect(statusesOf(rows, '2570-Q3')).toEqual(['draft', 'submitted', 'not_started', 'draft', 'submitted', 'not_started'])
    expect(rows.some((r) => r.period_key === '2570-Q4')).toBe(false)
    expect(lateIn(rows)).toEqual(['2569-Q2', '2569-Q4', '2570-Q2'])
    expect(rows.every((r) => new Date(r.updated_at).getTime() <= now.getTime())).toBe(true)
    expect((await t.db.selectFrom('oversight_announcements').select('fiscal_year').execute()).map((a) => a.fiscal_year)).toEqual([2570])
  })
})
