import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { NotificationBanner, Table, type Column } from '../../../web/components/display.tsx'
import { Pagination } from '../../../web/components/pagination.tsx'
import type { OutboxListItem } from '../outbox.repository.ts'
import type { OutboxPage } from '../outbox.use-cases.ts'
import { formatInstant } from '../../../web/format-time.ts'
import { MailStatus, deliveryState, type DeliveryMode } from './mail-status.tsx'

const ERROR_PREVIEW = 80

function columns(ctx: PageContext, delivery: DeliveryMode): Column<OutboxListItem>[] {
  const t = ctx.t
  const dash = <span class="hint">–</span>
  return [
    { header: t({ th: 'สร้างเมื่อ', en: 'Created' }), cell: (m) => <span safe>{formatInstant(m.created_at, ctx.locale)}</span> },
    {
      header: t({ th: 'สถานะ', en: 'Status' }),
      cell: (m) => (
        <>
          <MailStatus ctx={ctx} status={m.status} />
          <br />
          <span class="hint" data-delivery safe>
            {deliveryState(ctx, m, delivery)}
          </span>
        </>
      ),
    },
    { header: t({ th: 'ถึง', en: 'To' }), cell: (m) => <span safe>{m.to_address}</span> },
    {
      header: t({ th: 'เรื่อง', en: 'Subject' }),
      cell: (m) => (
        <a href={`/admin/outbox/${m.id}`} safe>
          {m.subject || t({ th: '(ไม่มีชื่อเรื่อง)', en: '(no subject)' })}
        </a>
      ),
    },
    { header: t({ th: 'จำนวนครั้งที่ส่ง', en: 'Attempts' }), numeric: true, cell: (m) => <span safe>{String(m.attempts)}</span> },
    {
      header: t({ th: 'ข้อผิดพลาดล่าสุด', en: 'Last error' }),
      cell: (m) =>
        m.last_error ? (
          <span safe>{m.last_error.length > ERROR_PREVIEW ? `${m.last_error.slice(0, ERROR_PREVIEW - 1)}…` : m.last_error}</span>
        ) : (
          dash
        ),
    },
  ]
}

export function OutboxListPage({ ctx, result, delivery }: { ctx: PageContext; result: OutboxPage; delivery: DeliveryMode }) {
  const t = ctx.t
  const title = t({ th: 'จดหมายออก', en: 'Outbox' })
  const first = (result.page - 1) * result.pageSize + 1
  const last = first + result.mails.length - 1
  return (
    <Layout ctx={ctx} title={title} wide>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      {delivery === 'kept' ? (
        <NotificationBanner title={t({ th: 'ยังไม่ได้ตั้งค่าการส่งอีเมล', en: 'Mail is not being sent' })} id="mail-not-sent-title">
          <p class="body" data-notice="mail-not-sent" safe>
            {t({
              th: 'ไม่ได้ตั้งค่าเซิร์ฟเวอร์อีเมล (SMTP_URL) อีเมลจึงถูกเก็บไว้ที่นี่ ไม่ได้ส่งออกไป ผู้ดูแลระบบส่งต่อลิงก์ให้ผู้รับเองได้',
              en: 'No mail server is configured (SMTP_URL): mail is kept here, not sent. You can pass links on to their recipients yourself.',
            })}
          </p>
        </NotificationBanner>
      ) : (
        ''
      )}
      <p class="lead" safe>
        {t({
          th: 'อีเมลที่ระบบส่งออก เช่น คำเชิญและลิงก์ตั้งรหัสผ่านใหม่ พร้อมสถานะการส่ง ผู้ดูแลระบบอ่านข้อความได้จากหน้านี้ ทุกครั้งที่เปิดอ่านจะถูกบันทึกในบันทึกการตรวจสอบ',
          en: 'Mail the system sends, such as invitations and password-reset links, and how its delivery stands. Administrators can read each one here; every mail opened is recorded in the audit trail.',
        })}
      </p>
      <Table
        caption={
          result.total === 0
            ? t({ th: 'ไม่มีจดหมาย', en: 'No mail' })
            : t({ th: 'รายการที่ {first}–{last} จาก {total} ฉบับ', en: 'Mail {first}–{last} of {total}' }, { first, last, total: result.total })
        }
        columns={columns(ctx, delivery)}
        rows={result.mails}
        empty={t({ th: 'ยังไม่มีจดหมายในคิว', en: 'Nothing has been queued yet' })}
      />
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(p) => (p > 1 ? `/admin/outbox?page=${p}` : '/admin/outbox')}
        labels={{ previous: t({ th: 'ก่อนหน้า', en: 'Previous' }), next: t({ th: 'ถัดไป', en: 'Next' }), nav: t({ th: 'เลือกหน้า', en: 'Pages' }) }}
      />
    </Layout>
  )
}
