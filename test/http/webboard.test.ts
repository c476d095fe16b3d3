import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { sendWebboardReminders } from '../../src/features/webboard/index.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

let t: TestApp
// Monday 2026-12-07, 10:00 in Bangkok.
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-07T03:00:00Z'), env: { BASE_URL: 'https://prongsai.example' } })
})
afterAll(async () => t.close())

const question = (over: Record<string, string> = {}) => ({ topic: 'services', name: 'ชาวบ้านหมู่ 5', title: 'เวลาเปิดงานทะเบียนราษฎร', body: 'งานทะเบียนเปิดวันเสาร์ไหมครับ โทร 081-234-5678', ...over })
const postOf = (id: string) => t.db.selectFrom('webboard_posts').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
const idFrom = (html: string) => /href="\/o\/wiang-thong\/webboard\/([0-9a-f-]{36})"/.exec(html)?.[1]

let questionId = ''
let askerCode = ''

describe('asking in public', () => {
  it('rejects an empty question with 422 and keeps what was typed', async () => {
    const c = t.client()
    const res = await c.submit('/o/wiang-thong/webboard/ask', question({ title: '', topic: 'nonsense' }))
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('ระบุหัวเรื่องสั้น ๆ')
    expect(res.body).toContain('เลือกหัวข้อของคำถาม')
    expect(res.body).toContain('ชาวบ้านหมู่ 5')
    expect(await t.db.selectFrom('webboard_posts').select('id').execute()).toHaveLength(0)
  })

  it('holds a question with a phone number for the moderator, and the public does not see it', async () => {
    const c = t.client()
    const res = await c.submit('/o/wiang-thong/webboard/ask', question())
    expect(res.statusCode).toBe(200)
    askerCode = /<code>([0-9A-Z-]{19})<\/code>/.exec(res.body)![1]!
    const row = await t.db.selectFrom('webboard_posts').selectAll().where('kind', '=', 'question').executeTakeFirstOrThrow()
    questionId = row.id
    expect(row).toMatchObject({ status: 'pending', hold_reasons: ['phone'], published_on: null, due_on: null })
    // Only the hash of the asker's code is kept.
    expect(row.asker_code_hash).not.toContain(askerCode.replace(/-/g, ''))
    const board = await t.client().get('/o/wiang-thong/webboard')
    expect(board.statusCode).toBe(200)
    expect(board.body).not.toContain('เวลาเปิดงานทะเบียนราษฎร')
    expect((await t.client().get(`/o/wiang-thong/webboard/${questionId}`)).statusCode).toBe(404)
  })

  it('the moderator sees why it was held, removes the number (recorded, not kept) and publishes it with a due date', async () => {
    const mod = await t.asUser('wt-officer@prongsai.test')
    const queue = await mod.get('/staff/webboard')
    expect(queue.statusCode).toBe(200)
    expect(queue.body).toContain('มีหมายเลขโทรศัพท์')
    // A removal needs a reason: 422, the form kept.
    const bad = await mod.post(`/staff/webboard/posts/${questionId}/moderate`, { decision: 'publish', redact: '081-234-5678', redact_reason: '' })
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('ระบุเหตุผลที่ลบข้อความ')
    expect((await postOf(questionId)).status).toBe('pending')
    const ok = await mod.post(`/staff/webboard/posts/${questionId}/moderate`, { decision: 'publish', redact: '081-234-5678', redact_reason: 'หมายเลขโทรศัพท์ส่วนตัว' })
    expect(ok.statusCode).toBe(303)
    const row = await postOf(questionId)
    // Monday + 5 business days, with Thursday 10 December (Constitution Day) skipped.
    expect(row).toMatchObject({ status: 'published', published_on: '2026-12-07', due_on: '2026-12-15' })
    expect(row.body).not.toContain('081-234-5678')
    expect(row.body).toContain('ลบข้อมูลส่วนบุคคล')
    const red = await t.db.selectFrom('webboard_redactions').selectAll().where('post_id', '=', questionId).execute()
    expect(red).toHaveLength(1)
    expect(red[0]).toMatchObject({ occurrences: 1, characters: 12, reason: 'หมายเลขโทรศัพท์ส่วนตัว' })
    expect(JSON.stringify(await t.db.selectFrom('audit_events').select('summary').where('entity_id', '=', questionId).execute())).not.toContain('081-234-5678')
    const pub = await t.client().get(`/o/wiang-thong/webboard/${questionId}`)
    expect(pub.statusCode).toBe(200)
    expect(pub.body).not.toContain('081-234-5678')
  })

  it('the database refuses to send a moderated post back to the queue', async () => {
    await expect(t.db.updateTable('webboard_posts').set({ status: 'pending' }).where('id', '=', questionId).execute()).rejects.toThrow(/may not go from published to pending/)
  })
})

describe('the official answer', () => {
  it('shows first, marked and signed with the position, even after a citizen replied earlier', async () => {
    // A citizen reply (pre-moderated by default), published by the moderator.
    const citizen = t.client()
    await citizen.get(`/o/wiang-thong/webboard/${questionId}`)
    const replied = await citizen.post(`/o/wiang-thong/webboard/${questionId}/reply`, { name: 'เพื่อนบ้าน', body: 'ผมก็อยากทราบเหมือนกัน' })
    expect(replied.statusCode).toBe(303)
    const reply = await t.db.selectFrom('webboard_posts').select('id').where('kind', '=', 'reply').executeTakeFirstOrThrow()
    const mod = await t.asUser('wt-officer@prongsai.test')
    await mod.get('/staff/webboard')
    expect((await mod.post(`/staff/webboard/posts/${reply.id}/moderate`, { decision: 'publish' })).statusCode).toBe(303)

    t.clock.now = new Date('2026-12-08T03:00:00Z')
    const answerer = await t.asUser('wt-officer@prongsai.test')
    const staffPage = await answerer.get(`/staff/webboard/questions/${questionId}`)
    expect(staffPage.body).toContain('ผมก็อยากทราบเหมือนกัน')
    const empty = await answerer.post(`/staff/webboard/questions/${questionId}/answer`, { answer: '  ' })
    expect(empty.statusCode).toBe(422)
    const answered = await answerer.post(`/staff/webboard/questions/${questionId}/answer`, { answer: 'งานทะเบียนราษฎรเปิดวันเสาร์ 08.30–12.00 น.' })
    expect(answered.statusCode).toBe(303)
    expect((await postOf(questionId)).answered_on).toBe('2026-12-08')

    const page = await t.client().get(`/o/wiang-thong/webboard/${questionId}`)
    const official = page.body.indexOf('data-kind="official-answer"')
    const citizenReply = page.body.indexOf('data-kind="reply"')
    expect(official).toBeGreaterThan(0)
    expect(citizenReply).toBeGreaterThan(official)
    expect(page.body).toContain('คำตอบอย่างเป็นทางการของหน่วยงาน')
    expect(page.body).toContain('นางสาวสมใจ ใจดี · เจ้าพนักงานธุรการ')
  })

  it('the asker, with their code, says the answer helped; a wrong code is refused', async () => {
    const c = t.client()
    await c.get(`/o/wiang-thong/webboard/${questionId}`)
    const wrong = await c.post(`/o/wiang-thong/webboard/${questionId}/helpful`, { code: 'AAAA-BBBB-CCCC-DDDD', helpful: 'yes' })
    expect(wrong.statusCode).toBe(422)
    expect(wrong.body).toContain('รหัสผู้ถามไม่ตรงกับคำถามนี้')
    expect((await postOf(questionId)).helpful).toBeNull()
    const right = await c.post(`/o/wiang-thong/webboard/${questionId}/helpful`, { code: askerCode.toLowerCase(), helpful: 'yes' })
    expect(right.statusCode).toBe(303)
    expect((await postOf(questionId)).helpful).toBe(true)
  })

  it('the public board lists it by topic with the response-time figures', async () => {
    const board = await t.client().get('/o/wiang-thong/webboard?topic=services')
    expect(board.statusCode).toBe(200)
    expect(idFrom(board.body)).toBe(questionId)
    expect(board.body).toContain('1 วันทำการ')
    expect(board.body).toContain('100%')
    expect(idFrom((await t.client().get('/o/wiang-thong/webboard?topic=tax_fees')).body)).toBeUndefined()
  })

  it('publishes the questions with their signed official answers as JSON, in the OpenAPI document, never a held post', async () => {
    const res = await t.client().get('/api/v1/organisations/wiang-thong/webboard?topic=services')
    expect(res.statusCode).toBe(200)
    const body = res.json() as { figures: { answered: number; on_time_percent: number }; questions: { id: string; topic_th: string; helpful: boolean; answers: { body: string; signed_by: string; position: string }[]; url: string }[] }
    expect(body.figures).toMatchObject({ answered: 1, on_time_percent: 100 })
    expect(body.questions).toHaveLength(1)
    expect(body.questions[0]).toMatchObject({ id: questionId, helpful: true, topic_th: 'งานบริการประชาชน', url: `https://prongsai.example/o/wiang-thong/webboard/${questionId}` })
    expect(body.questions[0]!.answers).toEqual([{ body: 'งานทะเบียนราษฎรเปิดวันเสาร์ 08.30–12.00 น.', signed_by: 'นางสาวสมใจ ใจดี', position: 'เจ้าพนักงานธุรการ', published_on: '2026-12-08' }])
    const all = await t.client().get('/api/v1/organisations/wiang-thong/webboard')
    const pending = await t.db.selectFrom('webboard_posts').select('id').where('status', '<>', 'published').execute()
    for (const p of pending) expect(all.body).not.toContain(p.id)
    expect((await t.client().get('/api/v1/organisations/no-such-agency/webboard')).statusCode).toBe(404)
    const doc = (await t.client().get('/api/openapi.json')).json() as { paths: Record<string, unknown> }
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/organisations/{slug}/webboard', '/api/v1/organisations/{slug}/information/statistics']))
  })
})

describe('isolation, reminders and limits', () => {
  it('another agency’s staff cannot see or moderate the post (404), and a citizen cannot reach staff pages', async () => {
    const other = await t.asUser('nb-officer@prongsai.test')
    expect((await other.get(`/staff/webboard/questions/${questionId}`)).statusCode).toBe(404)
    await other.get('/staff/webboard')
    expect((await other.post(`/staff/webboard/questions/${questionId}/answer`, { answer: 'x' })).statusCode).toBe(404)
    const wt = await t.orgId('wiang-thong')
    expect((await other.get(`/staff/webboard?org=${wt}`)).statusCode).toBe(403)
    const anonymous = await t.client().get('/staff/webboard')
    expect(anonymous.statusCode).toBe(303)
    expect(anonymous.headers.location).toMatch(/^\/sign-in/)
    // The question is not on the other agency's public board either.
    expect((await t.client().get(`/o/nong-bua/webboard/${questionId}`)).statusCode).toBe(404)
  })

  it('reminds the agency’s answerers once when an unanswered question is due', async () => {
    const c = t.client()
    await c.submit('/o/wiang-thong/webboard/ask', question({ title: 'ถนนซอย 4 ชำรุด', body: 'ถนนซอย 4 เป็นหลุมเป็นบ่อ' }))
    const q = await t.db.selectFrom('webboard_posts').select('id').where('title', '=', 'ถนนซอย 4 ชำรุด').executeTakeFirstOrThrow()
    const mod = await t.asUser('wt-officer@prongsai.test')
    await mod.get('/staff/webboard')
    await mod.post(`/staff/webboard/posts/${q.id}/moderate`, { decision: 'publish' })
    expect((await postOf(q.id)).due_on).toBe('2026-12-16')
    const deps = { db: t.db, now: new Date('2026-12-16T00:00:00Z'), baseUrl: 'https://prongsai.example' }
    expect(await sendWebboardReminders(deps)).toEqual({ webboard_reminders: 1 })
    expect(await sendWebboardReminders(deps)).toEqual({ webboard_reminders: 0 })
    const mails = await t.db.selectFrom('outbox').select(['to_address', 'subject', 'body_text']).where('subject', 'like', '%เว็บบอร์ด%').execute()
    expect(mails.map((m) => m.to_address).sort()).toEqual(['wt-deputy@prongsai.test', 'wt-head@prongsai.test', 'wt-officer@prongsai.test'])
    expect(mails[0]!.body_text).toContain(`https://prongsai.example/staff/webboard/questions/${q.id}`)
  })

  it('the head sets the answer times (webboard and information requests); 422 keeps the typed values; an officer may not (403)', async () => {
    const wt = await t.orgId('wiang-thong')
    const officer = await t.asUser('wt-officer@prongsai.test')
    expect((await officer.get(`/staff/webboard/settings?org=${wt}`)).statusCode).toBe(403)
    const head = await t.asUser('wt-head@prongsai.test')
    const form = { answer_days: '3', premoderate: 'yes', blocked_words: 'คำหยาบ', request_answer_days: '10', request_extension_days: '10', request_very_overdue_days: '5' }
    const bad = await head.submit(`/staff/webboard/settings?org=${wt}`, { ...form, request_answer_days: '0' })
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('คำหยาบ')
    expect((await head.submit(`/staff/webboard/settings?org=${wt}`, form)).statusCode).toBe(303)
    const row = await t.db.selectFrom('voice_settings').selectAll().where('organisation_id', '=', wt).executeTakeFirstOrThrow()
    expect(row).toMatchObject({ webboard_answer_days: 3, webboard_premoderate: true, webboard_blocked_words: 'คำหยาบ', request_answer_days: 10, request_extension_days: 10, request_very_overdue_days: 5 })
  })

  it('limits posts per source: the sixth in ten minutes is refused with 429', async () => {
    t.clock.now = new Date('2026-12-09T03:00:00Z')
    const c = t.client()
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await c.submit('/o/wiang-thong/webboard/ask', question({ title: `คำถามที่ ${i}`, body: 'ขอสอบถาม' }))).statusCode)
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429])
    const count = await sql<{ n: string }>`SELECT count(*) AS n FROM webboard_posts WHERE title LIKE 'คำถามที่ %'`.execute(t.db)
    expect(Number(count.rows[0]!.n)).toBe(5)
  })
})

describe('questions about a service', () => {
  it('names one of the agency’s published services (an unknown one is 422, typed values kept); the board, the page and the JSON read per service', async () => {
    t.clock.now = new Date('2026-12-09T05:00:00Z')
    const orgId = await t.orgId('wiang-thong')
    const svc = await t.db.insertInto('services').values({ organisation_id: orgId, number: 901, service_key: 'svc-901', current_version: 1, published_version: 1, published_at: t.clock.now, created_at: t.clock.now, updated_at: t.clock.now }).returning('id').executeTakeFirstOrThrow()
    await t.db.insertInto('service_versions').values({ service_id: svc.id, version: 1, name_th: 'การขออนุญาตก่อสร้างอาคาร', manual: JSON.stringify({}), total_days: 45, day_unit: 'calendar', published_at: t.clock.now, created_at: t.clock.now }).execute()
    const c = t.client()
    const form = await c.get('/o/wiang-thong/webboard/ask')
    expect(form.body).toContain('การขออนุญาตก่อสร้างอาคาร')
    const bad = await c.submit('/o/wiang-thong/webboard/ask', question({ service: 'svc-999', title: 'ขออนุญาตสร้างโรงจอดรถ', body: 'ต้องขออนุญาตไหมครับ' }))
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('เลือกงานบริการจากรายการของหน่วยงาน')
    expect(bad.body).toContain('ขออนุญาตสร้างโรงจอดรถ')
    expect((await c.submit('/o/wiang-thong/webboard/ask', question({ service: 'svc-901', title: 'ขออนุญาตสร้างโรงจอดรถ', body: 'ต้องขออนุญาตไหมครับ' }))).statusCode).toBe(200)
    const row = await t.db.selectFrom('webboard_posts').select(['id', 'service_key']).where('title', '=', 'ขออนุญาตสร้างโรงจอดรถ').executeTakeFirstOrThrow()
    expect(row.service_key).toBe('svc-901')
    const mod = await t.asUser('wt-officer@prongsai.test')
    await mod.get('/staff/webboard')
    expect((await mod.post(`/staff/webboard/posts/${row.id}/moderate`, { decision: 'publish' })).statusCode).toBe(303)
    const board = await t.client().get('/o/wiang-thong/webboard?service=svc-901')
    expect(board.body).toContain(`/o/wiang-thong/webboard/${row.id}`)
    expect(board.body).not.toContain(`/o/wiang-thong/webboard/${questionId}`)
    expect((await t.client().get(`/o/wiang-thong/webboard/${row.id}`)).body).toContain('href="/o/wiang-thong/services/svc-901"')
    const api = (await t.client().get('/api/v1/organisations/wiang-thong/webboard?service=svc-901')).json() as { questions: { id: string; service_key: string }[] }
    expect(api.questions).toEqual([expect.objectContaining({ id: row.id, service_key: 'svc-901' })])
  })
})
