// What other features may use of this feature: its routes (app.ts), its demo content (demo-data)
// and the public addresses of published manuals (for the OIT workspace and the portal to link).
export { servicesRoutes } from './services.routes.ts'
export { loadDemoServices } from './demo-services.ts'
export { publishedManualLinks, type PublishedManualLink } from './services-links.ts'
export { serviceRemindersDaily } from './service-reminders.ts'
