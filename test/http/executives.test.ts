import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type Client, type TestApp } from '../support/test-app.ts'

let t: TestApp
let filesDir: string
beforeAll(async () => {
  filesDir = mkdtempSync(join(tmpdir(), 'prongsai-executives-files-'))
  t = await createTestApp({ env: { FILES_DIR: filesDir } })
})
afterAll(async () => {
  await t.close()
  rmSync(filesDir, { recursive: true, force: true })
})

type FilePart = { name: string; type: string; bytes: Buffer }
const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1]
const keptOf = (html: string) => /name="photo_kept" value="([^"]+)"/.exec(html)?.[1]
/** A JPEG carrying EXIF (camera, GPS-like comment) that must not reach the public. */
const portrait = () =>
  sharp({ create: { width: 400, height: 500, channels: 3, background: '#336699' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'SecretCam', Model: 'X1', ImageDescription: 'GPS 18.79N 98.98E' } })
    .toBuffer()

function multipart(fields: Record<string, string>, file: FilePart | null) {
  const boundary = `----prongsai-${Math.random().toString(16).slice(2)}`
  const parts: Buffer[] = []
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`))
  parts.push(
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="${file?.name ?? ''}"\r\nContent-Type: ${file?.type ?? 'application/octet-stream'}\r\n\r\n`),
    file?.bytes ?? Buffer.alloc(0),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  )
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` }
}

/** Fetches the form page (for its CSRF token) unless a token is given, then posts the multipart form. */
async function submit(c: Client, pageUrl: string, actionUrl: string, fields: Record<string, string>, file: FilePart | null = null, csrf?: string) {
  const token = csrf ?? csrfOf((await c.get(pageUrl)).body)
  const { payload, contentType } = multipart({ _csrf: token ?? '', ...fields }, file)
  return t.app.inject({ method: 'POST', url: actionUrl, headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': contentType }, payload })
}

const person = (over: Record<string, string> = {}) => ({
  group: 'executive',
  name_th: 'นายทดสอบ ผู้บริหาร',
  name_en: 'Mr Test Executive',
  position_th: 'นายกเทศมนตรีตำบลเวียงทอง',
  position_en: 'Mayor',
  phone: '0 5312 3456 ต่อ 12',
  email: 'mayor@wiangthong.example.go.th',
  'term_start-day': '28',
  'term_start-month': '5',
  'term_start-year': '2568',
  ...over,
})

const rows = async (slug = 'wiang-thong') =>
  t.db.selectFrom('executives').innerJoin('organisations', 'organisations.id', 'executives.organisation_id').selectAll('executives').where('organisations.slug', '=', slug).orderBy('sort_order').execute()

describe('keeping the list of executives', () => {
  it('rejects an invalid form with 422, keeps the typed values and the uploaded photo, and saves it with the corrected form', async () => {
    const c = await t.asUser('wt-officer@prongsai.test')
    const orgId = await t.orgId('wiang-thong')
    const bytes = await portrait()
    const rejected = await submit(c, '/staff/executives/new?org=wiang-thong', '/staff/executives/new', { organisation_id: orgId, ...person({ name_th: '', email: 'not-an-address', 'term_start-year': '2025' }) }, { name: 'นายก.jpg', type: 'image/jpeg', bytes })
    expect(rejected.statusCode).toBe(422)
    expect(rejected.body).toContain('กรอกชื่อ–นามสกุลภาษาไทย')
    expect(rejected.body).toContain('กรอกอีเมลให้ถูกต้อง')
    expect(rejected.body).toContain('error-summary')
    // What was typed comes back.
    expect(rejected.body).toContain('value="not-an-address"')
    expect(rejected.body).toContain('value="Mr Test Executive"')
    expect(rejected.body).toContain('value="0 5312 3456 ต่อ 12"')
    // The upload is kept: named, previewed, and carried by a signed reference.
    expect(rejected.body).toContain('นายก.jpg')
    const reference = keptOf(rejected.body)
    expect(reference).toBeDefined()
    expect(await rows()).toHaveLength(0)

    const saved = await submit(c, '', '/staff/executives/new', { organisation_id: orgId, ...person(), photo_kept: reference! }, null, csrfOf(rejected.body))
    expect(saved.statusCode).toBe(303)
    expect(saved.headers.location).toBe('/staff/executives?org=wiang-thong')
    const [row] = await rows()
    expect(row).toMatchObject({ name_th: 'นายทดสอบ ผู้บริหาร', group_key: 'executive', term_start: '2025-05-28', phone: '0 5312 3456 ต่อ 12', sort_order: 1 })
    expect(row!.photo_file_id).toBeTruthy()
    const file = await t.db.selectFrom('files').selectAll().where('id', '=', row!.photo_file_id!).executeTakeFirstOrThrow()
    expect(file).toMatchObject({ purpose: 'executive_photo', organisation_id: orgId, mime: 'image/jpeg' })
    const events = await t.db.selectFrom('audit_events').select(['action', 'summary']).where('organisation_id', '=', orgId).where('action', 'in', ['executive.created', 'file.uploaded']).execute()
    expect(events.map((e) => e.action).sort()).toEqual(['executive.created', 'file.uploaded'])
    expect(events.find((e) => e.action === 'executive.created')!.summary).toMatchObject({ before: null, after: { name_th: 'นายทดสอบ ผู้บริหาร', photo_file_id: file.id } })
  })

  it('shows the public page with the edit at once, photo as a stripped thumbnail with alt text, phone and e-mail as links', async () => {
    const anon = t.client()
    const first = await anon.get('/o/wiang-thong/executives')
    expect(first.statusCode).toBe(200)
    expect(first.body).toContain('นายทดสอบ ผู้บริหาร')
    expect(first.body).toContain('href="tel:053123456"')
    expect(first.body).toContain('href="mailto:mayor@wiangthong.example.go.th"')
    expect(first.body).toContain('alt="ภาพของ นายทดสอบ ผู้บริหาร"')
    expect(first.body).toContain('28 พฤษภาคม 2568')
    const [row] = await rows()
    const photo = await anon.get(`/o/wiang-thong/executives/${row!.id}/photo`)
    expect(photo.statusCode).toBe(200)
    expect(photo.headers['content-type']).toBe('image/webp')
    const meta = await sharp(photo.rawPayload).metadata()
    expect(meta.format).toBe('webp')
    expect(meta.exif).toBeUndefined()
    expect(photo.rawPayload.includes(Buffer.from('SecretCam'))).toBe(false)
    // Cached for citizens, and the edit shows on the next request all the same.
    expect((await anon.get('/o/wiang-thong/executives')).headers['x-page-cache']).toBe('hit')

    const c = await t.asUser('wt-head@prongsai.test')
    const edited = await submit(c, `/staff/executives/${row!.id}`, `/staff/executives/${row!.id}`, person({ name_th: 'นายแก้ไข ชื่อใหม่' }))
    expect(edited.statusCode).toBe(303)
    const after = await anon.get('/o/wiang-thong/executives')
    expect(after.headers['x-page-cache']).toBe('miss')
    expect(after.body).toContain('นายแก้ไข ชื่อใหม่')
    expect(after.body).not.toContain('นายทดสอบ ผู้บริหาร')
    // The edit kept the photo (no file chosen, nothing removed).
    expect((await rows())[0]!.photo_file_id).toBe(row!.photo_file_id)
    const audit = await t.db.selectFrom('audit_events').select('summary').where('action', '=', 'executive.edited').where('entity_id', '=', row!.id).executeTakeFirstOrThrow()
    expect(audit.summary).toMatchObject({ before: { name_th: 'นายทดสอบ ผู้บริหาร' }, after: { name_th: 'นายแก้ไข ชื่อใหม่' } })
  })

  it('moves people up and down within their group with plain forms', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const orgId = await t.orgId('wiang-thong')
    for (const [group, name] of [['unit_head', 'นางหัวหน้า กองคลัง'], ['executive', 'นางรอง นายก']] as const) {
      const r = await submit(c, '/staff/executives/new?org=wiang-thong', '/staff/executives/new', { organisation_id: orgId, ...person({ group, name_th: name, email: '', phone: '', 'term_start-day': '', 'term_start-month': '', 'term_start-year': '' }) })
      expect(r.statusCode).toBe(303)
    }
    const list = await c.get('/staff/executives')
    expect(list.statusCode).toBe(200)
    const second = (await rows()).find((r) => r.name_th === 'นางรอง นายก')!
    const moved = await c.post(`/staff/executives/${second.id}/move`, { direction: 'up' })
    expect(moved.statusCode).toBe(303)
    const executives = (await rows()).filter((r) => r.group_key === 'executive').map((r) => r.name_th)
    expect(executives).toEqual(['นางรอง นายก', 'นายแก้ไข ชื่อใหม่'])
    const page = (await t.client().get('/o/wiang-thong/executives')).body
    expect(page.indexOf('นางรอง นายก')).toBeLessThan(page.indexOf('นายแก้ไข ชื่อใหม่'))
    expect(page.indexOf('ผู้บริหาร')).toBeLessThan(page.indexOf('หัวหน้าส่วนราชการ'))
    expect(await t.db.selectFrom('audit_events').select('seq').where('action', '=', 'executive.moved').where('entity_id', '=', second.id).executeTakeFirst()).toBeDefined()
  })

  it('publishes the list as JSON (in the OpenAPI document) and CSV', async () => {
    const anon = t.client()
    const json = await anon.get('/api/v1/organisations/wiang-thong/executives')
    expect(json.statusCode).toBe(200)
    const body = json.json() as { organisation: { slug: string }; executives: { position: number; group: string; name_th: string; term_start: string | null; photo_url: string | null }[] }
    expect(body.organisation.slug).toBe('wiang-thong')
    expect(body.executives.map((e) => [e.position, e.group, e.name_th])).toEqual([
      [1, 'executive', 'นางรอง นายก'],
      [2, 'executive', 'นายแก้ไข ชื่อใหม่'],
      [3, 'unit_head', 'นางหัวหน้า กองคลัง'],
    ])
    expect(body.executives[1]!.term_start).toBe('2025-05-28')
    expect(body.executives[1]!.photo_url).toMatch(/\/o\/wiang-thong\/executives\/[0-9a-f-]{36}\/photo$/)
    expect(body.executives[0]!.photo_url).toBeNull()
    const openapi = (await anon.get('/api/openapi.json')).json() as { paths: Record<string, unknown> }
    expect(openapi.paths).toHaveProperty('/api/v1/organisations/{slug}/executives')
    const csv = await anon.get('/o/wiang-thong/executives.csv')
    expect(csv.statusCode).toBe(200)
    expect(csv.headers['content-type']).toContain('text/csv')
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split(/\r\n/)
    expect(lines).toHaveLength(4)
    expect(lines[2]).toContain('นายแก้ไข ชื่อใหม่')
    expect(lines[2]).toContain('2025-05-28')
    expect((await anon.get('/api/v1/organisations/no-such-agency/executives')).statusCode).toBe(404)
  })

  it('lets only the agency’s admin, officer and head edit, never other agencies or other roles', async () => {
    const [row] = await rows()
    const nbOrg = await t.orgId('nong-bua')
    for (const email of ['nb-officer@prongsai.test', 'wt-complaints@prongsai.test', 'wt-procurement@prongsai.test', 'oversight@prongsai.test']) {
      const c = await t.asUser(email)
      expect((await c.get(`/staff/executives/${row!.id}`)).statusCode, email).toBe(403)
      expect((await c.get('/staff/executives?org=wiang-thong')).statusCode, email).toBe(403)
      await c.get('/account')
      expect((await c.post(`/staff/executives/${row!.id}/move`, { direction: 'down' })).statusCode, email).toBe(403)
      expect((await c.post(`/staff/executives/${row!.id}/delete`, {})).statusCode, email).toBe(403)
    }
    // nb-officer can keep their own agency's list, and not add to another's.
    const nb = await t.asUser('nb-officer@prongsai.test')
    expect((await nb.get('/staff/executives')).body).toContain('/o/nong-bua/executives')
    const wtOrg = await t.orgId('wiang-thong')
    const forged = await submit(nb, '/staff/executives/new?org=nong-bua', '/staff/executives/new', { organisation_id: wtOrg, ...person({ name_th: 'ผู้บุกรุก' }) })
    expect(forged.statusCode).toBe(403)
    expect((await rows()).some((r) => r.name_th === 'ผู้บุกรุก')).toBe(false)
    expect(nbOrg).not.toBe(wtOrg)
    // Signed out: sent to sign in, nothing changed.
    const anon = t.client()
    const r = await anon.get('/staff/executives')
    expect(r.statusCode).toBe(303)
    expect(r.headers['x-error-code']).toBe('unauthenticated')
    expect(r.headers.location).toBe('/sign-in?next=%2Fstaff%2Fexecutives')
  })

  it('removes a person, from the public page at once, with the audit event', async () => {
    const c = await t.asUser('wt-officer@prongsai.test')
    const target = (await rows()).find((r) => r.name_th === 'นางหัวหน้า กองคลัง')!
    await c.get(`/staff/executives/${target.id}`)
    const r = await c.post(`/staff/executives/${target.id}/delete`, {})
    expect(r.statusCode).toBe(303)
    expect((await rows()).some((x) => x.id === target.id)).toBe(false)
    expect((await t.client().get('/o/wiang-thong/executives')).body).not.toContain('นางหัวหน้า กองคลัง')
    const event = await t.db.selectFrom('audit_events').select('summary').where('action', '=', 'executive.removed').where('entity_id', '=', target.id).executeTakeFirstOrThrow()
    expect(event.summary).toMatchObject({ before: { name_th: 'นางหัวหน้า กองคลัง' }, after: null })
  })
})
