// What other features may use of this feature.
export { procurementRoutes } from './procurement.routes.ts'
export { loadDemoProcurement } from './demo-procurement.ts'
