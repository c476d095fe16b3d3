import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app.ts'

let t: TestApp
beforeAll(async () => {
  // Monday 7 December 2026: fiscal year 2570.
  t = await createTestApp({ now: new Date('2026-12-07T03:00:00Z'), env: { BASE_URL: 'https://prongsai.example' } })
})
afterAll(async () => {
  await t.close()
})

const ITA = 'wt-ita@prongsai.test'
const HEAD = 'wt-head@prongsai.test'
const OFFICER = 'wt-officer@prongsai.test'
const OTHER = 'nb-officer@prongsai.test'
const OVERSIGHT = 'oversight@prongsai.test'
const SECRET_NOTE = 'บันทึกลับเรื่องนายสมปองถูกร้องเรียน'
const OWNER = 'นายผู้รับผิดชอบ ไม่เปิดเผย'

const risk = (over: Record<string, string> = {}) => ({
  process: 'การตรวจสถานที่ก่อนออกใบอนุญาต',
  service_key: '',
  risk_type: 'bribery',
  description: 'อาจเรียกรับเงินเพื่อเร่งการตรวจ',
  causes: 'ผู้ตรวจคนเดียว',
  existing_controls: 'คู่มือการปฏิบัติงาน',
  inherent_likelihood: '4',
  inherent_impact: '4',
  residual_likelihood: '2',
  residual_impact: '2',
  internal_note: SECRET_NOTE,
  ...over,
})
const idFrom = (location: unknown) => String(location).split('/').pop()!
const registerOf = (year: number) => t.db.selectFrom('risk_registers as r').innerJoin('organisations as o', 'o.id', 'r.organisation_id').selectAll('r').where('o.slug', '=', 'wiang-thong').where('r.fiscal_year', '=', year).executeTakeFirst()

describe('risk register', () => {
  let riskId = ''
  let treatmentId = ''

  it('starts a register, refuses bad input with 422 keeping it, records a risk', async () => {
    const c = await t.asUser(ITA)
    expect((await c.submit('/staff/risks?year=2569', {}, '/staff/risks/2569/start')).statusCode).toBe(303)
    expect(await registerOf(2569)).toMatchObject({ status: 'draft' })
    const bad = await c.submit('/staff/risks/2569/new', risk({ inherent_likelihood: '9', causes: '' }))
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('เลือกโอกาสที่จะเกิด ๑–5')
    expect(bad.body).toContain('ระบุสาเหตุหรือปัจจัยเสี่ยง')
    expect(bad.body).toContain('อาจเรียกรับเงินเพื่อเร่งการตรวจ')
    const res = await c.submit('/staff/risks/2569/new', risk())
    expect(res.statusCode).toBe(303)
    riskId = idFrom(res.headers.location)
    expect(await t.db.selectFrom('risks').select(['inherent_likelihood', 'residual_impact', 'internal_note']).where('id', '=', riskId).executeTakeFirstOrThrow()).toEqual({ inherent_likelihood: 4, residual_impact: 2, internal_note: SECRET_NOTE })
  })

  it('reads levels from the matrix kept as data: the head changes a cell and the level follows', async () => {
    const c = await t.asUser(ITA)
    const before = await c.get(`/staff/risks/r/${riskId}`)
    // Default matrix: 4 × 4 = 16 is very high, 2 × 2 = 4 medium.
    expect(before.body).toMatch(/คงเหลือ<\/dt>[\s\S]*?ปานกลาง/)
    const head = await t.asUser(HEAD)
    const page = await head.get('/staff/risks/matrix')
    expect(page.statusCode).toBe(200)
    const form: Record<string, string> = {}
    for (const m of page.body.matchAll(/<select[^>]*name="(cell_\d_\d)"[\s\S]*?<option value="([a-z_]+)" selected/g)) form[m[1]!] = m[2]!
    for (const m of page.body.matchAll(/<input[^>]*name="(level_[a-z_]+_(?:th|en|colour))"[^>]*value="([^"]*)"/g)) form[m[1]!] = m[2]!
    expect(Object.keys(form).filter((k) => k.startsWith('cell_'))).toHaveLength(25)
    expect(form.cell_2_2).toBe('medium')
    const bad = await head.post('/staff/risks/matrix', { ...form, level_high_colour: 'orange' })
    expect(bad.statusCode).toBe(422)
    expect((await head.post('/staff/risks/matrix', { ...form, cell_2_2: 'very_high', level_very_high_th: 'วิกฤต' })).statusCode).toBe(303)
    const after = await c.get(`/staff/risks/r/${riskId}`)
    expect(after.body).toMatch(/คงเหลือ<\/dt>[\s\S]*?วิกฤต/)
    // The risk itself did not change: only the matrix did.
    expect(await t.db.selectFrom('risks').select(['residual_likelihood', 'residual_impact']).where('id', '=', riskId).executeTakeFirstOrThrow()).toEqual({ residual_likelihood: 2, residual_impact: 2 })
    expect((await (await t.asUser(ITA)).get('/staff/risks/matrix')).statusCode).toBe(403)
  })

  it('adds a treatment; only the head approves; an approved register no longer changes', async () => {
    const c = await t.asUser(ITA)
    const res = await c.submit(`/staff/risks/r/${riskId}`, { measure: 'ตรวจเป็นทีม ๒ คน', owner_name: OWNER, owner_unit: 'กองช่าง', 'due_on-day': '30', 'due_on-month': '11', 'due_on-year': '2569' }, `/staff/risks/r/${riskId}/treatments`)
    expect(res.statusCode).toBe(303)
    treatmentId = (await t.db.selectFrom('risk_treatments').select('id').where('risk_id', '=', riskId).executeTakeFirstOrThrow()).id
    expect((await c.submit('/staff/risks?year=2569', {}, '/staff/risks/2569/approve')).statusCode).toBe(403)
    const head = await t.asUser(HEAD)
    expect((await head.submit('/staff/risks?year=2569', {}, '/staff/risks/2569/approve')).statusCode).toBe(303)
    expect(await registerOf(2569)).toMatchObject({ status: 'approved', approved_by_label: 'นายกเทศมนตรี เวียงทอง' })
    const history = await t.db.selectFrom('risk_history').select(['from_status', 'to_status']).where('entity_id', '=', (await registerOf(2569))!.id).orderBy('at').execute()
    expect(history).toEqual([
      { from_status: null, to_status: 'draft' },
      { from_status: 'draft', to_status: 'approved' },
    ])
    expect((await c.submit(`/staff/risks/r/${riskId}`, risk({ process: 'แก้ไขหลังอนุมัติ' }), `/staff/risks/r/${riskId}/edit`)).statusCode).toBe(409)
    // The database refuses too, whatever the application does.
    await expect(t.db.updateTable('risks').set({ process: 'x' }).where('id', '=', riskId).execute()).rejects.toThrow(/approved/)
    await expect(t.db.updateTable('risk_registers').set({ status: 'draft' }).where('id', '=', (await registerOf(2569))!.id).execute()).rejects.toThrow(/cannot go from approved to draft/)
  })

  it('moves a treatment only forward, with its history, and reports the six months once', async () => {
    const c = await t.asUser(ITA)
    expect((await c.submit(`/staff/risks/r/${riskId}`, { status: 'in_progress', progress_note: '' }, `/staff/risks/treatments/${treatmentId}/status`)).statusCode).toBe(422)
    expect((await c.submit(`/staff/risks/r/${riskId}`, { status: 'in_progress', progress_note: 'เริ่มตรวจเป็นทีม' }, `/staff/risks/treatments/${treatmentId}/status`)).statusCode).toBe(303)
    // Overdue: due 30 Nov 2569 (2026), still open on 7 Dec.
    expect((await c.get(`/staff/risks/r/${riskId}`)).body).toContain('เกินกำหนด')
    expect((await c.submit(`/staff/risks/r/${riskId}`, { status: 'done', progress_note: 'ครบทุกคำขอ' }, `/staff/risks/treatments/${treatmentId}/status`)).statusCode).toBe(303)
    expect((await c.submit(`/staff/risks/r/${riskId}`, { status: 'in_progress', progress_note: 'ย้อนกลับ' }, `/staff/risks/treatments/${treatmentId}/status`)).statusCode).toBe(409)
    await expect(t.db.updateTable('risk_treatments').set({ status: 'planned', completed_on: null }).where('id', '=', treatmentId).execute()).rejects.toThrow(/cannot go from done to planned/)
    expect(await t.db.selectFrom('risk_history').select(['from_status', 'to_status']).where('entity_id', '=', treatmentId).orderBy('at').execute()).toEqual([
      { from_status: null, to_status: 'planned' },
      { from_status: 'planned', to_status: 'in_progress' },
      { from_status: 'in_progress', to_status: 'done' },
    ])
    expect((await c.submit('/staff/risks?year=2569', { kind: 'six_month', summary: 'ดำเนินการครบแล้ว' }, '/staff/risks/2569/followups')).statusCode).toBe(303)
    expect((await c.submit('/staff/risks?year=2569', { kind: 'six_month', summary: 'ซ้ำ' }, '/staff/risks/2569/followups')).statusCode).toBe(409)
    const f = await t.db.selectFrom('risk_followups').selectAll().executeTakeFirstOrThrow()
    expect(f.snapshot).toEqual([{ risk: 'การตรวจสถานที่ก่อนออกใบอนุญาต', measure: 'ตรวจเป็นทีม ๒ คน', unit: 'กองช่าง', dueOn: '2026-11-30', status: 'done', note: 'ครบทุกคำขอ' }])
  })

  it('the public page shows the approved assessment without names or internal notes; staff pages stay closed to citizens', async () => {
    const citizen = t.client()
    const page = await citizen.get('/o/wiang-thong/risks')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('การตรวจสถานที่ก่อนออกใบอนุญาต')
    expect(page.body).toContain('กองช่าง')
    expect(page.body).toContain('วิกฤต')
    expect(page.body).toContain('ดำเนินการครบแล้ว')
    expect(page.body).not.toContain(SECRET_NOTE)
    expect(page.body).not.toContain(OWNER)
    expect(page.body).not.toContain('นายโปร่ง ใสสะอาด')
    expect((await citizen.get(`/staff/risks/r/${riskId}`)).statusCode).toBe(303)
    expect((await citizen.get('/o/nong-bua/risks')).body).toContain('ยังไม่มีผลการประเมินความเสี่ยงที่ผู้บริหารอนุมัติ')
    expect((await citizen.get('/o/no-such-agency/risks')).statusCode).toBe(404)
    expect((await citizen.get('/o/wiang-thong/risks?year=2569')).body).toContain('ดำเนินการครบแล้ว')
    expect((await citizen.get('/o/wiang-thong/risks?year=2571')).statusCode).toBe(404)
  })

  it('another agency’s staff get 404 for its records and 403 for its register; oversight reads without internal notes', async () => {
    const other = await t.asUser(OTHER)
    expect((await other.get(`/staff/risks/r/${riskId}`)).statusCode).toBe(404)
    expect((await other.get('/staff/risks?org=wiang-thong')).statusCode).toBe(403)
    await other.get('/staff/risks/outside-manual/new')
    expect((await other.post(`/staff/risks/r/${riskId}/treatments`, { measure: 'แทรก', owner_name: 'x', owner_unit: 'x', 'due_on-day': '1', 'due_on-month': '1', 'due_on-year': '2570' })).statusCode).toBe(404)
    expect((await other.post(`/staff/risks/treatments/${treatmentId}/status`, { status: 'cancelled', progress_note: 'x' })).statusCode).toBe(404)
    expect((await other.get('/staff/risks/province')).statusCode).toBe(403)
    const oversight = await t.asUser(OVERSIGHT)
    const seen = await oversight.get(`/staff/risks/r/${riskId}`)
    expect(seen.statusCode).toBe(200)
    expect(seen.body).not.toContain(SECRET_NOTE)
    expect(seen.body).not.toContain('/treatments')
    const rollup = await oversight.get('/staff/risks/province?year=2569')
    expect(rollup.statusCode).toBe(200)
    expect(rollup.body).toContain('เทศบาลตำบลเวียงทอง')
    expect(rollup.body).toContain('การตรวจสถานที่ก่อนออกใบอนุญาต')
    expect(rollup.body).toContain('องค์การบริหารส่วนตำบลหนองบัว')
    expect((await (await t.asUser('admin@prongsai.test')).get('/staff/risks/province?year=2569')).statusCode).toBe(200)
  })

  it('carries the risks into the next year for re-assessment, keeping last year’s as they were', async () => {
    const c = await t.asUser(ITA)
    expect((await c.submit('/staff/risks?year=2569', {}, '/staff/risks/2569/carry-forward')).statusCode).toBe(303)
    expect((await c.submit('/staff/risks?year=2569', {}, '/staff/risks/2569/carry-forward')).statusCode).toBe(409)
    const next = (await registerOf(2570))!
    expect(next).toMatchObject({ status: 'draft', carried_from_id: (await registerOf(2569))!.id })
    const copy = await t.db.selectFrom('risks').selectAll().where('register_id', '=', next.id).executeTakeFirstOrThrow()
    expect(copy).toMatchObject({ carried_from_id: riskId, process: 'การตรวจสถานที่ก่อนออกใบอนุญาต', inherent_likelihood: 2, inherent_impact: 2, residual_likelihood: 2, residual_impact: 2 })
    // Done treatments stay in their year.
    expect(await t.db.selectFrom('risk_treatments').select('id').where('risk_id', '=', copy.id).execute()).toHaveLength(0)
    expect((await c.submit(`/staff/risks/r/${copy.id}/edit`, risk({ inherent_likelihood: '3', residual_likelihood: '1' }))).statusCode).toBe(303)
    expect(await t.db.selectFrom('risks').select(['inherent_likelihood', 'residual_likelihood']).where('id', '=', riskId).executeTakeFirstOrThrow()).toEqual({ inherent_likelihood: 4, residual_likelihood: 2 })
    const view = await c.get(`/staff/risks/r/${copy.id}`)
    expect(view.body).toContain('การประเมินในปีก่อน')
    expect(view.body).toContain(`/staff/risks/r/${riskId}`)
  })
})

describe('work outside the manual and internal control', () => {
  it('staff report, the head reviews; nobody else sees it', async () => {
    const officer = await t.asUser(OFFICER)
    const bad = await officer.submit('/staff/risks/outside-manual/new', { 'occurred_on-day': '1', 'occurred_on-month': '12', 'occurred_on-year': '2569', work: 'รับคำขอ', manual_ref: '', what_done: 'รับโดยไม่มีสำเนา', reason: 'ผู้ขอสูงอายุ' })
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('รับโดยไม่มีสำเนา')
    const res = await officer.submit('/staff/risks/outside-manual/new', { 'occurred_on-day': '1', 'occurred_on-month': '12', 'occurred_on-year': '2569', work: 'รับคำขอ', manual_ref: 'คู่มือประชาชน', what_done: 'รับโดยไม่มีสำเนา', reason: 'ผู้ขอสูงอายุ' })
    expect(res.statusCode).toBe(303)
    const id = idFrom(res.headers.location)
    expect((await officer.submit(`/staff/risks/outside-manual/${id}`, { outcome: 'justified', review_note: 'เอง' }, `/staff/risks/outside-manual/${id}/review`)).statusCode).toBe(403)
    expect((await (await t.asUser(ITA)).get(`/staff/risks/outside-manual/${id}`)).statusCode).toBe(404)
    expect((await (await t.asUser(OTHER)).get(`/staff/risks/outside-manual/${id}`)).statusCode).toBe(404)
    const head = await t.asUser(HEAD)
    expect((await head.submit(`/staff/risks/outside-manual/${id}`, { outcome: 'update_manual', review_note: 'ปรับปรุงคู่มือ' }, `/staff/risks/outside-manual/${id}/review`)).statusCode).toBe(303)
    expect(await t.db.selectFrom('outside_manual_reports').select(['status', 'outcome', 'reviewed_by_label']).where('id', '=', id).executeTakeFirstOrThrow()).toEqual({ status: 'reviewed', outcome: 'update_manual', reviewed_by_label: 'นายกเทศมนตรี เวียงทอง' })
    expect((await head.submit(`/staff/risks/outside-manual/${id}`, { outcome: 'justified', review_note: 'อีกครั้ง' }, `/staff/risks/outside-manual/${id}/review`)).statusCode).toBe(409)
  })

  it('the committee is appointed by an order, evaluates the five components, the head reports', async () => {
    const ita = await t.asUser(ITA)
    const page = '/staff/risks/internal-control?year=2569'
    expect((await ita.submit(page, { order_number: '๑๒/๒๕๖๙', 'order_date-day': '1', 'order_date-month': '10', 'order_date-year': '2568', members: 'ปลัด' }, '/staff/risks/internal-control/2569/appoint')).statusCode).toBe(422)
    expect((await ita.submit(page, { order_number: '๑๒/๒๕๖๙', 'order_date-day': '1', 'order_date-month': '10', 'order_date-year': '2568', members: 'นายปลัด เวียงทอง, ปลัดเทศบาล, ประธาน\nนางคลัง ดี, ผู้อำนวยการกองคลัง, กรรมการ' }, '/staff/risks/internal-control/2569/appoint')).statusCode).toBe(303)
    const results: Record<string, string> = {}
    for (const c of ['control_environment', 'risk_assessment', 'control_activities', 'information_communication', 'monitoring']) Object.assign(results, { [`${c}_assessment`]: 'adequate', [`${c}_findings`]: `ข้อค้นพบ ${c}`, [`${c}_improvements`]: '' })
    expect((await ita.submit(page, { ...results, monitoring_assessment: '' }, '/staff/risks/internal-control/2569/results')).statusCode).toBe(422)
    expect((await ita.submit(page, results, '/staff/risks/internal-control/2569/results')).statusCode).toBe(303)
    expect((await ita.submit(page, { summary: 'เพียงพอ' }, '/staff/risks/internal-control/2569/report')).statusCode).toBe(403)
    const head = await t.asUser(HEAD)
    expect((await head.submit(page, { summary: 'การควบคุมภายในเพียงพอ' }, '/staff/risks/internal-control/2569/report')).statusCode).toBe(303)
    const e = await t.db.selectFrom('ic_evaluations').selectAll().executeTakeFirstOrThrow()
    expect(e).toMatchObject({ status: 'reported', order_number: '๑๒/๒๕๖๙', order_date: '2025-10-01', summary: 'การควบคุมภายในเพียงพอ' })
    expect(e.members).toHaveLength(2)
    expect(await t.db.selectFrom('ic_component_results').select('component').where('evaluation_id', '=', e.id).execute()).toHaveLength(5)
    expect((await head.submit(page, results, '/staff/risks/internal-control/2569/results')).statusCode).toBe(409)
    expect((await (await t.asUser(OVERSIGHT)).get(page)).statusCode).toBe(403)
  })
})
