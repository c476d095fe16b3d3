import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type Client, type TestApp } from '../support/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-22T03:00:00Z') })
})
afterAll(async () => {
  await t.close()
})

const form = (over: Record<string, string> = {}) => ({
  kind: 'eit',
  mode: 'confidential',
  title_th: 'ซ้อมประเมิน EIT ปีงบประมาณ 2570',
  title_en: '',
  audience: 'ผู้มาติดต่อ',
  sample_group: 'sub_muni_s',
  headcount: '',
  minimum_override: '',
  'opens_on-day': '1',
  'opens_on-month': '11',
  'opens_on-year': '2569',
  'closes_on-day': '31',
  'closes_on-month': '12',
  'closes_on-year': '2569',
  ...over,
})

async function createOpenSurvey(c: Client, over: Record<string, string> = {}): Promise<string> {
  const orgId = await t.orgId('wiang-thong')
  const created = await c.submit('/staff/surveys?org=wiang-thong', { organisation_id: orgId, ...form(over) }, '/staff/surveys')
  expect(created.statusCode).toBe(303)
  const id = /\/staff\/surveys\/([0-9a-f-]{36})$/.exec(created.headers.location as string)![1]!
  const opened = await c.submit(`/staff/surveys/${id}`, { to: 'open' }, `/staff/surveys/${id}/status`)
  expect(opened.statusCode).toBe(303)
  return id
}

/** Every EIT item answered: `level` on the four-level items, yes on the yes/no ones. */
function eitAnswers(level: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const n of [6, 7, 8]) for (const q of [1, 2, 3]) out[`a__ind${n}_q${q}`] = level
  out['a__ind6_q3'] = 'yes'
  out['a__ind7_q3'] = 'yes'
  return out
}

describe('surveys with one-time codes', () => {
  it('refuses a bad form with 422 and the typed values kept', async () => {
    const c = await t.asUser('wt-ita@prongsai.test')
    const orgId = await t.orgId('wiang-thong')
    const res = await c.submit('/staff/surveys?org=wiang-thong', { organisation_id: orgId, ...form({ title_th: '', 'closes_on-year': '2568', audience: 'คนที่มาติดต่อ' }) }, '/staff/surveys')
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('error-summary')
    expect(res.body).toContain('กรอกชื่อแบบสำรวจ')
    expect(res.body).toContain('value="คนที่มาติดต่อ"')
  })

  it('lets a printed code answer once: the second use is refused with 409 and the token is never stored beside the answer', async () => {
    const c = await t.asUser('wt-ita@prongsai.test')
    const id = await createOpenSurvey(c)
    const sheet = await c.submit(`/staff/surveys/${id}`, { count: '3' }, `/staff/surveys/${id}/codes`)
    expect(sheet.statusCode).toBe(200)
    expect(sheet.headers['cache-control']).toBe('no-store')
    const codes = [...sheet.body.matchAll(/class="survey-code">([A-Z0-9-]+)</g)].map((m) => m[1]!)
    expect(codes).toHaveLength(3)
    const stored = await t.db.selectFrom('survey_tokens').select(['token_hash', 'kind', 'answered']).where('survey_id', '=', id).execute()
    expect(stored).toHaveLength(3)
    expect(stored.some((s) => codes.some((code) => s.token_hash.includes(code)))).toBe(false)

    const citizen = t.client()
    const page = await citizen.get(`/s/${id}`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('name="code"')
    // A missing answer: 422, the chosen levels kept.
    const partial = await citizen.post(`/s/${id}`, { code: codes[0]!.toLowerCase(), a__ind6_q1: '3' })
    expect(partial.statusCode).toBe(422)
    expect(partial.body).toMatch(/value="3"[^>]*checked|checked[^>]*value="3"/)
    expect(await t.db.selectFrom('survey_tokens').select('answered').where('survey_id', '=', id).where('answered', '=', true).execute()).toHaveLength(0)

    const ok = await citizen.post(`/s/${id}`, { code: codes[0]!.toLowerCase(), ...eitAnswers('4') })
    expect(ok.statusCode).toBe(303)
    expect(ok.headers.location).toBe(`/s/${id}/thanks`)
    const again = await t.client().submit(`/s/${id}`, { code: codes[0]!, ...eitAnswers('1') })
    expect(again.statusCode).toBe(409)
    const unknown = await t.client().submit(`/s/${id}`, { code: 'AAAAA-BBBBB', ...eitAnswers('1') })
    expect(unknown.statusCode).toBe(422)

    const responses = await t.db.selectFrom('survey_responses').selectAll().where('survey_id', '=', id).execute()
    expect(responses).toHaveLength(1)
    expect(Object.keys(responses[0]!).sort()).toEqual(['answers', 'id', 'submitted_on', 'survey_id'])
    expect(JSON.stringify(responses[0])).not.toContain(codes[0]!)
    expect((await t.db.selectFrom('survey_tokens').select('answered').where('survey_id', '=', id).where('answered', '=', true).execute())).toHaveLength(1)
  })

  it('e-mails one link per person and reminds only those who have not answered, with a fresh link', async () => {
    const c = await t.asUser('wt-ita@prongsai.test')
    const id = await createOpenSurvey(c, { kind: 'iit', headcount: '12' })
    const sent = await c.submit(`/staff/surveys/${id}`, { invitees: 'สมศรี ใจดี <somsri@wiangthong.example.go.th>\nsomchai@wiangthong.example.go.th' }, `/staff/surveys/${id}/invitations`)
    expect(sent.statusCode).toBe(303)
    const mails = await t.db.selectFrom('outbox').select(['to_address', 'body_text']).where('to_address', 'in', ['somsri@wiangthong.example.go.th', 'somchai@wiangthong.example.go.th']).execute()
    expect(mails).toHaveLength(2)
    const link = /\/s\/[0-9a-f-]{36}\?t=[A-Za-z0-9_-]+/.exec(mails[0]!.body_text)![0]
    expect(link).toContain(id)
    const answers: Record<string, string> = {}
    for (const n of [1, 2, 3, 4, 5]) for (const q of [1, 2, 3]) answers[`a__ind${n}_q${q}`] = q === 3 && (n === 3 || n === 5) ? 'yes' : '3'
    const person = t.client()
    const form = await person.get(link)
    expect(form.body).toContain('name="t"')
    const token = /name="t" value="([^"]+)"/.exec(form.body)![1]!
    expect((await person.post(`/s/${id}`, { t: token, ...answers })).statusCode).toBe(303)
    expect((await person.post(`/s/${id}`, { t: token, ...answers })).statusCode).toBe(409)
    expect((await t.client().get(link)).body).toContain('ท่านตอบแบบสำรวจนี้แล้ว')

    const reminded = await c.submit(`/staff/surveys/${id}`, {}, `/staff/surveys/${id}/reminders`)
    expect(reminded.statusCode).toBe(303)
    const reminders = await t.db.selectFrom('outbox').select(['to_address', 'subject']).where('subject', 'like', 'เตือน%').execute()
    expect(reminders.map((r) => r.to_address)).toHaveLength(1)
  })
})

describe('anonymous and open surveys', () => {
  it('stores no person, token, address or agent with an anonymous answer', async () => {
    const c = await t.asUser('wt-ita@prongsai.test')
    const id = await createOpenSurvey(c, { mode: 'anonymous' })
    const citizen = t.client()
    await citizen.get(`/s/${id}`)
    const res = await t.app.inject({ method: 'POST', url: `/s/${id}`, headers: { 'user-agent': 'SecretPhone/1.0', 'x-forwarded-for': '203.0.113.77', cookie: [...citizen.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ _csrf: citizen.lastCsrf ?? '', ...eitAnswers('2') }).toString() })
    expect(res.statusCode).toBe(303)
    const rows = await t.db.selectFrom('survey_responses').selectAll().where('survey_id', '=', id).execute()
    expect(rows).toHaveLength(1)
    expect(Object.keys(rows[0]!).sort()).toEqual(['answers', 'id', 'submitted_on', 'survey_id'])
    const everything = JSON.stringify(rows)
    for (const secret of ['SecretPhone', '203.0.113.77', '127.0.0.1', 'wt-ita']) expect(everything).not.toContain(secret)
    expect(await t.db.selectFrom('survey_tokens').select('id').where('survey_id', '=', id).execute()).toHaveLength(0)
    expect(await t.db.selectFrom('survey_devices').select('device_hash').where('survey_id', '=', id).execute()).toHaveLength(0)
    const audit = await t.db.selectFrom('audit_events').select('action').where('entity_id', '=', id).execute()
    expect(audit.map((a) => a.action).sort()).toEqual(['survey.created', 'survey.opened'])
  })

  it('refuses a second answer from the same device on an open survey with 409', async () => {
    const c = await t.asUser('wt-ita@prongsai.test')
    const id = await createOpenSurvey(c, { mode: 'open' })
    const phone = t.client()
    expect((await phone.submit(`/s/${id}`, eitAnswers('3'))).statusCode).toBe(303)
    const second = await phone.submit(`/s/${id}`, eitAnswers('3'))
    expect(second.statusCode).toBe(409)
    expect((await phone.get(`/s/${id}`)).body).toContain('ท่านตอบแบบสำรวจนี้แล้ว')
    expect(await t.db.selectFrom('survey_responses').select('id').where('survey_id', '=', id).execute()).toHaveLength(1)
  })

  it('keeps a draft survey off the public answer page and refuses a status the machine does not allow', async () => {
    const c = await t.asUser('wt-ita@prongsai.test')
    const orgId = await t.orgId('wiang-thong')
    const created = await c.submit('/staff/surveys?org=wiang-thong', { organisation_id: orgId, ...form({ mode: 'open' }) }, '/staff/surveys')
    const id = /([0-9a-f-]{36})$/.exec(created.headers.location as string)![1]!
    expect((await t.client().get(`/s/${id}`)).statusCode).toBe(404)
    expect((await c.submit(`/staff/surveys/${id}`, { to: 'closed' }, `/staff/surveys/${id}/status`)).statusCode).toBe(409)
    await expect(t.db.updateTable('surveys').set({ status: 'closed' }).where('id', '=', id).execute()).rejects.toThrow(/may not become/)
    // Someone from another agency may not see it.
    const other = await t.asUser('nb-officer@prongsai.test')
    expect((await other.get(`/staff/surveys/${id}`)).statusCode).toBe(403)
  })
})

describe('results', () => {
  it('hides a group under 5, shows it from 5, publishes only approved comments, with Word and Excel', async () => {
    const c = await t.asUser('wt-ita@prongsai.test')
    const id = await createOpenSurvey(c, { mode: 'open', kind: 'satisfaction', service_name: 'ขออนุญาตก่อสร้างอาคาร', title_th: 'ความพึงพอใจ งานขออนุญาตก่อสร้าง' })
    const sat = (level: string, comment = '') => ({ a__sat_process: level, a__sat_time: level, a__sat_staff: level, a__sat_place: level, a__sat_overall: level, a__comment: comment })
    for (let i = 0; i < 4; i++) expect((await t.client().submit(`/s/${id}`, sat(i < 2 ? '5' : '4', i === 0 ? 'เจ้าหน้าที่บริการดีมาก' : i === 1 ? 'โทรหาคุณสมชาย 081-234-5678' : ''))).statusCode).toBe(303)
    const four = await c.get(`/staff/surveys/${id}/results`)
    expect(four.statusCode).toBe(200)
    expect(four.body).toContain('มีผู้ตอบน้อยกว่า 5 คน')
    expect(four.body).not.toContain('เจ้าหน้าที่บริการดีมาก')
    expect(four.body).not.toContain('<svg')
    // Publishing needs a closed survey and at least 5 answers.
    await c.submit(`/staff/surveys/${id}`, { to: 'closed' }, `/staff/surveys/${id}/status`)
    expect((await c.submit(`/staff/surveys/${id}/results`, { publish: 'yes' }, `/staff/surveys/${id}/publish`)).statusCode).toBe(409)
    await c.submit(`/staff/surveys/${id}`, { to: 'open' }, `/staff/surveys/${id}/status`)
    expect((await t.client().submit(`/s/${id}`, sat('3'))).statusCode).toBe(303)

    const five = await c.get(`/staff/surveys/${id}/results`)
    expect(five.body).toContain('<svg')
    expect(five.body).toContain('เจ้าหน้าที่บริการดีมาก')
    // (5 + 5 + 4 + 4 + 3) / 5 = 4.20 on every question
    expect(five.body).toContain('4.20')
    const comments = await t.db.selectFrom('survey_comments').select(['id', 'text']).where('survey_id', '=', id).execute()
    const good = comments.find((x) => x.text === 'เจ้าหน้าที่บริการดีมาก')!
    const personal = comments.find((x) => x.text.includes('081'))!
    expect((await c.submit(`/staff/surveys/${id}/results`, { decision: 'approved' }, `/staff/surveys/${id}/comments/${good.id}`)).statusCode).toBe(303)
    expect((await c.submit(`/staff/surveys/${id}/results`, { decision: 'rejected' }, `/staff/surveys/${id}/comments/${personal.id}`)).statusCode).toBe(303)
    await c.submit(`/staff/surveys/${id}`, { to: 'closed' }, `/staff/surveys/${id}/status`)
    expect((await c.submit(`/staff/surveys/${id}/results`, { publish: 'yes' }, `/staff/surveys/${id}/publish`)).statusCode).toBe(303)

    const pub = await t.client().get(`/o/wiang-thong/surveys/${id}`)
    expect(pub.statusCode).toBe(200)
    expect(pub.body).toContain('เจ้าหน้าที่บริการดีมาก')
    expect(pub.body).not.toContain('081-234-5678')
    expect((await t.client().get('/o/wiang-thong/surveys')).body).toContain('ความพึงพอใจ งานขออนุญาตก่อสร้าง')
    const docx = await t.client().get(`/o/wiang-thong/surveys/${id}.docx`)
    expect(docx.statusCode).toBe(200)
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK')
    const xlsx = await t.client().get(`/o/wiang-thong/surveys/${id}.xlsx`)
    expect(xlsx.statusCode).toBe(200)
    expect(xlsx.headers['content-type']).toContain('spreadsheetml')
    // Withdrawn results are no longer public.
    expect((await c.submit(`/staff/surveys/${id}/results`, { publish: 'no' }, `/staff/surveys/${id}/publish`)).statusCode).toBe(303)
    expect((await t.client().get(`/o/wiang-thong/surveys/${id}`)).statusCode).toBe(404)
  })

  it('shows the self-assessment with the sample against the minimum and the unofficial label', async () => {
    const c = await t.asUser('wt-ita@prongsai.test')
    const before = await c.get('/staff/surveys/self-assessment?org=wiang-thong&fy=2570')
    expect(before.body).toContain('ยังไม่มีผลการประเมินทางการของปีก่อน')
    // Last year's official result, as the import stores it (hundredths): every indicator 80.00.
    await t.db.insertInto('ita_results').values({ organisation_id: await t.orgId('wiang-thong'), fiscal_year: 2569, scores: JSON.stringify(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), 8000]))), imported_by: await t.userId('admin@prongsai.test'), imported_at: t.clock.now }).execute()
    const res = await c.get('/staff/surveys/self-assessment?org=wiang-thong&fy=2570')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('ไม่เป็นทางการ')
    expect(res.body).toContain('ยังขาดผู้ตอบอีก')
    expect(res.body).toContain('ผลทางการ ปี 2569')
    expect(res.body).toContain('ผลการประเมินทางการปี 2569: คะแนนรวม 80.00')
    const admin = await t.asUser('admin@prongsai.test')
    await admin.get('/staff/surveys/self-assessment?org=wiang-thong&fy=2570')
    expect((await admin.post('/staff/surveys/points/2570?org=wiang-thong', { l1: '0', l2: '40', l3: '30', l4: '100', yes: '100', no: '0' })).statusCode).toBe(422)
    expect((await admin.post('/staff/surveys/points/2570?org=wiang-thong', { l1: '0', l2: '25', l3: '75', l4: '100', yes: '100', no: '0' })).statusCode).toBe(303)
    expect((await c.post('/staff/surveys/points/2570?org=wiang-thong', { l1: '0', l2: '25', l3: '75', l4: '100', yes: '100', no: '0' })).statusCode).toBe(403)
  })
})
