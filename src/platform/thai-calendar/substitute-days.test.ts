import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Holiday, HolidayKind } from './holiday.ts'
import { parseHolidayCsv } from './holidays-csv.ts'
import { isoDate } from './iso-date.ts'
import { substituteDaysFor } from './substitute-days.ts'

const government = governmentHolidays()

function holiday(date: string, nameEn: string, kind: HolidayKind = 'fixed', nameTh = `วัน${nameEn}`): Holiday {
  return { date: isoDate(date), nameTh, nameEn, kind }
}

const proposedDates = (holidays: readonly Holiday[], kinds?: readonly HolidayKind[]) =>
  substituteDaysFor(holidays, kinds ? { kinds } : {}).map((p) => p.date)

describe('substitute days for the government list', () => {
  it('proposes none for 2024–2026: the list already has every substitute', () => {
    const confirmedYears = government.filter((h) => h.date < '2027-01-01')
    expect(substituteDaysFor(confirmedYears)).toEqual([])
  })

  it('proposes none for the predicted 2027 list either', () => {
    expect(substituteDaysFor(government)).toEqual([])
  })

  it.each([
    ['2024-04-08', 'Chakri Day on Saturday 6 April'],
    ['2024-04-16', 'Songkran on Sat 13 – Mon 15: one substitute for the occasion'],
    ['2024-05-06', 'Coronation Day on Saturday'],
    ['2024-07-29', "the King's Birthday on Sunday"],
    ['2024-10-14', 'King Bhumibol Memorial Day on Sunday'],
    ['2025-04-07', 'Chakri Day on Sunday'],
    ['2025-04-16', 'Songkran on Sun 13 – Tue 15'],
    ['2025-05-05', 'Coronation Day on Sunday'],
    ['2026-12-07', "Father's Day on Saturday 5 December"],
    ['2027-10-25', 'Chulalongkorn Day on Saturday'],
    ['2027-12-06', "Father's Day on Sunday"],
  ])('finds %s again when it is taken out of the list (%s)', (date) => {
    const without = government.filter((h) => h.date !== date)
    expect(proposedDates(without)).toEqual([date])
  })

  it('names the proposal the way the government list does', () => {
    const [proposal] = substituteDaysFor(government.filter((h) => h.date !== '2025-05-05'))
    expect(proposal).toEqual({
      date: '2025-05-05',
      nameTh: 'วันหยุดชดเชยวันฉัตรมงคล',
      nameEn: 'Substitution day for Coronation Day',
      kind: 'substitution',
      forDates: ['2025-05-04'],
    })
    const { forDates: _, ...asHoliday } = proposal ?? { forDates: [] }
    expect(government.find((h) => h.date === '2025-05-05')).toEqual(asHoliday)
  })

  it('leaves lunar holidays to the cabinet unless asked', () => {
    const withoutVisakhaSubstitute = government.filter((h) => h.date >= '2026-01-01' && h.date !== '2026-06-01')
    expect(proposedDates(withoutVisakhaSubstitute)).toEqual([])
    expect(proposedDates(withoutVisakhaSubstitute, ['fixed', 'lunar'])).toEqual(['2026-06-01'])
  })

  it('shows why lunar days are excluded: the rule would add one for Khao Phansa 2024 that the cabinet never gave', () => {
    // Asarnha Bucha Sat 20 July and Khao Phansa Sun 21 July 2024 got one substitute, Mon 22.
    const proposals = substituteDaysFor(government, { kinds: ['fixed', 'lunar', 'special', 'royal_ceremony'] })
    expect(proposals.map((p) => [p.date, p.nameEn, p.forDates])).toEqual([
      ['2024-07-23', 'Substitution day for Buddhist Lent Day (Khao Phansa)', ['2024-07-21']],
    ])
  })

  it('does not let a fixed holiday take the substitute listed for a lunar one', () => {
    // Asarnha Bucha Sun 18 July 2027 → Tue 20 (Mon 19 is Khao Phansa). A made-up fixed
    // holiday on Sat 17 must not claim Tue 20; it gets Wed 21.
    const list = [...government, holiday('2027-07-17', 'Made-up Day')]
    expect(proposedDates(list)).toEqual(['2027-07-21'])
  })
})

describe('the substitution rule', () => {
  it('gives the Monday for a Saturday or a Sunday', () => {
    expect(proposedDates([holiday('2026-10-24', 'Saturday Day')])).toEqual(['2026-10-26'])
    expect(proposedDates([holiday('2026-10-25', 'Sunday Day')])).toEqual(['2026-10-26'])
  })

  it('gives nothing for a holiday on a weekday', () => {
    expect(proposedDates([holiday('2026-10-23', 'Friday Day'), holiday('2026-10-26', 'Monday Day')])).toEqual([])
  })

  it('gives one substitute for a multi-day occasion that covers a weekend', () => {
    const songkran2024 = ['2024-04-13', '2024-04-14', '2024-04-15'].map((date) =>
      holiday(date, 'Songkran Festival', 'fixed', 'วันสงกรานต์'),
    )
    expect(substituteDaysFor(songkran2024)).toEqual([
      {
        date: '2024-04-16',
        nameTh: 'วันหยุดชดเชยวันสงกรานต์',
        nameEn: 'Substitution day for Songkran Festival',
        kind: 'substitution',
        forDates: ['2024-04-13', '2024-04-14', '2024-04-15'],
      },
    ])
  })

  it('gives New Year’s Eve on Saturday and New Year’s Day on Sunday one substitute each, across the year end', () => {
    const list = [holiday('2022-12-31', "New Year's Eve"), holiday('2023-01-01', "New Year's Day")]
    expect(substituteDaysFor(list).map((p) => [p.date, p.nameEn])).toEqual([
      ['2023-01-02', "Substitution day for New Year's Eve"],
      ['2023-01-03', "Substitution day for New Year's Day"],
    ])
  })

  it('skips days that are already off', () => {
    // Coronation Day on Sunday 4 May 2025, with a special holiday on Monday 5 May.
    const list = [holiday('2025-05-04', 'Coronation Day'), holiday('2025-05-05', 'Special Day', 'special')]
    expect(proposedDates(list)).toEqual(['2025-05-06'])
  })

  it('treats a substitute already listed further on (past other days off) as the one for the occasion', () => {
    const list = [
      holiday('2027-07-18', 'Sunday Day'),
      holiday('2027-07-19', 'Monday Lunar', 'lunar'),
      holiday('2027-07-20', 'Substitution', 'substitution'),
    ]
    expect(proposedDates(list)).toEqual([])
  })

  it('does not merge different holidays on consecutive days, nor split an occasion listed out of order', () => {
    const list = [
      holiday('2024-04-15', 'Songkran Festival'),
      holiday('2024-04-13', 'Songkran Festival'),
      holiday('2024-04-14', 'Songkran Festival'),
      holiday('2024-04-12', 'Special Day', 'special'),
    ]
    expect(substituteDaysFor(list).map((p) => p.forDates)).toEqual([['2024-04-13', '2024-04-14', '2024-04-15']])
    expect(proposedDates([...government].reverse())).toEqual([])
  })

  it('accepts a substitute the cabinet moved later in the week when it names the occasion', () => {
    const list = [
      holiday('2026-10-24', 'Moved Day'),
      holiday('2026-10-30', 'Substitution day for Moved Day', 'substitution', 'วันหยุดชดเชยวันMoved Day'),
    ]
    expect(proposedDates(list)).toEqual([])
  })

  it('does not hold back a working day for a lunar holiday the cabinet gave no substitute', () => {
    // Lunar Saturday then fixed Sunday: the Monday goes to the fixed holiday.
    const list = [holiday('2026-10-24', 'Lunar Day', 'lunar'), holiday('2026-10-25', 'Fixed Day')]
    expect(proposedDates(list)).toEqual(['2026-10-26'])
    expect(proposedDates(list, ['fixed', 'lunar'])).toEqual(['2026-10-26', '2026-10-27'])
  })

  it('treats the same name a week apart as two occasions', () => {
    const list = [holiday('2026-10-24', 'Repeat Day'), holiday('2026-10-31', 'Repeat Day')]
    expect(proposedDates(list)).toEqual(['2026-10-26', '2026-11-02'])
  })

  it('returns nothing for an empty list and never changes its input', () => {
    expect(substituteDaysFor([])).toEqual([])
    const list = Object.freeze([holiday('2026-10-25', 'Sunday Day'), holiday('2026-10-24', 'Saturday Day')])
    expect(proposedDates(list)).toEqual(['2026-10-26', '2026-10-27'])
    expect(list.map((h) => h.date)).toEqual(['2026-10-25', '2026-10-24'])
  })
})

function governmentHolidays(): Holiday[] {
  const text = readFileSync(new URL('./thai-government-holidays-2024-2027.csv', import.meta.url), 'utf8')
  const parsed = parseHolidayCsv(text)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
  return parsed.holidays
}
