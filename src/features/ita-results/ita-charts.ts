import type { ChartSpec } from '../../platform/charts/index.ts'
import type { RankedEntry, TrendPoint } from './ita-score.domain.ts'
import type { ProvinceYear } from './ita-results.use-cases.ts'

/** Room for one agency's bar and its name, and for the axes and title around them. */
export const RANKING_ROW_HEIGHT = 26
const RANKING_FRAME_HEIGHT = 90

/**
 * The province's agencies for one year, highest first (only agencies with a result): horizontal
 * bars with each agency's rank and name on its own line, so a province of 30 or more stays
 * readable; the chart grows with the count.
 */
export function rankingChart(ranking: readonly RankedEntry<{ name: string; total: number | null }>[], year: number): ChartSpec | undefined {
  const scoredRows = ranking.filter((r) => r.entry.total !== null)
  if (scoredRows.length === 0) return undefined
  const best = scoredRows[0]!
  return {
    id: 'ita-ranking',
    kind: 'bar',
    title: { th: `คะแนน ITA ปีงบประมาณ ${year} เรียงจากมากไปน้อย`, en: `ITA scores for fiscal year ${year}, highest first` },
    description: {
      th: `${scoredRows.length} หน่วยงาน คะแนนสูงสุด ${best.entry.total!.toFixed(2)} (${best.entry.name})`,
      en: `${scoredRows.length} agencies; highest ${best.entry.total!.toFixed(2)} (${best.entry.name})`,
    },
    categories: scoredRows.map((r) => ({ th: `${r.rank}. ${r.entry.name}`, en: `${r.rank}. ${r.entry.name}` })),
    series: [{ name: { th: 'คะแนนรวม', en: 'Total score' }, values: scoredRows.map((r) => r.entry.total!) }],
    categoryHeader: { th: 'อันดับและหน่วยงาน', en: 'Rank and agency' },
    valueLabel: { th: 'คะแนนรวม', en: 'Total score' },
    horizontal: true,
    height: Math.max(240, RANKING_FRAME_HEIGHT + RANKING_ROW_HEIGHT * scoredRows.length),
  }
}

/** One agency's totals across the years it has results for. */
export function trendChart(trend: readonly TrendPoint[]): ChartSpec | undefined {
  if (trend.length === 0) return undefined
  const last = trend[trend.length - 1]!
  return {
    id: 'ita-trend',
    kind: trend.length > 1 ? 'line' : 'bar',
    title: { th: 'คะแนน ITA รายปี', en: 'ITA score by year' },
    description: {
      th: `ปีงบประมาณ ${trend[0]!.fiscalYear}–${last.fiscalYear} ล่าสุด ${last.total.toFixed(2)}${last.change === null ? '' : ` (${last.change >= 0 ? '+' : ''}${last.change.toFixed(2)} จากปี ${last.sinceFiscalYear})`}`,
      en: `Fiscal years ${trend[0]!.fiscalYear}–${last.fiscalYear}; latest ${last.total.toFixed(2)}${last.change === null ? '' : ` (${last.change >= 0 ? '+' : ''}${last.change.toFixed(2)} since ${last.sinceFiscalYear})`}`,
    },
    categories: trend.map((p) => ({ th: String(p.fiscalYear), en: String(p.fiscalYear) })),
    series: [{ name: { th: 'คะแนนรวม', en: 'Total score' }, values: trend.map((p) => p.total) }],
    categoryHeader: { th: 'ปีงบประมาณ', en: 'Fiscal year' },
    valueLabel: { th: 'คะแนนรวม', en: 'Total score' },
  }
}

/** The agencies overseen across the years: their mean total. */
export function provinceTrendChart(years: readonly ProvinceYear[]): ChartSpec | undefined {
  if (years.length < 2) return undefined
  const last = years[years.length - 1]!
  return {
    id: 'ita-province-trend',
    kind: 'line',
    title: { th: 'คะแนน ITA เฉลี่ยของหน่วยงานในกำกับ รายปี', en: 'Mean ITA score of the agencies overseen, by year' },
    description: {
      th: `ปีงบประมาณ ${years[0]!.fiscalYear}–${last.fiscalYear} ปีล่าสุดเฉลี่ย ${last.mean.toFixed(2)} จาก ${last.agencies} หน่วยงาน ผ่านเกณฑ์ ${last.meeting} หน่วยงาน`,
      en: `Fiscal years ${years[0]!.fiscalYear}–${last.fiscalYear}; latest mean ${last.mean.toFixed(2)} over ${last.agencies} agencies, ${last.meeting} at or above the target`,
    },
    categories: years.map((y) => ({ th: String(y.fiscalYear), en: String(y.fiscalYear) })),
    series: [{ name: { th: 'คะแนนเฉลี่ย', en: 'Mean score' }, values: years.map((y) => y.mean) }],
    categoryHeader: { th: 'ปีงบประมาณ', en: 'Fiscal year' },
    valueLabel: { th: 'คะแนนเฉลี่ย', en: 'Mean score' },
  }
}
