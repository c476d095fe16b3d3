import { Writable } from 'node:stream'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { sql, type Kysely } from 'kysely'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../src/db/tables.ts'
import { ComplaintAbuseLimits } from '../../src/features/complaints/complaint-abuse-limits.ts'
import { addStaffMessage, caseDetail, orderOnProposal, takeStep, type Reader } from '../../src/features/complaints/complaint-handling.use-cases.ts'
import { openWithReceipt } from '../../src/features/complaints/complaint-intake.use-cases.ts'
import { DEMO_PASSWORD } from '../../src/features/demo-data/demo-dataset.ts'
import { RateLimitedError } from '../../src/errors.ts'
import { loadActor } from '../../src/platform/auth/sessions.ts'
import { unlockOrCreateUserKeys } from '../../src/platform/auth/user-keys.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

type UploadPart = { field: string; name: string; type: string; bytes: Buffer }
let nextAddress = 1

/**
 * A citizen's browser: a cookie jar, the CSRF token of the last page, forms sent as a browser
 * sends them (urlencoded, or multipart with files), and a client address of its own so that the
 * per-client limits of one test do not reach another.
 */
class Citizen {
  cookies = new Map<string, string>()
  lastCsrf: string | undefined
  readonly address = `198.51.100.${nextAddress++}`
  constructor(private app: FastifyInstance) {}

  private absorb(res: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of res.cookies as { name: string; value: string; maxAge?: number }[]) {
      if (c.maxAge === 0 || c.value === '') this.cookies.delete(c.name)
      else this.cookies.set(c.name, c.value)
    }
    const m = /name="_csrf" value="([^"]+)"/.exec(res.body)
    if (m) this.lastCsrf = m[1]
    return res
  }

  private headers(contentType?: string) {
    return { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '), ...(contentType ? { 'content-type': contentType } : {}) }
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    return this.absorb(await this.app.inject({ method: 'GET', url, remoteAddress: this.address, headers: this.headers() }))
  }

  async post(url: string, form: Record<string, string | string[]>): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams()
    if (this.lastCsrf) body.append('_csrf', this.lastCsrf)
    for (const [k, v] of Object.entries(form)) for (const item of Array.isArray(v) ? v : [v]) body.append(k, item)
    return this.absorb(await this.app.inject({ method: 'POST', url, remoteAddress: this.address, headers: this.headers('application/x-www-form-urlencoded'), payload: body.toString() }))
  }

  /** A multipart form; empty file boxes are sent as browsers send them (a part with no name and no bytes). */
  async postMultipart(url: string, form: Record<string, string | string[]>, files: UploadPart[] = []): Promise<LightMyRequestResponse> {
    const boundary = `----citizen${Math.random().toString(16).slice(2)}`
    const chunks: Buffer[] = []
    const field = (name: string, value: string) => chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`))
    if (this.lastCsrf) field('_csrf', this.lastCsrf)
    for (const [k, v] of Object.entries(form)) for (const item of Array.isArray(v) ? v : [v]) field(k, item)
    for (const box of ['evidence1', 'evidence2', 'evidence3']) {
      const f = files.find((x) => x.field === box) ?? { field: box, name: '', type: 'application/octet-stream', bytes: Buffer.alloc(0) }
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`), f.bytes, Buffer.from('\r\n'))
    }
    chunks.push(Buffer.from(`--${boundary}--\r\n`))
    return this.absorb(
      await this.app.inject({ method: 'POST', url, remoteAddress: this.address, headers: this.headers(`multipart/form-data; boundary=${boundary}`), payload: Buffer.concat(chunks) }),
    )
  }
}

const FACTS = {
  kind: 'corruption',
  subject: 'งานพัสดุ กองคลัง',
  what_happened: 'เจ้าหน้าที่พัสดุเรียกรับเงินจากผู้รับจ้างก่อนตรวจรับงานก่อสร้างรางระบายน้ำ',
  happened_when: 'ต้นเดือนตุลาคม 2569',
  happened_where: 'ห้องงานพัสดุ ชั้น 2',
  request: 'ขอให้ตรวจสอบการตรวจรับงาน',
  witnesses: '',
}
const ANONYMOUS = { ...FACTS, identity: 'anonymous' }
const NAMED_PERSON = { name: 'นางสาวพิมพ์ลดา ลับเฉพาะ', address: '77/7 ซอยลับแล ตำบลเวียงทอง', phone: '089 765 4321', email: 'pimlada.secret@example.test' }

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n')
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300, 1)])
const HTML = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')

const lines: string[] = []
let t: TestApp
let png: Buffer

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk))
      done()
    },
  })
  t = await createTestApp({ env: { LOG_LEVEL: 'info' }, logStream: sink })
  png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#336699' } }).png().toBuffer()
})
afterAll(() => t.close())

const deps = () => ({ db: t.db, now: t.clock.now, baseUrl: 'http://localhost:3000' })

async function fileComplaint(c: Citizen, form: Record<string, string | string[]>, files: UploadPart[] = []) {
  await c.get('/o/wiang-thong/complaints/new')
  return c.postMultipart('/o/wiang-thong/complaints/new', form, files)
}

function receiptIn(res: LightMyRequestResponse): string {
  const m = /name="receipt" value="([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})"/.exec(res.body)
  if (!m) throw new Error(`no receipt on the page (status ${res.statusCode})`)
  return m[1]!
}

function keptIn(res: LightMyRequestResponse): string[] {
  return [...res.body.matchAll(/name="kept" type="checkbox" value="([^"]+)"/g)].map((m) => m[1]!)
}

/** Files a complaint and goes through the receipt step to the case page. */
async function fileAndFollow(c: Citizen, form: Record<string, string | string[]> = ANONYMOUS, files: UploadPart[] = []) {
  const filed = await fileComplaint(c, form, files)
  expect(filed.statusCode).toBe(200)
  const receipt = receiptIn(filed)
  const saved = await c.post('/complaints/receipt-saved', { receipt, saved: 'yes' })
  expect(saved.statusCode).toBe(303)
  expect(saved.headers.location).toBe('/complaints/case')
  const { complaintId } = await openWithReceipt(deps(), receipt)
  return { receipt, complaintId, page: filed }
}

async function readerFor(email: string): Promise<Reader> {
  const id = await t.userId(email)
  return { actor: (await loadActor(t.db, id))!, privateKey: await unlockOrCreateUserKeys(t.db, id, DEMO_PASSWORD) }
}

/** Every row of every table, as text: what a stolen database dump would show. */
async function databaseDump(db: Kysely<Database>): Promise<string> {
  const tables = await sql<{ table_name: string }>`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`.execute(db)
  const out: string[] = []
  for (const { table_name } of tables.rows) {
    const rows = await sql<{ j: string }>`SELECT row_to_json(x)::text AS j FROM ${sql.table(table_name)} x`.execute(db)
    out.push(`## ${table_name}`, ...rows.rows.map((r) => r.j))
  }
  return out.join('\n')
}

describe('an agency’s complaint page', () => {
  it('publishes how to complain, each step with its unit and business days, the channels and what anonymous means', async () => {
    const res = await new Citizen(t.app).get('/o/wiang-thong/complaints')
    expect(res.statusCode).toBe(200)
    for (const text of ['ตรวจสอบและพิจารณารับเรื่อง', 'คณะกรรมการตรวจสอบข้อเท็จจริง', '<span>30</span>', 'สายด่วน 1567', 'ศูนย์ดำรงธรรม', 'ไปรษณีย์', 'ระบบไม่เก็บหมายเลข IP', 'หากทำหาย ไม่มีผู้ใดกู้คืนให้ได้', 'ข้อ 2.3']) {
      expect(res.body).toContain(text)
    }
    for (const href of ['/o/wiang-thong/complaints/new', '/complaints/follow-up', '/o/wiang-thong/complaints/statistics']) expect(res.body).toContain(`href="${href}"`)
    expect((await new Citizen(t.app).get('/o/wiang-thong')).body).toContain('href="/o/wiang-thong/complaints"')
    expect((await new Citizen(t.app).get('/o/no-such-agency/complaints')).statusCode).toBe(404)
  })
})

describe('filing a complaint', () => {
  it('files an anonymous complaint, shows its receipt once, and opens the case only after the receipt is confirmed saved', async () => {
    const c = new Citizen(t.app)
    const filed = await fileComplaint(c, ANONYMOUS)
    expect(filed.statusCode).toBe(200)
    expect(filed.headers['cache-control']).toBe('no-store')
    const receipt = receiptIn(filed)
    expect(filed.body).toContain('ฉันได้จดหรือบันทึกรหัสนี้แล้ว')
    for (const group of receipt.split('-')) expect(filed.body).toContain(`<code>${group}</code>`)
    expect(c.cookies.has('prongsai_complaint')).toBe(false)

    const unticked = await c.post('/complaints/receipt-saved', { receipt })
    expect(unticked.statusCode).toBe(422)
    expect(unticked.body).toContain('ยืนยันว่าท่านได้จดหรือบันทึกรหัสติดตามเรื่องแล้ว')
    expect(receiptIn(unticked)).toBe(receipt)
    expect(c.cookies.has('prongsai_complaint')).toBe(false)

    const ticked = await c.post('/complaints/receipt-saved', { receipt, saved: 'yes' })
    expect(ticked.statusCode).toBe(303)
    expect(ticked.headers.location).toBe('/complaints/case')
    const cookie = ([] as string[]).concat(ticked.headers['set-cookie'] ?? []).find((h) => h.startsWith('prongsai_complaint='))!
    expect(cookie).not.toMatch(/; Secure/)
    expect(cookie).toMatch(/Path=\/complaints/)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Strict/)
    expect(cookie).toMatch(/Max-Age=1800/)

    const page = await c.get('/complaints/case')
    expect(page.statusCode).toBe(200)
    expect(page.headers['cache-control']).toBe('no-store')
    for (const text of ['รับเรื่องแล้ว', FACTS.what_happened, FACTS.happened_where, 'ไม่ประสงค์ออกนาม', 'กระทำการทุจริตต่อหน้าที่ราชการ']) expect(page.body).toContain(text)
    expect(page.body).not.toContain(receipt)

    const row = await t.db.selectFrom('complaints').select(['anonymous', 'channel', 'intake', 'status']).where('receipt_hash', 'is not', null).orderBy('created_at', 'desc').executeTakeFirstOrThrow()
    expect(row).toEqual({ anonymous: true, channel: 'web', intake: 'public', status: 'received' })
  })

  it('files a named complaint whose name, address and phone appear nowhere in the database or the logs', async () => {
    const c = new Citizen(t.app)
    const { receipt, complaintId } = await fileAndFollow(c, { ...FACTS, identity: 'named', ...NAMED_PERSON, email_updates: 'yes' })
    // The officer (who holds a copy of the key) can read who filed it.
    const detail = await caseDetail(deps(), await readerFor('wt-complaints@prongsai.test'), complaintId, { revealIdentity: true })
    expect(detail.identity).toMatchObject({ name: NAMED_PERSON.name, email: NAMED_PERSON.email })
    expect(detail.complaint.wants_email_updates).toBe(true)

    const dump = await databaseDump(t.db)
    expect(dump).toContain(FACTS.subject)
    for (const secret of [NAMED_PERSON.name, 'ลับเฉพาะ', NAMED_PERSON.address, NAMED_PERSON.phone, receipt, receipt.replaceAll('-', '')]) expect(dump).not.toContain(secret)
    const complaintTables = await sql<{ j: string }>`SELECT row_to_json(x)::text AS j FROM complaints x UNION ALL SELECT row_to_json(m)::text FROM complaint_messages m`.execute(t.db)
    expect(complaintTables.rows.map((r) => r.j).join('\n')).not.toContain(NAMED_PERSON.email)

    const log = lines.join('')
    expect(log).toContain('/complaints/receipt-saved')
    for (const secret of [NAMED_PERSON.name, NAMED_PERSON.address, NAMED_PERSON.phone, NAMED_PERSON.email, receipt, FACTS.what_happened, c.address]) expect(log).not.toContain(secret)
  })

  it('refuses a form missing what it needs, in Thai, keeping everything typed', async () => {
    const c = new Citizen(t.app)
    const res = await fileComplaint(c, { kind: '', subject: '', what_happened: 'สั้น', happened_where: 'หน้าตลาดสด', witnesses: 'นายดำ แม่ค้าแผงผัก', identity: 'named', name: '', address: '', phone: '', email: 'ไม่ใช่อีเมล' })
    expect(res.statusCode).toBe(422)
    for (const message of ['เลือกลักษณะของเรื่องที่ร้องเรียน', 'ระบุหน่วยงานหรือเจ้าหน้าที่ที่ถูกร้องเรียน', 'เล่าข้อเท็จจริงหรือพฤติการณ์ที่เกิดขึ้น', 'กรอกชื่อ-นามสกุลของผู้ร้องเรียน', 'รูปแบบอีเมลไม่ถูกต้อง']) {
      expect(res.body).toContain(message)
    }
    expect(res.body).toContain('class="error-summary"')
    expect(res.body).toContain('value="หน้าตลาดสด"')
    expect(res.body).toContain('>นายดำ แม่ค้าแผงผัก</textarea>')
    expect(res.body).toContain('>สั้น</textarea>')
    expect(res.body).toContain('value="ไม่ใช่อีเมล"')
    expect(res.body).toMatch(/value="named" checked/)
    // The summary reads in the order of the form.
    expect(res.body.indexOf('href="#kind"')).toBeLessThan(res.body.indexOf('href="#name"'))
    expect(await t.db.selectFrom('complaints').select('id').where('subject_text', '=', '').execute()).toEqual([])
  })

  it('refuses disguised and oversized files with Thai messages, keeping the typed values and the file already accepted', async () => {
    const c = new Citizen(t.app)
    const res = await fileComplaint(c, ANONYMOUS, [
      { field: 'evidence1', name: 'สัญญา.pdf', type: 'application/pdf', bytes: EXE },
      { field: 'evidence2', name: 'ภาพใหญ่.pdf', type: 'application/pdf', bytes: Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]) },
      { field: 'evidence3', name: 'ใบเสร็จ.pdf', type: 'application/pdf', bytes: PDF },
    ])
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('ไฟล์ “สัญญา.pdf” เป็นโปรแกรม (.exe)')
    expect(res.body).toContain('ระบบตรวจชนิดไฟล์จากเนื้อไฟล์')
    expect(res.body).toContain('ไฟล์ต้องมีขนาดไม่เกิน 10 MB')
    expect(res.body).toContain(FACTS.what_happened)
    expect(res.body).toContain(`value="${FACTS.subject}"`)
    expect(res.body).toContain(`ใบเสร็จ.pdf (${PDF.length} B)`)
    const kept = keptIn(res)
    expect(kept).toHaveLength(1)

    // Sent again with the kept file ticked: filed, with the evidence attached.
    const again = await c.postMultipart('/o/wiang-thong/complaints/new', { ...ANONYMOUS, kept })
    expect(again.statusCode).toBe(200)
    const receipt = receiptIn(again)
    await c.post('/complaints/receipt-saved', { receipt, saved: 'yes' })
    const page = await c.get('/complaints/case')
    expect(page.body).toContain('ใบเสร็จ.pdf')
    const link = /href="(\/complaints\/case\/attachments\/[0-9a-f-]{36})"/.exec(page.body)![1]!
    const download = await c.get(link)
    expect(download.statusCode).toBe(200)
    expect(download.rawPayload.equals(PDF)).toBe(true)
    expect(download.headers['content-type']).toBe('application/pdf')
    expect(download.headers['content-disposition']).toContain(`attachment; filename="`)
    expect(download.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('ใบเสร็จ.pdf')}`)
    expect(download.headers['x-content-type-options']).toBe('nosniff')
    expect(download.headers['cache-control']).toBe('no-store')
    // Another case's attachment, or none: not found.
    expect((await c.get('/complaints/case/attachments/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404)
    expect((await new Citizen(t.app).get(link)).headers.location).toBe('/complaints/follow-up')
  })

  it('files one complaint when the same form is sent twice (Back and resubmit, a double tap)', async () => {
    const c = new Citizen(t.app)
    const form = await c.get('/o/wiang-thong/complaints/new')
    const token = /name="submission" value="([A-Za-z0-9_-]{22})"/.exec(form.body)![1]!
    const subject = `กองช่าง ทดสอบส่งซ้ำ ${token.slice(0, 6)}`
    // A mistake first: the re-shown form keeps the same token, and the corrected form files once.
    const wrong = await c.postMultipart('/o/wiang-thong/complaints/new', { ...ANONYMOUS, identity: '', subject, submission: token })
    expect(wrong.statusCode).toBe(422)
    expect(wrong.body).toContain(`name="submission" value="${token}"`)
    const first = await c.postMultipart('/o/wiang-thong/complaints/new', { ...ANONYMOUS, subject, submission: token })
    expect(first.statusCode).toBe(200)
    receiptIn(first)
    const again = await c.postMultipart('/o/wiang-thong/complaints/new', { ...ANONYMOUS, subject, submission: token })
    expect(again.statusCode).toBe(409)
    expect(again.body).toContain('ได้รับไว้แล้วเมื่อส่งครั้งแรก จึงไม่บันทึกซ้ำ')
    expect(again.body).not.toMatch(/name="receipt" value=/)
    const filed = await t.db.selectFrom('complaints').select('id').where('subject_text', '=', subject).execute()
    expect(filed).toHaveLength(1)
    // Only its hash is kept; a new form gets a new token.
    expect(JSON.stringify(await t.db.selectFrom('complaints').selectAll().where('id', '=', filed[0]!.id).executeTakeFirst())).not.toContain(token)
    expect((await c.get('/o/wiang-thong/complaints/new')).body).not.toContain(token)

    // Two copies of one form at the same moment: one is filed, the other told so.
    const d = new Citizen(t.app)
    const other = /name="submission" value="([A-Za-z0-9_-]{22})"/.exec((await d.get('/o/wiang-thong/complaints/new')).body)![1]!
    const both = await Promise.all([1, 2].map(() => d.postMultipart('/o/wiang-thong/complaints/new', { ...ANONYMOUS, subject: 'ส่งพร้อมกันสองครั้ง', submission: other })))
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409])
    expect(await t.db.selectFrom('complaints').select('id').where('subject_text', '=', 'ส่งพร้อมกันสองครั้ง').execute()).toHaveLength(1)
  })

  it('keeps a long Thai description whole (9,000 characters, three bytes each)', async () => {
    const c = new Citizen(t.app)
    const long = 'ก'.repeat(8990) + 'สุดท้ายจริง'
    const { complaintId } = await fileAndFollow(c, { ...ANONYMOUS, what_happened: long })
    const row = await t.db.selectFrom('complaints').select('what_happened').where('id', '=', complaintId).executeTakeFirstOrThrow()
    expect(row.what_happened).toBe(long)
    const tooLong = await fileComplaint(new Citizen(t.app), { ...ANONYMOUS, what_happened: 'ข'.repeat(15_000) })
    expect(tooLong.statusCode).toBe(422)
    expect(tooLong.body).toContain('รายละเอียดต้องยาวไม่เกิน 10,000 ตัวอักษร')
  })

  it('speaks English to a citizen who chose it', async () => {
    const c = new Citizen(t.app)
    c.cookies.set('lang', 'en')
    const form = await c.get('/o/wiang-thong/complaints/new')
    expect(form.body).toContain('Make a complaint')
    const refused = await c.postMultipart('/o/wiang-thong/complaints/new', { ...ANONYMOUS, identity: '' })
    expect(refused.statusCode).toBe(422)
    expect(refused.body).toContain('Choose whether to give your name or stay anonymous')
  })

  it('lets a client file only five complaints in ten minutes', async () => {
    const c = new Citizen(t.app)
    for (let i = 0; i < 5; i++) expect((await fileComplaint(c, ANONYMOUS)).statusCode).toBe(200)
    const sixth = await fileComplaint(c, ANONYMOUS)
    expect(sixth.statusCode).toBe(429)
    expect(sixth.headers['retry-after']).toMatch(/^\d+$/)
    expect(sixth.body).toContain('มีการพยายามมากเกินไป')
    // Someone else is not affected.
    expect((await fileComplaint(new Citizen(t.app), ANONYMOUS)).statusCode).toBe(200)
  })
})

describe('following a complaint with its receipt', () => {
  it('opens the case from a receipt typed in lower case with spaces, and leaving ends it', async () => {
    const c = new Citizen(t.app)
    const { receipt } = await fileAndFollow(c)
    const later = new Citizen(t.app)
    await later.get('/complaints/follow-up')
    const typed = ` ${receipt.toLowerCase().replaceAll('-', ' ')} `
    const opened = await later.post('/complaints/follow-up', { receipt: typed })
    expect(opened.statusCode).toBe(303)
    expect(opened.headers.location).toBe('/complaints/case')
    expect((await later.get('/complaints/case')).body).toContain(FACTS.what_happened)

    const ack = await later.get('/complaints/case/acknowledgement')
    expect(ack.statusCode).toBe(200)
    expect(ack.headers['cache-control']).toBe('no-store')
    expect(ack.body).toContain('ใบรับเรื่องร้องเรียน')
    expect(ack.body).toContain('เทศบาลตำบลเวียงทอง')
    expect(ack.body).toContain('22 พฤศจิกายน 2569')
    expect(ack.body).toContain('กระทำการทุจริตต่อหน้าที่ราชการ')
    expect(ack.body).toContain('เว็บไซต์')
    expect(ack.body).not.toContain(receipt)

    await later.get('/complaints/case')
    const left = await later.post('/complaints/case/leave', {})
    expect(left.statusCode).toBe(303)
    expect(later.cookies.has('prongsai_complaint')).toBe(false)
    const after = await later.get('/complaints/case')
    expect(after.statusCode).toBe(303)
    expect(after.headers.location).toBe('/complaints/follow-up')
  })

  it('says whether a receipt is malformed or unknown, keeping what was typed', async () => {
    const c = new Citizen(t.app)
    await c.get('/complaints/follow-up')
    const malformed = await c.post('/complaints/follow-up', { receipt: '7K2M-9QXT' })
    expect(malformed.statusCode).toBe(422)
    expect(malformed.body).toContain('รหัสติดตามเรื่องมี 16 ตัวอักษร')
    expect(malformed.body).toContain('value="7K2M-9QXT"')
    const unknown = await c.post('/complaints/follow-up', { receipt: '7K2M-9QXT-4HBD-R8CW' })
    expect(unknown.statusCode).toBe(422)
    expect(unknown.body).toContain('ไม่พบเรื่องร้องเรียนที่ตรงกับรหัสนี้')
    expect(unknown.body).toContain('value="7K2M-9QXT-4HBD-R8CW"')
    expect(c.cookies.has('prongsai_complaint')).toBe(false)
  })

  it('answers 429 after ten wrong receipts from one client, and not to others', async () => {
    const guesser = new Citizen(t.app)
    await guesser.get('/complaints/follow-up')
    for (let i = 0; i < 10; i++) {
      const res = await guesser.post('/complaints/follow-up', { receipt: `AAAA-BBBB-CCCC-${String(1000 + i)}` })
      expect(res.statusCode).toBe(422)
    }
    const blocked = await guesser.post('/complaints/follow-up', { receipt: 'AAAA-BBBB-CCCC-DDDD' })
    expect(blocked.statusCode).toBe(429)
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0)
    expect(blocked.body).toContain('มีการพยายามมากเกินไป')
    // Mistyped receipts are not guesses and cost nothing: they do not count.
    const other = new Citizen(t.app)
    await other.get('/complaints/follow-up')
    for (let i = 0; i < 12; i++) expect((await other.post('/complaints/follow-up', { receipt: 'short' })).statusCode).toBe(422)
    expect((await other.post('/complaints/follow-up', { receipt: 'AAAA-BBBB-CCCC-DDDD' })).statusCode).toBe(422)
  })

  it('ends the follow-up after 30 minutes unused, and refuses a tampered cookie', async () => {
    const c = new Citizen(t.app)
    await fileAndFollow(c)
    expect((await c.get('/complaints/case')).statusCode).toBe(200)
    const cookie = c.cookies.get('prongsai_complaint')!
    t.clock.now = new Date(t.clock.now.getTime() + 31 * 60_000)
    const expired = await c.get('/complaints/case')
    expect(expired.statusCode).toBe(303)
    expect(expired.headers.location).toBe('/complaints/follow-up?expired=1')
    expect((await c.get('/complaints/follow-up?expired=1')).body).toContain('กรุณากรอกรหัสอีกครั้ง')

    c.cookies.set('prongsai_complaint', cookie.slice(0, -6) + 'AAAAAA')
    expect((await c.get('/complaints/case')).headers.location).toBe('/complaints/follow-up?expired=1')
  })

  it('shows the agency’s messages and never its internal notes; the complainant replies with a file', async () => {
    const c = new Citizen(t.app)
    const { complaintId } = await fileAndFollow(c)
    const officer = await readerFor('wt-complaints@prongsai.test')
    await addStaffMessage(deps(), officer, complaintId, { kind: 'staff', body: 'ขอสำเนาใบส่งมอบงานเพิ่มเติม', evidence: [{ name: 'แบบฟอร์ม.pdf', mime: 'application/pdf', bytes: PDF }] })
    await addStaffMessage(deps(), officer, complaintId, { kind: 'note', body: 'บันทึกภายใน: ผู้ถูกร้องอาจเป็นญาติของปลัด', evidence: [] })

    const page = await c.get('/complaints/case')
    expect(page.body).toContain('ขอสำเนาใบส่งมอบงานเพิ่มเติม')
    expect(page.body).toContain('จากหน่วยงาน')
    expect(page.body).toContain('แบบฟอร์ม.pdf')
    expect(page.body).not.toContain('บันทึกภายใน')
    expect(page.body).not.toContain('ญาติของปลัด')
    expect(page.body).not.toContain('นางรับเรื่อง')

    // A disguised image is refused; the text and the good file stay for the next try.
    const refused = await c.postMultipart('/complaints/case/messages', { body: 'แนบใบส่งมอบงานตามที่ขอ' }, [
      { field: 'evidence1', name: 'ใบส่งมอบ.jpg', type: 'image/jpeg', bytes: HTML },
      { field: 'evidence2', name: 'ภาพหน้างาน.png', type: 'image/png', bytes: png },
    ])
    expect(refused.statusCode).toBe(422)
    expect(refused.body).toContain('หน้าเว็บ (HTML)')
    expect(refused.body).toContain('>แนบใบส่งมอบงานตามที่ขอ</textarea>')
    expect(refused.body).toContain('ภาพหน้างาน.png')
    const kept = keptIn(refused)
    expect(kept).toHaveLength(1)

    const sent = await c.postMultipart('/complaints/case/messages', { body: 'แนบใบส่งมอบงานตามที่ขอ', kept })
    expect(sent.statusCode).toBe(303)
    expect(sent.headers.location).toBe('/complaints/case#messages')
    const after = await c.get('/complaints/case')
    expect(after.body).toContain('จากท่าน')
    expect(after.body).toContain('ส่งข้อความถึงหน่วยงานแล้ว')

    const staffView = await caseDetail(deps(), officer, complaintId)
    const reply = staffView.messages.find((m) => m.author === 'complainant')!
    expect(reply.body).toBe('แนบใบส่งมอบงานตามที่ขอ')
    expect(reply.attachments.map((a) => a.name)).toEqual(['ภาพหน้างาน.png'])

    const empty = await c.postMultipart('/complaints/case/messages', { body: '  ' })
    expect(empty.statusCode).toBe(422)
    expect(empty.body).toContain('พิมพ์ข้อความหรือแนบหลักฐานก่อนส่ง')
  })

  it('shows why a complaint was not accepted, then the result, and takes no more messages once closed', async () => {
    const c = new Citizen(t.app)
    const { complaintId } = await fileAndFollow(c)
    const officer = await readerFor('wt-complaints@prongsai.test')
    await takeStep(deps(), officer, complaintId, { to: 'screening' })
    await takeStep(deps(), officer, complaintId, { to: 'awaiting_order', proposal: { kind: 'not_accept', ground: 'anonymous_without_evidence', reason: 'ไม่มีเอกสารหรือพยานยืนยันเหตุการณ์' } })
    await orderOnProposal(deps(), await readerFor('wt-head@prongsai.test'), complaintId, { decision: 'ordered', note: 'เห็นชอบตามเสนอ' })
    const notAccepted = await c.get('/complaints/case')
    expect(notAccepted.body).toContain('ไม่รับพิจารณา')
    expect(notAccepted.body).toContain('บัตรสนเท่ห์ที่ไม่มีหลักฐานหรือพยานบุคคลชัดแจ้ง')
    expect(notAccepted.body).toContain('ไม่มีเอกสารหรือพยานยืนยันเหตุการณ์')

    await takeStep(deps(), officer, complaintId, { to: 'closed', resultForComplainant: 'หากมีหลักฐานเพิ่มเติม โปรดยื่นเรื่องใหม่' })
    const closed = await c.get('/complaints/case')
    expect(closed.body).toContain('ยุติเรื่อง')
    expect(closed.body).toContain('หากมีหลักฐานเพิ่มเติม โปรดยื่นเรื่องใหม่')
    expect(closed.body).not.toContain('action="/complaints/case/messages"')

    // Disagreeing with the result: a review request, recorded, counted and sent to the head.
    expect(closed.body).toContain('action="/complaints/case/review"')
    const empty = await c.post('/complaints/case/review', { review: '  ' })
    expect(empty.statusCode).toBe(422)
    expect(empty.body).toContain('เขียนเหตุผลที่ไม่เห็นด้วยกับผลการพิจารณา')
    await t.db.deleteFrom('outbox').execute()
    const asked = await c.post('/complaints/case/review', { review: 'มีพยานเห็นเหตุการณ์สองคน ขอให้พิจารณาใหม่' })
    expect(asked.statusCode).toBe(303)
    expect(await t.db.selectFrom('complaint_reviews').select(['complaint_id', 'answered_at']).where('complaint_id', '=', complaintId).execute()).toEqual([{ complaint_id: complaintId, answered_at: null }])
    const mails = await t.db.selectFrom('outbox').select(['to_address', 'subject']).execute()
    expect(mails.map((m) => m.to_address)).toEqual(['wt-head@prongsai.test'])
    expect((await c.post('/complaints/case/review', { review: 'อีกครั้ง' })).statusCode).toBe(422)
    const after = await c.get('/complaints/case')
    expect(after.body).toContain('ท่านขอให้ทบทวนผลแล้ว')
    const staff = await caseDetail(deps(), officer, complaintId)
    expect(staff.reviewRequested).toBe(true)
    expect(staff.messages.at(-1)!.body).toContain('มีพยานเห็นเหตุการณ์สองคน')
  })

  it('says on the case when the next step is due, by the agency’s guideline on business days', async () => {
    const c = new Citizen(t.app)
    await fileAndFollow(c)
    const page = await c.get('/complaints/case')
    expect(page.body).toMatch(/id="next-step">[\s\S]*ตรวจสอบและพิจารณารับเรื่อง[\s\S]*หน่วยงานกำหนดให้แล้วเสร็จภายในวันที่/)
  })
})

describe('on a site served over HTTPS', () => {
  it('marks the follow-up cookie Secure', async () => {
    const https = await createTestApp({ env: { BASE_URL: 'https://prongsai.example' } })
    try {
      const c = new Citizen(https.app)
      await c.get('/o/wiang-thong/complaints/new')
      const receipt = receiptIn(await c.postMultipart('/o/wiang-thong/complaints/new', ANONYMOUS))
      const saved = await c.post('/complaints/receipt-saved', { receipt, saved: 'yes' })
      const cookie = ([] as string[]).concat(saved.headers['set-cookie'] ?? []).find((h) => h.startsWith('prongsai_complaint='))
      expect(cookie).toMatch(/; Secure/)
    } finally {
      await https.close()
    }
  })
})

describe('abuse limits', () => {
  it('count wrong receipts per client in fixed windows kept in the database, and forget them in the next window', async () => {
    let now = Date.parse('2026-11-22T05:00:00Z')
    const limits = new ComplaintAbuseLimits(t.db, { wrongReceiptsPerClient: { max: 2, windowSeconds: 15 * 60 } })
    const at = () => new Date(now)
    await limits.recordWrongReceipt('203.0.113.5', at())
    now += 9 * 60_000
    await limits.recordWrongReceipt('203.0.113.5', at())
    await expect(limits.checkReceiptAttempt('203.0.113.5', at())).rejects.toThrow(RateLimitedError)
    await expect(limits.checkReceiptAttempt('203.0.113.6', at())).resolves.toBeUndefined()
    now += 15 * 60_000
    await expect(limits.checkReceiptAttempt('203.0.113.5', at())).resolves.toBeUndefined()
  })

  it('count submissions per client in the database, shared by two instances, with no overall cap that many addresses could use up', async () => {
    const at = new Date('2026-11-22T07:00:00Z')
    const one = new ComplaintAbuseLimits(t.db)
    const two = new ComplaintAbuseLimits(t.db)
    for (let i = 0; i < 5; i++) await one.recordSubmission('203.0.113.40', at)
    // The other instance sees the same count: the sixth is refused there too.
    expect(await two.allowsSubmission('203.0.113.40', at)).toBe(false)
    await expect(two.checkSubmission('203.0.113.40', at)).rejects.toThrow(RateLimitedError)
    // Sixty-one sources at their limit (past the old overall cap of 300) shut no one else out.
    for (let s = 0; s < 61; s++) for (let i = 0; i < 5; i++) await (s % 2 ? one : two).recordSubmission(`198.18.0.${s}`, at)
    expect(await one.allowsSubmission('203.0.113.41', at)).toBe(true)
    expect(await two.allowsSubmission('203.0.113.41', at)).toBe(true)
    const rows = await t.db.selectFrom('abuse_counters').select('key').where('key', 'like', 'complaint-submission:%').execute()
    expect(rows.length).toBeGreaterThanOrEqual(62)
    expect(JSON.stringify(rows)).not.toMatch(/203\.0\.113|198\.18/)
  })
})
