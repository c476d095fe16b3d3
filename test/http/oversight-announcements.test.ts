import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { PDF, submitMultipart } from './portal-support.ts'

/** Announcements of measures (A1): issue, acknowledge, remind, publish on the portal, correct. */
let t: TestApp
let filesDir: string
beforeAll(async () => {
  filesDir = mkdtempSync(join(tmpdir(), 'prongsai-announce-'))
  t = await createTestApp({ now: new Date('2026-12-07T03:00:00Z'), env: { FILES_DIR: filesDir, BASE_URL: 'https://prongsai.example' } })
})
afterAll(async () => {
  await t.close()
  rmSync(filesDir, { recursive: true, force: true })
})

const fields = (over: Record<string, string | string[]> = {}) => ({
  number: 'ที่ สภ 0017.3/ว 120',
  'issued_on-day': '7',
  'issued_on-month': '12',
  'issued_on-year': '2569',
  fiscal_year: '2570',
  title_th: 'มาตรการภายในเพื่อส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2570',
  title_en: 'Internal integrity measures FY 2570',
  body_th: 'ให้ทุกหน่วยงานถือปฏิบัติ\n\nและรายงานผลทุกไตรมาส',
  measure: ['s002-1', 's002-4', 's001-i9-1'],
  typed_measures: 'จัดอบรมเจ้าหน้าที่ใหม่ทุกคน',
  audience: 'all',
  ...over,
})
let id = ''
let orgId = ''
let keptReference = ''

describe('an announcement of measures', () => {
  it('refuses an announcement without measures or number (422, values kept) and agencies may not issue (403)', async () => {
    const o = await t.asUser('oversight@prongsai.test')
    orgId = (await t.db.selectFrom('organisations').select('id').where('slug', '=', 'suvarnabhumi').executeTakeFirstOrThrow()).id
    const bad = await submitMultipart(t, o, '/staff/oversight/announcements/new', '/staff/oversight/announcements', { ...fields({ number: '', typed_measures: '' }), measure: [], organisation_id: orgId }, [{ field: 'attachment', name: 'kept-measures.pdf', type: 'application/pdf', bytes: PDF }])
    expect(bad.statusCode).toBe(422)
    // The chosen file is not lost: it comes back as a signed reference, and issuing with it attaches it.
    expect(bad.body).toContain('kept-measures.pdf')
    const kept = /name="attachment_kept" value="([^"]+)"/.exec(bad.body)?.[1]
    expect(kept).toBeTruthy()
    keptReference = kept!
    expect(bad.body).toContain('ใส่เลขที่ประกาศหรือหนังสือ')
    expect(bad.body).toContain('เลือกหรือพิมพ์มาตรการอย่างน้อยหนึ่งข้อ')
    expect(bad.body).toContain('มาตรการภายในเพื่อส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2570')
    const head = await t.asUser('wt-head@prongsai.test')
    expect((await head.get('/staff/oversight/announcements/new')).statusCode).toBe(403)
    expect((await submitMultipart(t, head, '/staff/announcements', '/staff/oversight/announcements', { ...fields(), organisation_id: orgId })).statusCode).toBe(403)
    expect(await t.db.selectFrom('oversight_announcements').select('id').execute()).toEqual([])
  })

  it('oversight issues it with an attachment; every agency under the province is addressed and mailed', async () => {
    const o = await t.asUser('oversight@prongsai.test')
    const res = await submitMultipart(t, o, '/staff/oversight/announcements/new', '/staff/oversight/announcements', { ...fields(), organisation_id: orgId, attachment_kept: keptReference })
    expect(res.statusCode).toBe(303)
    id = String(res.headers.location).split('/').pop()!
    const a = await t.db.selectFrom('oversight_announcements').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
    expect(a).toMatchObject({ version: 1, status: 'published', fiscal_year: 2570 })
    expect((a.measures as { no: number; indicator: number | null; source: string }[]).map((m) => [m.no, m.indicator, m.source])).toEqual([
      [1, 4, 'seed 002, measure 1'],
      [2, 2, 'seed 002, measure 4'],
      [3, 9, 'seed 001, indicator 9, measure 1'],
      [4, null, 'typed'],
    ])
    const recipients = await t.db.selectFrom('oversight_announcement_recipients').select('organisation_id').where('announcement_id', '=', id).execute()
    expect(recipients.length).toBe(6)
    expect((await t.db.selectFrom('outbox').select('subject').where('to_address', '=', 'wt-head@prongsai.test').execute()).some((m) => m.subject.includes('ที่ สภ 0017.3/ว 120'))).toBe(true)
    const page = await o.get(`/staff/oversight/announcements/${id}`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('รับทราบแล้ว 0 จาก 6 หน่วยงาน')
    expect(page.body).toContain('kept-measures.pdf')
  })

  it('the agency sees it on its list; only the head acknowledges, once; an outside committee member sees nothing', async () => {
    expect((await (await t.asUser('committee@prongsai.test')).get(`/staff/announcements/${id}`)).statusCode).toBe(404)
    const officer = await t.asUser('wt-officer@prongsai.test')
    const list = await officer.get('/staff/announcements')
    expect(list.statusCode).toBe(200)
    expect(list.body).toContain('ที่ สภ 0017.3/ว 120')
    expect((await officer.get(`/staff/announcements/${id}`)).statusCode).toBe(200)
    expect((await officer.post(`/staff/announcements/${id}/acknowledge`, { position: 'เจ้าพนักงานธุรการ' })).statusCode).toBe(403)
    const file = (await t.db.selectFrom('oversight_announcement_files').select('file_id').where('announcement_id', '=', id).executeTakeFirstOrThrow()).file_id
    expect((await officer.get(`/staff/announcements/${id}/files/${file}`)).statusCode).toBe(200)

    const head = await t.asUser('wt-head@prongsai.test')
    await head.get(`/staff/announcements/${id}`)
    const empty = await head.post(`/staff/announcements/${id}/acknowledge`, { position: '' })
    expect(empty.statusCode).toBe(422)
    expect((await head.post(`/staff/announcements/${id}/acknowledge`, { position: 'นายกเทศมนตรีตำบลเวียงทอง' })).statusCode).toBe(303)
    expect((await head.post(`/staff/announcements/${id}/acknowledge`, { position: 'นายกเทศมนตรีตำบลเวียงทอง' })).statusCode).toBe(409)
    const ack = await t.db
      .selectFrom('oversight_announcement_recipients as r')
      .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
      .select(['o.slug', 'r.acknowledged_name', 'r.acknowledged_position'])
      .where('r.announcement_id', '=', id)
      .where('r.acknowledged_at', 'is not', null)
      .execute()
    expect(ack).toEqual([{ slug: 'wiang-thong', acknowledged_name: 'นายกเทศมนตรี เวียงทอง', acknowledged_position: 'นายกเทศมนตรีตำบลเวียงทอง' }])
    // The database refuses a second, different acknowledgement too.
    await expect(sql`UPDATE oversight_announcement_recipients SET acknowledged_name = 'x' WHERE announcement_id = ${id} AND acknowledged_at IS NOT NULL`.execute(t.db)).rejects.toThrow(/already given/)
    await expect(sql`UPDATE oversight_announcements SET title_th = 'x' WHERE id = ${id}`.execute(t.db)).rejects.toThrow(/is not allowed|cannot change/)
    const audit = await t.db.selectFrom('audit_events').select('action').where('entity_id', '=', id).orderBy('seq').execute()
    expect(audit.map((a) => a.action)).toEqual(['oversight_announcement.issued', 'oversight_announcement.acknowledged'])
  })

  it('reminders go to the heads of agencies that have not acknowledged, once a day', async () => {
    const o = await t.asUser('oversight@prongsai.test')
    await o.get(`/staff/oversight/announcements/${id}`)
    expect((await o.post(`/staff/oversight/announcements/${id}/remind`, {})).statusCode).toBe(303)
    const reminded = await t.db.selectFrom('oversight_announcement_recipients').select('last_reminded_on').where('announcement_id', '=', id).where('last_reminded_on', 'is not', null).execute()
    expect(reminded.length).toBe(5)
    const before = (await t.db.selectFrom('outbox').select('id').where('subject', 'like', 'เตือน: ยังไม่รับทราบประกาศ%').execute()).length
    await o.get(`/staff/oversight/announcements/${id}`)
    await o.post(`/staff/oversight/announcements/${id}/remind`, {})
    expect((await t.db.selectFrom('outbox').select('id').where('subject', 'like', 'เตือน: ยังไม่รับทราบประกาศ%').execute()).length).toBe(before)
    expect((await t.db.selectFrom('outbox').select('id').where('to_address', '=', 'wt-head@prongsai.test').where('subject', 'like', 'เตือน%').execute()).length).toBe(0)
  })

  it('the agency publishes it on its portal; the province page lists it', async () => {
    const pub = await t.client().get('/o/suvarnabhumi/announcements')
    expect(pub.statusCode).toBe(200)
    expect(pub.body).toContain('มาตรการภายในเพื่อส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2570')
    expect((await t.client().get('/o/wiang-thong/announcements')).body).not.toContain('ปีงบประมาณ 2570')
    const ita = await t.asUser('wt-ita@prongsai.test')
    await ita.get(`/staff/announcements/${id}`)
    expect((await ita.post(`/staff/announcements/${id}/publish`, {})).statusCode).toBe(303)
    expect((await t.client().get('/o/wiang-thong/announcements')).body).toContain('ปีงบประมาณ 2570')
    const officer = await t.asUser('wt-officer@prongsai.test')
    await officer.get(`/staff/announcements/${id}`)
    expect((await officer.post(`/staff/announcements/${id}/unpublish`, {})).statusCode).toBe(403)
  })

  it('a correction is a new version: the old one is superseded, acknowledgements start again and say which version', async () => {
    const o = await t.asUser('oversight@prongsai.test')
    const bad = await submitMultipart(t, o, `/staff/oversight/announcements/${id}/correct`, `/staff/oversight/announcements/${id}/correct`, fields())
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('ระบุว่าแก้ไขอะไรและเพราะเหตุใด')
    const res = await submitMultipart(t, o, `/staff/oversight/announcements/${id}/correct`, `/staff/oversight/announcements/${id}/correct`, fields({ correction_note: 'เพิ่มมาตรการข้อ 7', measure: ['s002-1', 's002-4', 's001-i9-1', 's002-7'] }))
    expect(res.statusCode).toBe(303)
    const v2 = String(res.headers.location).split('/').pop()!
    const rows = await t.db.selectFrom('oversight_announcements').select(['id', 'version', 'status']).orderBy('version').execute()
    expect(rows).toEqual([
      { id, version: 1, status: 'superseded' },
      { id: v2, version: 2, status: 'published' },
    ])
    expect((await t.db.selectFrom('oversight_announcement_files').select('file_id').where('announcement_id', '=', v2).execute()).length).toBe(1)
    const page = await o.get(`/staff/oversight/announcements/${v2}`)
    expect(page.body).toContain('รับทราบฉบับก่อนแก้ไข')
    expect(page.body).toContain('รับทราบแล้ว 0 จาก 6 หน่วยงาน')
    // Wiang Thong keeps showing it on its portal, now the corrected text.
    expect((await t.client().get('/o/wiang-thong/announcements')).body).toContain('ตรวจสอบการใช้ดุลพินิจ')
    const head = await t.asUser('wt-head@prongsai.test')
    await head.get(`/staff/announcements/${id}`)
    expect((await head.post(`/staff/announcements/${id}/acknowledge`, { position: 'นายก' })).statusCode).toBe(409)
    await head.get(`/staff/announcements/${v2}`)
    expect((await head.post(`/staff/announcements/${v2}/acknowledge`, { position: 'นายกเทศมนตรีตำบลเวียงทอง' })).statusCode).toBe(303)
    expect((await o.get(`/staff/oversight/announcements/${v2}`)).body).toContain('รับทราบแล้ว 1 จาก 6 หน่วยงาน')
  })
})
