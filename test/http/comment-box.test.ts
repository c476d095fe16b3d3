import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-08T03:00:00Z'), env: { BASE_URL: 'https://prongsai.example' } })
})
afterAll(async () => t.close())

const AGENT = 'Mozilla/5.0 (X11; Linux) ProngsaiTestBrowser/77.7'
const ADDRESS = '203.0.113.77'
const entryOf = (reference: string) => t.db.selectFrom('comment_box_entries').selectAll().where('reference', '=', reference).executeTakeFirstOrThrow()

/** Posts the form as a browser behind a proxy would: a user agent and a forwarded address. */
async function postComment(form: Record<string, string>) {
  const c = t.client()
  const page = await c.get('/o/wiang-thong/comments/new', { 'user-agent': AGENT, 'x-forwarded-for': ADDRESS })
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!
  const body = new URLSearchParams({ _csrf: csrf, ...form }).toString()
  return t.app.inject({ method: 'POST', url: '/o/wiang-thong/comments/new', remoteAddress: ADDRESS, headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': 'application/x-www-form-urlencoded', 'user-agent': AGENT, 'x-forwarded-for': ADDRESS }, payload: body })
}

let reference = ''
let code = ''

describe('an anonymous comment', () => {
  it('rejects an empty comment with 422, keeping what was typed', async () => {
    const res = await postComment({ kind: '', body: '', identity: 'anonymous', follow_up: 'yes' })
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('เลือกประเภทของความคิดเห็น')
  })

  it('gets a reference and a follow-up code, and the database holds no address, agent, name or contact', async () => {
    // A name typed before choosing "anonymous" is dropped.
    const res = await postComment({ kind: 'suggestion', body: 'ไฟทางเดินในสวนสาธารณะมืดเกินไปตอนค่ำ', identity: 'anonymous', name: 'นายลืมลบ ชื่อ', contact: '081-000-0000', follow_up: 'yes' })
    expect(res.statusCode).toBe(200)
    reference = /คห\. \d+\/2569/.exec(res.body)![0]
    code = /<code>([0-9A-Z-]{19})<\/code>/.exec(res.body)![1]!
    const row = await entryOf(reference)
    expect(row).toMatchObject({ anonymous: true, name: null, contact: null, sealed_identity: null, status: 'new', received_on: '2026-12-08' })
    const columns = await sql<{ column_name: string }>`SELECT column_name FROM information_schema.columns WHERE table_name = 'comment_box_entries'`.execute(t.db)
    for (const c of columns.rows) expect(c.column_name).not.toMatch(/(^|_)ip(_|$)|agent|address|remote/i)
    // Nothing anywhere in the database mentions the sender's address or browser.
    const dump = JSON.stringify([await t.db.selectFrom('comment_box_entries').selectAll().execute(), await t.db.selectFrom('audit_events').selectAll().execute()])
    expect(dump).not.toContain(ADDRESS)
    expect(dump).not.toContain('ProngsaiTestBrowser')
    expect(dump).not.toContain('นายลืมลบ')
  })
})

describe('triage', () => {
  it('acting on it needs what changed (422); then it is published as "you said, we did" and counted per half-year', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    const row = await entryOf(reference)
    await officer.get(`/staff/comments/${row.id}`)
    const bad = await officer.post(`/staff/comments/${row.id}/triage`, { action: 'act', reply: 'ขอบคุณครับ' })
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('ระบุสิ่งที่หน่วยงานปรับปรุง')
    // An officer who is not a complaint officer cannot forward.
    expect(bad.body).not.toContain('ส่งเป็นเรื่องร้องเรียน</label>')
    const ok = await officer.post(`/staff/comments/${row.id}/triage`, { action: 'act', reply: 'ติดตั้งไฟเพิ่มแล้วครับ', what_changed: 'ติดตั้งไฟส่องทางเพิ่ม 12 จุดในสวนสาธารณะ', publish: 'yes' })
    expect(ok.statusCode).toBe(303)
    expect(await entryOf(reference)).toMatchObject({ status: 'acted', publish_change: true, triaged_on: '2026-12-08' })
    const pub = await t.client().get('/o/wiang-thong/comments')
    expect(pub.statusCode).toBe(200)
    expect(pub.body).toContain('ติดตั้งไฟส่องทางเพิ่ม 12 จุดในสวนสาธารณะ')
    expect(pub.body).not.toContain('ไฟทางเดินในสวนสาธารณะมืดเกินไป')
    expect(pub.body).toContain('ครึ่งปีแรก ปีงบประมาณ พ.ศ. 2570')
    // The commenter follows it with the code.
    const c = t.client()
    await c.get('/o/wiang-thong/comments/follow-up')
    expect((await c.post('/o/wiang-thong/comments/follow-up', { reference, code: 'AAAA-BBBB-CCCC-DDDD' })).statusCode).toBe(422)
    const followed = await c.post('/o/wiang-thong/comments/follow-up', { reference, code })
    expect(followed.statusCode).toBe(200)
    expect(followed.body).toContain('ติดตั้งไฟเพิ่มแล้วครับ')
    await expect(t.db.updateTable('comment_box_entries').set({ status: 'new' }).where('reference', '=', reference).execute()).rejects.toThrow(/may not go from acted to new/)
  })

  it('seals a named commenter; forwarding files the complaint in the same transaction and passes its receipt to the commenter only', async () => {
    // The complaint officer has a key pair before the comment arrives, so a copy is sealed to them.
    const desk = await t.asUser('wt-complaints@prongsai.test')
    const res = await postComment({ kind: 'problem', body: 'เจ้าหน้าที่เรียกเก็บเงินค่าตรวจแบบบ้านโดยไม่ออกใบเสร็จ', identity: 'named', name: 'นายมีชื่อ จริงใจ', contact: 'meechue@example.test', follow_up: 'yes' })
    expect(res.statusCode).toBe(200)
    const ref = /คห\. \d+\/2569/.exec(res.body)![0]
    const followCode = /<code>([0-9A-Z-]{19})<\/code>/.exec(res.body)![1]!
    const row = await entryOf(ref)
    expect(row).toMatchObject({ anonymous: false, name: null, contact: null })
    expect(row.sealed_identity).toMatch(/^v1\./)
    const dump = JSON.stringify([await t.db.selectFrom('comment_box_entries').selectAll().execute(), await t.db.selectFrom('comment_box_keys').selectAll().execute(), await t.db.selectFrom('audit_events').selectAll().execute()])
    expect(dump).not.toContain('นายมีชื่อ')
    expect(dump).not.toContain('meechue@')
    const deskId = (await t.db.selectFrom('users').select('id').where('email', '=', 'wt-complaints@prongsai.test').executeTakeFirstOrThrow()).id
    expect(await t.db.selectFrom('comment_box_keys').select('user_id').where('comment_id', '=', row.id).execute()).toContainEqual({ user_id: deskId })
    const page = await desk.get(`/staff/comments/${row.id}`)
    expect(page.body).toContain('นายมีชื่อ จริงใจ · meechue@example.test')
    expect(page.body).toContain('ส่งเป็นเรื่องร้องเรียน')
    expect((await desk.post(`/staff/comments/${row.id}/triage`, { action: 'forward' })).statusCode).toBe(422)

    // If marking the comment fails, the complaint filed a moment before is rolled back with it.
    const complaintsBefore = (await t.db.selectFrom('complaints').select('id').execute()).length
    await sql`CREATE FUNCTION test_refuse_forward() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.status = 'forwarded' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$`.execute(t.db)
    await sql`CREATE TRIGGER test_refuse_forward BEFORE UPDATE ON comment_box_entries FOR EACH ROW EXECUTE FUNCTION test_refuse_forward()`.execute(t.db)
    expect((await desk.post(`/staff/comments/${row.id}/triage`, { action: 'forward', complaint_kind: 'corruption' })).statusCode).toBe(500)
    await sql`DROP TRIGGER test_refuse_forward ON comment_box_entries`.execute(t.db)
    await sql`DROP FUNCTION test_refuse_forward()`.execute(t.db)
    expect((await t.db.selectFrom('complaints').select('id').execute()).length).toBe(complaintsBefore)
    expect((await entryOf(ref)).status).toBe('new')

    const ok = await desk.post(`/staff/comments/${row.id}/triage`, { action: 'forward', complaint_kind: 'corruption', reply: 'ส่งเรื่องให้งานนิติการดำเนินการแล้ว' })
    expect(ok.statusCode).toBe(303)
    const after = await entryOf(ref)
    expect(after.status).toBe('forwarded')
    expect(after.sealed_complaint_receipt).toMatch(/^s1\./)
    const complaint = await t.db.selectFrom('complaints').select(['id', 'reference', 'kind', 'anonymous', 'organisation_id']).where('id', '=', after.complaint_id!).executeTakeFirstOrThrow()
    expect(complaint).toMatchObject({ reference: after.complaint_reference, kind: 'corruption', anonymous: false, organisation_id: await t.orgId('wiang-thong') })
    // The officer never sees the receipt; the commenter gets it with their code and it opens the complaint.
    const staffPage = await desk.get(`/staff/comments/${row.id}`)
    const c = t.client()
    await c.get('/o/wiang-thong/comments/follow-up')
    const followed = await c.post('/o/wiang-thong/comments/follow-up', { reference: ref, code: followCode })
    expect(followed.statusCode).toBe(200)
    const receipt = /<code>([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})<\/code>/.exec(followed.body)![1]!
    expect(staffPage.body).not.toContain(receipt)
    expect(followed.body).toContain(after.complaint_reference!)
    const complainant = t.client()
    await complainant.get('/complaints/follow-up')
    const opened = await complainant.post('/complaints/follow-up', { receipt })
    expect(opened.statusCode).toBe(303)
    expect((await complainant.get(opened.headers.location as string)).body).toContain(after.complaint_reference!)
  })

  it('seals a name written before sealing existed the next time a reader opens it', async () => {
    const res = await postComment({ kind: 'praise', body: 'ขอบคุณเจ้าหน้าที่งานทะเบียน', identity: 'anonymous', follow_up: 'no' })
    const ref = /คห\. \d+\/2569/.exec(res.body)![0]
    await t.db.updateTable('comment_box_entries').set({ anonymous: false, name: 'นางเก่า ก่อนปิดผนึก', contact: '081 234 5678' }).where('reference', '=', ref).execute()
    const row = await entryOf(ref)
    const officer = await t.asUser('wt-officer@prongsai.test')
    expect((await officer.get(`/staff/comments/${row.id}`)).body).toContain('นางเก่า ก่อนปิดผนึก · 081 234 5678')
    const sealedRow = await entryOf(ref)
    expect(sealedRow).toMatchObject({ name: null, contact: null })
    expect(sealedRow.sealed_identity).toMatch(/^v1\./)
  })

  it('another agency cannot read or triage it (404); an officer without the role cannot forward (403)', async () => {
    const row = await t.db.selectFrom('comment_box_entries').select('id').where('status', '=', 'forwarded').executeTakeFirstOrThrow()
    const other = await t.asUser('nb-officer@prongsai.test')
    expect((await other.get(`/staff/comments/${row.id}`)).statusCode).toBe(404)
    await other.get('/staff/comments')
    expect((await other.post(`/staff/comments/${row.id}/triage`, { action: 'thank' })).statusCode).toBe(404)
    const fresh = await postComment({ kind: 'praise', body: 'บริการดีมาก', identity: 'anonymous', follow_up: 'no' })
    const freshRow = await entryOf(/คห\. \d+\/2569/.exec(fresh.body)![0])
    const officer = await t.asUser('wt-officer@prongsai.test')
    await officer.get(`/staff/comments/${freshRow.id}`)
    expect((await officer.post(`/staff/comments/${freshRow.id}/triage`, { action: 'forward', complaint_kind: 'corruption' })).statusCode).toBe(403)
    expect((await entryOf(/คห\. \d+\/2569/.exec(fresh.body)![0])).status).toBe('new')
  })
})
