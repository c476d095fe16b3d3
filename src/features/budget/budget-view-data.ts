import { renderChartSvg } from '../../platform/charts/index.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import { quarterChart, shareChart } from './budget-charts.ts'
import type { PlanTotals } from './budget.domain.ts'
import type { BudgetCharts } from './views/budget-report.tsx'

/** The infographic of a version, drawn once per render (the public page cache keeps the result). */
export function renderBudgetCharts(totals: PlanTotals, fiscalYear: number, locale: Locale): BudgetCharts {
  const share = shareChart(totals, fiscalYear)
  return { quarters: renderChartSvg(quarterChart(totals, fiscalYear), { locale }), share: share ? renderChartSvg(share, { locale }) : undefined }
}
