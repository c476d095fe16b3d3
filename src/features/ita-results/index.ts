// What other features may use of ITA results.
export { itaResultsRoutes } from './ita-results.routes.tsx'
export { loadDemoItaPlan, loadDemoItaResults } from './demo-ita-results.ts'
// The oversight home shows each agency's latest score and grade.
export { resultsOverview } from './ita-results.use-cases.ts'
