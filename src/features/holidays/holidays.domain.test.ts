import { describe, expect, it } from 'vitest'
import { isoDate, type Holiday } from '../../platform/thai-calendar/index.ts'
import { beYearRange, currentBeYear, deadlineWindow, lacksRoyalCeremony, readYear, substituteProposalsForYear, yearsWithoutData } from './holidays.domain.ts'

const day = (date: string, nameEn: string, kind: Holiday['kind'] = 'fixed'): Holiday => ({ date: isoDate(date), nameTh: nameEn, nameEn, kind })

describe('choosing a year', () => {
  it('reads BE years, spots CE years typed out of habit, and refuses the rest', () => {
    expect(readYear('2569')).toEqual({ kind: 'be', beYear: 2569 })
    expect(readYear('2026')).toEqual({ kind: 'looks_ce', beYear: 2569 })
    expect(readYear('69')).toEqual({ kind: 'invalid' })
    expect(readYear('3001')).toEqual({ kind: 'invalid' })
  })

  it('knows the year in Bangkok, which starts 7 hours before UTC', () => {
    expect(currentBeYear(new Date('2026-12-31T16:59:59Z'))).toBe(2569)
    expect(currentBeYear(new Date('2026-12-31T17:00:00Z'))).toBe(2570)
  })

  it('spans 1 January to 31 December in CE', () => {
    expect(beYearRange(2569)).toEqual({ start: '2026-01-01', end: '2026-12-31' })
  })
})

describe('what a year page proposes and warns about', () => {
  it('puts the substitute for a Sunday 31 December on the next year, after New Year’s Day', () => {
    const around = [day('2028-12-31', "New Year's Eve"), day('2029-01-01', "New Year's Day")]
    expect(substituteProposalsForYear(around, 2571)).toEqual([])
    expect(substituteProposalsForYear(around, 2572).map((p) => p.date)).toEqual(['2029-01-02'])
  })

  it('asks for the Royal Ploughing Day only when a year has holidays but no royal ceremony', () => {
    expect(lacksRoyalCeremony([])).toBe(false)
    expect(lacksRoyalCeremony([day('2027-01-01', "New Year's Day")])).toBe(true)
    expect(lacksRoyalCeremony([day('2027-05-12', 'Royal Ploughing Ceremony Day', 'royal_ceremony')])).toBe(false)
  })
})

describe('deadline helpers', () => {
  it('widens the window it loads holidays for, each time doubling it', () => {
    const first = deadlineWindow(isoDate('2026-12-03'), 10)
    const second = deadlineWindow(isoDate('2026-12-03'), 10, 1)
    expect(first).toEqual({ start: '2026-12-03', end: '2027-01-16' })
    expect(second.end > first.end).toBe(true)
    expect(deadlineWindow(isoDate('2026-12-03'), -10).end).toBe('2026-12-03')
  })

  it('names the BE years a count crosses that have no holidays on record', () => {
    expect(yearsWithoutData(isoDate('2027-12-20'), isoDate('2028-01-12'), [2024, 2025, 2026, 2027])).toEqual([2571])
    expect(yearsWithoutData(isoDate('2026-12-03'), isoDate('2027-01-06'), [2026, 2027])).toEqual([])
  })
})
