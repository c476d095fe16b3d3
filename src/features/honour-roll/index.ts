// What other features may use of this feature: its routes (app.ts) and its demo content (demo-data).
export { honourRollRoutes } from './honour-roll.routes.ts'
export { loadDemoHonourRoll } from './demo-honour-roll.ts'
