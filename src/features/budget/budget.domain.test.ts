import { describe, expect, it } from 'vitest'
import { isoDate } from '../../platform/thai-calendar/index.ts'
import { canEditBudget, checkLine, emptyLineText, formatBaht, parseBaht, percentOf, planTotals, type BudgetLine, type LineText } from './budget.domain.ts'
import { parseBudgetCsv, parseBudgetForm, templateRows } from './budget.input.ts'

const line = (allocated: number, planned: [number, number, number, number], actual: [number | null, number | null, number | null, number | null], name = 'x'): BudgetLine => ({ name, category: '', allocated, planned, actual })
const text = (values: Partial<LineText>): LineText => ({ ...emptyLineText(), ...values })
// 15 February 2026 is in quarter 2 of fiscal year 2569 (Oct 2025 – Sep 2026).
const FEB_2026 = isoDate('2026-02-15')

describe('money in satang', () => {
  it('reads amounts as people type them, exactly', () => {
    expect(parseBaht('1,250,000.50')).toEqual({ ok: true, satang: 125_000_050 })
    expect(parseBaht('96000')).toEqual({ ok: true, satang: 9_600_000 })
    expect(parseBaht('๑๒๕,๐๐๐')).toEqual({ ok: true, satang: 12_500_000 })
    expect(parseBaht('฿ 0.1 บาท')).toEqual({ ok: true, satang: 10 })
    // 0.29 * 100 is 28.999999999999996 as a float: the digits are never multiplied.
    expect(parseBaht('0.29')).toEqual({ ok: true, satang: 29 })
    expect(parseBaht('999,999,999,999.99')).toEqual({ ok: true, satang: 99_999_999_999_999 })
  })

  it('refuses negative, malformed, over-precise and absurd amounts with Thai and English reasons', () => {
    const refused = (s: string) => {
      const r = parseBaht(s)
      if (r.ok) throw new Error(`accepted ${s}`)
      return r.problem
    }
    expect(refused('-5').th).toBe('จำนวนเงินต้องไม่ติดลบ')
    expect(refused('12.345').en).toBe('An amount has at most two decimals (satang)')
    expect(refused('1,25,000').th).toContain('ไม่ใช่จำนวนเงิน')
    expect(refused('abc').en).toContain('is not an amount')
    expect(refused('99999999999999').en).toBe('The amount is too large')
  })

  it('formats Thai style: thousands separators and two decimals', () => {
    expect(formatBaht(125_000_050)).toBe('1,250,000.50')
    expect(formatBaht(0)).toBe('0.00')
    expect(formatBaht(5)).toBe('0.05')
    expect(formatBaht(100_000)).toBe('1,000.00')
  })
})

describe('totals and the share spent', () => {
  it('rounds percentages half up in integer arithmetic and has none for nothing allocated', () => {
    expect(percentOf(1, 3)).toBe(33.33)
    expect(percentOf(2, 3)).toBe(66.67)
    expect(percentOf(1, 8)).toBe(12.5)
    expect(percentOf(0, 0)).toBeNull()
    expect(percentOf(99_999_999_999_999, 100_000_000_000_000)).toBe(100)
  })

  it('adds the lines by quarter, keeping "not reported" apart from "nothing spent"', () => {
    const totals = planTotals([line(1_000_000, [250_000, 250_000, 250_000, 250_000], [240_000, 0, null, null]), line(500_000, [0, 500_000, 0, 0], [null, 400_000, null, null])])
    expect(totals.allocated).toBe(1_500_000)
    expect(totals.planned).toBe(1_500_000)
    expect(totals.actual).toBe(640_000)
    expect(totals.remaining).toBe(860_000)
    expect(totals.percentSpent).toBe(42.67)
    expect(totals.plannedByQuarter).toEqual([250_000, 750_000, 250_000, 250_000])
    expect(totals.actualByQuarter).toEqual([240_000, 400_000, null, null])
    expect(totals.reportedThrough).toBe(2)
    expect(totals.lines.map((l) => l.percentSpent)).toEqual([24, 80])
  })
})

describe('checking a line', () => {
  it('accepts a line, blank planned quarters counting as 0 and blank actual ones as not reported', () => {
    const r = checkLine(text({ name: ' แผนงานการศึกษา ', allocated: '1,000', planned_q1: '600', planned_q2: '400', actual_q1: '550.25' }), 2569, FEB_2026)
    expect(r.problems).toEqual({})
    expect(r.line).toEqual({ name: 'แผนงานการศึกษา', category: '', allocated: 100_000, planned: [60_000, 40_000, 0, 0], actual: [55_025, null, null, null] })
  })

  it('refuses planned or actual spending above the allocation, and results for a quarter not begun', () => {
    const r = checkLine(text({ name: 'ถนน', allocated: '1,000', planned_q1: '600', planned_q4: '600', actual_q1: '700', actual_q2: '400', actual_q3: '1' }), 2569, FEB_2026)
    expect(r.line).toBeNull()
    expect(r.problems.planned_q4?.th).toBe('แผนการใช้จ่ายรวม 4 ไตรมาส (1,200.00 บาท) เกินงบประมาณที่ได้รับ (1,000.00 บาท)')
    expect(r.problems.actual_q3?.en).toBe('Quarter 3 of fiscal year 2569 has not begun, so it has no spending yet')
    // The total-over-allocation message lands on the last quarter reported, where it was not already taken.
    expect(r.problems.actual_q3?.th).toContain('ยังไม่เริ่ม')
    const over = checkLine(text({ name: 'ถนน', allocated: '1,000', actual_q1: '700', actual_q2: '400' }), 2569, FEB_2026)
    expect(over.problems.actual_q2?.th).toBe('ผลการใช้จ่ายรวม (1,100.00 บาท) เกินงบประมาณที่ได้รับ (1,000.00 บาท)')
  })

  it('needs a name and an allocation', () => {
    const r = checkLine(text({ planned_q1: '5' }), 2569, FEB_2026)
    expect(Object.keys(r.problems).sort()).toEqual(['allocated', 'name'])
  })
})

describe('the form and the import file', () => {
  it('names each wrong field of the form by row and column, skipping wholly empty rows', () => {
    try {
      parseBudgetForm({ lines: [text({ name: 'ก', allocated: '10' }), emptyLineText(), text({ name: 'ข', allocated: '-1' })], notes: '', responsible: '', based_on_version: '0' }, 2569, FEB_2026)
      throw new Error('accepted')
    } catch (e) {
      expect(Object.keys((e as { fields: object }).fields).sort()).toEqual(['l3_allocated', 'responsible'])
    }
  })

  it('imports all or nothing, each problem with the file’s row and column', () => {
    const csv = ['name,allocated,planned_q1,actual_q1', 'ก,"1,000",500,400', 'ข,100,200,', 'ค,abc,,'].join('\n')
    const r = parseBudgetCsv(csv, 2569, FEB_2026)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors.map((e) => e.th)).toEqual([
      'แถว 3 คอลัมน์ planned_q4: แผนการใช้จ่ายรวม 4 ไตรมาส (200.00 บาท) เกินงบประมาณที่ได้รับ (100.00 บาท)',
      'แถว 4 คอลัมน์ allocated: "abc" ไม่ใช่จำนวนเงิน ใช้ตัวเลข เช่น 1,250,000.50',
    ])
  })

  it('reads the downloaded template back: Thai headings with the column names in brackets', () => {
    const rows = templateRows([text({ name: 'แผนงานการเกษตร', allocated: '390,000.00', planned_q1: '97,500.00', actual_q1: '90,000.00' })])
    const csv = rows.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\n')
    const r = parseBudgetCsv(csv, 2569, FEB_2026)
    expect(r).toEqual({ ok: true, lines: [{ name: 'แผนงานการเกษตร', category: '', allocated: 39_000_000, planned: [9_750_000, 0, 0, 0], actual: [9_000_000, null, null, null] }] })
  })

  it('refuses a file without the needed columns', () => {
    const r = parseBudgetCsv('programme,amount\nก,1', 2569, FEB_2026)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.map((e) => e.column)).toEqual(['name', 'allocated'])
  })
})

describe('who keeps the budget disclosure', () => {
  const actor = (role: string, organisationId = 'wt') => ({ userId: 'u', displayName: 'x', email: 'x@x', isPlatformAdmin: false, memberships: [{ organisationId, role: role as never }] })
  it('mirrors the portal: the agency’s officers, ITA coordinator, admin and head, and admins above', () => {
    for (const role of ['officer', 'ita_coordinator', 'admin', 'head']) expect(canEditBudget(actor(role), ['wt', 'province'])).toBe(true)
    for (const role of ['complaint_officer', 'procurement_officer', 'committee']) expect(canEditBudget(actor(role), ['wt', 'province'])).toBe(false)
    expect(canEditBudget(actor('officer', 'nb'), ['wt', 'province'])).toBe(false)
    expect(canEditBudget(actor('admin', 'province'), ['wt', 'province'])).toBe(true)
    // Oversight sees what agencies publish; it does not write it.
    expect(canEditBudget(actor('oversight', 'province'), ['wt', 'province'])).toBe(false)
    expect(canEditBudget(null, ['wt'])).toBe(false)
  })
})

describe('the infographic', () => {
  it('draws planned against actual by quarter, and no zero "actual" bars before anything is reported', async () => {
    const { quarterChart, shareChart } = await import('./budget-charts.ts')
    const reported = quarterChart(planTotals([line(100_000_00, [25_000_00, 25_000_00, 25_000_00, 25_000_00], [20_000_50, null, null, null])]), 2569)
    expect(reported.series.map((s) => s.values)).toEqual([
      [25_000, 25_000, 25_000, 25_000],
      [20_000.5, 0, 0, 0],
    ])
    expect(reported.description.th).toContain('รายงานผลถึงไตรมาส 1')
    const planOnly = quarterChart(planTotals([line(100_000_00, [25_000_00, 25_000_00, 25_000_00, 25_000_00], [null, null, null, null])]), 2570)
    expect(planOnly.series).toHaveLength(1)
    expect(planOnly.description.en).toContain('no results reported yet')
    const many = shareChart(planTotals(Array.from({ length: 9 }, (_, i) => line((i + 1) * 100, [0, 0, 0, 0], [null, null, null, null], `แผนงานที่ ${i + 1} ซึ่งมีชื่อยาวมากจนล้นป้ายในแผนภูมิ`))), 2569)!
    expect(many.categories).toHaveLength(6)
    expect(many.categories[5]!.th).toBe('อื่น ๆ (4 รายการ)')
    expect(many.series[0]!.values).toEqual([9, 8, 7, 6, 5, 10])
    expect(many.categories[0]!.th.length).toBeLessThanOrEqual(26)
  })
})
