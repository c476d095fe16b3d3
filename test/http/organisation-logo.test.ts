import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type Client, type TestApp } from '../support/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'), Buffer.alloc(64, 1)])
const CSRF_REFUSED = 'แบบฟอร์มหมดอายุหรือไม่ถูกต้อง'
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n')

/** Sends the logo form the way a browser does: multipart, with the page's CSRF token as a field. */
async function uploadLogo(c: Client, orgId: string, file: { name: string; type: string; bytes: Buffer }, csrf: string | false = 'from-page') {
  await c.get(`/admin/organisations/${orgId}`)
  const boundary = '----prongsai-test-boundary'
  const parts: Buffer[] = []
  if (csrf !== false) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${c.lastCsrf}\r\n`))
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="logo"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.bytes, Buffer.from(`\r\n--${boundary}--\r\n`))
  return t.app.inject({
    method: 'POST',
    url: `/admin/organisations/${orgId}/logo`,
    headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat(parts),
  })
}

async function storedLogo(slug: string) {
  return t.db.selectFrom('organisations').select(['logo', 'logo_type']).where('slug', '=', slug).executeTakeFirstOrThrow()
}

describe('organisation logos', () => {
  it('rejects a PDF dressed up as a PNG, by its content rather than its name', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const res = await uploadLogo(c, await t.orgId('wiang-thong'), { name: 'logo.png', type: 'image/png', bytes: PDF })
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('ตราสัญลักษณ์ต้องเป็นไฟล์ภาพ PNG หรือ JPEG')
    expect((await storedLogo('wiang-thong')).logo).toBeNull()
  })

  it('rejects a logo over 512 KB', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const big = Buffer.concat([PNG, Buffer.alloc(600 * 1024)])
    const res = await uploadLogo(c, await t.orgId('wiang-thong'), { name: 'big.png', type: 'image/png', bytes: big })
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('ไม่เกิน 512 KB')
    expect((await storedLogo('wiang-thong')).logo).toBeNull()
  })

  it('refuses an upload without the form’s CSRF token', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const res = await uploadLogo(c, await t.orgId('wiang-thong'), { name: 'logo.png', type: 'image/png', bytes: PNG }, false)
    expect(res.statusCode).toBe(403)
    expect(res.body).toContain(CSRF_REFUSED)
    expect((await storedLogo('wiang-thong')).logo).toBeNull()
  })

  it('stores a real PNG whatever it is called, shows it on the public page and audits the change', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const id = await t.orgId('wiang-thong')
    const res = await uploadLogo(c, id, { name: 'scan.pdf', type: 'application/pdf', bytes: PNG })
    expect(res.statusCode).toBe(303)
    const stored = await storedLogo('wiang-thong')
    expect(stored.logo_type).toBe('image/png')
    expect(Buffer.compare(stored.logo!, PNG)).toBe(0)
    const served = await t.client().get('/o/wiang-thong/logo')
    expect(served.headers['content-type']).toBe('image/png')
    expect((await t.client().get('/o/wiang-thong')).body).toContain('src="/o/wiang-thong/logo"')
    const event = await t.db.selectFrom('audit_events').selectAll().where('action', '=', 'organisation.logo_changed').where('entity_id', '=', id).executeTakeFirstOrThrow()
    expect(event.summary).toMatchObject({ before: null, after: { logo_type: 'image/png', bytes: PNG.length } })
  })

  it('removes the logo, audited', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const id = await t.orgId('wiang-thong')
    const res = await c.submit(`/admin/organisations/${id}`, {}, `/admin/organisations/${id}/logo/remove`)
    expect(res.statusCode).toBe(303)
    expect((await storedLogo('wiang-thong')).logo).toBeNull()
    const event = await t.db.selectFrom('audit_events').selectAll().where('action', '=', 'organisation.logo_removed').where('entity_id', '=', id).executeTakeFirstOrThrow()
    expect(event.summary).toMatchObject({ before: { logo_type: 'image/png' }, after: null })
  })

  it('does not let agency admin A change agency B’s logo', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    await c.get(`/admin/organisations/${await t.orgId('wiang-thong')}`)
    const boundary = 'b0undary'
    const res = await t.app.inject({
      method: 'POST',
      url: `/admin/organisations/${await t.orgId('nong-bua')}/logo`,
      headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${c.lastCsrf}\r\n--${boundary}\r\nContent-Disposition: form-data; name="logo"; filename="x.png"\r\nContent-Type: image/png\r\n\r\n`),
        PNG,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    })
    expect(res.statusCode).toBe(403)
    expect(res.body).not.toContain(CSRF_REFUSED)
    expect((await storedLogo('nong-bua')).logo).toBeNull()
  })
})
