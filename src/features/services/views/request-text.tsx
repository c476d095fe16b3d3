import type { Translate } from '../../../platform/i18n/locale.ts'
import type { HolidayDates, IsoDate } from '../../../platform/thai-calendar/index.ts'
import { Tag, type TagColour } from '../../../web/components/display.tsx'
import { CHANNEL_LABELS, isResultChannel, STATUS_LABELS, urgencyOf, type RequestStatus, type Urgency } from '../service-requests.domain.ts'

const URGENCY: Record<Urgency, { th: string; en: string; colour: TagColour }> = {
  overdue: { th: 'เกินกำหนด', en: 'Overdue', colour: 'red' },
  due_soon: { th: 'ใกล้ครบกำหนด', en: 'Due soon', colour: 'yellow' },
  on_track: { th: 'ตามกำหนด', en: 'On track', colour: 'green' },
  paused: { th: 'หยุดนับเวลา (รอเอกสาร)', en: 'Clock stopped (documents)', colour: 'purple' },
  closed: { th: 'เสร็จสิ้น', en: 'Closed', colour: 'grey' },
}

export function UrgencyTag({ t, request, today, holidays }: { t: Translate; request: { status: RequestStatus; dueOn: IsoDate | null }; today: IsoDate; holidays: HolidayDates }) {
  const u = URGENCY[urgencyOf(request, today, holidays)]
  return <Tag text={t(u)} colour={u.colour} />
}

export function statusText(t: Translate, status: RequestStatus): string {
  return t(STATUS_LABELS[status])
}

export function channelText(t: Translate, channel: string | null): string {
  return channel && isResultChannel(channel) ? t(CHANNEL_LABELS[channel]) : ''
}

export const EVENT_LABELS: Record<string, { th: string; en: string }> = {
  filed: { th: 'รับคำขอ', en: 'Request filed' },
  assigned: { th: 'มอบหมายผู้รับผิดชอบ', en: 'Officer assigned' },
  started: { th: 'เริ่มพิจารณา', en: 'Consideration started' },
  more_documents: { th: 'แจ้งขอเอกสารเพิ่มเติม (หยุดนับเวลา)', en: 'More documents requested (clock stopped)' },
  documents_received: { th: 'ได้รับเอกสารครบ (นับเวลาต่อ)', en: 'Documents received (clock restarted)' },
  delay_notice: { th: 'แจ้งขยายระยะเวลา', en: 'Delay notice' },
  approved: { th: 'แจ้งผล: อนุญาต / แล้วเสร็จ', en: 'Result notified: approved' },
  refused: { th: 'แจ้งผล: ไม่อนุญาต พร้อมเหตุผล', en: 'Result notified: refused with reasons' },
  withdrawn: { th: 'ถอนคำขอ', en: 'Withdrawn' },
}
