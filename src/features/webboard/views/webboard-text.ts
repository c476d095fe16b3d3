import type { Bilingual } from '../../../platform/i18n/locale.ts'

export const BOARD_TITLE: Bilingual = { th: 'เว็บบอร์ดถาม–ตอบ', en: 'Questions and answers' }
export const OFFICIAL_ANSWER: Bilingual = { th: 'คำตอบอย่างเป็นทางการของหน่วยงาน', en: 'Official answer of the agency' }
export const STATUS_LABELS: Record<string, Bilingual> = {
  pending: { th: 'รอตรวจสอบ', en: 'Awaiting moderation' },
  published: { th: 'เผยแพร่แล้ว', en: 'Published' },
  rejected: { th: 'ไม่เผยแพร่', en: 'Not published' },
}
export const URGENCY_LABELS: Record<string, Bilingual> = {
  overdue: { th: 'เลยกำหนดตอบ', en: 'Overdue' },
  due_today: { th: 'ครบกำหนดวันนี้', en: 'Due today' },
  on_track: { th: 'ยังไม่ถึงกำหนด', en: 'On track' },
}
