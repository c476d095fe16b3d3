// What other features may use of this feature.
export { budgetRoutes } from './budget.routes.ts'
export { loadDemoBudget } from './demo-budget.ts'
// For the sitemap: every agency's published years.
export { listAllPublishedYears as listAllPublishedBudgetYears } from './budget.repository.ts'
