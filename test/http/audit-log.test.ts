import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditSummary } from '../../src/db/tables.ts'
import { recordAudit } from '../../src/platform/audit/audit-log.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

let t: TestApp
let ids: Record<'wt' | 'nb' | 'province', string>
let scriptEventSeq: number

async function write(e: { label: string; org: string | null; action: string; entity: string; summary: AuditSummary; at: string }) {
  await t.db.transaction().execute((trx) =>
    recordAudit(trx, {
      actor: { id: null, label: e.label },
      organisationId: e.org,
      action: e.action,
      entityType: e.entity,
      entityId: null,
      summary: e.summary,
      at: new Date(e.at),
    }),
  )
}

/** The events listed on a page, by the sequence number each row links to. */
function seqsOn(body: string): number[] {
  return [...body.matchAll(/href="\/admin\/audit\/(\d+)"/g)].map((m) => Number(m[1]))
}

async function seqsWhere(where: (q: ReturnType<typeof baseQuery>) => ReturnType<typeof baseQuery>): Promise<number[]> {
  const rows = await where(baseQuery()).orderBy('seq', 'desc').execute()
  return rows.map((r) => r.seq)
}
function baseQuery() {
  return t.db.selectFrom('audit_events').select('seq')
}

beforeAll(async () => {
  t = await createTestApp()
  ids = { wt: await t.orgId('wiang-thong'), nb: await t.orgId('nong-bua'), province: await t.orgId('suvarnabhumi') }
  // 00:30 on 11 Nov in Bangkok, still 10 Nov in UTC: the date filter must use the Bangkok day.
  await write({
    label: 'นายวิรัช ระบบดี <wt-admin@prongsai.test>',
    org: ids.wt,
    action: 'organisation.updated',
    entity: 'organisation',
    summary: { before: { name_th: 'เดิม', phone: '0 9912 0099' }, after: { name_th: '<script>alert(1)</script>', phone: '0 9912 0099' } },
    at: '2026-11-10T17:30:00Z',
  })
  scriptEventSeq = (await seqsWhere((q) => q.where('action', '=', 'organisation.updated')))[0]!
  await write({
    label: 'นายบัวแดง ดูแล <nb-admin@prongsai.test>',
    org: ids.nb,
    action: 'user.role_granted',
    entity: 'user',
    summary: { before: { roles: [] }, after: { roles: ['officer'] } },
    at: '2026-11-10T10:00:00Z',
  })
  for (let i = 1; i <= 55; i++) {
    await write({ label: 'นักทดสอบ หน้าแบ่ง <pager@prongsai.test>', org: ids.province, action: 'test.paged', entity: 'test', summary: { after: { i } }, at: '2026-11-15T03:00:00Z' })
  }
})
afterAll(() => t.close())

describe('browsing the audit trail', () => {
  it('shows a platform admin every event, newest first, 50 a page, with Bangkok times in the Buddhist Era', async () => {
    const admin = await t.asUser('admin@prongsai.test')
    const all = await seqsWhere((q) => q)
    // The demo template's own events plus the 57 written above: more than one page.
    expect(all.length).toBeGreaterThan(57)

    const first = await admin.get('/admin/audit')
    expect(first.statusCode).toBe(200)
    expect(seqsOn(first.body)).toEqual(all.slice(0, 50))
    expect(first.body).toContain(`รายการที่ 1–50 จาก ${all.length} รายการ`)
    expect(first.body).toContain('href="/admin/audit?page=2"')

    const second = await admin.get('/admin/audit?page=2')
    expect(seqsOn(second.body)).toEqual(all.slice(50))
    // The demo data was loaded at 03:00 UTC on 1 Nov 2026: 10:00 in Bangkok, year 2569.
    expect(second.body).toContain('1 พ.ย. 2569 10:00 น.')
    // The platform admin's own account belongs to no organisation: a platform-wide event.
    expect(second.body).toContain('ทั้งระบบ')
  })

  it('shows an organisation admin the events of their organisation and none of another’s', async () => {
    const wtAdmin = await t.asUser('wt-admin@prongsai.test')
    const res = await wtAdmin.get('/admin/audit')
    expect(res.statusCode).toBe(200)
    const own = await seqsWhere((q) => q.where('organisation_id', '=', ids.wt))
    expect(own.length).toBeGreaterThan(5)
    expect(seqsOn(res.body)).toEqual(own)
    expect(res.body).toContain('เทศบาลตำบลเวียงทอง')
    expect(res.body).not.toContain('หนองบัว')
    expect(res.body).not.toContain('nb-admin@prongsai.test')

    const nbEvent = (await seqsWhere((q) => q.where('organisation_id', '=', ids.nb)))[0]!
    expect((await wtAdmin.get(`/admin/audit/${nbEvent}`)).statusCode).toBe(404)
    expect((await wtAdmin.get(`/admin/audit/${own[0]}`)).statusCode).toBe(200)
    // Choosing another organisation in the filter by hand shows nothing of it.
    const crafted = await wtAdmin.get(`/admin/audit?organisation=${ids.nb}`)
    expect(seqsOn(crafted.body)).toEqual([])
  })

  it('shows the admin of a province the events of every agency under it, but not platform-wide ones', async () => {
    const provinceAdmin = await t.asUser('province-admin@prongsai.test')
    const res = await provinceAdmin.get('/admin/audit?action=user.created')
    const expected = await seqsWhere((q) => q.where('action', '=', 'user.created').where('organisation_id', 'is not', null))
    expect(seqsOn(res.body)).toEqual(expected)
    expect(res.body).toContain('หนองบัว')
    expect(res.body).toContain('เวียงทอง')
  })

  it('refuses staff who administer nothing', async () => {
    for (const email of ['nb-officer@prongsai.test', 'wt-officer@prongsai.test', 'oversight@prongsai.test']) {
      const c = await t.asUser(email)
      expect((await c.get('/admin/audit')).statusCode, email).toBe(403)
      expect((await c.get('/admin/audit/1')).statusCode, email).toBe(403)
    }
  })

  it('sends people who are not signed in to the sign-in page', async () => {
    const res = await t.client().get('/admin/audit')
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/sign-in?next=%2Fadmin%2Faudit')
  })
})

describe('filtering the audit trail', () => {
  let admin: Awaited<ReturnType<TestApp['asUser']>>
  beforeAll(async () => {
    admin = await t.asUser('admin@prongsai.test')
  })

  it('narrows by exact action, or by every action on one kind of thing', async () => {
    expect(seqsOn((await admin.get('/admin/audit?action=user.created')).body)).toEqual(await seqsWhere((q) => q.where('action', '=', 'user.created')))
    const organisationActions = await seqsWhere((q) => q.where('action', 'like', 'organisation.%'))
    expect(organisationActions).toHaveLength(8)
    expect(seqsOn((await admin.get('/admin/audit?action=organisation')).body)).toEqual(organisationActions)
  })

  it('narrows by organisation, by entity type and by words in the actor’s name or e-mail', async () => {
    expect(seqsOn((await admin.get(`/admin/audit?organisation=${ids.nb}`)).body)).toEqual(await seqsWhere((q) => q.where('organisation_id', '=', ids.nb)))
    expect(seqsOn((await admin.get('/admin/audit?entity=organisation')).body)).toEqual(await seqsWhere((q) => q.where('entity_type', '=', 'organisation')))
    expect(seqsOn((await admin.get(`/admin/audit?actor=${encodeURIComponent('ระบบดี')}`)).body)).toEqual([scriptEventSeq])
    expect(seqsOn((await admin.get('/admin/audit?actor=WT-ADMIN')).body)).toEqual([scriptEventSeq])
    // "_" is a wildcard to SQL but a plain character to the person typing it.
    expect(seqsOn((await admin.get('/admin/audit?actor=wt_admin')).body)).toEqual([])
  })

  it('narrows by Buddhist-Era dates, counted as days in Bangkok', async () => {
    const day = (d: string) => `from-day=${d}&from-month=11&from-year=2569&to-day=${d}&to-month=11&to-year=2569`
    expect(seqsOn((await admin.get(`/admin/audit?${day('11')}`)).body)).toEqual([scriptEventSeq])
    const nbEvent = await seqsWhere((q) => q.where('action', '=', 'user.role_granted'))
    // Thai digits are accepted as typed.
    expect(seqsOn((await admin.get(`/admin/audit?${day(encodeURIComponent('๑๐'))}`)).body)).toEqual(nbEvent)
    const fromOnly = await admin.get('/admin/audit?from-day=15&from-month=11&from-year=2569&actor=pager')
    expect(fromOnly.body).toContain('จาก 55 รายการ')
  })

  it('keeps the filters on every page link', async () => {
    const res = await admin.get('/admin/audit?actor=pager')
    expect(seqsOn(res.body)).toHaveLength(50)
    expect(res.body).toContain('href="/admin/audit?actor=pager&page=2"')
    const second = await admin.get('/admin/audit?actor=pager&page=2')
    expect(seqsOn(second.body)).toHaveLength(5)
    expect(second.body).toContain('value="pager"')
  })

  it('explains a mistyped date, keeping what was typed', async () => {
    const ce = await admin.get('/admin/audit?from-day=1&from-month=11&from-year=2026&actor=pager')
    expect(ce.statusCode).toBe(422)
    expect(ce.body).toContain('ไม่ใช่ ค.ศ. 2026')
    expect(ce.body).toContain('href="#from"')
    expect(ce.body).toContain('value="2026"')
    expect(ce.body).toContain('value="pager"')

    const backwards = await admin.get('/admin/audit?from-day=12&from-month=11&from-year=2569&to-day=1&to-month=11&to-year=2569')
    expect(backwards.statusCode).toBe(422)
    expect(backwards.body).toContain('วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่มต้น')
  })
})

describe('one audit event', () => {
  it('shows the full before and after, escaped, with its hash and the previous hash', async () => {
    const admin = await t.asUser('admin@prongsai.test')
    const row = await t.db.selectFrom('audit_events').select(['hash', 'prev_hash']).where('seq', '=', scriptEventSeq).executeTakeFirstOrThrow()
    const res = await admin.get(`/admin/audit/${scriptEventSeq}`)
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('เดิม')
    expect(res.body).toContain('&lt;script>alert(1)&lt;/script>')
    expect(res.body).not.toContain('<script>')
    expect(res.body).toContain(row.hash)
    expect(res.body).toContain(row.prev_hash)
    expect(res.body).toContain('นายวิรัช ระบบดี &lt;wt-admin@prongsai.test>')

    const list = await admin.get('/admin/audit?action=organisation.updated')
    expect(list.body).toContain('&lt;script>alert(1)&lt;/script>')
    expect(list.body).not.toContain('<script>')
  })

  it('answers 404 for an event that does not exist or a malformed number', async () => {
    const admin = await t.asUser('admin@prongsai.test')
    expect((await admin.get('/admin/audit/999999')).statusCode).toBe(404)
    expect((await admin.get('/admin/audit/abc')).statusCode).toBe(404)
  })
})

describe('verifying the chain', () => {
  it('is offered to platform admins only', async () => {
    const admin = await t.asUser('admin@prongsai.test')
    expect((await admin.get('/admin/audit')).body).toContain('action="/admin/audit/verify"')
    const wtAdmin = await t.asUser('wt-admin@prongsai.test')
    expect((await wtAdmin.get('/admin/audit')).body).not.toContain('action="/admin/audit/verify"')
    const refused = await wtAdmin.post('/admin/audit/verify', {})
    expect(refused.statusCode).toBe(403)
  })

  it('reports that the chain is intact with the number of events checked, in Thai and in English', async () => {
    const admin = await t.asUser('admin@prongsai.test')
    const total = (await seqsWhere((q) => q)).length
    const res = await admin.submit('/admin/audit', {}, '/admin/audit/verify')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain(`ห่วงโซ่บันทึกการตรวจสอบถูกต้อง: ตรวจแล้ว ${total} รายการ`)
    admin.cookies.set('lang', 'en')
    const en = await admin.submit('/admin/audit', {}, '/admin/audit/verify')
    expect(en.body).toContain(`audit chain OK: ${total} events checked`)
  })

  it('requires the form’s CSRF token', async () => {
    const admin = await t.asUser('admin@prongsai.test')
    await admin.get('/admin/audit')
    expect((await admin.post('/admin/audit/verify', {}, { csrf: false })).statusCode).toBe(403)
  })

  // Last on purpose: it breaks this file's chain.
  it('names and links the edited event when someone rewrote history in the database', async () => {
    await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change`.execute(t.db)
    await t.db
      .updateTable('audit_events')
      .set({ summary: JSON.stringify({ before: { name_th: 'เดิม' }, after: { name_th: 'ชื่อที่แก้ย้อนหลัง' } }) })
      .where('seq', '=', scriptEventSeq)
      .execute()
    await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_change`.execute(t.db)
    const admin = await t.asUser('admin@prongsai.test')
    const res = await admin.submit('/admin/audit', {}, '/admin/audit/verify')
    expect(res.body).toContain(`ห่วงโซ่บันทึกการตรวจสอบเสียหายที่ลำดับที่ ${scriptEventSeq}: รายการนี้ถูกแก้ไข`)
    expect(res.body).toContain(`href="/admin/audit/${scriptEventSeq}"`)
  })
})
