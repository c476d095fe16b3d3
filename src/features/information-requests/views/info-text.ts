import type { Bilingual } from '../../../platform/i18n/locale.ts'
import type { TagColour } from '../../../web/components/display.tsx'
import type { Lateness, RequestState } from '../info-requests.domain.ts'

export const CENTRE_TITLE: Bilingual = { th: 'ศูนย์ข้อมูลข่าวสาร', en: 'Official information centre' }
export const STATE_COLOURS: Record<RequestState, TagColour> = {
  received: 'blue',
  clarification: 'yellow',
  in_progress: 'blue',
  extended: 'purple',
  answered_full: 'green',
  answered_part: 'green',
  refused: 'red',
  transferred: 'grey',
}
export const LATENESS_COLOURS: Record<Lateness, TagColour> = { on_time: 'grey', overdue: 'yellow', very_overdue: 'red' }
