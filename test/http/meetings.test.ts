import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { officeToPdf, pdfText } from '../support/libreoffice.ts'
import { rmSync } from 'node:fs'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-07T03:00:00Z') })
})
afterAll(async () => {
  await t.close()
})

const HEAD = 'wt-head@prongsai.test'
const OFFICER = 'wt-officer@prongsai.test'
let meetingId = ''
let itemId = ''

describe('a meeting with a recusal', () => {
  it('is set up with members and items by an organiser (others 403)', async () => {
    expect((await (await t.asUser('wt-procurement@prongsai.test')).submit('/staff/meetings', { title: 'x', place: 'y', 'held_on-day': '7', 'held_on-month': '12', 'held_on-year': '2569' })).statusCode).toBe(403)
    const head = await t.asUser(HEAD)
    const res = await head.submit('/staff/meetings', { title: 'คณะกรรมการพิจารณาผลการประกวดราคา', number_label: '1/2569', place: 'ห้องประชุมเทศบาล', 'held_on-day': '7', 'held_on-month': '12', 'held_on-year': '2569' })
    expect(res.statusCode).toBe(303)
    meetingId = String(res.headers.location).split('/').pop()!
    const page = `/staff/meetings/${meetingId}`
    for (const [email, role] of [
      [HEAD, 'chair'],
      [OFFICER, 'member'],
      ['wt-ita@prongsai.test', 'member'],
      ['wt-complaints@prongsai.test', 'secretary'],
    ] as const)
      expect((await head.submit(page, { user_id: await t.userId(email), role }, `${page}/members`)).statusCode).toBe(303)
    expect((await head.submit(page, { item_title: 'พิจารณาผลการประกวดราคาจ้างก่อสร้างถนน คสล. หมู่ 4' }, `${page}/items`)).statusCode).toBe(303)
    itemId = (await t.db.selectFrom('meeting_items').select('id').where('meeting_id', '=', meetingId).executeTakeFirstOrThrow()).id
  })

  it('a member who declared an interest cannot vote (403, and the database refuses it) and is out of the quorum', async () => {
    const page = `/staff/meetings/${meetingId}`
    const officer = await t.asUser(OFFICER)
    expect((await officer.submit(page, { vote: 'for' }, `/staff/meetings/items/${itemId}/vote`)).statusCode).toBe(303)
    const empty = await officer.submit(page, { nature: '' }, `/staff/meetings/items/${itemId}/interest`)
    expect(empty.statusCode).toBe(422)
    expect((await officer.submit(page, { nature: 'เคยทำงานกับผู้เสนอราคา หจก.เวียงทองก่อสร้าง' }, `/staff/meetings/items/${itemId}/interest`)).statusCode).toBe(303)
    // Declaring took the earlier vote back out.
    expect(await t.db.selectFrom('meeting_votes').select('user_id').where('item_id', '=', itemId).execute()).toHaveLength(0)
    expect((await officer.submit(page, { vote: 'against' }, `/staff/meetings/items/${itemId}/vote`)).statusCode).toBe(403)
    await expect(t.db.insertInto('meeting_votes').values({ meeting_id: meetingId, item_id: itemId, user_id: await t.userId(OFFICER), vote: 'for', voted_at: new Date() }).execute()).rejects.toThrow(/cannot vote/)
    const head = await t.asUser(HEAD)
    const view = await head.get(page)
    expect(view.body).toContain('ครบองค์ประชุม (3/3)')
    expect((await head.submit(page, { vote: 'for' }, `/staff/meetings/items/${itemId}/vote`)).statusCode).toBe(303)
    expect((await head.submit(page, { resolution: 'เห็นชอบให้ หจก.รุ่งเรืองการโยธา เป็นผู้ชนะการเสนอราคา' }, `/staff/meetings/items/${itemId}/resolution`)).statusCode).toBe(303)
  })

  it('the minutes record who left and why, then are approved and frozen', async () => {
    const head = await t.asUser(HEAD)
    const docx = await head.get(`/staff/meetings/${meetingId}/minutes.docx`)
    expect(docx.statusCode).toBe(200)
    const { dir, pdf } = await officeToPdf(docx.rawPayload, 'docx')
    try {
      const text = (await pdfText(pdf)).replace(/\s+/g, '')
      expect(text).toContain('รายงานการประชุมคณะกรรมการพิจารณาผลการประกวดราคา')
      expect(text).toContain('นางสาวสมใจใจดีแจ้งการมีส่วนได้เสียในวาระนี้')
      expect(text).toContain('ออกจากห้องประชุม')
      expect(text).toContain('มติที่ประชุม:เห็นชอบ')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    const page = `/staff/meetings/${meetingId}`
    expect((await head.submit(page, { approval_note: 'รับรองในการประชุมครั้งที่ 2/2569' }, `${page}/approve`)).statusCode).toBe(303)
    expect((await head.submit(page, { item_title: 'เพิ่มภายหลัง' }, `${page}/items`)).statusCode).toBe(403)
    expect((await (await t.asUser('nb-officer@prongsai.test')).get(page)).statusCode).toBe(404)
  })
})
