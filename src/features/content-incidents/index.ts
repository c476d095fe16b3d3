// What other features may use of this feature.
export { contentIncidentRoutes } from './content-incidents.routes.ts'
