import type { OutboxMail } from '../outbox.repository.ts'
import type { Bilingual } from '../../../platform/i18n/locale.ts'
import type { PageContext } from '../../../web/page-context.ts'
import { Tag, type TagColour } from '../../../web/components/display.tsx'

type Status = OutboxMail['status']

const STATUS: Record<Status, { label: Bilingual; colour: TagColour }> = {
  queued: { label: { th: 'รอส่ง', en: 'Queued' }, colour: 'blue' },
  sent: { label: { th: 'ส่งแล้ว', en: 'Sent' }, colour: 'green' },
  failed: { label: { th: 'ส่งไม่สำเร็จ', en: 'Failed' }, colour: 'red' },
}

export function MailStatus({ ctx, status }: { ctx: PageContext; status: Status }) {
  const s = STATUS[status] ?? { label: { th: status, en: status }, colour: 'grey' as const }
  return <Tag text={ctx.t(s.label)} colour={s.colour} />
}
