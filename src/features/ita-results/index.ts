// What other features may use of ITA results.
export { itaResultsRoutes } from './ita-results.routes.tsx'
export { loadDemoItaPlan, loadDemoItaResults } from './demo-ita-results.ts'
// The measure library and indicator names, offered when oversight writes an announcement of measures (A1).
export { MEASURE_LIBRARY } from './measure-library.data.ts'
// The oversight home shows each agency's latest score and grade.
export { resultsOverview } from './ita-results.use-cases.ts'
// The scoring rules and formula, for estimates made elsewhere (the surveys' self-assessment).
export { ITA_INDICATORS, rulesForFiscalYear, scoreIta, type IndicatorNumber, type IndicatorScores, type ItaScore, type ItaScoringRules } from './ita-score.domain.ts'
export { ITA_SCORING_RULES } from './ita-scoring-rules.data.ts'
// An agency's imported official result of one year, for the surveys' self-assessment to compare with.
export { officialResultOf } from './official-result.ts'
export type { ScoredResult } from './ita-results.use-cases.ts'
