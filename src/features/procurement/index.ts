// What other features may use of this feature.
export { procurementRoutes } from './procurement.routes.ts'
export { loadDemoProcurement } from './demo-procurement.ts'
// For the sitemap: every agency's published plans and months.
export { listAllPublishedRecords as listAllPublishedProcurementRecords } from './procurement.repository.ts'
// For the conflict-of-interest screen: a month's สขร.1 rows with their bidders' names.
export { procurementRowsOfMonth, type ProcurementRegisterRow } from './procurement-register-read.ts'
