import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { submitComplaint } from '../../src/features/complaints/complaint-intake.use-cases.ts'
import { compareAgencies } from '../../src/features/complaints/complaint-statistics.use-cases.ts'
import { provinceCompleteness } from '../../src/features/oit/oit-report.use-cases.ts'
import { loadActor } from '../../src/platform/auth/sessions.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

let t: TestApp

/** An ITA result as the import stores it: each of the ten indicators in hundredths. */
async function itaResult(slug: string, fiscalYear: number, each: number) {
  const scores = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), each]))
  await t.db.insertInto('ita_results').values({ organisation_id: await t.orgId(slug), fiscal_year: fiscalYear, scores: JSON.stringify(scores), imported_by: null, imported_at: new Date() }).execute()
}

beforeAll(async () => {
  t = await createTestApp()
  await itaResult('wiang-thong', 2568, 9000)
  await itaResult('nong-bua', 2568, 7000)
})
afterAll(async () => {
  await t?.close()
})

/** The page's text without markup, so a table row reads as one line. */
const text = (html: string) => html.replace(/<wbr>|<\/?span[^>]*>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()
/** Each row as its cells' text by column name (the data-label a phone shows). */
const rowsOf = (html: string) =>
  [...html.matchAll(/<tr>\s*<td[^>]*data-label="หน่วยงาน"[\s\S]*?<\/tr>/g)].map((m) => Object.fromEntries([...m[0].matchAll(/<td[^>]*data-label="([^"]*)"[^>]*>([\s\S]*?)<\/td>/g)].map((c) => [c[1]!, text(c[2]!)])))

describe('the oversight home', () => {
  it('shows every agency overseen with its OIT completeness, ITA score and grade, overdue complaints and latest report', async () => {
    const oversight = await t.asUser('oversight@prongsai.test')
    const res = await oversight.get('/staff/oversight')
    expect(res.statusCode).toBe(200)
    const rows = rowsOf(res.body)
    const below = await t.db.selectFrom('organisations as o').innerJoin('organisations as p', 'p.id', 'o.parent_id').where('p.slug', '=', 'suvarnabhumi').select('o.slug').execute()
    expect(rows.length).toBe(below.length)
    for (const { slug } of below) expect(res.body).toContain(`href="/o/${slug}"`)
    const wiangThong = rows.find((r) => r['หน่วยงาน'] === 'เทศบาลตำบลเวียงทอง')!
    expect(wiangThong['ความครบถ้วน OIT']).toMatch(/^\d+%$/)
    expect(wiangThong['คะแนน ITA ล่าสุด']).toMatch(/^90\.00 · \S+ \(2568\)$/)
    expect(wiangThong['เรื่องร้องเรียนเกินกำหนด']).toMatch(/^\d+$/)
    expect(wiangThong['รายงานรอบล่าสุด']).toBeTruthy()
    expect(res.body).toContain('href="/staff/ita/agencies/wiang-thong"')
    expect(res.body).toContain('href="/staff/oit?org=wiang-thong"')
    // Every column can be sorted by a plain link.
    for (const key of ['name', 'oit', 'ita', 'overdue', 'report']) expect(res.body).toContain(`href="/staff/oversight?sort=${key}"`)
  })

  it('sorts by the column asked for, what needs a call first', async () => {
    const oversight = await t.asUser('oversight@prongsai.test')
    const byOverdue = rowsOf((await oversight.get('/staff/oversight?sort=overdue')).body)
    const overdue = byOverdue.map((r) => Number(r['เรื่องร้องเรียนเกินกำหนด']))
    expect(overdue.every((n) => Number.isInteger(n))).toBe(true)
    expect([...overdue].sort((a, b) => b - a)).toEqual(overdue)
    const byOit = rowsOf((await oversight.get('/staff/oversight?sort=oit')).body).map((r) => Number(/^(\d+)%$/.exec(r['ความครบถ้วน OIT']!)?.[1] ?? '1000'))
    expect([...byOit].sort((a, b) => a - b)).toEqual(byOit)
    const byIta = rowsOf((await oversight.get('/staff/oversight?sort=ita')).body)
    expect(byIta.slice(0, 2).map((r) => r['หน่วยงาน'])).toEqual(['องค์การบริหารส่วนตำบลหนองบัว', 'เทศบาลตำบลเวียงทอง'])
    // An unknown sort is the name order, not an error.
    expect((await oversight.get('/staff/oversight?sort=%27%3Bdrop')).statusCode).toBe(200)
  })

  it('shows the same OIT and overdue figures as the province reports, counted in one pass for every body overseen', async () => {
    const userId = (await t.db.selectFrom('users').select('id').where('email', '=', 'oversight@prongsai.test').executeTakeFirstOrThrow()).id
    const actor = (await loadActor(t.db, userId))!
    const province = await t.orgId('suvarnabhumi')
    const oit = await provinceCompleteness({ db: t.db, actor, now: new Date() }, province, undefined)
    const complaints = await compareAgencies({ db: t.db, actor, now: new Date() }, province, undefined)
    const rows = rowsOf((await (await t.asUser('oversight@prongsai.test')).get('/staff/oversight')).body)
    const bySlugName = new Map(rows.map((r) => [r['หน่วยงาน'], r]))
    expect(oit.rows.filter((r) => r.total > 0).length).toBeGreaterThan(0)
    for (const r of oit.rows) expect(bySlugName.get(r.name_th)?.['ความครบถ้วน OIT']).toBe(r.total > 0 ? `${r.percentFinished}%` : 'ไม่มีชุดเกณฑ์')
    for (const r of complaints.rows) expect(bySlugName.get(r.name_th)?.['เรื่องร้องเรียนเกินกำหนด']).toBe(String(r.overdue))
  })

  it('is refused to agency staff', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    expect((await officer.get('/staff/oversight')).statusCode).toBe(403)
  })
})

describe('the staff home', () => {
  const counts = (html: string) => Object.fromEntries([...html.matchAll(/data-work="([a-z-]+)"[\s\S]*?work-counts__count">(\d+)</g)].map((m) => [m[1]!, Number(m[2])]))

  it('shows a complaint officer their open, due and overdue complaints first, counted from the cases', async () => {
    // One received long ago (overdue for screening) and one today.
    for (const day of ['2026-10-01', '2026-11-22']) {
      await submitComplaint(
        { db: t.db, now: new Date(`${day}T03:00:00Z`), baseUrl: 'http://test' },
        {
          organisationId: await t.orgId('wiang-thong'),
          draft: { intake: 'public', channel: 'web', kind: 'corruption', subjectText: 'งานพัสดุ', whatHappened: 'เรียกรับเงิน', happenedWhen: '', happenedWhere: '', request: '', anonymous: true, identity: { name: '', address: '', phone: '', email: '', witnesses: '' }, wantsEmailUpdates: false },
          evidence: [],
          filer: { by: 'citizen' },
        },
      )
    }
    const officer = await t.asUser('wt-complaints@prongsai.test')
    const res = await officer.get('/staff')
    expect(res.statusCode).toBe(200)
    const shown = counts(res.body)
    const open = await t.db.selectFrom('complaints').select((eb) => eb.fn.countAll<string>().as('n')).where('organisation_id', '=', await t.orgId('wiang-thong')).where('status', '!=', 'closed').executeTakeFirstOrThrow()
    expect(shown['complaints-open']).toBe(Number(open.n))
    expect(shown['complaints-open']).toBeGreaterThanOrEqual(2)
    expect(shown['complaints-overdue']).toBeGreaterThanOrEqual(1)
    expect(shown['complaints-open']).toBeGreaterThanOrEqual(shown['complaints-due']! + shown['complaints-overdue']!)
    // Their work comes before the list of everything they may open.
    expect(res.body.indexOf('data-work=')).toBeLessThan(res.body.indexOf('data-task='))
    expect(shown['reports-to-write']).toBeUndefined()
  })

  it('shows the head the reports waiting for their signature and the reports to the province', async () => {
    const head = await t.asUser('wt-head@prongsai.test')
    const shown = counts((await head.get('/staff')).body)
    expect(Object.keys(shown)).toEqual(expect.arrayContaining(['complaints-open', 'reports-awaiting-head', 'reports-to-write', 'reports-late']))
    const awaiting = await t.db.selectFrom('oversight_reports').select((eb) => eb.fn.countAll<string>().as('n')).where('organisation_id', '=', await t.orgId('wiang-thong')).where('status', '=', 'awaiting_head').executeTakeFirstOrThrow()
    expect(shown['reports-awaiting-head']).toBe(Number(awaiting.n))
  })

  it('shows nothing to count to someone with no such work', async () => {
    const committee = await t.asUser('committee@prongsai.test')
    const res = await committee.get('/staff')
    expect(res.statusCode).toBe(200)
    expect(res.body).not.toContain('data-work=')
  })
})
