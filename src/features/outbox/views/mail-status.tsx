import type { OutboxListItem } from '../outbox.repository.ts'
import type { Bilingual } from '../../../platform/i18n/locale.ts'
import type { PageContext } from '../../../web/page-context.ts'
import { Tag, type TagColour } from '../../../web/components/display.tsx'
import { formatInstant } from '../../../web/format-time.ts'

type Status = OutboxListItem['status']

/** 'smtp' when a mail server is configured; 'kept' when mail only waits here for an admin to read. */
export type DeliveryMode = 'smtp' | 'kept'

const STATUS: Record<Status, { label: Bilingual; colour: TagColour }> = {
  queued: { label: { th: 'รอส่ง', en: 'Queued' }, colour: 'blue' },
  sent: { label: { th: 'ส่งแล้ว', en: 'Sent' }, colour: 'green' },
  failed: { label: { th: 'ส่งไม่สำเร็จ', en: 'Failed' }, colour: 'red' },
}

export function MailStatus({ ctx, status }: { ctx: PageContext; status: Status }) {
  const s = STATUS[status] ?? { label: { th: status, en: status }, colour: 'grey' as const }
  return <Tag text={ctx.t(s.label)} colour={s.colour} />
}

/** Where delivery stands, in a sentence: when it went, when it is tried next, or why it stopped. */
export function deliveryState(ctx: PageContext, mail: Pick<OutboxListItem, 'status' | 'attempts' | 'next_attempt_at' | 'sent_at'>, delivery: DeliveryMode): string {
  const t = ctx.t
  const at = (d: Date) => formatInstant(d, ctx.locale)
  switch (mail.status) {
    case 'sent':
      return mail.sent_at ? t({ th: 'ส่งถึงเซิร์ฟเวอร์อีเมลเมื่อ {at}', en: 'Handed to the mail server {at}' }, { at: at(mail.sent_at) }) : t({ th: 'ส่งแล้ว', en: 'Sent' })
    case 'failed':
      return t({ th: 'หยุดส่งหลังพยายาม {n} ครั้ง', en: 'Stopped after {n} attempts' }, { n: mail.attempts })
    case 'queued':
      if (delivery === 'kept') return t({ th: 'เก็บไว้ในระบบ ไม่ได้ส่งออก', en: 'Kept here, not sent' })
      if (mail.attempts === 0) return t({ th: 'รอส่งรอบถัดไป', en: 'Waiting for the next delivery run' })
      return t({ th: 'ส่งไม่สำเร็จ {n} ครั้ง จะลองอีกครั้ง {at}', en: 'Tried {n} times; next try {at}' }, { n: mail.attempts, at: at(mail.next_attempt_at) })
    default:
      return ''
  }
}
