import { describe, expect, it } from 'vitest'
import { DEFAULT_MATRIX, heatCounts, levelRank, matrixInForce, matrixProblems, riskLevel, textOn, type RiskMatrix } from './risk-matrix.domain.ts'
import { carriedForward, isOverdue } from './risks.domain.ts'
import type { IsoDate } from '../../platform/thai-calendar/index.ts'

const d = (s: string) => s as IsoDate

describe('risk matrix as data', () => {
  it('reads the default 5 × 5 bands', () => {
    expect(riskLevel(DEFAULT_MATRIX, 1, 1)?.key).toBe('low')
    expect(riskLevel(DEFAULT_MATRIX, 2, 2)?.key).toBe('medium')
    expect(riskLevel(DEFAULT_MATRIX, 3, 3)?.key).toBe('high')
    expect(riskLevel(DEFAULT_MATRIX, 5, 3)?.key).toBe('very_high')
    expect(riskLevel(DEFAULT_MATRIX, 6, 1)).toBeNull()
    expect(matrixProblems(DEFAULT_MATRIX)).toEqual([])
  })

  it('levels follow the matrix: change a cell or a colour and the level changes with it', () => {
    const stricter: RiskMatrix = { ...DEFAULT_MATRIX, cells: DEFAULT_MATRIX.cells.map((row, l) => row.map((c, i) => (l === 1 && i === 1 ? 'high' : c))) }
    expect(riskLevel(DEFAULT_MATRIX, 2, 2)?.key).toBe('medium')
    expect(riskLevel(stricter, 2, 2)?.key).toBe('high')
    const threeLevels: RiskMatrix = {
      likelihood: DEFAULT_MATRIX.likelihood.slice(0, 3),
      impact: DEFAULT_MATRIX.impact.slice(0, 3),
      levels: [
        { key: 'green', th: 'เขียว', en: 'Green', colour: '#00703c' },
        { key: 'amber', th: 'เหลือง', en: 'Amber', colour: '#ffdd00' },
        { key: 'red', th: 'แดง', en: 'Red', colour: '#d4351c' },
      ],
      cells: [
        ['green', 'green', 'amber'],
        ['green', 'amber', 'red'],
        ['amber', 'red', 'red'],
      ],
    }
    expect(riskLevel(threeLevels, 2, 3)).toEqual({ key: 'red', th: 'แดง', en: 'Red', colour: '#d4351c' })
    expect(riskLevel(threeLevels, 5, 5)).toBeNull()
    expect(levelRank(threeLevels, 'amber')).toBe(1)
    expect(matrixProblems({ ...threeLevels, cells: [['green', 'purple', 'red'], ...threeLevels.cells.slice(1)] })).toEqual(['unknown level purple'])
  })

  it('the agency’s own matrix wins over the province’s, which wins over the default', () => {
    const own: RiskMatrix = { ...DEFAULT_MATRIX, levels: DEFAULT_MATRIX.levels.map((l) => ({ ...l, colour: '#000000' })) }
    const province: RiskMatrix = { ...DEFAULT_MATRIX, cells: DEFAULT_MATRIX.cells.map((r) => r.map(() => 'very_high')) }
    expect(matrixInForce(['a', 'p'], new Map()).ownerId).toBeNull()
    expect(matrixInForce(['a', 'p'], new Map([['p', province]])).ownerId).toBe('p')
    expect(riskLevel(matrixInForce(['a', 'p'], new Map([['p', province]])).matrix, 1, 1)?.key).toBe('very_high')
    expect(matrixInForce(['a', 'p'], new Map([['p', province], ['a', own]])).matrix).toBe(own)
  })

  it('counts risks per cell for the heat map and picks readable text', () => {
    const counts = heatCounts(DEFAULT_MATRIX, [{ likelihood: 1, impact: 2 }, { likelihood: 1, impact: 2 }, { likelihood: 5, impact: 5 }, { likelihood: 7, impact: 1 }])
    expect(counts[0]![1]).toBe(2)
    expect(counts[4]![4]).toBe(1)
    expect(counts.flat().reduce((a, b) => a + b, 0)).toBe(3)
    expect(textOn('#ffdd00')).toBe('#0b0c0c')
    expect(textOn('#00703c')).toBe('#ffffff')
  })
})

describe('register rules', () => {
  it('a carried risk starts from last year’s residual', () => {
    expect(carriedForward({ residualLikelihood: 2, residualImpact: 3 })).toEqual({ inherentLikelihood: 2, inherentImpact: 3, residualLikelihood: 2, residualImpact: 3 })
  })
  it('overdue only while open and past its day', () => {
    expect(isOverdue({ status: 'planned', dueOn: d('2026-11-30') }, d('2026-12-01'))).toBe(true)
    expect(isOverdue({ status: 'done', dueOn: d('2026-11-30') }, d('2026-12-01'))).toBe(false)
    expect(isOverdue({ status: 'in_progress', dueOn: d('2026-12-01') }, d('2026-12-01'))).toBe(false)
  })
})
