import type { TagColour } from '../../../web/components/display.tsx'
import type { ReportStatus } from '../oversight-report.domain.ts'

export const STATUS_COLOURS: Record<ReportStatus, TagColour> = {
  not_started: 'grey',
  draft: 'yellow',
  awaiting_head: 'purple',
  submitted: 'blue',
  returned: 'red',
  resubmitted: 'blue',
  accepted: 'green',
}

export const percent = (v: number | null) => (v === null ? '–' : `${Math.round(v * 1000) / 10}%`)
