import { describe, expect, it } from 'vitest'
import { parseItaResultRows, parseItaResultsCsv, resultTemplateRows } from './ita-results.input.ts'

const NAKHON_PATHOM = [90.5, 81.23, 84.6, 79.43, 80.66, 86.41, 87.21, 82.82, 100, 100]

function lines(agency: string, year: string | number, values: (string | number)[]): string[] {
  return values.map((v, i) => `${agency},${year},${i + 1},${v}`)
}

describe('importing ITA results', () => {
  it('groups ten indicator rows per agency and year into one result', () => {
    const csv = ['agency,fiscal_year,indicator,score', ...lines('wiang-thong', 2567, NAKHON_PATHOM), ...lines('nong-bua', 2567, Array(10).fill('95'))].join('\n')
    const result = parseItaResultsCsv(csv)
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.results).toHaveLength(2)
    expect(result.results[0]).toMatchObject({ agencyKey: 'wiang-thong', agencyId: 'wiang-thong', fiscalYear: 2567 })
    expect(Object.values(result.results[0]!.scores)).toEqual(NAKHON_PATHOM)
    expect(result.results[1]!.scores[10]).toBe(95)
  })

  it('reads the Thai template: Thai headers, Thai digits, "3. การใช้อำนาจ", indicator names and พ.ศ.', () => {
    const rows = resultTemplateRows('wiang-thong', 2568).map((row, i) => (i === 0 ? ['หน่วยงาน', 'ปีงบประมาณ', 'ตัวชี้วัด', 'คะแนน'] : [...row.slice(0, 3), '๘๕.๕']))
    rows[1] = ['wiang-thong', 'พ.ศ. ๒๕๖๘', 'การปฏิบัติหน้าที่', '100']
    rows[2] = ['wiang-thong', '2568', 'Use of budget', '0']
    const result = parseItaResultRows(rows)
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.results[0]!.fiscalYear).toBe(2568)
    expect(result.results[0]!.scores).toMatchObject({ 1: 100, 2: 0, 3: 85.5, 10: 85.5 })
  })

  it('reports every bad row with its line and imports nothing', () => {
    const values: string[] = ['85.555', '101', 'ดี', '', '-1', '90', '90', '90', '90', '90']
    const csv = ['agency,fiscal_year,indicator,score', ...lines('wiang-thong', 2568, values)].join('\n')
    const result = parseItaResultsCsv(csv)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'score'],
      [3, 'score'],
      [4, 'score'],
      [5, 'score'],
      [6, 'score'],
    ])
    expect(result.errors[0]?.th).toBe('แถว 2 คอลัมน์ score: คะแนน 85.555 มีทศนิยมเกินสองตำแหน่ง')
    expect(result.errors[1]?.en).toBe('Row 3, column score: The score 101 is above 100')
  })

  it('insists on all ten indicators per agency-year, and no indicator twice', () => {
    const csv = [
      'agency,fiscal_year,indicator,score',
      ...lines('wiang-thong', 2568, Array(10).fill(90)).filter((l) => !l.includes(',7,') && !l.includes(',9,')),
      'nong-bua,2568,1,80',
      ...lines('nong-bua', 2568, Array(10).fill(90)),
    ].join('\n')
    const result = parseItaResultsCsv(csv)
    expect(!result.ok && result.errors.map((e) => e.en)).toEqual([
      'Row 2, column indicator: wiang-thong 2568 lacks indicator(s) 7, 9 (all 10 are needed)',
      'Row 11, column indicator: Indicator 1 for nong-bua in 2568 repeats row 10',
    ])
  })

  it('refuses CE years, unknown indicators and agencies the importer may not load', () => {
    const known = new Map([['wiang-thong', 'org-1']])
    const csv = ['agency,fiscal_year,indicator,score', 'wiang-thong,2025,1,90', 'wiang-thong,2568,11,90', 'elsewhere,2568,1,90'].join('\n')
    const result = parseItaResultsCsv(csv, { resolveAgency: (key) => known.get(key) })
    expect(!result.ok && result.errors.map((e) => e.en)).toEqual([
      'Row 2, column fiscal_year: 2025 is a CE year; use the Buddhist Era year (2568)',
      'Row 3, column indicator: "11" is not an indicator; use a number 1–10 or the indicator\'s name',
      'Row 4, column agency: No agency "elsewhere" that you may import results for',
    ])
  })

  it('resolves agency codes to ids when the file is good', () => {
    const csv = ['agency,fiscal_year,indicator,score', ...lines('WT01', 2568, Array(10).fill(90))].join('\n')
    const result = parseItaResultsCsv(csv, { resolveAgency: (key) => (key === 'WT01' ? 'org-1' : undefined) })
    expect(result.ok && result.results[0]).toMatchObject({ agencyKey: 'WT01', agencyId: 'org-1' })
  })

  it('names missing header columns, and an empty file', () => {
    const noScore = parseItaResultsCsv('agency,fiscal_year,indicator\nwt,2568,1\n')
    expect(!noScore.ok && noScore.errors.map((e) => [e.row, e.column])).toEqual([[1, 'score']])
    expect(parseItaResultsCsv('').ok).toBe(false)
    expect(parseItaResultsCsv('agency,fiscal_year,indicator,score\n').ok).toBe(false)
  })

  it('numbers Excel rows as the sheet does', () => {
    const rows = [['agency', 'fiscal_year', 'indicator', 'score'], ['wt', '2568', '1', 'x']]
    const result = parseItaResultRows(rows, {}, 4)
    expect(!result.ok && result.errors[0]?.row).toBe(5)
  })
})
