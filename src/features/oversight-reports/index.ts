// What other features may use of the oversight reporting cycle: its routes (app.ts), the daily
// job that opens periods, and the demo loader.
export { oversightReportRoutes } from './oversight-reports.routes.tsx'
export { openDuePeriods } from './oversight-schedules.use-cases.ts'
export { loadDemoOversightReports } from './demo-oversight-reports.ts'
export { oversightReportsDaily } from './oversight-reminders.ts'
// The oversight home shows each agency's latest report and its state.
export { oversightDashboard } from './oversight-dashboard.use-cases.ts'
export { STATUS_LABELS as REPORT_STATUS_LABELS } from './oversight-report.domain.ts'
// The staff home's counts.
export { reportCounts, type ReportCounts } from './oversight-report-counts.ts'
