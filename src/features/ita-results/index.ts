// What other features may use of ITA results.
export { itaResultsRoutes } from './ita-results.routes.tsx'
export { loadDemoItaPlan, loadDemoItaResults } from './demo-ita-results.ts'
