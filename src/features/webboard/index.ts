// What other features may use of the webboard: its routes (app.ts), its daily reminders (worker.ts) and the demo.
export { webboardRoutes } from './webboard.routes.tsx'
export { sendWebboardReminders } from './webboard-reminders.ts'
export { loadDemoWebboard } from './demo-webboard.ts'
// The median the response figures use; information-request statistics use the same.
export { median } from './webboard.domain.ts'
// Consultation comments are held by the same automatic rules as webboard posts.
export { blockedWords, holdReasons } from './webboard-moderation.domain.ts'
export { HOLD_REASON_LABELS } from './webboard-moderation.domain.ts'
