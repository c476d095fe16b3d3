import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.ts'
import type { ComplaintDraft } from '../../src/features/complaints/complaint-form.input.ts'
import { submitComplaint } from '../../src/features/complaints/complaint-intake.use-cases.ts'
import { complaintsDaily } from '../../src/features/complaints/complaint-reminders.ts'
import { loadActor } from '../../src/platform/auth/sessions.ts'
import { COMPLAINTS_DAILY_JOB, createAppWorker } from '../../src/worker.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { forceComplaintStatus } from '../support/complaint-status.ts'

let t: TestApp
const BASE = 'https://prongsai.example'
// Monday 23 November 2026, 09:00 in Bangkok.
const MONDAY = new Date('2026-11-23T02:00:00Z')

const SECRET_NAME = 'นางสาวผู้ร้อง ลับเฉพาะ'
const SECRET_FACT = 'เห็นการส่งมอบเงินสดที่ลานจอดรถหลังสำนักงาน'

const draft = (over: Partial<ComplaintDraft> = {}): ComplaintDraft => ({
  intake: 'public',
  channel: 'web',
  kind: 'corruption',
  subjectText: 'งานพัสดุ เทศบาลตำบลเวียงทอง',
  whatHappened: SECRET_FACT,
  happenedWhen: '',
  happenedWhere: '',
  request: '',
  anonymous: false,
  identity: { name: SECRET_NAME, address: '', phone: '089 000 0000', email: 'complainant@example.test', witnesses: '' },
  wantsEmailUpdates: false,
  ...over,
})

async function file(day: string, over: Partial<ComplaintDraft> = {}, filer: Parameters<typeof submitComplaint>[1]['filer'] = { by: 'citizen' }) {
  return submitComplaint({ db: t.db, now: new Date(`${day}T03:00:00Z`), baseUrl: BASE }, { organisationId: await t.orgId('wiang-thong'), draft: draft(over), evidence: [], filer })
}

type Mail = { to_address: string; subject: string; body_text: string }
async function reminderMails(): Promise<Mail[]> {
  const rows = await t.db.selectFrom('outbox').select(['to_address', 'subject', 'body_text']).orderBy('to_address').execute()
  return rows.filter((m) => /ใกล้ครบกำหนด|เกินกำหนด/.test(m.subject))
}
const about = (mails: Mail[], reference: string) => mails.filter((m) => m.subject.includes(reference)).map((m) => `${m.to_address} ${m.subject.startsWith('เกินกำหนด') ? 'overdue' : 'due soon'}`).sort()

let dueSoon: { id: string; reference: string }
let overdue: { id: string; reference: string }
let internal: { id: string; reference: string }
let onTrack: { id: string; reference: string }
let closed: { id: string; reference: string }

beforeAll(async () => {
  t = await createTestApp({ now: MONDAY })
  // Received Friday 20 Nov: screening (3 business days) is due Wednesday 25 Nov, two business days away.
  dueSoon = await file('2026-11-20')
  // Assigned to the investigator on 1 Oct: 30 business days of investigation ran out in mid-November.
  // Moved there with a direct UPDATE (walking the workflow needs signed-in readers and is tested elsewhere).
  overdue = await file('2026-10-01')
  await forceComplaintStatus(t.db, overdue.id, { status: 'investigating', step_started_on: '2026-10-01', assigned_to: await t.userId('wt-investigator@prongsai.test') })
  // A confidential report to senior management, screening overdue: its handler is the head.
  const officer = (await loadActor(t.db, await t.userId('wt-officer@prongsai.test')))!
  internal = await file('2026-11-02', { intake: 'conflict_of_interest', kind: 'gift_or_benefit' }, { by: 'staff', actor: officer })
  // Received today: due Thursday, three business days away — nothing to say yet.
  onTrack = await file('2026-11-23')
  closed = await file('2026-09-01')
  await forceComplaintStatus(t.db, closed.id, { status: 'closed' })
  // Only reminders interest this file: the arrival notices of the filings above are cleared.
  await t.db.deleteFrom('outbox').execute()
}, 60_000)
afterAll(() => t.close())

describe('deadline reminders', () => {
  it('tells the assigned officer, or every handler of an unassigned case, once however often the job runs', async () => {
    await complaintsDaily({ db: t.db, now: MONDAY, baseUrl: BASE })
    await complaintsDaily({ db: t.db, now: new Date(MONDAY.getTime() + 3600_000), baseUrl: BASE })
    const mails = await reminderMails()
    expect(about(mails, dueSoon.reference)).toEqual(['wt-complaints@prongsai.test due soon', 'wt-investigator@prongsai.test due soon'])
    expect(about(mails, overdue.reference)).toEqual(['wt-investigator@prongsai.test overdue'])
    expect(about(mails, internal.reference)).toEqual(['wt-head@prongsai.test overdue'])
    expect(about(mails, onTrack.reference)).toEqual([])
    expect(about(mails, closed.reference)).toEqual([])
    expect(mails).toHaveLength(4)
    const recorded = await t.db.selectFrom('complaint_reminders').select(['complaint_id', 'step', 'urgency']).execute()
    expect(recorded).toHaveLength(3)
  })

  it('says nothing about the case or the complainant beyond the reference and the link', async () => {
    const mails = await reminderMails()
    for (const m of mails) {
      const all = m.subject + m.body_text
      expect(all).not.toContain(SECRET_NAME)
      expect(all).not.toContain(SECRET_FACT)
      expect(all).not.toContain('complainant@example.test')
      expect(all).not.toContain('089 000 0000')
      expect(all).not.toContain('งานพัสดุ')
    }
    const m = mails.find((x) => x.subject.includes(overdue.reference))!
    expect(m.body_text).toContain(`${BASE}/staff/complaints/${overdue.id}`)
    expect(m.body_text).toContain('ตรวจสอบข้อเท็จจริง')
  })

  it('sends the overdue reminder once when a due-soon case runs out of time, and records each in the audit trail', async () => {
    // Thursday 26 November: the screening of 20 November was due yesterday.
    const thursday = new Date('2026-11-26T02:00:00Z')
    await complaintsDaily({ db: t.db, now: thursday, baseUrl: BASE })
    await complaintsDaily({ db: t.db, now: thursday, baseUrl: BASE })
    const mails = await reminderMails()
    expect(about(mails, dueSoon.reference)).toEqual([
      'wt-complaints@prongsai.test due soon',
      'wt-complaints@prongsai.test overdue',
      'wt-investigator@prongsai.test due soon',
      'wt-investigator@prongsai.test overdue',
    ])
    // Monday's filing is due today, Thursday: due soon, not yet overdue.
    expect(about(mails, onTrack.reference)).toEqual(['wt-complaints@prongsai.test due soon', 'wt-investigator@prongsai.test due soon'])
    const audited = await t.db.selectFrom('audit_events').select(['entity_id', 'actor_label']).where('action', '=', 'complaint.deadline_reminder').execute()
    expect(audited.filter((a) => a.entity_id === dueSoon.id)).toHaveLength(2)
    expect(audited.every((a) => a.actor_label === 'system')).toBe(true)
  })

  it('reminds the head, not the officers, of an order that is due (the guideline’s decision step)', async () => {
    const waiting = await file('2026-11-02')
    await forceComplaintStatus(t.db, waiting.id, { status: 'awaiting_order', step_started_on: '2026-11-10' })
    // 7 business days from Tuesday 10 November ran out on Thursday 19th.
    await complaintsDaily({ db: t.db, now: new Date('2026-11-26T02:00:00Z'), baseUrl: BASE })
    const mails = about(await reminderMails(), waiting.reference)
    expect(mails).toEqual(['wt-head@prongsai.test overdue'])
    const m = (await reminderMails()).find((x) => x.subject.includes(waiting.reference))!
    expect(m.body_text).toContain('พิจารณาสั่งการ')
  })

  it('never sends a reminder to a handler who is the subject of the complaint', async () => {
    const aboutOfficer = await file('2026-11-02')
    await t.db.insertInto('complaint_subjects').values({ complaint_id: aboutOfficer.id, user_id: await t.userId('wt-complaints@prongsai.test') }).execute()
    await complaintsDaily({ db: t.db, now: new Date('2026-11-26T02:00:00Z'), baseUrl: BASE })
    expect(about(await reminderMails(), aboutOfficer.reference)).toEqual(['wt-investigator@prongsai.test overdue'])
  })

  it('goes once even when two instances run the job at the same moment', async () => {
    const both = await file('2026-11-03')
    const friday = new Date('2026-11-27T02:00:00Z')
    await Promise.all([complaintsDaily({ db: t.db, now: friday, baseUrl: BASE }), complaintsDaily({ db: t.db, now: friday, baseUrl: BASE })])
    expect(about(await reminderMails(), both.reference)).toEqual(['wt-complaints@prongsai.test overdue', 'wt-investigator@prongsai.test overdue'])
  })
})

describe('the daily complaints job', () => {
  it('is registered with the worker and clears evidence that waited more than a day for a corrected form', async () => {
    const now = new Date('2026-11-27T02:00:00Z')
    await t.db.insertInto('complaint_pending_uploads').values([
      { content: Buffer.from('stale'), created_at: new Date(now.getTime() - 25 * 3600_000) },
      { content: Buffer.from('fresh'), created_at: new Date(now.getTime() - 3600_000) },
    ]).execute()
    const worker = createAppWorker({ db: t.db, config: loadConfig({ NODE_ENV: 'test', BASE_URL: BASE }), clock: () => now })
    await worker.enqueue(COMPLAINTS_DAILY_JOB)
    const { runs } = await worker.drain()
    await worker.stop()
    expect(runs.filter((r) => r.kind === COMPLAINTS_DAILY_JOB).map((r) => r.outcome)).toContain('done')
    const left = await t.db.selectFrom('complaint_pending_uploads').select('content').execute()
    expect(left.map((r) => r.content.toString())).toEqual(['fresh'])
  })
})
