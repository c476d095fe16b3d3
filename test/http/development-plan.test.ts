import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoBudget } from '../../src/features/budget/index.ts'
import { loadDemoDevelopmentPlan } from '../../src/features/development-plan/index.ts'
import type { FileService } from '../../src/platform/files/index.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

let t: TestApp
let filesDir: string
let planId: string
const UNPLANNED = 'แผนงานการรักษาความสงบภายใน'

beforeAll(async () => {
  filesDir = mkdtempSync(join(tmpdir(), 'prongsai-devplan-files-'))
  t = await createTestApp({ env: { FILES_DIR: filesDir } })
  await loadDemoBudget(t.db, t.clock.now, {} as FileService)
  await loadDemoDevelopmentPlan(t.db, t.clock.now, {} as FileService)
  planId = (await t.db.selectFrom('devplan_plans').select('id').executeTakeFirstOrThrow()).id
}, 120_000)
afterAll(async () => {
  await t.close()
  rmSync(filesDir, { recursive: true, force: true })
})

const budgetPlanId = async (fy: number) => (await t.db.selectFrom('budget_plans').select('id').where('fiscal_year', '=', fy).where('organisation_id', '=', await t.orgId('wiang-thong')).executeTakeFirstOrThrow()).id
const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? ''

describe('the demo plan and its public page', () => {
  it('holds 2566–2570 with projects funding the 2570 budget lines, one line unplanned and flagged in public', async () => {
    const plan = await t.db.selectFrom('devplan_plans').selectAll().executeTakeFirstOrThrow()
    expect(plan).toMatchObject({ first_year: 2566, last_year: 2570, current_version: 2, published: true })
    const links = await t.db.selectFrom('devplan_budget_links').select('line_name').where('budget_plan_id', '=', await budgetPlanId(2570)).execute()
    expect(links).toHaveLength(9)
    expect(links.map((l) => l.line_name)).not.toContain(UNPLANNED)

    const page = await t.client().get('/o/wiang-thong/development-plan')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('ยุทธศาสตร์ที่ 1 การพัฒนาโครงสร้างพื้นฐาน')
    expect(page.body).toContain('โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก')
    expect(page.body).toContain('เวทีประชาคม')
    // The flag sits on the unplanned line's row of each published budget of the plan's years (2568–2570).
    const rows = [...page.body.matchAll(/<tr>[\s\S]*?<\/tr>/g)].map((m) => m[0])
    const flagged = rows.filter((r) => r.includes('ไม่อยู่ในแผนพัฒนา'))
    expect(flagged).toHaveLength(3)
    for (const r of flagged) expect(r).toContain(UNPLANNED)
  })

  it('the published monitoring report for 2569 is public, frozen, and downloadable as Word', async () => {
    const page = await t.client().get('/o/wiang-thong/development-plan/monitoring/2569')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('ดำเนินการแล้วเสร็จ')
    const docx = await t.client().get('/o/wiang-thong/development-plan/monitoring/2569/report.docx')
    expect(docx.statusCode).toBe(200)
    expect(docx.headers['content-type']).toContain('officedocument.wordprocessingml')
    expect((await t.client().get('/o/wiang-thong/development-plan/monitoring/2570')).statusCode).toBe(404)
    // Publishing again is refused (422), and the database refuses to rewrite it whatever the app does.
    const c = await t.asUser('wt-officer@prongsai.test')
    const again = await c.submit(`/staff/development-plan/${planId}/monitoring/2569`, { summary: 'แก้ไข', action: 'publish' })
    expect(again.statusCode).toBe(422)
    await expect(t.db.updateTable('devplan_reports').set({ summary: 'x' }).where('plan_id', '=', planId).where('fiscal_year', '=', 2569).execute()).rejects.toThrow(/published monitoring report/)
  })
})

describe('who may keep the plan', () => {
  it('refuses other agencies (403), the outside committee member (403) and sends anonymous visitors to sign in (303)', async () => {
    for (const email of ['nb-officer@prongsai.test', 'committee@prongsai.test']) {
      const c = await t.asUser(email)
      expect((await c.get(`/staff/development-plan/${planId}`)).statusCode, email).toBe(403)
      expect((await c.get(`/staff/development-plan/${planId}/budget/2570`)).statusCode, email).toBe(403)
    }
    const nb = await t.asUser('nb-officer@prongsai.test')
    const page = await nb.get('/staff/development-plan')
    expect(page.statusCode).toBe(200)
    const post = await nb.post(`/staff/development-plan/${planId}/strategies`, { strategy_name: 'แทรก' }, { csrf: csrfOf(page.body) })
    expect(post.statusCode).toBe(403)
    expect(await t.db.selectFrom('devplan_strategies').select('id').where('name', '=', 'แทรก').execute()).toHaveLength(0)
    const anonymous = await t.client().get(`/staff/development-plan/${planId}`)
    expect(anonymous.statusCode).toBe(303)
    expect(anonymous.headers.location).toMatch(/^\/sign-in\?next=/)
  })
})

describe('editing', () => {
  it('a rejected project form comes back 422 with the typed values; a corrected one is saved with its years', async () => {
    const c = await t.asUser('wt-officer@prongsai.test')
    const strategy = (await t.db.selectFrom('devplan_strategies').select('id').where('plan_id', '=', planId).where('position', '=', 4).executeTakeFirstOrThrow()).id
    const form = { strategy_id: strategy, programme: 'แผนงานการรักษาความสงบภายใน', name: 'โครงการป้องกันและบรรเทาสาธารณภัย', objective: '', indicator: '', target: 'อปพร. 60 คน', unit: 'สำนักปลัด', budget_2570: 'หนึ่งล้าน', status_2570: 'planned', spent_2570: '', result_2570: '' }
    const rejected = await c.submit(`/staff/development-plan/${planId}/projects/new`, form)
    expect(rejected.statusCode).toBe(422)
    expect(rejected.body).toContain('value="โครงการป้องกันและบรรเทาสาธารณภัย"')
    expect(rejected.body).toContain('value="หนึ่งล้าน"')
    expect(rejected.body).toContain('กรอกตัวชี้วัด (KPI)')
    const saved = await c.post(`/staff/development-plan/${planId}/projects/new`, { ...form, indicator: 'จำนวน อปพร. ที่ผ่านการฝึก', budget_2570: '1,250,000' })
    expect(saved.statusCode).toBe(303)
    const row = await t.db.selectFrom('devplan_projects').selectAll().where('name', '=', 'โครงการป้องกันและบรรเทาสาธารณภัย').executeTakeFirstOrThrow()
    const years = await t.db.selectFrom('devplan_project_years').selectAll().where('project_id', '=', row.id).execute()
    expect(years).toEqual([{ project_id: row.id, year: 2570, budget_satang: 125_000_000, status: 'planned', spent_satang: null, result: '' }])
  })

  it('linking the unplanned line clears its flag on the public page at once (generation bumped with the write)', async () => {
    const before = await t.client().get('/o/wiang-thong/development-plan')
    expect(before.body.match(/ไม่อยู่ในแผนพัฒนา</g)?.length).toBe(3)
    const c = await t.asUser('wt-officer@prongsai.test')
    const page = await c.get(`/staff/development-plan/${planId}/budget/2570`)
    expect(page.statusCode).toBe(200)
    const selects = [...page.body.matchAll(/<select class="select" id="(line_\d+)"[\s\S]*?<\/select>/g)]
    const form: Record<string, string> = {}
    const project = (await t.db.selectFrom('devplan_projects').select('id').where('name', '=', 'โครงการป้องกันและบรรเทาสาธารณภัย').executeTakeFirstOrThrow()).id
    for (const s of selects) {
      const picked = /<option value="([^"]*)" selected/.exec(s[0])?.[1] ?? ''
      form[s[1]!] = picked || project
    }
    // A project of another plan (or made up) is refused with 422, nothing written.
    const bad = await c.post(`/staff/development-plan/${planId}/budget/2570`, { ...form, line_1: '00000000-0000-4000-8000-000000000000' })
    expect(bad.statusCode).toBe(422)
    const ok = await c.post(`/staff/development-plan/${planId}/budget/2570`, form)
    expect(ok.statusCode).toBe(303)
    const links = await t.db.selectFrom('devplan_budget_links').select(['line_name', 'project_id']).where('budget_plan_id', '=', await budgetPlanId(2570)).execute()
    expect(links).toHaveLength(10)
    expect(links.find((l) => l.line_name === UNPLANNED)?.project_id).toBe(project)
    const after = await t.client().get('/o/wiang-thong/development-plan')
    expect(after.body.match(/ไม่อยู่ในแผนพัฒนา</g)?.length).toBe(2)
  })

  it('the first version must be the approved plan; a later one an amendment; versions are append-only', async () => {
    const c = await t.asUser('wt-officer@prongsai.test')
    const created = await c.submit('/staff/development-plan', { title: 'แผนพัฒนาท้องถิ่น (พ.ศ. 2571–2575)', first_year: '2571', last_year: '2575' }, '/staff/development-plan/new?org=wiang-thong')
    expect(created.statusCode).toBe(303)
    const id = created.headers.location!.split('/').pop()!
    const overlap = await c.submit('/staff/development-plan', { title: 'ซ้อน', first_year: '2570', last_year: '2572' }, '/staff/development-plan/new?org=wiang-thong')
    expect(overlap.statusCode).toBe(422)
    expect(overlap.body).toContain('value="ซ้อน"')
    const wrong = await c.submit(`/staff/development-plan/${id}`, { version_kind: 'addition', 'approved_on-day': '1', 'approved_on-month': '6', 'approved_on-year': '2569', version_note: 'ลอง' }, `/staff/development-plan/${id}/versions`)
    expect(wrong.statusCode).toBe(422)
    expect(wrong.body).toContain('value="ลอง"')
    await expect(t.db.deleteFrom('devplan_versions').where('plan_id', '=', planId).execute()).rejects.toThrow(/append-only/)
  })

  it('records participation with its minutes (PDF), shown and downloadable on the public page', async () => {
    const c = await t.asUser('wt-officer@prongsai.test')
    const project = (await t.db.selectFrom('devplan_projects').select('id').where('plan_id', '=', planId).where('position', '=', 1).executeTakeFirstOrThrow()).id
    const page = await c.get(`/staff/development-plan/projects/${project}`)
    const boundary = '----devplan'
    const fields: Record<string, string> = { _csrf: csrfOf(page.body), kind: 'community_forum', 'held_on-day': '5', 'held_on-month': '11', 'held_on-year': '2569', attendance: '143', summary: 'ประชาคมหมู่ 9' }
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')
    const parts: Buffer[] = Object.entries(fields).map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="minutes"; filename="minutes.pdf"\r\nContent-Type: application/pdf\r\n\r\n`), pdf, Buffer.from(`\r\n--${boundary}--\r\n`))
    const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    const res = await t.app.inject({ method: 'POST', url: `/staff/development-plan/projects/${project}/participation`, headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: Buffer.concat(parts) })
    expect(res.statusCode).toBe(303)
    const row = await t.db.selectFrom('devplan_participation').selectAll().where('summary', '=', 'ประชาคมหมู่ 9').executeTakeFirstOrThrow()
    expect(row).toMatchObject({ kind: 'community_forum', held_on: '2026-11-05', attendance: 143 })
    expect(row.minutes_file_id).toBeTruthy()
    const file = await t.client().get(`/o/wiang-thong/development-plan/minutes/${row.id}`)
    expect(file.statusCode).toBe(200)
    expect(file.body.startsWith('%PDF')).toBe(true)
  })
})
