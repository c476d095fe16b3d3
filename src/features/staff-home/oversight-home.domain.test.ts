import { describe, expect, it } from 'vitest'
import { parseSort, sortStandings, type AgencyStanding } from './oversight-home.domain.ts'

const row = (name: string, over: Partial<AgencyStanding>): AgencyStanding => ({ id: name, slug: name, name_th: name, name_en: name, oitPercent: null, ita: null, overdueComplaints: 0, report: null, ...over })
const label = { th: 'x', en: 'x' }
const ROWS = [
  row('ข', { oitPercent: 80, ita: { fiscalYear: 2568, total: 91.5, rating: label }, overdueComplaints: 1, report: { status: 'accepted', statusLabel: label, late: false, period: label } }),
  row('ก', { oitPercent: 40, overdueComplaints: 3, report: { status: 'not_started', statusLabel: label, late: true, period: label } }),
  row('ค', { ita: { fiscalYear: 2568, total: 70, rating: label }, report: { status: 'draft', statusLabel: label, late: false, period: label } }),
]
const names = (rows: AgencyStanding[]) => rows.map((r) => r.name_th)

describe('sorting the oversight home', () => {
  it('puts what needs a call first in each column, missing figures last', () => {
    expect(names(sortStandings(ROWS, 'name'))).toEqual(['ก', 'ข', 'ค'])
    expect(names(sortStandings(ROWS, 'oit'))).toEqual(['ก', 'ข', 'ค'])
    expect(names(sortStandings(ROWS, 'ita'))).toEqual(['ค', 'ข', 'ก'])
    expect(names(sortStandings(ROWS, 'overdue'))).toEqual(['ก', 'ข', 'ค'])
    expect(names(sortStandings(ROWS, 'report'))).toEqual(['ก', 'ค', 'ข'])
  })
  it('takes only known sort keys', () => {
    expect(parseSort('ita')).toBe('ita')
    expect(parseSort('drop table')).toBe('name')
    expect(parseSort(undefined)).toBe('name')
  })
})
