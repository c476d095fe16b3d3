import { describe, expect, it } from 'vitest'
import { isoDate } from '../../platform/thai-calendar/index.ts'
import {
  checkPlanItem,
  improvementPlanTable,
  indicatorsWeakestFirst,
  measuresFor,
  PLAN_TABLE_COLUMNS,
  planFiscalYearFor,
  planItemState,
  planProgress,
  suggestMeasures,
  type PlanItem,
} from './improvement-plan.domain.ts'
import type { IndicatorScores } from './ita-score.domain.ts'
import { MEASURE_LIBRARY } from './measure-library.data.ts'
import { checkLibraryMeasure, offeredMeasures, startingMeasures } from './measure-library.domain.ts'

const LIBRARY = startingMeasures(MEASURE_LIBRARY)

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
    status: 'not_started',
    progress: 0,
    note: '',
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
  it('starts from seeds 001 (35 measures, all ten indicators) and 003 (20 clauses), one indicator each', () => {
    expect(LIBRARY.filter((m) => m.id.startsWith('s001-'))).toHaveLength(35)
    expect(LIBRARY.filter((m) => m.id.startsWith('s003-'))).toHaveLength(20)
    expect(new Set(LIBRARY.map((m) => m.id)).size).toBe(LIBRARY.length)
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const) expect(measuresFor(LIBRARY, n).length).toBeGreaterThan(0)
    for (const m of LIBRARY) expect(checkLibraryMeasure({ ...m, en: 'translated' }, LIBRARY.filter((o) => o !== m))).toEqual({})
  })

  it('offers seed 001’s three property measures and seed 003’s for the weakest indicator', () => {
    expect(measuresFor(LIBRARY, 4).map((m) => m.id)).toEqual(['s001-i4-1', 's001-i4-2', 's001-i4-3', 's003-4.1', 's003-4.2', 's003-4.3'])
  })

  it('suggests measures only for indicators under a score, weakest first', () => {
    const suggested = suggestMeasures(SEED_001, LIBRARY, 81)
    expect([...new Set(suggested.map((s) => s.indicator))]).toEqual([4, 5])
  })

  it('stops offering a retired measure, except to a plan that already uses it', () => {
    const retired = LIBRARY.map((m) => (m.id === 's001-i4-2' ? { ...m, retired: true } : m))
    expect(measuresFor(retired, 4).map((m) => m.id)).not.toContain('s001-i4-2')
    expect(offeredMeasures(retired, 4, new Set()).map((m) => m.id)).not.toContain('s001-i4-2')
    expect(offeredMeasures(retired, 4, new Set(['s001-i4-2'])).map((m) => m.id)).toContain('s001-i4-2')
  })

  it('refuses no indicator, empty Thai or English, over-long text, and the same text twice on an indicator', () => {
    expect(Object.keys(checkLibraryMeasure({ indicator: 11, th: ' ', en: '', source: '' }, LIBRARY))).toEqual(['indicator', 'th', 'en'])
    const same = checkLibraryMeasure({ indicator: 4, th: LIBRARY.find((m) => m.id === 's001-i4-1')!.th, en: 'x', source: '' }, LIBRARY)
    expect(same.th?.en).toBe('This indicator already has a measure with the same text')
    expect(Object.keys(checkLibraryMeasure({ indicator: 4, th: 'ก'.repeat(501), en: 'x', source: 's'.repeat(201) }, LIBRARY))).toEqual(['th', 'source'])
  })
})

describe('plan items', () => {
  it('need an owner, a due date inside the plan year and whole-number progress 0–100', () => {
    expect(checkPlanItem(item(), 2565)).toEqual({})
    const problems = checkPlanItem(item({ owner: '', dueDate: isoDate('2022-10-01'), progress: 150 }), 2565)
    expect(Object.keys(problems)).toEqual(['owner', 'dueDate', 'progress'])
    // In progress needs how far: a percentage between the ends or a note.
    expect(Object.keys(checkPlanItem(item({ status: 'in_progress', progress: 0 }), 2565))).toEqual(['progress'])
    expect(checkPlanItem(item({ status: 'in_progress', progress: 0, note: 'ร่างคู่มือแล้ว' }), 2565)).toEqual({})
    expect(checkPlanItem(item({ status: 'in_progress', progress: 40 }), 2565)).toEqual({})
    expect(problems.dueDate?.th).toBe('วันครบกำหนดต้องอยู่ในปีงบประมาณ 2565')
  })

  it('are done, overdue, due soon, in progress or not started', () => {
    const today = isoDate('2022-06-20')
    expect(planItemState(item({ status: 'done', progress: 100, dueDate: isoDate('2022-01-01') }), today, 14)).toBe('done')
    expect(planItemState(item({ status: 'in_progress', progress: 50, dueDate: isoDate('2022-06-19') }), today, 14)).toBe('overdue')
    expect(planItemState(item({ dueDate: isoDate('2022-07-04') }), today, 14)).toBe('due-soon')
    expect(planItemState(item({ status: 'in_progress', progress: 10, dueDate: isoDate('2022-07-05') }), today, 14)).toBe('in-progress')
    expect(planItemState(item({ dueDate: isoDate('2022-09-30') }), today, 14)).toBe('not-started')
  })

  it('add up to the plan’s progress', () => {
    // Due 30 June (within 14 days of 20 June), 1 June (past) and a finished one: (100 + 50 + 0) / 3 = 50 %.
    const items = [item({ status: 'done', progress: 100 }), item({ status: 'in_progress', progress: 50 }), item({ progress: 0, dueDate: isoDate('2022-06-01') })]
    const progress = planProgress(items, isoDate('2022-06-20'), 14)
    expect(progress.percent).toBe(50)
    expect(progress.byState).toEqual({ done: 1, overdue: 1, 'due-soon': 1, 'in-progress': 0, 'not-started': 0 })
  })
})
