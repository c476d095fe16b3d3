import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoHonourRoll } from '../../src/features/honour-roll/index.ts'
import { loadConfig } from '../../src/config.ts'
import { fileServiceFor } from '../../src/platform/files/index.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { submitMultipart } from './portal-support.ts'

/** The honour roll (A6): record (photo kept across a 422), head approves, oversight and the public see it. */
let t: TestApp
let filesDir: string
let wt = ''
beforeAll(async () => {
  filesDir = mkdtempSync(join(tmpdir(), 'prongsai-honour-'))
  t = await createTestApp({ now: new Date('2026-12-09T03:00:00Z'), env: { FILES_DIR: filesDir, BASE_URL: 'https://prongsai.example' } })
  wt = await t.orgId('wiang-thong')
})
afterAll(async () => {
  await t.close()
  rmSync(filesDir, { recursive: true, force: true })
})

const fields = (over: Record<string, string> = {}) => ({
  organisation_id: wt,
  name_th: 'นายสมศักดิ์ คงมั่น',
  position_th: 'ผู้อำนวยการกองคลัง',
  deed_th: 'ปฏิเสธกระเช้าของขวัญจากผู้รับจ้างและรายงานผู้บังคับบัญชา',
  'commended_on-day': '1',
  'commended_on-month': '12',
  'commended_on-year': '2569',
  commended_by: 'นายกเทศมนตรีตำบลเวียงทอง',
  announcement_ref: 'ประกาศเทศบาลตำบลเวียงทอง ลงวันที่ 1 ธันวาคม 2569',
  consent: 'yes',
  ...over,
})
const entries = () => t.db.selectFrom('honour_roll_entries').selectAll().orderBy('created_at').execute()
let id = ''
let hiddenId = ''

describe('the honour roll', () => {
  it('keeps the typed text and the chosen photo after a 422, then records a draft with its history and audit', async () => {
    const ita = await t.asUser('wt-ita@prongsai.test')
    const photo = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } }).png().toBuffer()
    const bad = await submitMultipart(t, ita, '/staff/honour-roll/new', '/staff/honour-roll/new', fields({ deed_th: '', 'commended_on-year': '2570' }), [{ field: 'photo', name: 'somsak.png', type: 'image/png', bytes: photo }])
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('บอกว่าได้รับการยกย่องจากการกระทำใด')
    expect(bad.body).toContain('วันที่ยกย่องต้องไม่อยู่ในอนาคต')
    expect(bad.body).toContain('นายสมศักดิ์ คงมั่น')
    expect(bad.body).toContain('somsak.png')
    const kept = /name="photo_kept" value="([^"]+)"/.exec(bad.body)?.[1]
    expect(kept).toBeTruthy()
    expect(await entries()).toEqual([])
    const ok = await submitMultipart(t, ita, '/staff/honour-roll/new', '/staff/honour-roll/new', { ...fields(), photo_kept: kept! })
    expect(ok.statusCode).toBe(303)
    id = String(ok.headers.location).split('/').pop()!
    const [row] = await entries()
    expect(row).toMatchObject({ id, status: 'draft', consent_to_publish: true, commended_on: '2026-12-01' })
    expect(row!.photo_file_id).toBeTruthy()
    expect((await t.db.selectFrom('honour_roll_history').select(['from_status', 'to_status']).where('entry_id', '=', id).execute())).toEqual([{ from_status: null, to_status: 'draft' }])
    expect((await t.db.selectFrom('audit_events').select('action').where('entity_id', '=', id).execute()).map((a) => a.action)).toEqual(['honour_roll.recorded'])
  })

  it('a draft is not public, oversight does not see it, an outside member gets 404; only the head approves (403, 422, 303)', async () => {
    expect((await t.client().get('/o/wiang-thong/honour-roll')).body).not.toContain('นายสมศักดิ์ คงมั่น')
    expect((await (await t.asUser('oversight@prongsai.test')).get(`/staff/honour-roll/${id}`)).statusCode).toBe(404)
    const committee = await t.asUser('committee@prongsai.test')
    expect((await committee.get(`/staff/honour-roll/${id}`)).statusCode).toBe(404)
    expect((await committee.get('/staff/honour-roll')).statusCode).toBe(403)
    const ita = await t.asUser('wt-ita@prongsai.test')
    expect((await ita.submit(`/staff/honour-roll/${id}`, { approver_name: 'x', approver_position: 'y', confirm: 'yes' }, `/staff/honour-roll/${id}/approve`)).statusCode).toBe(403)
    const head = await t.asUser('wt-head@prongsai.test')
    const bad = await head.submit(`/staff/honour-roll/${id}`, { approver_name: 'นายวีระ ทองเวียง', approver_position: '' }, `/staff/honour-roll/${id}/approve`)
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('กรอกตำแหน่งผู้อนุมัติ')
    expect(bad.body).toContain('นายวีระ ทองเวียง')
    const ok = await head.submit(`/staff/honour-roll/${id}`, { approver_name: 'นายวีระ ทองเวียง', approver_position: 'นายกเทศมนตรีตำบลเวียงทอง', confirm: 'yes' }, `/staff/honour-roll/${id}/approve`)
    expect(ok.statusCode).toBe(303)
    expect((await entries())[0]).toMatchObject({ status: 'approved', approver_name: 'นายวีระ ทองเวียง' })
    // Approved is final: the app refuses an edit (409) and the database refuses a change.
    expect((await submitMultipart(t, ita, `/staff/honour-roll/new`, `/staff/honour-roll/${id}/edit`, fields({ name_th: 'คนอื่น' }))).statusCode).toBe(409)
    await expect(sql`UPDATE honour_roll_entries SET deed_th = 'อื่น' WHERE id = ${id}`.execute(t.db)).rejects.toThrow(/approved and cannot change/)
    await expect(sql`UPDATE honour_roll_entries SET status = 'draft' WHERE id = ${id}`.execute(t.db)).rejects.toThrow(/approved → draft is not allowed/)
    await expect(sql`DELETE FROM honour_roll_entries WHERE id = ${id}`.execute(t.db)).rejects.toThrow(/only a draft may be deleted/)
  })

  it('the agency’s and the province’s public pages show it with its photo; an entry without consent stays off them', async () => {
    const ita = await t.asUser('wt-ita@prongsai.test')
    const made = await submitMultipart(t, ita, '/staff/honour-roll/new', '/staff/honour-roll/new', fields({ name_th: 'นางสาวไม่ประสงค์ ออกนาม', consent: 'no' }))
    expect(made.statusCode).toBe(303)
    hiddenId = String(made.headers.location).split('/').pop()!
    const head = await t.asUser('wt-head@prongsai.test')
    expect((await head.submit(`/staff/honour-roll/${hiddenId}`, { approver_name: 'นายวีระ ทองเวียง', approver_position: 'นายกเทศมนตรี', confirm: 'yes' }, `/staff/honour-roll/${hiddenId}/approve`)).statusCode).toBe(303)
    const agency = await t.client().get('/o/wiang-thong/honour-roll')
    expect(agency.statusCode).toBe(200)
    expect(agency.body).toContain('นายสมศักดิ์ คงมั่น')
    expect(agency.body).toContain(`/o/wiang-thong/honour-roll/${id}/photo`)
    expect(agency.body).not.toContain('ไม่ประสงค์')
    const province = await t.client().get('/o/suvarnabhumi/honour-roll')
    expect(province.body).toContain('นายสมศักดิ์ คงมั่น')
    expect(province.body).toContain('href="/o/wiang-thong/honour-roll"')
    expect(province.body).not.toContain('ไม่ประสงค์')
    const photo = await t.client().get(`/o/suvarnabhumi/honour-roll/${id}/photo`)
    expect(photo.statusCode).toBe(200)
    expect(photo.headers['content-type']).toMatch(/^image\//)
    expect((await t.client().get(`/o/nong-bua/honour-roll/${id}/photo`)).statusCode).toBe(404)
    // Oversight sees both approved entries, the one without consent marked as not public.
    const oversight = await (await t.asUser('oversight@prongsai.test')).get('/staff/oversight/honour-roll')
    expect(oversight.statusCode).toBe(200)
    expect(oversight.body).toContain('นายสมศักดิ์ คงมั่น')
    expect(oversight.body).toContain('นางสาวไม่ประสงค์ ออกนาม')
    expect(oversight.body).toContain('อนุมัติ (ไม่เผยแพร่)')
    expect((await head.get('/staff/oversight/honour-roll')).statusCode).toBe(403)
  })

  it('the head withdraws with a reason: off the public pages (cache bumped), kept on record with its history', async () => {
    const head = await t.asUser('wt-head@prongsai.test')
    expect((await head.submit(`/staff/honour-roll/${id}`, { reason: '' }, `/staff/honour-roll/${id}/withdraw`)).statusCode).toBe(422)
    expect((await head.submit(`/staff/honour-roll/${id}`, { reason: 'ข้อเท็จจริงภายหลังไม่ตรงกับที่บันทึก' }, `/staff/honour-roll/${id}/withdraw`)).statusCode).toBe(303)
    expect((await t.client().get('/o/wiang-thong/honour-roll')).body).not.toContain('นายสมศักดิ์ คงมั่น')
    expect((await t.client().get('/o/suvarnabhumi/honour-roll')).body).not.toContain('นายสมศักดิ์ คงมั่น')
    expect((await t.client().get(`/o/wiang-thong/honour-roll/${id}/photo`)).statusCode).toBe(404)
    expect((await t.db.selectFrom('honour_roll_history').select(['from_status', 'to_status', 'note']).where('entry_id', '=', id).orderBy('at').execute()).map((h) => h.to_status)).toEqual(['draft', 'approved', 'withdrawn'])
    expect((await head.get('/staff/honour-roll')).body).toContain('ถอนออกแล้ว')
  })

  it('the demo: made through the use cases, dated before the clock; Bang Phra’s entry (no consent) only for oversight', async () => {
    const bangPhra = await t.orgId('bang-phra')
    for (const [email, role] of [['bang-phra-ita@prongsai.test', 'ita_coordinator'], ['bang-phra-head@prongsai.test', 'head']] as const) {
      const u = await t.db.insertInto('users').values({ email, display_name: email, password_hash: null, totp_secret: null, totp_last_step: null, locked_until: null }).returning('id').executeTakeFirstOrThrow()
      await t.db.insertInto('memberships').values({ user_id: u.id, organisation_id: bangPhra, role }).execute()
    }
    const files = fileServiceFor({ db: t.db, config: loadConfig({ NODE_ENV: 'test', FILES_DIR: filesDir }) } as Parameters<typeof fileServiceFor>[0])
    expect(await loadDemoHonourRoll(t.db, t.clock.now, files)).toBe(4)
    const demo = await t.db.selectFrom('honour_roll_entries').select(['organisation_id', 'name_th', 'status', 'consent_to_publish', 'commended_on', 'photo_file_id']).where('id', 'not in', [id, hiddenId]).execute()
    expect(demo.map((e) => [e.organisation_id === bangPhra ? 'bang-phra' : 'wiang-thong', e.status, e.consent_to_publish]).sort()).toEqual([
      ['bang-phra', 'approved', false],
      ['wiang-thong', 'approved', true],
      ['wiang-thong', 'approved', true],
      ['wiang-thong', 'draft', true],
    ])
    expect(demo.every((e) => e.commended_on < '2026-12-09')).toBe(true)
    expect(demo.filter((e) => e.photo_file_id).length).toBe(1)
    const province = (await t.client().get('/o/suvarnabhumi/honour-roll')).body
    expect(province).toContain('นางสาวน้ำใส ตรงไป')
    expect(province).not.toContain('นายประหยัด รักษ์ทรัพย์')
    expect(province).not.toContain('นายมั่นคง ยุติธรรม')
    expect((await (await t.asUser('oversight@prongsai.test')).get('/staff/oversight/honour-roll')).body).toContain('นายประหยัด รักษ์ทรัพย์')
  })
})
