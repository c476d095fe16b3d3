// What other features may use of this feature: its routes (app.ts) and its demo records.
export { conflictScreenRoutes } from './conflict-screen.routes.tsx'
export { loadDemoConflictScreen } from './demo-conflict-screen.ts'
