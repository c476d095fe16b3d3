// What other features may use of this feature.
export { executivesRoutes } from './executives.routes.ts'
export { loadDemoExecutives } from './demo-executives.ts'
