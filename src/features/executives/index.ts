// What other features may use of this feature: its routes (app.ts) and its demo content (demo-data).
export { executivesRoutes } from './executives.routes.ts'
export { loadDemoExecutives } from './demo-executives.ts'
