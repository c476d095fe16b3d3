import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { submitComplaint } from '../../src/features/complaints/complaint-intake.use-cases.ts'
import { saveGuideline } from '../../src/features/complaints/complaint-guideline.use-cases.ts'
import { DEFAULT_GUIDELINE } from '../../src/features/complaints/complaint-deadlines.domain.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

/**
 * Public pages are rendered once and served from memory to every citizen, until the content they
 * show changes; people who are signed in always get a fresh page of their own.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('the public-page cache', () => {
  it('serves the second request for a page from memory, the same bytes, and answers a revalidation with 304', async () => {
    const c = t.client()
    const first = await c.get('/o/nong-bua')
    const second = await c.get('/o/nong-bua')
    expect(first.statusCode).toBe(200)
    expect(second.headers['x-page-cache']).toBe('hit')
    expect(second.body).toBe(first.body)
    expect(second.headers.etag).toBe(first.headers.etag)
    expect(second.headers['cache-control']).toBe('no-cache')
    const revalidated = await c.get('/o/nong-bua', { 'if-none-match': String(first.headers.etag) })
    expect(revalidated.statusCode).toBe(304)
    expect(revalidated.body).toBe('')
  })

  it('sets no CSRF cookie on a public page without a form, so one copy suits everyone', async () => {
    const res = await t.client().get('/')
    expect(String(res.headers['set-cookie'] ?? '')).not.toContain('_csrf')
  })

  it('keeps Thai and English apart', async () => {
    const th = await t.client().get('/o/wiang-thong')
    const en = await t.client().get('/o/wiang-thong', { cookie: 'lang=en' })
    expect(th.body).toContain('lang="th"')
    expect(en.body).toContain('lang="en"')
  })

  it('shows a change to an organisation on the very next request', async () => {
    const before = await t.client().get('/o/nong-bua')
    expect(before.body).not.toContain('0 4499 9999')
    await t.client().get('/o/nong-bua')
    const admin = await t.asUser('province-admin@prongsai.test')
    const id = await t.orgId('nong-bua')
    const o = await t.db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
    const res = await admin.submit(`/admin/organisations/${id}`, { name_th: o.name_th, name_en: o.name_en, kind: o.kind, parent_id: o.parent_id ?? '', address: o.address, phone: '0 4499 9999', email: o.email, website: o.website })
    expect(res.statusCode).toBe(303)
    const after = await t.client().get('/o/nong-bua')
    expect(after.headers['x-page-cache']).toBe('miss')
    expect(after.body).toContain('0 4499 9999')
    expect((await t.client().get('/')).headers['x-page-cache']).toBe('miss')
  })

  it('shows an agency’s new name on its portal pages at once, though the portal keeps the agency it looked up', async () => {
    expect((await t.client().get('/o/nong-bua/portal')).statusCode).toBe(200)
    await t.client().get('/o/nong-bua/portal')
    const admin = await t.asUser('province-admin@prongsai.test')
    const id = await t.orgId('nong-bua')
    const o = await t.db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
    await admin.submit(`/admin/organisations/${id}`, { name_th: 'องค์การบริหารส่วนตำบลหนองบัวใหม่', name_en: o.name_en, kind: o.kind, parent_id: o.parent_id ?? '', address: o.address, phone: o.phone, email: o.email, website: o.website })
    const after = await t.client().get('/o/nong-bua/portal')
    expect(after.body).toContain('องค์การบริหารส่วนตำบลหนองบัวใหม่')
  })

  it('updates an agency’s complaint statistics and complaint page as soon as a complaint arrives or the guideline changes', async () => {
    const stats = () => t.client().get('/o/nong-bua/complaints/statistics')
    await stats()
    const before = await stats()
    expect(before.headers['x-page-cache']).toBe('hit')
    await submitComplaint(
      { db: t.db, now: t.clock.now, baseUrl: 'http://localhost:3000' },
      {
        organisationId: await t.orgId('nong-bua'),
        filer: { by: 'citizen' },
        evidence: [],
        draft: { intake: 'public', channel: 'web', kind: 'undue_delay', subjectText: 'งานทะเบียน', whatHappened: 'รอเอกสารนานเกินกำหนดมาก', happenedWhen: '', happenedWhere: '', request: '', anonymous: true, identity: { name: '', address: '', phone: '', email: '', witnesses: '' }, wantsEmailUpdates: false },
      },
    )
    const after = await stats()
    expect(after.headers['x-page-cache']).toBe('miss')
    expect(after.body).not.toBe(before.body)

    await t.client().get('/o/nong-bua/complaints')
    const officer = await t.reader('nb-complaints@prongsai.test')
    await saveGuideline(t.db, officer.actor, await t.orgId('nong-bua'), { steps: DEFAULT_GUIDELINE, howToTh: 'ยื่นเรื่องได้ที่ศูนย์รับเรื่องหน้าที่ทำการ อบต.', howToEn: '' }, t.clock.now)
    expect((await t.client().get('/o/nong-bua/complaints')).body).toContain('ยื่นเรื่องได้ที่ศูนย์รับเรื่องหน้าที่ทำการ อบต.')
  })

  it('shows the current year’s complaint figures in the portal’s complaints section, updated when a complaint arrives', async () => {
    const portal = () => t.client().get('/o/nong-bua/portal')
    const before = await portal()
    expect(before.body).toContain('href="/o/nong-bua/complaints/statistics"')
    expect(before.body).toContain('href="/o/nong-bua/budget"')
    const figures = (body: string) => /ปีงบประมาณ (\d+): (ไม่มีเรื่องร้องเรียน|รับเรื่องร้องเรียน (\d+) เรื่อง)/.exec(body)
    const was = figures(before.body)
    expect(was).not.toBeNull()
    const count = was![3] ? Number(was![3]) : 0
    expect((await portal()).headers['x-page-cache']).toBe('hit')
    await submitComplaint(
      { db: t.db, now: t.clock.now, baseUrl: 'http://localhost:3000' },
      {
        organisationId: await t.orgId('nong-bua'),
        filer: { by: 'citizen' },
        evidence: [],
        draft: { intake: 'public', channel: 'web', kind: 'bribery', subjectText: 'งานโยธา', whatHappened: 'มีการเรียกรับเงินเพื่อเร่งอนุญาต', happenedWhen: '', happenedWhere: '', request: '', anonymous: true, identity: { name: '', address: '', phone: '', email: '', witnesses: '' }, wantsEmailUpdates: false },
      },
    )
    const after = await portal()
    expect(after.headers['x-page-cache']).toBe('miss')
    expect(figures(after.body)![3]).toBe(String(count + 1))
  })

  it('sends a cached page brotli- or gzip-compressed to a browser that accepts it, each with its own validator', async () => {
    const c = t.client()
    const plain = await c.get('/o/wiang-thong/portal')
    const brotli = await c.get('/o/wiang-thong/portal', { 'accept-encoding': 'gzip, deflate, br' })
    expect(brotli.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(brotli.rawPayload).toString('utf8')).toBe(plain.body)
    expect(brotli.headers.etag).not.toBe(plain.headers.etag)
    const zipped = await c.get('/o/wiang-thong/portal', { 'accept-encoding': 'gzip, deflate' })
    expect(zipped.rawPayload.length).toBeGreaterThan(brotli.rawPayload.length)
    expect(zipped.headers.etag).not.toBe(brotli.headers.etag)
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(String(zipped.headers.vary)).toContain('Accept-Encoding')
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body)
    expect(zipped.rawPayload.length).toBeLessThan(Buffer.byteLength(plain.body) / 3)
    expect(zipped.headers.etag).not.toBe(plain.headers.etag)
    const revalidated = await c.get('/o/wiang-thong/portal', { 'accept-encoding': 'gzip', 'if-none-match': String(zipped.headers.etag) })
    expect(revalidated.statusCode).toBe(304)
    // The plain validator does not stand for the compressed bytes, nor the other way round.
    expect((await c.get('/o/wiang-thong/portal', { 'if-none-match': String(zipped.headers.etag) })).statusCode).toBe(200)
    expect(plain.headers['content-encoding']).toBeUndefined()
  })

  it('never caches or shares the page of a signed-in person', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    const a = await officer.get('/o/wiang-thong')
    expect(a.headers['x-page-cache']).toBeUndefined()
    expect(a.headers['cache-control']).toBe('no-store')
    expect(a.body).toContain('name="_csrf"')
    const citizen = await t.client().get('/o/wiang-thong')
    expect(citizen.body).not.toContain('name="_csrf"')
    expect(citizen.body).not.toContain('/sign-out')
  })
})
