// What other features may use of this feature: its routes (app.ts).
export { contentIncidentRoutes } from './content-incidents.routes.tsx'
