import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type Client, type TestApp } from '../support/test-app.ts'

let t: TestApp
let filesDir: string
beforeAll(async () => {
  filesDir = mkdtempSync(join(tmpdir(), 'prongsai-consultation-files-'))
  t = await createTestApp({ now: new Date('2026-12-08T03:00:00Z'), env: { FILES_DIR: filesDir } })
})
afterAll(async () => {
  await t.close()
  rmSync(filesDir, { recursive: true, force: true })
})

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1]!
async function upload(c: Client, page: string, url: string, field: string, file: { name: string; mime: string; bytes: Buffer }) {
  const token = csrfOf((await c.get(page)).body)
  const boundary = `----prongsai-${Math.random().toString(16).slice(2)}`
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${token}\r\n--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${file.name}"\r\nContent-Type: ${file.mime}\r\n\r\n`),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return t.app.inject({ method: 'POST', url, headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': `multipart/form-data; boundary=${boundary}` }, payload })
}

const form = (over: Record<string, string> = {}) => ({
  title: 'ปรับเส้นทางรถเก็บขยะ',
  question: 'ท่านเห็นด้วยกับเส้นทางใหม่หรือไม่',
  documents: 'https://prongsai.example/o/wiang-thong/portal/plans',
  'opens_on-day': '8',
  'opens_on-month': '12',
  'opens_on-year': '2569',
  'closes_on-day': '15',
  'closes_on-month': '12',
  'closes_on-year': '2569',
  ...over,
})

let id = ''

describe('a consultation', () => {
  it('is opened by an officer (422 for a closing date before the opening), and people comment while it is open', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    const bad = await officer.submit('/staff/consultations', form({ 'closes_on-day': '1' }))
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('วันปิดรับฟังต้องไม่ก่อนวันเปิด')
    const ok = await officer.submit('/staff/consultations', form())
    expect(ok.statusCode).toBe(303)
    id = String(ok.headers.location).split('/').pop()!

    const citizen = t.client()
    await citizen.get(`/o/wiang-thong/consultations/${id}`)
    expect((await citizen.post(`/o/wiang-thong/consultations/${id}/comment`, { name: 'ชาวบ้าน', body: 'เห็นด้วยครับ' })).statusCode).toBe(303)
    // A comment with a phone number is kept for staff, not shown.
    expect((await citizen.post(`/o/wiang-thong/consultations/${id}/comment`, { name: 'ชาวบ้าน 2', body: 'โทรคุยที่ 081-222-3333' })).statusCode).toBe(303)
    const page = await t.client().get(`/o/wiang-thong/consultations/${id}`)
    expect(page.body).toContain('เห็นด้วยครับ')
    expect(page.body).not.toContain('081-222-3333')
    const staffPage = await officer.get(`/staff/consultations/${id}`)
    expect(staffPage.body).toContain('มีหมายเลขโทรศัพท์')
  })

  it('held comments wait in the moderation queue; the moderator publishes or rejects each once', async () => {
    const citizen = t.client()
    await citizen.get(`/o/wiang-thong/consultations/${id}`)
    expect((await citizen.post(`/o/wiang-thong/consultations/${id}/comment`, { name: 'ชาวบ้าน 3', body: 'ดูแผนที่ที่ https://maps.example/route' })).statusCode).toBe(303)
    const officer = await t.asUser('wt-officer@prongsai.test')
    const queue = await officer.get('/staff/consultations')
    expect(queue.body).toContain('ความคิดเห็นที่รอตรวจ (2)')
    const held = await t.db.selectFrom('consultation_comments').select(['id', 'body']).where('consultation_id', '=', id).where('moderation', '=', 'held').orderBy('created_at').execute()
    const [phone, link] = [held.find((h) => h.body.includes('081'))!, held.find((h) => h.body.includes('maps.example'))!]
    expect((await officer.post(`/staff/consultations/comments/${phone.id}/moderate`, { decision: 'reject', back: 'queue' })).statusCode).toBe(303)
    expect((await officer.post(`/staff/consultations/comments/${link.id}/moderate`, { decision: 'publish' })).statusCode).toBe(303)
    // Once decided, it is not decided again (422), and the database refuses it too.
    expect((await officer.post(`/staff/consultations/comments/${link.id}/moderate`, { decision: 'reject' })).statusCode).toBe(422)
    await expect(t.db.updateTable('consultation_comments').set({ moderation: 'published' }).where('id', '=', phone.id).execute()).rejects.toThrow(/may not go from rejected to published/)
    const page = await t.client().get(`/o/wiang-thong/consultations/${id}`)
    expect(page.body).toContain('maps.example/route')
    expect(page.body).not.toContain('081-222-3333')
    const other = await t.asUser('nb-officer@prongsai.test')
    await other.get('/staff/consultations')
    expect((await other.post(`/staff/consultations/comments/${phone.id}/moderate`, { decision: 'publish' })).statusCode).toBe(404)
  })

  it('a summary waits until it closes, needs both parts, then is published; other agencies get 404', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    await officer.get(`/staff/consultations/${id}`)
    expect((await officer.post(`/staff/consultations/${id}/summary`, { heard: 'ส่วนใหญ่เห็นด้วย', will_do: 'ใช้เส้นทางใหม่' })).statusCode).toBe(422)
    t.clock.now = new Date('2026-12-16T03:00:00Z')
    const later = await t.asUser('wt-officer@prongsai.test')
    await later.get(`/staff/consultations/${id}`)
    expect((await later.post(`/staff/consultations/${id}/summary`, { heard: 'ส่วนใหญ่เห็นด้วย', will_do: '' })).statusCode).toBe(422)
    expect((await later.post(`/staff/consultations/${id}/summary`, { heard: 'ส่วนใหญ่เห็นด้วย', will_do: 'ใช้เส้นทางใหม่ตั้งแต่มกราคม' })).statusCode).toBe(303)
    const page = await t.client().get(`/o/wiang-thong/consultations/${id}`)
    expect(page.body).toContain('ใช้เส้นทางใหม่ตั้งแต่มกราคม')
    expect(page.body).not.toContain('name="body"')
    const other = await t.asUser('nb-officer@prongsai.test')
    expect((await other.get(`/staff/consultations/${id}`)).statusCode).toBe(404)
    expect((await t.client().get(`/o/nong-bua/consultations/${id}`)).statusCode).toBe(404)
  })

  it('records a public hearing with date, place, attendance and minutes', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    const bad = await officer.submit('/staff/consultations', { subject: 'เวทีประชาคม', 'held_on-day': '1', 'held_on-month': '1', 'held_on-year': '2570', place: '', attendance: 'สิบ', minutes: '' }, '/staff/consultations/hearings')
    expect(bad.statusCode).toBe(422)
    const ok = await officer.submit('/staff/consultations', { subject: 'เวทีประชาคมแผนพัฒนาท้องถิ่น', 'held_on-day': '14', 'held_on-month': '12', 'held_on-year': '2569', place: 'ศาลาประชาคมหมู่ 1', attendance: '85', minutes: 'ประชาชนเสนอโครงการ 12 โครงการ' }, '/staff/consultations/hearings')
    expect(ok.statusCode).toBe(303)
    const pub = await t.client().get('/o/wiang-thong/consultations')
    expect(pub.body).toContain('ศาลาประชาคมหมู่ 1')
    expect(pub.body).toContain('ผู้เข้าร่วม 85 คน')
  })

  it('holds uploaded documents and hearing photos checked by content; the public downloads them from this agency only', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    const pdf = { name: 'แผนที่เส้นทาง.pdf', mime: 'application/pdf', bytes: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n') }
    const fake = await upload(officer, `/staff/consultations/${id}`, `/staff/consultations/${id}/documents`, 'document', { name: 'virus.pdf', mime: 'application/pdf', bytes: Buffer.from('MZ not really a pdf') })
    expect(fake.statusCode).toBe(422)
    expect((await upload(officer, `/staff/consultations/${id}`, `/staff/consultations/${id}/documents`, 'document', pdf)).statusCode).toBe(303)
    const doc = await t.db.selectFrom('consultation_files').select('file_id').where('consultation_id', '=', id).executeTakeFirstOrThrow()
    const page = await t.client().get(`/o/wiang-thong/consultations/${id}`)
    expect(page.body).toContain(`/o/wiang-thong/consultations/${id}/documents/${doc.file_id}`)
    const download = await t.client().get(`/o/wiang-thong/consultations/${id}/documents/${doc.file_id}`)
    expect(download.statusCode).toBe(200)
    expect(download.headers['content-type']).toContain('application/pdf')
    expect((await t.client().get(`/o/nong-bua/consultations/${id}/documents/${doc.file_id}`)).statusCode).toBe(404)

    const hearing = await t.db.selectFrom('public_hearings').select('id').where('place', '=', 'ศาลาประชาคมหมู่ 1').executeTakeFirstOrThrow()
    const notImage = await upload(officer, '/staff/consultations', `/staff/consultations/hearings/${hearing.id}/photos`, 'photo', pdf)
    expect(notImage.statusCode).toBe(422)
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } }).png().toBuffer()
    expect((await upload(officer, '/staff/consultations', `/staff/consultations/hearings/${hearing.id}/photos`, 'photo', { name: 'เวที.png', mime: 'image/png', bytes: png })).statusCode).toBe(303)
    const photo = await t.db.selectFrom('consultation_files').select('file_id').where('hearing_id', '=', hearing.id).executeTakeFirstOrThrow()
    expect((await t.client().get('/o/wiang-thong/consultations')).body).toContain(`/o/wiang-thong/hearings/${hearing.id}/photos/${photo.file_id}`)
    const img = await t.client().get(`/o/wiang-thong/hearings/${hearing.id}/photos/${photo.file_id}`)
    expect(img.statusCode).toBe(200)
    expect(img.headers['content-type']).toBe('image/webp')
    const other = await t.asUser('nb-officer@prongsai.test')
    expect((await upload(other, '/staff/consultations', `/staff/consultations/hearings/${hearing.id}/photos`, 'photo', { name: 'x.png', mime: 'image/png', bytes: png })).statusCode).toBe(404)
  })
})
