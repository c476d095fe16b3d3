// What other features may use of this feature.
export { developmentPlanRoutes } from './development-plan.routes.ts'
export { loadDemoDevelopmentPlan } from './demo-development-plan.ts'
