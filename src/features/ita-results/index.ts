// What other features may use of ITA results.
export { itaResultsRoutes } from './ita-results.routes.tsx'
export { loadDemoItaPlan, loadDemoItaResults } from './demo-ita-results.ts'
// The scoring rules and formula, for estimates made elsewhere (the surveys' self-assessment).
export { ITA_INDICATORS, rulesForFiscalYear, scoreIta, type IndicatorNumber, type IndicatorScores, type ItaScore, type ItaScoringRules } from './ita-score.domain.ts'
export { ITA_SCORING_RULES } from './ita-scoring-rules.data.ts'
