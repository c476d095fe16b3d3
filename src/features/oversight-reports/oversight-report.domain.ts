import type { IsoDate } from '../../platform/thai-calendar/index.ts'

/**
 * A report's life (A4). The same pairs are written into the trigger on
 * oversight_reports (migration); this declaration lets the use cases refuse first with a typed error.
 * Late is not a state: it is judged from the first submission against the period's deadline.
 */
export const REPORT_STATUSES = ['not_started', 'draft', 'awaiting_head', 'submitted', 'returned', 'resubmitted', 'accepted'] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]

export const STATUS_LABELS: Record<ReportStatus, { th: string; en: string }> = {
  not_started: { th: 'ยังไม่เริ่ม', en: 'Not started' },
  draft: { th: 'ร่าง', en: 'Draft' },
  awaiting_head: { th: 'รอหัวหน้าหน่วยงานลงนาม', en: 'Awaiting the head' },
  submitted: { th: 'ส่งแล้ว', en: 'Submitted' },
  returned: { th: 'ส่งกลับให้แก้ไข', en: 'Returned' },
  resubmitted: { th: 'ส่งใหม่แล้ว', en: 'Resubmitted' },
  accepted: { th: 'รับรายงานแล้ว', en: 'Accepted' },
}

export type Command = 'save' | 'send_to_head' | 'send_back' | 'sign_and_submit' | 'accept' | 'return'

export type Standing = { contributor: boolean; coordinator: boolean; head: boolean; oversight: boolean }

const EDITABLE: ReportStatus[] = ['not_started', 'draft', 'returned']

/** Who may do what, in which state. */
export function can(s: Standing, status: ReportStatus, command: Command, period: { open: boolean }): boolean {
  switch (command) {
    case 'save':
      return (s.contributor || s.coordinator || s.head) && EDITABLE.includes(status) && period.open
    case 'send_to_head':
      return (s.coordinator || s.head) && (status === 'draft' || status === 'returned') && period.open
    case 'send_back':
      return s.head && status === 'awaiting_head'
    case 'sign_and_submit':
      return s.head && status === 'awaiting_head' && period.open
    case 'accept':
    case 'return':
      return s.oversight && (status === 'submitted' || status === 'resubmitted')
  }
}

/** The state a command leads to; `submissions` tells a first submission from a resubmission. */
export function nextStatus(status: ReportStatus, command: Command, submissions: number): ReportStatus {
  switch (command) {
    case 'save':
      return status === 'not_started' ? 'draft' : status
    case 'send_to_head':
      return 'awaiting_head'
    case 'send_back':
      return submissions > 0 ? 'returned' : 'draft'
    case 'sign_and_submit':
      return submissions > 0 ? 'resubmitted' : 'submitted'
    case 'accept':
      return 'accepted'
    case 'return':
      return 'returned'
  }
}

export const TRANSITIONS: [ReportStatus, ReportStatus][] = [
  ['not_started', 'draft'],
  ['draft', 'awaiting_head'],
  ['awaiting_head', 'draft'],
  ['awaiting_head', 'submitted'],
  ['draft', 'submitted'],
  ['submitted', 'returned'],
  ['submitted', 'accepted'],
  ['returned', 'awaiting_head'],
  ['awaiting_head', 'returned'],
  ['returned', 'resubmitted'],
  ['awaiting_head', 'resubmitted'],
  ['resubmitted', 'returned'],
  ['resubmitted', 'accepted'],
]

/** Received: it went to oversight at least once (whatever happened after). */
export const hasBeenSubmitted = (r: { submissions: number }) => r.submissions > 0

/** Late: first sent after the deadline, or still not sent once the deadline has passed. */
export function isLate(r: { firstSubmittedOn: IsoDate | null }, deadline: IsoDate, today: IsoDate): boolean {
  return r.firstSubmittedOn ? r.firstSubmittedOn > deadline : today > deadline
}

export type RateRow = { submissions: number; firstSubmittedOn: IsoDate | null; deadline: IsoDate }
export type Rates = { expected: number; received: number; onTime: number; reportingRate: number | null; timeliness: number | null }

/**
 * Reporting rate = received ÷ expected, timeliness = on time ÷ expected. Expected counts the rows
 * fixed when the period opened, so an agency added later can never push a rate above 100 %.
 */
export function ratesOf(rows: RateRow[]): Rates {
  const expected = rows.length
  const received = rows.filter(hasBeenSubmitted).length
  const onTime = rows.filter((r) => r.firstSubmittedOn !== null && r.firstSubmittedOn <= r.deadline).length
  return { expected, received, onTime, reportingRate: expected ? received / expected : null, timeliness: expected ? onTime / expected : null }
}

export type ReminderKind = 'before' | 'due_day' | 'overdue'

/**
 * Which reminder a report not yet sent is due on `today`: from `daysBefore` business days before
 * the deadline ('before'), on the day ('due_day'), after it ('overdue'). Each goes once (the job
 * claims it), so a day the job did not run is caught up the next day.
 */
export function reminderDue(today: IsoDate, deadline: IsoDate, beforeFrom: IsoDate): ReminderKind | null {
  if (today > deadline) return 'overdue'
  if (today === deadline) return 'due_day'
  if (today >= beforeFrom) return 'before'
  return null
}
