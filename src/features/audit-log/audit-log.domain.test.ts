import { describe, expect, it } from 'vitest'
import { isoDate } from '../../platform/thai-calendar/index.ts'
import { instantRange, readableSummary, verifyResultMessage } from './audit-log.domain.ts'
import { auditFilterFormFrom, parseAuditFilter } from './audit-log.input.ts'

describe('reading an audit summary', () => {
  it('lists each field as before → after and tells changed from unchanged', () => {
    const r = readableSummary({ before: { name: 'ก', phone: '1' }, after: { name: 'ข', phone: '1', email: 'a@b' }, note: 'why' })
    expect(r.changes).toEqual([
      { key: 'name', before: 'ก', after: 'ข', changed: true },
      { key: 'phone', before: '1', after: '1', changed: false },
      { key: 'email', before: undefined, after: 'a@b', changed: true },
    ])
    expect(r.note).toBe('why')
  })

  it('shows structured values as JSON and survives summaries of an unexpected shape', () => {
    expect(readableSummary({ after: { roles: [{ role: 'admin' }] } }).changes[0]?.after).toBe('[{"role":"admin"}]')
    expect(readableSummary('free text')).toEqual({ changes: [], note: 'free text' })
    expect(readableSummary(null)).toEqual({ changes: [], note: undefined })
  })
})

describe('the date filter', () => {
  it('covers whole Bangkok days: from midnight of the first to midnight after the last', () => {
    expect(instantRange({ from: isoDate('2026-11-10'), to: isoDate('2026-11-10') })).toEqual({
      from: new Date('2026-11-09T17:00:00Z'),
      until: new Date('2026-11-10T17:00:00Z'),
    })
  })

  it('reads BE dates from the form and leaves an empty date out', () => {
    const form = auditFilterFormFrom({ 'from-day': '1', 'from-month': 'พ.ย.', 'from-year': '2569', action: ' user.created ' })
    expect(parseAuditFilter(form, 1)).toEqual({ ok: true, filter: { from: '2026-11-01', action: 'user.created' }, page: 1 })
  })

  it('asks for the rest of a half-typed date', () => {
    const r = parseAuditFilter(auditFilterFormFrom({ 'to-day': '5' }), 1)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.to?.en).toBe('Date must include a month and year')
  })
})

describe('the verdict of a chain check', () => {
  it('reads the same in the command and on the page', () => {
    expect(verifyResultMessage({ ok: true, checked: 3 }).en).toBe('audit chain OK: 3 events checked')
    expect(verifyResultMessage({ ok: false, checked: 3, problem: { kind: 'edited', seq: 7 } }).en).toBe('audit chain BROKEN at seq 7: row edited')
    expect(verifyResultMessage({ ok: false, checked: 3, problem: { kind: 'missing_before', seq: 9 } }).en).toBe(
      'audit chain BROKEN at seq 9: rows missing before seq 9',
    )
  })
})
