// What other features may use of information requests: routes (app.ts), reminders (worker.ts), the demo.
export { informationRequestRoutes } from './info-requests.routes.tsx'
export { sendInfoRequestReminders } from './info-request-reminders.ts'
export { loadDemoInfoRequests } from './demo-info-requests.ts'
