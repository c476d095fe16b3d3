// What other features may use of this feature: its routes (app.ts) and its demo records.
export { risksRoutes } from './risks.routes.tsx'
export { loadDemoRisks } from './demo-risks.ts'
