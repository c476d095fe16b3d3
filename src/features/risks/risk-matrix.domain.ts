import type { Bilingual } from '../../platform/i18n/locale.ts'

/**
 * The likelihood × impact matrix is data, not code: each agency may keep its own, else its
 * province's applies, else the default below (the 5 × 5 matrix the NACC's risk guide uses).
 * A risk stores only its likelihood and impact; its level is read from the matrix in force, so a
 * changed matrix changes every level that depends on it.
 */
export type MatrixLevel = { key: string; th: string; en: string; colour: string }
export type RiskMatrix = {
  likelihood: Bilingual[]
  impact: Bilingual[]
  /** From the lowest to the highest. */
  levels: MatrixLevel[]
  /** cells[likelihood - 1][impact - 1] = a level key. */
  cells: string[][]
}

const FIVE_LIKELIHOOD: Bilingual[] = [
  { th: 'น้อยมาก', en: 'Rare' },
  { th: 'น้อย', en: 'Unlikely' },
  { th: 'ปานกลาง', en: 'Possible' },
  { th: 'สูง', en: 'Likely' },
  { th: 'สูงมาก', en: 'Almost certain' },
]
const FIVE_IMPACT: Bilingual[] = [
  { th: 'น้อยมาก', en: 'Negligible' },
  { th: 'น้อย', en: 'Minor' },
  { th: 'ปานกลาง', en: 'Moderate' },
  { th: 'สูง', en: 'Major' },
  { th: 'สูงมาก', en: 'Severe' },
]

export const DEFAULT_LEVELS: MatrixLevel[] = [
  { key: 'low', th: 'ต่ำ', en: 'Low', colour: '#00703c' },
  { key: 'medium', th: 'ปานกลาง', en: 'Medium', colour: '#ffdd00' },
  { key: 'high', th: 'สูง', en: 'High', colour: '#f47738' },
  { key: 'very_high', th: 'สูงมาก', en: 'Very high', colour: '#d4351c' },
]

/** Score bands of the default: 1–3 low, 4–8 medium, 9–14 high, 15–25 very high. */
function defaultCell(l: number, i: number): string {
  const s = l * i
  return s >= 15 ? 'very_high' : s >= 9 ? 'high' : s >= 4 ? 'medium' : 'low'
}

export const DEFAULT_MATRIX: RiskMatrix = {
  likelihood: FIVE_LIKELIHOOD,
  impact: FIVE_IMPACT,
  levels: DEFAULT_LEVELS,
  cells: FIVE_LIKELIHOOD.map((_, l) => FIVE_IMPACT.map((_, i) => defaultCell(l + 1, i + 1))),
}

/** The level of a likelihood and impact on a matrix; null when off the matrix (it shrank). */
export function riskLevel(matrix: RiskMatrix, likelihood: number, impact: number): MatrixLevel | null {
  const key = matrix.cells[likelihood - 1]?.[impact - 1]
  return matrix.levels.find((l) => l.key === key) ?? null
}

/** The rank of a level (0 = lowest), for sorting and "top risks"; -1 when unknown. */
export function levelRank(matrix: RiskMatrix, key: string | undefined): number {
  return matrix.levels.findIndex((l) => l.key === key)
}

/** A matrix is usable when every cell names one of its levels and the axes match the cells. */
export function matrixProblems(m: RiskMatrix): string[] {
  const problems: string[] = []
  if (m.levels.length < 2) problems.push('at least two levels')
  if (new Set(m.levels.map((l) => l.key)).size !== m.levels.length) problems.push('level keys repeat')
  if (m.cells.length !== m.likelihood.length) problems.push('rows differ from likelihood levels')
  for (const row of m.cells) {
    if (row.length !== m.impact.length) problems.push('columns differ from impact levels')
    for (const c of row) if (!m.levels.some((l) => l.key === c)) problems.push(`unknown level ${c}`)
  }
  return problems
}

/** Which matrix applies: the agency's own, else the nearest body above it that keeps one, else the default. */
export function matrixInForce(path: readonly string[], kept: ReadonlyMap<string, RiskMatrix>): { matrix: RiskMatrix; ownerId: string | null } {
  for (const id of path) {
    const m = kept.get(id)
    if (m) return { matrix: m, ownerId: id }
  }
  return { matrix: DEFAULT_MATRIX, ownerId: null }
}

/** Counts per cell (likelihood-major), for the heat map. */
export function heatCounts(matrix: RiskMatrix, points: readonly { likelihood: number; impact: number }[]): number[][] {
  const counts = matrix.likelihood.map(() => matrix.impact.map(() => 0))
  for (const p of points) {
    const row = counts[p.likelihood - 1]
    if (row && p.impact >= 1 && p.impact <= row.length) row[p.impact - 1]! += 1
  }
  return counts
}

/** Text colour that reads on a level's colour (WCAG contrast on the filled cell). */
export function textOn(colour: string): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour)?.[1]
  if (!hex) return '#0b0c0c'
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  const lum = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  // Contrast with black vs white: pick the higher.
  return (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) ? '#0b0c0c' : '#ffffff'
}
