import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, SummaryList } from '../../../web/components/display.tsx'
import type { OutboxMail } from '../outbox.repository.ts'
import { formatInstant } from '../../../web/format-time.ts'
import { MailStatus, deliveryState, type DeliveryMode } from './mail-status.tsx'

export function OutboxMailPage({ ctx, mail, delivery }: { ctx: PageContext; mail: OutboxMail; delivery: DeliveryMode }) {
  const t = ctx.t
  const title = mail.subject || t({ th: '(ไม่มีชื่อเรื่อง)', en: '(no subject)' })
  const dash = <span class="hint">–</span>
  return (
    <Layout ctx={ctx} title={title}>
      <a href="/admin/outbox" class="back-link" safe>
        {t({ th: 'กลับไปที่จดหมายออก', en: 'Back to the outbox' })}
      </a>
      <span class="caption-l" safe>
        {t({ th: 'จดหมายออก', en: 'Outbox' })}
      </span>
      <h1 class="heading-l" safe>
        {title}
      </h1>
      <SummaryList
        rows={[
          { key: t({ th: 'ถึง', en: 'To' }), value: <span safe>{mail.to_address}</span> },
          { key: t({ th: 'สถานะ', en: 'Status' }), value: <MailStatus ctx={ctx} status={mail.status} /> },
          { key: t({ th: 'การส่ง', en: 'Delivery' }), value: <span safe>{deliveryState(ctx, mail, delivery)}</span> },
          { key: t({ th: 'สร้างเมื่อ', en: 'Created' }), value: <span safe>{formatInstant(mail.created_at, ctx.locale)}</span> },
          { key: t({ th: 'ส่งเมื่อ', en: 'Sent' }), value: mail.sent_at ? <span safe>{formatInstant(mail.sent_at, ctx.locale)}</span> : dash },
          { key: t({ th: 'จำนวนครั้งที่ส่ง', en: 'Attempts' }), value: <span safe>{String(mail.attempts)}</span> },
          ...(mail.status === 'queued'
            ? [{ key: t({ th: 'ส่งครั้งต่อไป', en: 'Next attempt' }), value: <span safe>{formatInstant(mail.next_attempt_at, ctx.locale)}</span> }]
            : []),
          { key: t({ th: 'ข้อผิดพลาดล่าสุด', en: 'Last error' }), value: mail.last_error ? <pre class="mail-error" safe>{mail.last_error}</pre> : dash },
          ...(mail.smtp_message_id ? [{ key: t({ th: 'รหัสข้อความ (Message-ID)', en: 'Message-ID' }), value: <code safe>{mail.smtp_message_id}</code> }] : []),
        ]}
      />
      {mail.status === 'failed' ? (
        <form method="post" action={`/admin/outbox/${mail.id}/send-again`}>
          <CsrfField token={ctx.csrfToken} />
          <Button text={t({ th: 'ส่งอีกครั้ง', en: 'Send again' })} kind="secondary" />
        </form>
      ) : (
        ''
      )}
      <h2 class="heading-m" safe>
        {t({ th: 'ข้อความ', en: 'Message' })}
      </h2>
      <pre class="mail-body" safe>
        {mail.body_text}
      </pre>
    </Layout>
  )
}
