import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openWithReceipt } from '../../src/features/complaints/complaint-intake.use-cases.ts'
import { createTestApp, type Client, type TestApp } from '../support/test-app.ts'

/**
 * The staff side of complaints as a complaint officer, an investigator and the head use it:
 * entering complaints from other channels, taking each step on business-day deadlines, transfers,
 * the due-soon and overdue lists, the guideline, and the internal channels.
 */
let t: TestApp
let filesDir: string
// Friday 4 December 2569, 10:00 in Bangkok. Saturday 5 December is Father's Day, Monday 7 its
// substitution day, Thursday 10 Constitution Day: a week with few business days.
const FRIDAY_4_DEC = new Date('2026-12-04T03:00:00Z')
const at = (isoDay: string) => new Date(`${isoDay}T03:00:00Z`)

beforeAll(async () => {
  filesDir = mkdtempSync(join(tmpdir(), 'prongsai-complaint-files-'))
  t = await createTestApp({ now: FRIDAY_4_DEC, env: { FILES_DIR: filesDir } })
})
afterAll(async () => {
  await t?.close()
  rmSync(filesDir, { recursive: true, force: true })
})

const OFFICER = 'wt-complaints@prongsai.test'
const INVESTIGATOR = 'wt-investigator@prongsai.test'
const HEAD = 'wt-head@prongsai.test'

/** A complaint as the officer types it from a phone call; `overrides` changes or blanks fields. */
function phoneCall(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    channel: 'phone',
    kind: 'undue_delay',
    subject: 'งานทะเบียนพาณิชย์ เทศบาลตำบลเวียงทอง',
    what_happened: 'ยื่นจดทะเบียนพาณิชย์ตั้งแต่ต้นเดือน ยังไม่ได้รับใบทะเบียนและไม่มีผู้ชี้แจง',
    happened_when: 'ต้นเดือนพฤศจิกายน 2569',
    happened_where: 'สำนักงานเทศบาล',
    request: 'ขอให้เร่งออกใบทะเบียน',
    witnesses: '',
    identity: 'named',
    name: 'นายโทรมา แจ้งเรื่อง',
    address: '',
    phone: '081 234 5678',
    email: '',
    ...overrides,
  }
}

type FilePart = { field: string; name: string; type: string; bytes: Buffer }

/** Posts a form as multipart, the way the browser sends forms with file boxes. */
async function postMultipart(c: Client, url: string, fields: Record<string, string | string[]>, files: FilePart[] = []) {
  const boundary = `----prongsai-${Math.random().toString(16).slice(2)}`
  const parts: Buffer[] = []
  const all: [string, string][] = [['_csrf', c.lastCsrf ?? ''], ...Object.entries(fields).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x] as [string, string]) : [[k, v] as [string, string]]))]
  for (const [k, v] of all) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`))
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`), f.bytes, Buffer.from('\r\n'))
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return t.app.inject({ method: 'POST', url, headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: Buffer.concat(parts) })
}

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n')
const photo = () => sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } }).png().toBuffer()

const referenceOf = (html: string) => /เลขที่เรื่อง<\/span> <strong>([0-9]{4}\/[0-9]{4})<\/strong>/.exec(html)?.[1]
const receiptOf = (html: string) => {
  const m = /id="receipt-code">([\s\S]*?)<\/p>/.exec(html)
  return m ? [...m[1]!.matchAll(/<code>([0-9A-Z]{4})<\/code>/g)].map((x) => x[1]).join('-') : undefined
}

async function complaintByReference(reference: string) {
  return t.db.selectFrom('complaints').selectAll().where('reference', '=', reference).where('organisation_id', '=', await t.orgId('wiang-thong')).executeTakeFirstOrThrow()
}

/** Enters a phone complaint as the officer (urlencoded: no files); returns its id and reference. */
async function enter(c: Client, overrides: Record<string, string> = {}) {
  const res = await c.submit('/staff/complaints/new', phoneCall(overrides))
  expect(res.statusCode).toBe(200)
  const reference = referenceOf(res.body)!
  const row = await complaintByReference(reference)
  return { id: row.id, reference }
}

/** Takes a step through the case page's form; a success leads back to the case (not to the sign-in page). */
async function step(c: Client, id: string, form: Record<string, string>) {
  const res = await c.submit(`/staff/complaints/${id}`, form, `/staff/complaints/${id}/steps`)
  if (res.statusCode === 303) expect(res.headers.location).toBe(`/staff/complaints/${id}`)
  return res
}

describe('entering a complaint that arrived by phone', () => {
  it('records the channel and evidence, and shows the reference and a receipt to hand over, once', async () => {
    t.clock.now = FRIDAY_4_DEC
    const c = await t.asUser(OFFICER)
    const form = await c.get('/staff/complaints/new')
    expect(form.statusCode).toBe(200)
    expect(form.body).toContain('สายด่วน 1567')
    expect(form.body).toContain('ศูนย์ดำรงธรรม')
    expect(form.body).not.toContain('value="web"')

    const res = await postMultipart(c, '/staff/complaints/new', phoneCall(), [{ field: 'evidence1', name: 'ภาพหน้าร้าน.png', type: 'image/png', bytes: await photo() }])
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('no-store')
    const reference = referenceOf(res.body)!
    // Fiscal year 2570 began on 1 October 2569.
    expect(reference).toMatch(/^2570\/\d{4}$/)
    const receipt = receiptOf(res.body)!
    expect(receipt).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    expect(res.body).toContain('ใบรับเรื่อง')
    expect(res.body).toContain('/complaints/follow-up')

    const row = await complaintByReference(reference)
    expect(row).toMatchObject({ channel: 'phone', intake: 'public', status: 'received', evidence_count: 1, created_by: await t.userId(OFFICER), received_on: '2026-12-04' })
    // The receipt is not kept anywhere, yet it opens the case for the complainant.
    expect(JSON.stringify(row)).not.toContain(receipt)
    expect((await openWithReceipt({ db: t.db, now: t.clock.now, baseUrl: 'http://localhost' }, receipt)).complaintId).toBe(row.id)

    const page = await c.get(`/staff/complaints/${row.id}`)
    expect(page.body).toContain('โทรศัพท์')
    const link = /href="(\/staff\/complaints\/[^"]+\/attachments\/[^"]+)"/.exec(page.body)![1]!
    const file = await c.get(link)
    expect(file.statusCode).toBe(200)
    expect(file.headers['content-type']).toBe('image/png')
    expect(file.headers['content-disposition']).toMatch(/^attachment;/)
    expect(file.headers['x-content-type-options']).toBe('nosniff')
    expect(file.headers['cache-control']).toBe('no-store')
    expect(file.rawPayload.equals(await photo())).toBe(true)
  })

  it('sends a form with problems back with Thai messages, keeping everything typed and the file chosen', async () => {
    const c = await t.asUser(OFFICER)
    await c.get('/staff/complaints/new')
    const bad = await postMultipart(c, '/staff/complaints/new', phoneCall({ channel: '', what_happened: '', name: '', subject: 'กองคลัง "ฝ่ายพัสดุ"' }), [{ field: 'evidence2', name: 'ใบเสร็จ.pdf', type: 'application/pdf', bytes: PDF }])
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('เลือกช่องทางที่ได้รับเรื่อง')
    expect(bad.body).toContain('เล่าข้อเท็จจริงหรือพฤติการณ์ที่เกิดขึ้น')
    expect(bad.body).toContain('กรอกชื่อ-นามสกุลของผู้ร้องเรียน')
    expect(bad.body).toContain('value="กองคลัง &#34;ฝ่ายพัสดุ&#34;"')
    expect(bad.body).toContain('081 234 5678')
    expect(bad.body).toContain('ใบเสร็จ.pdf')
    const kept = /name="kept" type="checkbox" value="([^"]+)"/.exec(bad.body)![1]!

    const before = await t.db.selectFrom('complaints').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()
    c.lastCsrf = /name="_csrf" value="([^"]+)"/.exec(bad.body)![1]
    const good = await postMultipart(c, '/staff/complaints/new', { ...phoneCall({ channel: 'walk_in' }), kept })
    expect(good.statusCode).toBe(200)
    const row = await complaintByReference(referenceOf(good.body)!)
    expect(row).toMatchObject({ channel: 'walk_in', evidence_count: 1 })
    const after = await t.db.selectFrom('complaints').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()
    expect(Number(after.n)).toBe(Number(before.n) + 1)
  })

  it('is not open to staff who are not complaint officers', async () => {
    const head = await t.asUser(HEAD)
    expect((await head.get('/staff/complaints/new')).statusCode).toBe(403)
    const officer = await t.asUser('wt-officer@prongsai.test')
    expect((await officer.get('/staff/complaints/new')).statusCode).toBe(403)
    expect((await t.client().get('/staff/complaints/new')).statusCode).toBe(303)
  })
})

describe('handling a case through every step', () => {
  it('runs received → screening → proposal → head’s order → assigned → investigating → findings → head’s order → closed, with due dates on business days', async () => {
    t.clock.now = FRIDAY_4_DEC
    let c = await t.asUser(OFFICER)
    const { id, reference } = await enter(c)
    // Screening takes 3 business days from the day after Friday 4 December: Saturday 5 and Sunday 6
    // are the weekend, Monday 7 the Father's Day substitution, then Tuesday 8 (1), Wednesday 9 (2),
    // Thursday 10 is Constitution Day, Friday 11 (3).
    let page = await c.get(`/staff/complaints/${id}`)
    expect(page.body).toContain('11 ธ.ค. 2569')
    expect(page.body).toContain('งานนิติการ')
    expect(page.body).toContain('ตรวจสอบและพิจารณารับเรื่อง (3 วันทำการ)')

    expect((await step(c, id, { to: 'screening' })).statusCode).toBe(303)
    t.clock.now = at('2026-12-08')
    c = await t.asUser(OFFICER)
    // The officer can no longer accept on their own: the step is a proposal to the head.
    expect((await step(c, id, { to: 'accepted' })).statusCode).toBe(422)
    const noCommittee = await step(c, id, { to: 'awaiting_order', proposal: 'investigate', committee: ' ', reason: 'ระบุผู้เกี่ยวข้องชัดเจน' })
    expect(noCommittee.statusCode).toBe(422)
    expect(noCommittee.body).toContain('ระบุรายชื่อคณะกรรมการตรวจสอบข้อเท็จจริง')
    expect(noCommittee.body).toContain('ระบุผู้เกี่ยวข้องชัดเจน</textarea>')
    expect((await step(c, id, { to: 'awaiting_order', proposal: 'investigate', committee: 'นายสอบสวน ละเอียด ประธานกรรมการ', reason: 'ระบุผู้เกี่ยวข้องชัดเจน' })).statusCode).toBe(303)
    // The head's own deadline: the guideline's decision step, 7 business days from Tuesday 8 December:
    // 9 (1), 10 a holiday, 11 (2), 14, 15, 16, 17, 18 (7) → Friday 18 December.
    expect(await complaintByReference(reference)).toMatchObject({ status: 'awaiting_order', step_started_on: '2026-12-08' })
    const open = await t.db.selectFrom('complaint_orders').selectAll().where('complaint_id', '=', id).executeTakeFirstOrThrow()
    expect(open).toMatchObject({ proposal: 'investigate', from_status: 'screening', order_due_on: '2026-12-18', decision: null })
    page = await c.get(`/staff/complaints/${id}`)
    expect(page.body).toContain('พิจารณาสั่งการ (7 วันทำการ)')
    expect(page.body).toContain('18 ธ.ค. 2569')
    expect(page.body).toContain('รอผู้บริหาร (หัวหน้าส่วนราชการ) สั่งการ')
    // Officers cannot order, nor move the case while it waits.
    expect((await c.post(`/staff/complaints/${id}/orders`, { decision: 'ordered', order_note: 'อนุมัติ', confirm: 'yes' })).statusCode).toBe(403)
    expect((await step(c, id, { to: 'assigned', officer: await t.userId(INVESTIGATOR) })).statusCode).toBe(422)

    const head = await t.asUser(HEAD)
    const headPage = await head.get(`/staff/complaints/${id}`)
    expect(headPage.body).toContain('action="/staff/complaints/' + id + '/orders"')
    const unconfirmed = await head.submit(`/staff/complaints/${id}`, { decision: 'ordered', order_note: 'อนุมัติ แต่งตั้งตามเสนอ' }, `/staff/complaints/${id}/orders`)
    expect(unconfirmed.statusCode).toBe(422)
    expect(unconfirmed.body).toContain('ยืนยันการสั่งการ')
    expect(unconfirmed.body).toContain('อนุมัติ แต่งตั้งตามเสนอ</textarea>')
    expect((await complaintByReference(reference)).status).toBe('awaiting_order')
    expect((await head.submit(`/staff/complaints/${id}`, { decision: 'ordered', order_note: 'อนุมัติ แต่งตั้งตามเสนอ', confirm: 'yes' }, `/staff/complaints/${id}/orders`)).statusCode).toBe(303)
    expect(await complaintByReference(reference)).toMatchObject({ status: 'accepted' })
    const ordered = await t.db.selectFrom('complaint_orders').selectAll().where('complaint_id', '=', id).executeTakeFirstOrThrow()
    expect(ordered).toMatchObject({ decision: 'ordered', decided_by: await t.userId(HEAD), order_note: 'อนุมัติ แต่งตั้งตามเสนอ' })
    const events = await t.db.selectFrom('complaint_events').select(['kind', 'from_status', 'to_status']).where('complaint_id', '=', id).orderBy('id').execute()
    expect(events.slice(-2)).toEqual([
      { kind: 'proposed', from_status: 'screening', to_status: 'awaiting_order' },
      { kind: 'ordered', from_status: 'awaiting_order', to_status: 'accepted' },
    ])
    // Assignment: 2 business days from Tuesday 8: Wednesday 9 (1), Thursday 10 a holiday, Friday 11 (2).
    page = await c.get(`/staff/complaints/${id}`)
    expect(page.body).toContain('มอบหมายผู้รับผิดชอบ (2 วันทำการ)')
    expect(page.body).toContain('11 ธ.ค. 2569')
    expect((await c.get(`/staff/complaints/${id}/documents/investigation-order.docx`)).statusCode).toBe(200)
    expect((await c.get(`/staff/complaints/${id}/documents/closing-memo.docx`)).statusCode).toBe(404)

    const investigator = await t.userId(INVESTIGATOR)
    expect((await step(c, id, { to: 'assigned', officer: investigator })).statusCode).toBe(303)
    const inv = await t.asUser(INVESTIGATOR)
    expect((await step(inv, id, { to: 'investigating' })).statusCode).toBe(303)
    expect((await step(inv, id, { to: 'closed', result: 'ก่อนคำสั่ง', confirm: 'yes' })).statusCode).toBe(422)
    const missing = await step(inv, id, { to: 'awaiting_order', proposal: 'findings', outcome: 'administrative', reason: '  ' })
    expect(missing.statusCode).toBe(422)
    expect(missing.body).toContain('บันทึกเหตุผลหรือข้อเท็จจริงประกอบข้อเสนอ')
    expect(missing.body).toMatch(/value="administrative"\s+checked/)
    expect((await step(inv, id, { to: 'awaiting_order', proposal: 'findings', outcome: 'administrative', reason: 'เร่งรัดการออกใบทะเบียนแล้ว' })).statusCode).toBe(303)
    // Sent back once with a reason, proposed again, then ordered.
    expect((await head.submit(`/staff/complaints/${id}`, { decision: 'returned', order_note: '', confirm: 'yes' }, `/staff/complaints/${id}/orders`)).statusCode).toBe(422)
    expect((await head.submit(`/staff/complaints/${id}`, { decision: 'returned', order_note: 'ขอหลักฐานวันออกใบทะเบียน', confirm: 'yes' }, `/staff/complaints/${id}/orders`)).statusCode).toBe(303)
    expect((await complaintByReference(reference)).status).toBe('investigating')
    expect((await step(inv, id, { to: 'awaiting_order', proposal: 'findings', outcome: 'administrative', reason: 'ออกใบทะเบียนแล้วเมื่อ 9 ธันวาคม 2569 ตามสำเนาที่แนบ' })).statusCode).toBe(303)
    expect((await head.submit(`/staff/complaints/${id}`, { decision: 'ordered', order_note: 'ทราบ แจ้งผู้ร้องเรียน', confirm: 'yes' }, `/staff/complaints/${id}/orders`)).statusCode).toBe(303)
    expect(await complaintByReference(reference)).toMatchObject({ status: 'outcome', outcome: 'administrative', outcome_summary: 'ออกใบทะเบียนแล้วเมื่อ 9 ธันวาคม 2569 ตามสำเนาที่แนบ' })
    // Closing cannot be undone: without the confirmation box the result typed is kept and nothing happens.
    const unconfirmedClose = await step(inv, id, { to: 'closed', result: 'ออกใบทะเบียนพาณิชย์ให้แล้วเมื่อวันที่ 9 ธันวาคม 2569' })
    expect(unconfirmedClose.statusCode).toBe(422)
    expect(unconfirmedClose.body).toContain('ยืนยันว่าจะยุติเรื่อง')
    expect(unconfirmedClose.body).toContain('ออกใบทะเบียนพาณิชย์ให้แล้วเมื่อวันที่ 9 ธันวาคม 2569</textarea>')
    // Jumping back is refused in the officer's words, not with a crash.
    const back = await step(inv, id, { to: 'screening' })
    expect(back.statusCode).toBe(422)
    expect(back.body).toContain('ไม่ได้')
    expect((await step(inv, id, { to: 'closed', result: 'ออกใบทะเบียนพาณิชย์ให้แล้วเมื่อวันที่ 9 ธันวาคม 2569', confirm: 'yes' })).statusCode).toBe(303)

    const row = await complaintByReference(reference)
    expect(row).toMatchObject({ status: 'closed', assigned_to: investigator, outcome: 'administrative', result_for_complainant: 'ออกใบทะเบียนพาณิชย์ให้แล้วเมื่อวันที่ 9 ธันวาคม 2569' })
    page = await c.get(`/staff/complaints/${id}`)
    expect(page.body).toContain('นายสอบสวน ละเอียด')
    expect(page.body).toContain('นางรับเรื่อง ทันใจ')
    expect(page.body).toContain('ดำเนินการทางปกครอง')
    expect(page.body).toContain('เรื่องนี้ยุติแล้ว ไม่มีขั้นตอนถัดไป')
    for (const doc of ['findings', 'investigation-order', 'closing-memo']) {
      const res = await c.get(`/staff/complaints/${id}/documents/${doc}.docx`)
      expect(res.statusCode, doc).toBe(200)
      expect(res.headers['content-type']).toContain('wordprocessingml')
    }
    expect((await c.get(`/staff/complaints/${id}/documents/other.docx`)).statusCode).toBe(404)
    expect((await (await t.asUser('nb-complaints@prongsai.test')).get(`/staff/complaints/${id}/documents/findings.docx`)).statusCode).toBe(404)
    const closed = await c.get('/staff/complaints?view=closed')
    expect(closed.body).toContain(reference)
    expect((await c.get('/staff/complaints')).body).not.toContain(reference)
  })

  it('turns a complaint down only on the head’s order, with a ground and a reason, and keeps what was typed', async () => {
    t.clock.now = FRIDAY_4_DEC
    const c = await t.asUser(OFFICER)
    const { id, reference } = await enter(c, { identity: 'anonymous', name: '', phone: '' })
    await step(c, id, { to: 'screening' })
    const page = await c.get(`/staff/complaints/${id}`)
    // Anonymous without evidence or witnesses: the screener is reminded of rule 2.3.
    expect(page.body).toContain('หลักเกณฑ์ข้อ 2.3 รับพิจารณาได้เฉพาะเมื่อมีหลักฐานหรือพยานชัดแจ้ง')
    const bad = await step(c, id, { to: 'awaiting_order', proposal: 'not_accept', ground: '', reason: 'ไม่มีหลักฐานประกอบ' })
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('เลือกเหตุที่ไม่รับพิจารณา')
    expect(bad.body).toContain('ไม่มีหลักฐานประกอบ</textarea>')
    expect((await step(c, id, { to: 'not_accepted', ground: 'anonymous_without_evidence', reason: 'ไม่มีหลักฐานประกอบ' })).statusCode).toBe(422)
    expect((await step(c, id, { to: 'awaiting_order', proposal: 'not_accept', ground: 'anonymous_without_evidence', reason: 'ไม่มีหลักฐานประกอบ' })).statusCode).toBe(303)
    expect(await complaintByReference(reference)).toMatchObject({ status: 'awaiting_order', ground: null })
    const head = await t.asUser(HEAD)
    expect((await head.submit(`/staff/complaints/${id}`, { decision: 'ordered', order_note: 'เห็นชอบ', confirm: 'yes' }, `/staff/complaints/${id}/orders`)).statusCode).toBe(303)
    expect(await complaintByReference(reference)).toMatchObject({ status: 'not_accepted', ground: 'anonymous_without_evidence', ground_reason: 'ไม่มีหลักฐานประกอบ' })
    // A second order on the same case finds nothing waiting.
    expect((await head.submit(`/staff/complaints/${id}`, { decision: 'ordered', order_note: 'อีกครั้ง', confirm: 'yes' }, `/staff/complaints/${id}/orders`)).statusCode).toBe(422)
    const after = await c.get(`/staff/complaints/${id}`)
    expect(after.body).toContain('บัตรสนเท่ห์ที่ไม่มีหลักฐานหรือพยานบุคคลชัดแจ้ง (ข้อ 2.3)')
    expect(after.body).toContain('แจ้งผลแก่ผู้ร้องเรียน (15 วันทำการ)')
  })

  it('is enforced by the database: no status change outside the workflow, no order by anyone but the head, none by the proposer', async () => {
    t.clock.now = FRIDAY_4_DEC
    const c = await t.asUser(OFFICER)
    const { id } = await enter(c)
    await step(c, id, { to: 'screening' })
    // Straight to closed, or to awaiting_order without a proposal row: refused by the trigger.
    await expect(t.db.updateTable('complaints').set({ status: 'closed', result_for_complainant: 'x' }).where('id', '=', id).execute()).rejects.toThrow(/cannot go from screening to closed/)
    await expect(t.db.updateTable('complaints').set({ status: 'awaiting_order' }).where('id', '=', id).execute()).rejects.toThrow(/only with a proposal/)
    await expect(t.db.updateTable('complaints').set({ status: 'nonsense' }).where('id', '=', id).execute()).rejects.toThrow()
    await step(c, id, { to: 'awaiting_order', proposal: 'refer', refer_to: 'สำนักงาน ป.ป.ช. ประจำจังหวัด', reason: 'เป็นเรื่องของข้าราชการนอกสังกัด' })
    // Leaving awaiting_order before an order, or ordering as the officer, is refused too.
    await expect(t.db.updateTable('complaints').set({ status: 'outcome' }).where('id', '=', id).execute()).rejects.toThrow(/has not ordered/)
    const officerId = await t.userId(OFFICER)
    await expect(t.db.updateTable('complaint_orders').set({ decision: 'ordered', decided_by: officerId, decided_at: new Date(), order_note: 'อนุมัติเอง' }).where('complaint_id', '=', id).execute()).rejects.toThrow(/only the head/)
    // The head orders: it goes where the order says, and nowhere else.
    const head = await t.asUser(HEAD)
    expect((await head.submit(`/staff/complaints/${id}`, { decision: 'ordered', order_note: 'ส่งต่อตามเสนอ', confirm: 'yes' }, `/staff/complaints/${id}/orders`)).statusCode).toBe(303)
    const row = await t.db.selectFrom('complaints').select(['status', 'outcome', 'outcome_summary']).where('id', '=', id).executeTakeFirstOrThrow()
    expect(row).toEqual({ status: 'outcome', outcome: 'referred', outcome_summary: 'สำนักงาน ป.ป.ช. ประจำจังหวัด: เป็นเรื่องของข้าราชการนอกสังกัด' })
    await expect(t.db.updateTable('complaint_orders').set({ order_note: 'แก้ไขภายหลัง' }).where('complaint_id', '=', id).execute()).rejects.toThrow(/final/)
  })

  it('gives the officer a case is transferred to their own copy of the key, so they can read the identity', async () => {
    t.clock.now = FRIDAY_4_DEC
    const c = await t.asUser(OFFICER)
    const { id } = await enter(c, { name: 'นางสาวโอน ย้ายเรื่อง' })
    await step(c, id, { to: 'screening' })
    await step(c, id, { to: 'awaiting_order', proposal: 'investigate', committee: 'นางรับเรื่อง ทันใจ', reason: 'ตรวจสอบได้' })
    expect((await (await t.asUser(HEAD)).submit(`/staff/complaints/${id}`, { decision: 'ordered', order_note: 'อนุมัติ', confirm: 'yes' }, `/staff/complaints/${id}/orders`)).statusCode).toBe(303)
    await step(c, id, { to: 'assigned', officer: await t.userId(OFFICER) })
    // Say the investigator lost their copy (a password reset): the transfer itself must give one back.
    const investigator = await t.userId(INVESTIGATOR)
    await t.db.deleteFrom('complaint_keys').where('complaint_id', '=', id).where('user_id', '=', investigator).execute()
    await c.get('/staff/complaints')
    expect((await c.post(`/staff/complaints/${id}/steps`, { to: 'assigned', officer: investigator })).statusCode).toBe(303)
    const key = await t.db.selectFrom('complaint_keys').select('user_id').where('complaint_id', '=', id).where('user_id', '=', investigator).executeTakeFirst()
    expect(key).toBeDefined()
    expect(await complaintByReference((await t.db.selectFrom('complaints').select('reference').where('id', '=', id).executeTakeFirstOrThrow()).reference)).toMatchObject({ status: 'assigned', assigned_to: investigator })

    const inv = await t.asUser(INVESTIGATOR)
    const shown = await inv.submit(`/staff/complaints/${id}`, {}, `/staff/complaints/${id}/identity`)
    expect(shown.statusCode).toBe(200)
    expect(shown.headers['cache-control']).toBe('no-store')
    expect(shown.body).toContain('นางสาวโอน ย้ายเรื่อง')
    const audit = await t.db.selectFrom('audit_events').select(['actor_id']).where('action', '=', 'complaint.identity_read').where('entity_id', '=', id).execute()
    expect(audit.map((a) => a.actor_id)).toEqual([investigator])
    // The history names the transfer.
    expect(shown.body).toContain('โอนเรื่องให้ นายสอบสวน ละเอียด')
  })

  it('tells an officer without a copy of the key how it will reach them, and opens once a colleague has opened the case', async () => {
    t.clock.now = FRIDAY_4_DEC
    const c = await t.asUser(OFFICER)
    const { id } = await enter(c, { name: 'นางกุญแจ ยังไม่ถึง' })
    const investigator = await t.userId(INVESTIGATOR)
    await t.db.deleteFrom('complaint_keys').where('complaint_id', '=', id).where('user_id', '=', investigator).execute()
    const inv = await t.asUser(INVESTIGATOR)
    const locked = await inv.get(`/staff/complaints/${id}`)
    expect(locked.statusCode).toBe(200)
    expect(locked.body).toContain('ท่านยังไม่มีกุญแจของเรื่องนี้')
    expect(locked.body).toContain('เมื่อเพื่อนร่วมงานที่มีกุญแจเปิดเรื่องนี้ หรือเมื่อผู้ร้องเรียนติดตามเรื่องครั้งถัดไป')
    expect(locked.body).not.toContain('แสดงข้อมูลผู้ร้องเรียน')
    // Steps need no key.
    expect(locked.body).toContain('เริ่มพิจารณารับเรื่อง')
    expect((await inv.post(`/staff/complaints/${id}/identity`, {})).statusCode).toBe(403)

    await c.get(`/staff/complaints/${id}`)
    const open = await inv.get(`/staff/complaints/${id}`)
    expect(open.body).not.toContain('ท่านยังไม่มีกุญแจของเรื่องนี้')
    expect((await inv.post(`/staff/complaints/${id}/identity`, {})).body).toContain('นางกุญแจ ยังไม่ถึง')
  })

  it('lets officers write to the complainant and keep internal notes, set apart in the thread', async () => {
    const c = await t.asUser(OFFICER)
    const { id } = await enter(c)
    const empty = await c.submit(`/staff/complaints/${id}`, { note: '   ' }, `/staff/complaints/${id}/notes`)
    expect(empty.statusCode).toBe(422)
    expect(empty.body).toContain('พิมพ์ข้อความก่อนส่ง')
    expect((await c.submit(`/staff/complaints/${id}`, { note: 'โทรสอบถามงานทะเบียนแล้ว รอเอกสาร' }, `/staff/complaints/${id}/notes`)).statusCode).toBe(303)
    await c.get(`/staff/complaints/${id}`)
    const sent = await postMultipart(c, `/staff/complaints/${id}/messages`, { message: 'ขอสำเนาใบคำขอที่ยื่นไว้' }, [{ field: 'evidence1', name: 'แบบฟอร์ม.pdf', type: 'application/pdf', bytes: PDF }])
    expect(sent.statusCode).toBe(303)
    const page = await c.get(`/staff/complaints/${id}`)
    expect(page.body).toMatch(/thread__item--note[\s\S]*โทรสอบถามงานทะเบียนแล้ว รอเอกสาร/)
    expect(page.body).toMatch(/thread__item--staff[\s\S]*ขอสำเนาใบคำขอที่ยื่นไว้[\s\S]*แบบฟอร์ม\.pdf/)
    expect(page.body).toContain('ผู้ร้องเรียนไม่เห็น')
  })
})

describe('due dates', () => {
  it('lists a case as due soon two business days before its step is due, and as overdue after', async () => {
    t.clock.now = FRIDAY_4_DEC
    let c = await t.asUser(OFFICER)
    const { reference } = await enter(c, { name: 'นายกำหนด ส่งทัน' })
    expect((await c.get('/staff/complaints')).body).toContain(reference)
    expect((await c.get('/staff/complaints?view=due_soon')).body).not.toContain(reference)

    // Wednesday 9: only Friday 11 is left (Thursday 10 is a holiday).
    t.clock.now = at('2026-12-09')
    c = await t.asUser(OFFICER)
    const soon = await c.get('/staff/complaints?view=due_soon')
    expect(soon.body).toContain(reference)
    expect((await c.get('/staff/complaints?view=overdue')).body).not.toContain(reference)

    t.clock.now = at('2026-12-14')
    c = await t.asUser(OFFICER)
    const overdue = await c.get('/staff/complaints?view=overdue')
    expect(overdue.body).toContain(reference)
    expect(overdue.body).toContain('tag--red')
    const n = (await c.get('/staff/complaints')).body.match(/เกินกำหนด (\d+) เรื่อง/)
    expect(Number(n?.[1])).toBeGreaterThan(0)
    // Nobody was assigned: "assigned to me" does not show it.
    expect((await c.get('/staff/complaints?view=overdue&mine=yes')).body).not.toContain(reference)
  })

  it('says so in plain words when a view is empty', async () => {
    t.clock.now = FRIDAY_4_DEC
    const nb = await t.asUser('nb-complaints@prongsai.test')
    const res = await nb.get('/staff/complaints?view=closed&mine=yes')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('ไม่มีเรื่องที่มอบหมายให้ท่านในมุมมองนี้')
  })
})

describe('internal channels', () => {
  it('takes a confidential conflict-of-interest report from any staff member, without recording their account, for the head only', async () => {
    t.clock.now = FRIDAY_4_DEC
    const staff = await t.asUser('wt-officer@prongsai.test')
    const choose = await staff.get('/staff/report')
    expect(choose.statusCode).toBe(200)
    expect(choose.body).toContain('/staff/report/conflict_of_interest')
    expect(choose.body).toContain('/staff/report/budget_objection')
    const form = await staff.get('/staff/report/conflict_of_interest')
    expect(form.body).toContain('การรับของขวัญหรือประโยชน์อื่นใด')
    expect(form.body).toContain('ไม่บันทึกว่าส่งจากบัญชีผู้ใช้ของท่าน')

    const bad = await staff.post('/staff/report/conflict_of_interest', { kind: 'corruption', subject: 'หัวหน้าฝ่ายพัสดุ', what_happened: 'สั้น', identity: 'anonymous' })
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('เลือกหัวข้อของเรื่องที่แจ้ง')
    expect(bad.body).toContain('value="หัวหน้าฝ่ายพัสดุ"')

    const sent = await staff.post('/staff/report/conflict_of_interest', { kind: 'procurement_interest', subject: 'หัวหน้าฝ่ายพัสดุ', what_happened: 'คู่สมรสเป็นหุ้นส่วนบริษัทที่ชนะการเสนอราคาจัดซื้อครุภัณฑ์', identity: 'anonymous' })
    expect(sent.statusCode).toBe(200)
    expect(sent.headers['cache-control']).toBe('no-store')
    const reference = referenceOf(sent.body)!
    expect(receiptOf(sent.body)).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/)
    const row = await complaintByReference(reference)
    expect(row).toMatchObject({ intake: 'conflict_of_interest', kind: 'procurement_interest', created_by: null, anonymous: true })
    const audit = await t.db.selectFrom('audit_events').select(['actor_id', 'actor_label']).where('entity_id', '=', row.id).execute()
    expect(audit).toEqual([{ actor_id: null, actor_label: expect.not.stringContaining('wt-officer') }])

    const head = await t.asUser(HEAD)
    const list = await head.get('/staff/complaints?intake=conflict_of_interest')
    expect(list.body).toContain(reference)
    const page = await head.get(`/staff/complaints/${row.id}`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('แสดงข้อมูลผู้ร้องเรียน')
    expect(page.body).toContain('รับพิจารณา')
    expect((await step(head, row.id, { to: 'screening' })).statusCode).toBe(303)

    const officer = await t.asUser(OFFICER)
    expect((await officer.get('/staff/complaints?view=all')).body).not.toContain(reference)
    expect((await officer.get(`/staff/complaints/${row.id}`)).statusCode).toBe(404)
  })

  it('takes a budget objection into the same handling, and refuses an unknown channel', async () => {
    const staff = await t.asUser('wt-procurement@prongsai.test')
    await staff.get('/staff/report/budget_objection')
    const sent = await staff.post('/staff/report/budget_objection', { kind: 'allowances_and_travel', subject: 'โครงการศึกษาดูงาน', what_happened: 'เบิกค่าเดินทางศึกษาดูงานเกินระเบียบ', identity: 'named', name: 'นายพัสดุ ถูกต้อง', phone: '0 9912 0099' })
    expect(sent.statusCode).toBe(200)
    const row = await complaintByReference(referenceOf(sent.body)!)
    expect(row.intake).toBe('budget_objection')
    expect((await staff.get('/staff/report/gossip')).statusCode).toBe(404)
  })
})

describe('in English', () => {
  it('shows the list, a case and the forms in English', async () => {
    t.clock.now = FRIDAY_4_DEC
    const c = await t.asUser(OFFICER)
    const { id } = await enter(c)
    await c.get('/lang?to=en&back=/staff')
    const list = await c.get('/staff/complaints')
    expect(list.body).toContain('<html lang="en"')
    expect(list.body).toContain('Enter a complaint received another way')
    const page = await c.get(`/staff/complaints/${id}`)
    expect(page.body).toContain('Where it stands')
    expect(page.body).toContain('Telephone')
    expect(page.body).toContain('11 Dec 2569 BE')
    expect(page.body).toContain('Legal affairs unit')
  })
})

describe('the guideline', () => {
  it('keeps what was typed when invalid, and once saved moves the due dates of open cases', async () => {
    t.clock.now = FRIDAY_4_DEC
    const c = await t.asUser(OFFICER)
    const { id } = await enter(c)
    const form = await c.get('/staff/complaints/guideline')
    expect(form.statusCode).toBe(200)
    const values = Object.fromEntries([...form.body.matchAll(/<input class="input[^"]*" id="([a-z_]+)" name="[a-z_]+" type="text"(?: value="([^"]*)")?/g)].map((m) => [m[1]!, m[2] ?? '']))
    expect(values.screening_days).toBe('3')
    const base = { ...values, how_to_th: 'ยื่นเรื่องได้ที่งานนิติการ ชั้น 2', how_to_en: 'At the legal affairs unit, 2nd floor' }

    const bad = await c.post('/staff/complaints/guideline', { ...base, screening_days: 'สาม', decision_unit_th: '' })
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('ต้องเป็นจำนวนวันทำการ 1–365')
    expect(bad.body).toContain('value="สาม"')
    expect(bad.body).toContain('ยื่นเรื่องได้ที่งานนิติการ ชั้น 2</textarea>')
    // The missing unit is reported beside the unit, not beside the days.
    expect(bad.body).toMatch(/id="decision_unit_th-error"/)

    const saved = await c.post('/staff/complaints/guideline', { ...base, screening_days: '5' })
    expect(saved.statusCode).toBe(303)
    // Five business days from Friday 4 December: 8, 9, 11, 14, 15.
    const page = await c.get(`/staff/complaints/${id}`)
    expect(page.body).toContain('15 ธ.ค. 2569')
    expect(page.body).toContain('(5 วันทำการ)')
    const audit = await t.db.selectFrom('audit_events').select('action').where('action', '=', 'complaint_guideline.saved').execute()
    expect(audit).toHaveLength(1)
  })

  it('is not for staff who neither handle complaints nor administer the agency', async () => {
    const c = await t.asUser('wt-procurement@prongsai.test')
    expect((await c.get('/staff/complaints/guideline')).statusCode).toBe(403)
  })
})
