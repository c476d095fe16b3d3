// What other features may use of this feature: its routes (app.ts), its daily reminders (worker.ts) and its demo records.
export { propertyRoutes } from './property.routes.tsx'
export { propertyDaily } from './property.use-cases.ts'
export { loadDemoProperty } from './demo-property.ts'
