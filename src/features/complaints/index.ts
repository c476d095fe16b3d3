// What other features may use of complaints.
export { loadDemoComplaints, DEMO_RECEIPT } from './demo-complaints.ts'
export { deleteStalePendingUploads } from './complaint-evidence.ts'
export { complaintsDaily, sendDeadlineReminders } from './complaint-reminders.ts'
export { publishedStatistics, type PublishedStatistics } from './complaint-statistics.use-cases.ts'
// The receipt format (80 random bits, four groups of four): the webboard and comment box give the same kind of code.
export { formatReceipt, normaliseReceipt, receiptFromBytes } from './receipt.domain.ts'
// The comment box forwards a comment to the complaint desk as a complaint (filed by a complaint officer).
export { submitComplaint } from './complaint-intake.use-cases.ts'
export { WRONGDOING_KINDS, WRONGDOING_LABELS } from './complaint-workflow.domain.ts'
// The oversight home shows each agency's overdue complaints.
export { overdueBelow } from './complaint-overdue-rollup.use-cases.ts'
// The staff home's counts.
export { complaintCounts, type ComplaintCounts } from './complaint-counts.ts'
