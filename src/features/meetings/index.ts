// What other features may use of this feature: its routes (app.ts) and its demo records.
export { meetingsRoutes } from './meetings.routes.tsx'
export { loadDemoMeetings } from './demo-meetings.ts'
