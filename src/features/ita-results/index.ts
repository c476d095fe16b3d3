// What other features may use of ITA results.
export { itaResultsRoutes } from './ita-results.routes.tsx'
export { loadDemoItaPlan, loadDemoItaResults } from './demo-ita-results.ts'
// The measure library and indicator names, offered when oversight writes an announcement of measures (A1).
export { MEASURE_LIBRARY } from './measure-library.data.ts'
export { ITA_INDICATORS } from './ita-score.domain.ts'
// The oversight home shows each agency's latest score and grade.
export { resultsOverview } from './ita-results.use-cases.ts'
