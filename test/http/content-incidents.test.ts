import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type Client, type TestApp } from '../support/test-app.ts'

let t: TestApp
let filesDir: string
beforeAll(async () => {
  filesDir = mkdtempSync(join(tmpdir(), 'prongsai-incident-files-'))
  // 2026-12-04 in Bangkok.
  t = await createTestApp({ now: new Date('2026-12-04T03:00:00Z'), env: { FILES_DIR: filesDir, BASE_URL: 'https://prongsai.example' } })
})
afterAll(async () => {
  await t.close()
  rmSync(filesDir, { recursive: true, force: true })
})

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1]
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n')

async function postReport(c: Client, fields: Record<string, string>, file: { name: string; bytes: Buffer } | null, csrf?: string) {
  const token = csrf ?? csrfOf((await c.get('/staff/incidents/new')).body)
  const boundary = `----prongsai-${Math.random().toString(16).slice(2)}`
  const parts: Buffer[] = []
  for (const [k, v] of Object.entries({ _csrf: token ?? '', ...fields })) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`))
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="evidence"; filename="${file?.name ?? ''}"\r\nContent-Type: application/pdf\r\n\r\n`), file?.bytes ?? Buffer.alloc(0), Buffer.from(`\r\n--${boundary}--\r\n`))
  return t.app.inject({ method: 'POST', url: '/staff/incidents/new', headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: Buffer.concat(parts) })
}

const report = (orgId: string, over: Record<string, string> = {}) => ({
  organisation_id: orgId,
  kind: 'distorted_information',
  where_seen: 'https://facebook.example/groups/wiangthong/posts/123',
  'seen_on-day': '3',
  'seen_on-month': '12',
  'seen_on-year': '2569',
  description: 'โพสต์อ้างว่าเทศบาลยกเลิกเบี้ยยังชีพผู้สูงอายุ ซึ่งไม่เป็นความจริง',
  urgency: 'urgent',
  ...over,
})

const mailsTo = (email: string) => t.db.selectFrom('outbox').select(['subject', 'body_text']).where('to_address', '=', email).orderBy('created_at').execute()
const auditOf = (id: string) => t.db.selectFrom('audit_events').select(['action', 'summary']).where('entity_id', '=', id).orderBy('seq').execute()

let incidentId = ''
let secondId = ''

describe('reporting an incident to the head', () => {
  it('rejects an invalid report with 422, keeps what was typed and the evidence, then files it with the corrected form', async () => {
    const c = await t.asUser('wt-officer@prongsai.test')
    const orgId = await t.orgId('wiang-thong')
    const rejected = await postReport(c, report(orgId, { kind: '', 'seen_on-day': '5', 'seen_on-year': '2569', description: '' }), { name: 'ภาพหน้าจอ.pdf', bytes: PDF })
    expect(rejected.statusCode).toBe(422)
    expect(rejected.body).toContain('เลือกประเภทเหตุการณ์')
    expect(rejected.body).toContain('วันที่พบต้องไม่เป็นวันในอนาคต')
    expect(rejected.body).toContain('อธิบายสิ่งที่พบ')
    expect(rejected.body).toContain('https://facebook.example/groups/wiangthong/posts/123')
    expect(rejected.body).toContain('ภาพหน้าจอ.pdf')
    const kept = /name="evidence_kept" value="([^"]+)"/.exec(rejected.body)?.[1]
    expect(kept).toBeDefined()
    expect(await t.db.selectFrom('content_incidents').select('id').execute()).toHaveLength(0)

    const saved = await postReport(c, report(orgId, { evidence_kept: kept! }), null, csrfOf(rejected.body))
    expect(saved.statusCode).toBe(303)
    incidentId = String(saved.headers.location).split('/').pop()!
    const row = await t.db.selectFrom('content_incidents').selectAll().where('id', '=', incidentId).executeTakeFirstOrThrow()
    expect(row).toMatchObject({ status: 'reported', kind: 'distorted_information', seen_on: '2026-12-03', urgency: 'urgent', organisation_id: orgId })
    expect(row.evidence_file_id).toBeTruthy()

    // The head is told by mail (Thai first, then English), with the link and without the description.
    const [mail] = await mailsTo('wt-head@prongsai.test')
    expect(mail!.subject).toMatch(/^\[ด่วน\] รายงานเหตุการณ์ข้อมูลบิดเบือน – เทศบาลตำบลเวียงทอง \/ \[Urgent\] Content incident reported/)
    expect(mail!.body_text).toContain(`https://prongsai.example/staff/incidents/${incidentId}`)
    expect(mail!.body_text.indexOf('ประเภท:')).toBeLessThan(mail!.body_text.indexOf('Kind:'))
    expect(mail!.body_text).not.toContain('เบี้ยยังชีพ')
    // Nobody else at the agency is mailed.
    expect(await mailsTo('wt-admin@prongsai.test')).toHaveLength(0)
    expect((await auditOf(incidentId)).map((e) => e.action)).toEqual(['content_incident.reported'])
  })

  it('shows the reporter their own report, the head all of the agency’s, and hides both from others', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    expect((await officer.get('/staff/incidents')).body).toContain(`/staff/incidents/${incidentId}`)
    const page = await officer.get(`/staff/incidents/${incidentId}`)
    expect(page.statusCode).toBe(200)
    expect(page.body).not.toContain(`/staff/incidents/${incidentId}/escalate`)
    expect((await officer.get(`/staff/incidents/${incidentId}/evidence`)).statusCode).toBe(200)

    // A second report by another staff member: the first reporter does not see it, the head does.
    const admin = await t.asUser('wt-admin@prongsai.test')
    const r = await postReport(admin, report(await t.orgId('wiang-thong'), { kind: 'harmful_content', urgency: 'normal', where_seen: 'เพจเทศบาล ความคิดเห็นใต้โพสต์' }), null)
    expect(r.statusCode).toBe(303)
    secondId = String(r.headers.location).split('/').pop()!
    expect((await officer.get('/staff/incidents')).body).not.toContain(secondId)
    expect((await officer.get(`/staff/incidents/${secondId}`)).statusCode).toBe(404)

    const head = await t.asUser('wt-head@prongsai.test')
    const list = (await head.get('/staff/incidents')).body
    expect(list).toContain(incidentId)
    expect(list).toContain(secondId)
    const headPage = (await head.get(`/staff/incidents/${incidentId}`)).body
    expect(headPage).toContain(`/staff/incidents/${incidentId}/escalate`)
    expect(headPage).toContain('โพสต์อ้างว่าเทศบาลยกเลิกเบี้ยยังชีพ')

    // Other agencies, other roles and oversight (not escalated yet) see nothing.
    for (const email of ['nb-officer@prongsai.test', 'nb-admin@prongsai.test', 'oversight@prongsai.test', 'wt-complaints@prongsai.test', 'admin@prongsai.test']) {
      const c = await t.asUser(email)
      expect((await c.get(`/staff/incidents/${incidentId}`)).statusCode, email).toBe(404)
      expect((await c.get(`/staff/incidents/${incidentId}/evidence`)).statusCode, email).toBe(404)
      expect((await c.get('/staff/incidents')).body, email).not.toContain(incidentId)
    }
    // Nor may the reporter act as the head.
    await officer.get(`/staff/incidents/${incidentId}`)
    expect((await officer.post(`/staff/incidents/${incidentId}/close`, { closing_summary: 'ปิดเอง' })).statusCode).toBe(403)
    // Nor report for an agency one does not work for.
    const nb = await t.asUser('nb-officer@prongsai.test')
    expect((await postReport(nb, report(await t.orgId('wiang-thong')), null)).statusCode).toBe(403)
  })
})

describe('the head acts and escalates; oversight responds and closes', () => {
  it('keeps what was typed when a step form is incomplete', async () => {
    const head = await t.asUser('wt-head@prongsai.test')
    await head.get(`/staff/incidents/${incidentId}`)
    const r = await head.post(`/staff/incidents/${incidentId}/actions`, { action_kind: '', action_note: 'เผยแพร่ข่าวชี้แจงบนเพจเทศบาล' })
    expect(r.statusCode).toBe(422)
    expect(r.body).toContain('เลือกการดำเนินการ')
    expect(r.body).toContain('เผยแพร่ข่าวชี้แจงบนเพจเทศบาล</textarea>')
  })

  it('records an action, escalates with a mail to oversight, who then sees it, responds and closes it', async () => {
    const head = await t.asUser('wt-head@prongsai.test')
    await head.get(`/staff/incidents/${incidentId}`)
    expect((await head.post(`/staff/incidents/${incidentId}/actions`, { action_kind: 'correction_published', action_note: 'เผยแพร่ข่าวชี้แจงบนเพจเทศบาล' })).statusCode).toBe(303)
    expect((await head.post(`/staff/incidents/${incidentId}/escalate`, { escalation_note: 'ข่าวแพร่ไปหลายอำเภอ กระทบภาพลักษณ์จังหวัด' })).statusCode).toBe(303)
    const row = await t.db.selectFrom('content_incidents').select(['status', 'escalated_at']).where('id', '=', incidentId).executeTakeFirstOrThrow()
    expect(row.status).toBe('escalated')
    expect(row.escalated_at).not.toBeNull()

    const [mail] = await mailsTo('oversight@prongsai.test')
    expect(mail!.subject).toContain('หน่วยงานรายงานเหตุการณ์ข้อมูลบิดเบือนเพื่อทราบ – เทศบาลตำบลเวียงทอง')
    expect(mail!.subject).toContain('Content incident escalated by Wiang Thong Subdistrict Municipality')
    expect(mail!.body_text).toContain(`https://prongsai.example/staff/incidents/${incidentId}`)
    // The head may no longer close or escalate it; that is oversight's now.
    expect((await head.post(`/staff/incidents/${incidentId}/close`, { closing_summary: 'จบ' })).statusCode).toBe(403)

    const oversight = await t.asUser('oversight@prongsai.test')
    const list = (await oversight.get('/staff/incidents')).body
    expect(list).toContain(incidentId)
    expect(list).not.toContain(secondId)
    expect((await oversight.get(`/staff/incidents/${secondId}`)).statusCode).toBe(404)
    const page = (await oversight.get(`/staff/incidents/${incidentId}`)).body
    expect(page).toContain('ข่าวแพร่ไปหลายอำเภอ')
    expect(page).toContain(`/staff/incidents/${incidentId}/respond`)
    expect(page).not.toContain(`/staff/incidents/${incidentId}/actions`)
    expect((await oversight.post(`/staff/incidents/${incidentId}/respond`, { response_note: 'ให้ประสานประชาสัมพันธ์จังหวัดออกข่าวชี้แจง' })).statusCode).toBe(303)
    expect((await oversight.post(`/staff/incidents/${incidentId}/close`, { closing_summary: 'ชี้แจงแล้ว ข่าวเท็จถูกลบ' })).statusCode).toBe(303)
    const closed = await t.db.selectFrom('content_incidents').select(['status', 'closing_summary']).where('id', '=', incidentId).executeTakeFirstOrThrow()
    expect(closed).toEqual({ status: 'closed', closing_summary: 'ชี้แจงแล้ว ข่าวเท็จถูกลบ' })
    // The reporter hears that it is closed; nothing more can happen to it.
    expect((await mailsTo('wt-officer@prongsai.test')).map((m) => m.subject)).toEqual([expect.stringContaining('ปิดเรื่องเหตุการณ์ที่ท่านรายงานแล้ว')])
    expect((await oversight.post(`/staff/incidents/${incidentId}/respond`, { response_note: 'อีกครั้ง' })).statusCode).toBe(403)

    const events = await auditOf(incidentId)
    expect(events.map((e) => e.action)).toEqual(['content_incident.reported', 'content_incident.action', 'content_incident.escalated', 'content_incident.oversight_response', 'content_incident.closed'])
    expect(events[2]!.summary).toMatchObject({ before: { status: 'reported' }, after: { status: 'escalated', notified: ['oversight@prongsai.test'] } })
  })

  it('lets the head close an incident without escalating; oversight never sees it', async () => {
    const head = await t.asUser('wt-head@prongsai.test')
    await head.get(`/staff/incidents/${secondId}`)
    const empty = await head.post(`/staff/incidents/${secondId}/close`, { closing_summary: '  ' })
    expect(empty.statusCode).toBe(422)
    expect(empty.body).toContain('สรุปผลการดำเนินการก่อนปิดเรื่อง')
    expect((await head.post(`/staff/incidents/${secondId}/close`, { closing_summary: 'ซ่อนความคิดเห็นแล้ว' })).statusCode).toBe(303)
    const oversight = await t.asUser('oversight@prongsai.test')
    expect((await oversight.get(`/staff/incidents/${secondId}`)).statusCode).toBe(404)
    expect((await t.db.selectFrom('content_incidents').select('status').where('id', '=', secondId).executeTakeFirstOrThrow()).status).toBe('closed')
  })

  it('is not public', async () => {
    const anon = t.client()
    for (const url of ['/staff/incidents', `/staff/incidents/${incidentId}`, `/staff/incidents/${incidentId}/evidence`]) {
      const r = await anon.get(url)
      expect(r.statusCode, url).toBe(303)
      expect(r.headers['x-error-code'], url).toBe('unauthenticated')
      expect(r.headers.location, url).toBe(`/sign-in?next=${encodeURIComponent(url)}`)
      expect(r.body).not.toContain('เบี้ยยังชีพ')
    }
  })
})
