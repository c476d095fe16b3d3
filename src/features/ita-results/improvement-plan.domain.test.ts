import { describe, expect, it } from 'vitest'
import { isoDate } from '../../platform/thai-calendar/index.ts'
import {
  checkMeasure,
  checkPlanItem,
  improvementPlanTable,
  indicatorsWeakestFirst,
  measuresFor,
  PLAN_TABLE_COLUMNS,
  planFiscalYearFor,
  planItemState,
  planProgress,
  saveMeasure,
  suggestMeasures,
  type PlanItem,
} from './improvement-plan.domain.ts'
import type { IndicatorScores } from './ita-score.domain.ts'
import { MEASURE_LIBRARY } from './measure-library.data.ts'

// Seed 001: Nakhon Pathom's FY 2564 scores by indicator number.
const SEED_001: IndicatorScores = { 1: 90.5, 2: 81.23, 3: 84.6, 4: 79.43, 5: 80.66, 6: 86.41, 7: 87.21, 8: 82.82, 9: 100, 10: 100 }

function item(overrides: Partial<PlanItem> = {}): PlanItem {
  return {
    id: 'p1',
    indicator: 4,
    measureId: 's001-i4-1',
    th: 'ให้ความรู้บุคลากรทุกตำแหน่งเรื่องการใช้ทรัพย์สินของราชการ',
    owner: 'สำนักปลัด',
    dueDate: isoDate('2022-06-30'),
    progress: 0,
    ...overrides,
  }
}

describe('ordering indicators weakest first', () => {
  it('reproduces seed 001’s table order: property 79.43, corruption 80.66, budget 81.23 … duty 90.50', () => {
    const rows = indicatorsWeakestFirst(SEED_001)
    expect(rows.slice(0, 8).map((r) => [r.order, r.indicator, r.score])).toEqual([
      [1, 4, 79.43],
      [2, 5, 80.66],
      [3, 2, 81.23],
      [4, 8, 82.82],
      [5, 3, 84.6],
      [6, 6, 86.41],
      [7, 7, 87.21],
      [8, 1, 90.5],
    ])
  })

  it('keeps indicator order for equal scores (the two 100.00 rows: 9 then 10)', () => {
    expect(indicatorsWeakestFirst(SEED_001).slice(8).map((r) => r.indicator)).toEqual([9, 10])
  })
})

describe('the plan table in seed 001’s layout', () => {
  it('has the columns ลำดับที่ | ตัวชี้วัด | คะแนนที่ได้รับ | มาตรการที่ต้องดำเนินการ', () => {
    expect(PLAN_TABLE_COLUMNS.map((c) => c.th)).toEqual(['ลำดับที่', 'ตัวชี้วัด', 'คะแนนที่ได้รับ', 'มาตรการที่ต้องดำเนินการ'])
  })

  it('puts each measure on its indicator’s row, in the order entered', () => {
    const items = [item({ id: 'a' }), item({ id: 'b', indicator: 1 }), item({ id: 'c' })]
    const table = improvementPlanTable(SEED_001, items)
    expect(table[0]).toMatchObject({ order: 1, indicatorTh: 'การใช้ทรัพย์สินของราชการ', score: 79.43 })
    expect(table[0]!.items.map((i) => i.id)).toEqual(['a', 'c'])
    expect(table[7]!.items.map((i) => i.id)).toEqual(['b'])
    expect(table[1]!.items).toEqual([])
  })

  it('is the plan for the year after the results (seed 001: FY 2564 results, FY 2565 plan)', () => {
    expect(planFiscalYearFor(2564)).toBe(2565)
  })
})

describe('the measure library', () => {
  it('is seeded from seeds 001 (35 measures, all ten indicators) and 003 (20 clauses)', () => {
    expect(MEASURE_LIBRARY.filter((m) => m.id.startsWith('s001-'))).toHaveLength(35)
    expect(MEASURE_LIBRARY.filter((m) => m.id.startsWith('s003-'))).toHaveLength(20)
    expect(new Set(MEASURE_LIBRARY.map((m) => m.id)).size).toBe(MEASURE_LIBRARY.length)
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const) expect(measuresFor(MEASURE_LIBRARY, n).length).toBeGreaterThan(0)
    for (const m of MEASURE_LIBRARY) expect(checkMeasure(m, MEASURE_LIBRARY.filter((o) => o !== m))).toEqual({})
  })

  it('offers seed 001’s three property measures and seed 003’s for the weakest indicator', () => {
    expect(measuresFor(MEASURE_LIBRARY, 4).map((m) => m.id)).toEqual(['s001-i4-1', 's001-i4-2', 's001-i4-3', 's003-4.1', 's003-4.2', 's003-4.3'])
  })

  it('suggests measures only for indicators under a score, weakest first', () => {
    const suggested = suggestMeasures(SEED_001, MEASURE_LIBRARY, 81)
    expect([...new Set(suggested.map((s) => s.indicator))]).toEqual([4, 5])
  })

  it('can be edited: a new measure is added, an edited one replaced in place', () => {
    const added = { id: 'wt-1', indicators: [7] as const, th: 'ตอบคำถามบนเว็บบอร์ดภายใน 3 วันทำการ', source: 'เทศบาลตำบลเวียงทอง' }
    expect(checkMeasure(added, MEASURE_LIBRARY)).toEqual({})
    const withNew = saveMeasure(MEASURE_LIBRARY, added)
    expect(withNew.at(-1)).toBe(added)
    const edited = saveMeasure(withNew, { ...added, th: 'ตอบคำถามภายใน 2 วันทำการ' })
    expect(edited).toHaveLength(withNew.length)
    expect(edited.at(-1)?.th).toBe('ตอบคำถามภายใน 2 วันทำการ')
  })

  it('refuses a duplicate id, no indicator or an empty text', () => {
    const problems = checkMeasure({ id: 's001-i4-1', indicators: [], th: ' ', source: '' }, MEASURE_LIBRARY)
    expect(Object.keys(problems)).toEqual(['id', 'indicators', 'th'])
  })
})

describe('plan items', () => {
  it('need an owner, a due date inside the plan year and whole-number progress 0–100', () => {
    expect(checkPlanItem(item(), 2565)).toEqual({})
    const problems = checkPlanItem(item({ owner: '', dueDate: isoDate('2022-10-01'), progress: 150 }), 2565)
    expect(Object.keys(problems)).toEqual(['owner', 'dueDate', 'progress'])
    expect(problems.dueDate?.th).toBe('วันครบกำหนดต้องอยู่ในปีงบประมาณ 2565')
  })

  it('are done, overdue, due soon, in progress or not started', () => {
    const today = isoDate('2022-06-20')
    expect(planItemState(item({ progress: 100, dueDate: isoDate('2022-01-01') }), today, 14)).toBe('done')
    expect(planItemState(item({ progress: 50, dueDate: isoDate('2022-06-19') }), today, 14)).toBe('overdue')
    expect(planItemState(item({ dueDate: isoDate('2022-07-04') }), today, 14)).toBe('due-soon')
    expect(planItemState(item({ progress: 10, dueDate: isoDate('2022-07-05') }), today, 14)).toBe('in-progress')
    expect(planItemState(item({ dueDate: isoDate('2022-09-30') }), today, 14)).toBe('not-started')
  })

  it('add up to the plan’s progress', () => {
    // Due 30 June (within 14 days of 20 June), 1 June (past) and a finished one: (100 + 50 + 0) / 3 = 50 %.
    const items = [item({ progress: 100 }), item({ progress: 50 }), item({ progress: 0, dueDate: isoDate('2022-06-01') })]
    const progress = planProgress(items, isoDate('2022-06-20'), 14)
    expect(progress.percent).toBe(50)
    expect(progress.byState).toEqual({ done: 1, overdue: 1, 'due-soon': 1, 'in-progress': 0, 'not-started': 0 })
  })
})
