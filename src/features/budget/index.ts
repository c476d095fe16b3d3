// What other features may use of this feature.
export { budgetRoutes } from './budget.routes.ts'
export { loadDemoBudget } from './demo-budget.ts'
