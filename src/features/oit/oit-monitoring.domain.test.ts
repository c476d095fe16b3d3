import { describe, expect, it } from 'vitest'
import { attentionState, digestMail, monitoringRecipients, unsentNotices } from './oit-monitoring.domain.ts'
import type { IsoDate } from '../../platform/thai-calendar/index.ts'

const flags = { missing: false, stale: false, overdue: false, dueSoon: false }
describe('OIT monitoring rules', () => {
  it('names the state by its flags, or none when nothing needs attention', () => {
    expect(attentionState(flags)).toBeNull()
    expect(attentionState({ ...flags, missing: true, overdue: true })).toBe('missing+overdue')
    expect(attentionState({ ...flags, dueSoon: true })).toBe('due_soon')
  })

  it('tells the responsible person while active staff, else the coordinators', () => {
    expect(monitoringRecipients('u1', new Set(['u1']), ['c1'])).toEqual(['u1'])
    expect(monitoringRecipients('gone', new Set(['u1']), ['c1', 'c2'])).toEqual(['c1', 'c2'])
    expect(monitoringRecipients(null, new Set(), [])).toEqual([])
  })

  it('sends the same person, item and state once a week', () => {
    const key = { userId: 'u1', organisationId: 'o', scheme: 'nacc-ita', fiscalYear: 2569, itemCode: 'O1', state: 'missing' }
    const now = new Date('2026-12-10T00:00:00Z')
    const sent = [{ ...key, itemCode: 'o1', sentAt: new Date('2026-12-04T00:00:00Z') }]
    expect(unsentNotices([key], sent, now)).toEqual([])
    expect(unsentNotices([{ ...key, state: 'missing+overdue' }], sent, now)).toHaveLength(1)
    expect(unsentNotices([key], sent, new Date('2026-12-11T00:00:01Z'))).toHaveLength(1)
  })

  it('writes the digest in Thai then English with BE dates', () => {
    const mail = digestMail({
      name: 'สมชาย',
      fiscalYear: 2569,
      lines: [{ agency: { th: 'ทต.เวียงทอง', en: 'Wiang Thong' }, code: 'O3', name: { th: 'ข้อมูลผู้บริหาร', en: 'Executives' }, state: 'missing+overdue', dueDate: '2026-11-30' as IsoDate }],
      link: 'https://x/staff/oit',
    })
    expect(mail.subject).toContain('1 รายการ')
    expect(mail.text).toContain('- ทต.เวียงทอง O3 ข้อมูลผู้บริหาร: ยังไม่มีข้อมูล, เลยกำหนด กำหนด 30 พฤศจิกายน 2569')
    expect(mail.text).toContain('Wiang Thong O3 Executives: missing, overdue due 30 November 2569 BE')
    expect(mail.text.indexOf('เรียน')).toBeLessThan(mail.text.indexOf('Dear'))
  })
})
