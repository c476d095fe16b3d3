/** What the ITA results tests share: results files as an oversight officer would fill them in. */
export const HEADER = 'agency,fiscal_year,indicator,score'

/** Ten rows for one agency-year; scores by indicator number 1–10. */
export function agencyRows(slug: string, year: number, scores: readonly (number | string)[]): string[] {
  return scores.map((s, i) => `${slug},${year},${i + 1},${s}`)
}

export const csvOf = (...rows: string[][]) => [HEADER, ...rows.flat()].join('\n')

// Seed 001: Nakhon Pathom's FY 2564 scores by indicator number; hand-checked total 90.63 (grade A).
export const SEED_001 = [90.5, 81.23, 84.6, 79.43, 80.66, 86.41, 87.21, 82.82, 100, 100]

export const same = (score: number) => Array<number>(10).fill(score)
