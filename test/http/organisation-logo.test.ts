import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type Client, type TestApp } from '../support/test-app.ts'

let t: TestApp
let filesDir: string
beforeAll(async () => {
  filesDir = mkdtempSync(join(tmpdir(), 'prongsai-logo-files-'))
  t = await createTestApp({ env: { FILES_DIR: filesDir } })
})
afterAll(async () => {
  await t.close()
  rmSync(filesDir, { recursive: true, force: true })
})

const CSRF_REFUSED = 'แบบฟอร์มหมดอายุหรือไม่ถูกต้อง'
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n')
const logoPng = (colour = '#b3261e') => sharp({ create: { width: 320, height: 320, channels: 4, background: colour } }).png().toBuffer()

type FilePart = { name: string; type: string; bytes: Buffer }

/** A multipart body the way a browser sends the edit form: text fields first, then the file input (empty when none chosen). */
function multipartBody(fields: Record<string, string>, file: FilePart | null) {
  const boundary = `----prongsai-${Math.random().toString(16).slice(2)}`
  const parts: Buffer[] = []
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`))
  parts.push(
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="logo"; filename="${file?.name ?? ''}"\r\nContent-Type: ${file?.type ?? 'application/octet-stream'}\r\n\r\n`),
    file?.bytes ?? Buffer.alloc(0),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  )
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` }
}

/** The organisation's current details as the edit form holds them. */
async function currentFields(slug: string): Promise<Record<string, string>> {
  const o = await t.db.selectFrom('organisations').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow()
  return { name_th: o.name_th, name_en: o.name_en, kind: o.kind, parent_id: o.parent_id ?? '', address: o.address, phone: o.phone, email: o.email, website: o.website }
}

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1]
const keptOf = (html: string) => /name="logo_kept" value="([^"]+)"/.exec(html)?.[1]

/** Fetches the edit page (for its CSRF token) unless a token is given, then submits the multipart form. */
async function submitEdit(c: Client | null, orgId: string, fields: Record<string, string>, file: FilePart | null, csrf?: string | false) {
  let token = csrf
  if (token === undefined && c) token = csrfOf((await c.get(`/admin/organisations/${orgId}`)).body)
  const { payload, contentType } = multipartBody(token ? { _csrf: token, ...fields } : fields, file)
  return t.app.inject({
    method: 'POST',
    url: `/admin/organisations/${orgId}`,
    headers: { cookie: c ? [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') : '', 'content-type': contentType },
    payload,
  })
}

async function logoOf(slug: string) {
  const o = await t.db.selectFrom('organisations').select('logo_file_id').where('slug', '=', slug).executeTakeFirstOrThrow()
  return o.logo_file_id
}
const fileCount = async () => Number((await t.db.selectFrom('files').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
const leftoverUploads = () => {
  try {
    return readdirSync(join(filesDir, '.incoming'))
  } catch {
    return []
  }
}

describe('the logo is a field of the organisation form', () => {
  it('keeps an uploaded logo when the form fails validation, shows it, and saves it with the corrected form', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const id = await t.orgId('wiang-thong')
    const fields = await currentFields('wiang-thong')
    const png = await logoPng()

    const rejected = await submitEdit(c, id, { ...fields, name_th: '' }, { name: 'ตราเทศบาล.png', type: 'image/png', bytes: png })
    expect(rejected.statusCode).toBe(422)
    expect(rejected.body).toContain('กรุณากรอกชื่อหน่วยงานภาษาไทย')
    expect(rejected.body).toContain('อัปโหลดไว้แล้ว')
    expect(rejected.body).toContain('ตราเทศบาล.png')
    expect(await logoOf('wiang-thong')).toBeNull()
    const reference = keptOf(rejected.body)
    expect(reference).toBeDefined()
    const stored = await t.db.selectFrom('files').selectAll().where('id', '=', reference!.split('.')[0]!).executeTakeFirstOrThrow()
    expect(stored).toMatchObject({ purpose: 'organisation_logo', organisation_id: id, original_name: 'ตราเทศบาล.png', mime: 'image/png', uploaded_by: await t.userId('wt-admin@prongsai.test') })

    // Shown: the page previews the kept upload.
    const previewUrl = `/admin/organisations/${id}/files/${stored.id}/preview`
    expect(rejected.body).toContain(`src="${previewUrl}"`)
    const preview = await c.get(previewUrl)
    expect(preview.statusCode).toBe(200)
    expect(preview.headers['content-type']).toBe('image/webp')

    // The corrected form comes back with the reference instead of the file (the file input left empty).
    const saved = await submitEdit(c, id, { ...fields, logo_kept: reference! }, null, csrfOf(rejected.body))
    expect(saved.statusCode).toBe(303)
    expect(await logoOf('wiang-thong')).toBe(stored.id)
    const event = await t.db.selectFrom('audit_events').selectAll().where('action', '=', 'organisation.logo_changed').where('entity_id', '=', id).executeTakeFirstOrThrow()
    expect(event.summary).toMatchObject({ before: null, after: { file_id: stored.id, mime: 'image/png', size: png.length, sha256: stored.sha256 } })
    expect(await t.db.selectFrom('audit_events').select('action').where('action', '=', 'file.uploaded').where('entity_id', '=', stored.id).executeTakeFirst()).toBeDefined()
    expect(leftoverUploads()).toEqual([])
  })

  it('shows the logo on the public page as a thumbnail, revalidated by the digest', async () => {
    expect((await t.client().get('/o/wiang-thong')).body).toContain('src="/o/wiang-thong/logo"')
    const logo = await t.client().get('/o/wiang-thong/logo')
    expect(logo.statusCode).toBe(200)
    expect(logo.headers['content-type']).toBe('image/webp')
    expect(await sharp(logo.rawPayload).metadata()).toMatchObject({ format: 'webp', width: 192, height: 192 })
    const file = await t.db.selectFrom('files').select('sha256').where('id', '=', (await logoOf('wiang-thong'))!).executeTakeFirstOrThrow()
    expect(logo.headers.etag).toBe(`"${file.sha256}-w192"`)
    expect(logo.headers['cache-control']).toBe('public, max-age=300')
    expect(logo.headers['x-content-type-options']).toBe('nosniff')
    expect(logo.headers['content-security-policy']).toBe("default-src 'none'; sandbox")
    expect(logo.headers['cross-origin-resource-policy']).toBe('cross-origin')
    const again = await t.client().get('/o/wiang-thong/logo', { 'if-none-match': String(logo.headers.etag) })
    expect(again.statusCode).toBe(304)
    expect((await t.client().get('/api/v1/organisations/wiang-thong')).json().organisation.logo_url).toMatch(/\/o\/wiang-thong\/logo$/)
  })

  it('lets administrators download the original, under its Thai name, as a download', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const id = await t.orgId('wiang-thong')
    const fileId = (await logoOf('wiang-thong'))!
    const res = await c.get(`/admin/organisations/${id}/files/${fileId}`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('image/png')
    expect(res.headers['content-disposition']).toBe(`attachment; filename="_.png"; filename*=UTF-8''${encodeURIComponent('ตราเทศบาล.png')}`)
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; sandbox")
    expect((await c.get(`/admin/organisations/${id}/files/${fileId}?inline=1`)).headers['content-disposition']).toMatch(/^inline;/)
    expect((await (await t.asUser('nb-admin@prongsai.test')).get(`/admin/organisations/${id}/files/${fileId}`)).statusCode).toBe(403)
  })

  it('refuses a PDF dressed up as a PNG, by its content, keeping what was typed', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const id = await t.orgId('wiang-thong')
    const before = await logoOf('wiang-thong')
    const files = await fileCount()
    const res = await submitEdit(c, id, { ...(await currentFields('wiang-thong')), phone: '053-000-999' }, { name: 'logo.png', type: 'image/png', bytes: PDF })
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('ไฟล์ “logo.png” เป็นไฟล์ PDF ไม่ใช่ไฟล์ภาพ PNG, JPEG หรือ WebP')
    expect(res.body).toContain('value="053-000-999"')
    expect(await logoOf('wiang-thong')).toBe(before)
    expect(await fileCount()).toBe(files)
    expect((await currentFields('wiang-thong')).phone).not.toBe('053-000-999')
  })

  it('refuses SVG and files over 512 KB', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const id = await t.orgId('wiang-thong')
    const fields = await currentFields('wiang-thong')
    const svg = await submitEdit(c, id, fields, { name: 'logo.svg', type: 'image/svg+xml', bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') })
    expect(svg.statusCode).toBe(422)
    expect(svg.body).toContain('ไม่รับไฟล์ SVG เพราะอาจมีสคริปต์แฝงอยู่')
    const big = await submitEdit(c, id, fields, { name: 'big.png', type: 'image/png', bytes: Buffer.concat([await logoPng('#000'), Buffer.alloc(2 * 1024 * 1024)]) })
    expect(big.statusCode).toBe(422)
    expect(big.body).toContain('ไฟล์ต้องมีขนาดไม่เกิน 512 KB')
    expect(leftoverUploads()).toEqual([])
  })

  it('does not accept a kept reference from someone else, or one that was tampered with', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const id = await t.orgId('wiang-thong')
    const fields = await currentFields('wiang-thong')
    const rejected = await submitEdit(c, id, { ...fields, name_th: '' }, { name: 'ใหม่.png', type: 'image/png', bytes: await logoPng('#123456') })
    const reference = keptOf(rejected.body)!
    const before = await logoOf('wiang-thong')

    const admin = await t.asUser('admin@prongsai.test')
    const borrowed = await submitEdit(admin, id, { ...fields, logo_kept: reference }, null)
    expect(borrowed.statusCode).toBe(422)
    expect(borrowed.body).toContain('ไม่พบไฟล์ตราสัญลักษณ์ที่อัปโหลดไว้ หรือไฟล์หมดอายุแล้ว')
    const [fileId, expires] = reference.split('.')
    const forged = await submitEdit(c, id, { ...fields, logo_kept: `${fileId}.${expires}.${'A'.repeat(43)}` }, null)
    expect(forged.statusCode).toBe(422)
    expect(await logoOf('wiang-thong')).toBe(before)
  })

  it('removes the logo when asked, audited', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const id = await t.orgId('wiang-thong')
    const before = await logoOf('wiang-thong')
    expect(before).not.toBeNull()
    const res = await submitEdit(c, id, { ...(await currentFields('wiang-thong')), logo_remove: 'yes' }, null)
    expect(res.statusCode).toBe(303)
    expect(await logoOf('wiang-thong')).toBeNull()
    const event = await t.db.selectFrom('audit_events').selectAll().where('action', '=', 'organisation.logo_removed').where('entity_id', '=', id).executeTakeFirstOrThrow()
    expect(event.summary).toMatchObject({ before: { file_id: before }, after: null })
    expect((await t.client().get('/o/wiang-thong/logo')).statusCode).toBe(404)
  })
})

describe('who may upload', () => {
  it('refuses an upload without the form’s CSRF token, storing nothing', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const files = await fileCount()
    const res = await submitEdit(c, await t.orgId('wiang-thong'), await currentFields('wiang-thong'), { name: 'logo.png', type: 'image/png', bytes: await logoPng('#00ff00') }, false)
    expect(res.statusCode).toBe(403)
    expect(res.body).toContain(CSRF_REFUSED)
    expect(await fileCount()).toBe(files)
    expect(leftoverUploads()).toEqual([])
  })

  it('does not let agency admin A change agency B’s logo, and keeps nothing of the attempt', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const token = csrfOf((await c.get(`/admin/organisations/${await t.orgId('wiang-thong')}`)).body)
    const files = await fileCount()
    const res = await submitEdit(c, await t.orgId('nong-bua'), await currentFields('nong-bua'), { name: 'x.png', type: 'image/png', bytes: await logoPng('#0000ff') }, token)
    expect(res.statusCode).toBe(403)
    expect(res.body).not.toContain(CSRF_REFUSED)
    expect(await logoOf('nong-bua')).toBeNull()
    expect(await fileCount()).toBe(files)
  })

  it('never writes a file sent by someone who is not signed in', async () => {
    const files = await fileCount()
    const res = await submitEdit(null, await t.orgId('wiang-thong'), await currentFields('wiang-thong'), { name: 'x.png', type: 'image/png', bytes: await logoPng('#ff00ff') }, false)
    // Without a session there is no CSRF token to send: refused as such, before anything is read.
    expect(res.statusCode).toBe(403)
    expect(res.headers['x-error-code']).toBe('csrf_invalid')
    expect(await fileCount()).toBe(files)
    expect(leftoverUploads()).toEqual([])
  })
})

describe('file addresses that try to escape', () => {
  it('answer 404 for traversal attempts and ids that are not uuids', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const id = await t.orgId('wiang-thong')
    for (const bad of ['..%2F..%2F..%2Fetc%2Fpasswd', '%2e%2e%2f%2e%2e%2fetc%2fpasswd', '..%252F..%252Fetc%252Fpasswd', 'not-a-uuid', `${'a'.repeat(64)}`]) {
      expect((await c.get(`/admin/organisations/${id}/files/${bad}`)).statusCode, bad).toBe(404)
      expect((await c.get(`/admin/organisations/${id}/files/${bad}/preview`)).statusCode, bad).toBe(404)
    }
    expect((await c.get(`/admin/organisations/${id}/files/../../../../etc/passwd`)).statusCode).toBe(404)
    expect((await t.client().get('/o/..%2F..%2Fetc%2Fpasswd/logo')).statusCode).toBe(404)
  })

  it('answer 404 for a real file of another organisation reached through this one', async () => {
    const admin = await t.asUser('admin@prongsai.test')
    const nongBua = await t.orgId('nong-bua')
    const rejected = await submitEdit(admin, nongBua, { ...(await currentFields('nong-bua')), name_th: '' }, { name: 'nb.png', type: 'image/png', bytes: await logoPng('#777777') })
    const nbFile = keptOf(rejected.body)!.split('.')[0]!
    expect((await admin.get(`/admin/organisations/${nongBua}/files/${nbFile}`)).statusCode).toBe(200)
    expect((await admin.get(`/admin/organisations/${await t.orgId('wiang-thong')}/files/${nbFile}`)).statusCode).toBe(404)
  })
})
