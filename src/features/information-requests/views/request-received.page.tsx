import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { NotificationBanner } from '../../../web/components/display.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'

/** Shown once (online, or printed at the counter): the number and the follow-up code. */
export function RequestReceivedPage(p: { ctx: PageContext; org: OrganisationDetails; number: string; code: string; due: string; staffLink?: string }) {
  const { ctx, org } = p
  const t = ctx.t
  const title = t({ th: 'ได้รับคำขอแล้ว', en: 'Request received' })
  return (
    <Layout ctx={ctx} title={`${title} – ${orgName(org, ctx.locale)}`}>
      <NotificationBanner kind="success" title={title}>
        <p class="body" safe>
          {t({ th: `คำขอเลขที่ ${p.number} หน่วยงานจะแจ้งผลภายใน ${formatDay(p.due, 'th', 'long')}`, en: `Request ${p.number}; the agency will reply by ${formatDay(p.due, 'en', 'long')}` })}
        </p>
      </NotificationBanner>
      <div class="slip">
        <h1 class="heading-l" safe>
          {orgName(org, ctx.locale)}
        </h1>
        <p class="body" safe>
          {`${t({ th: 'เลขที่คำขอ', en: 'Request number' })}: ${p.number}`}
        </p>
        <p class="slip__receipt">
          <span safe>{t({ th: 'รหัสติดตาม', en: 'Follow-up code' })}</span>: <code safe>{p.code}</code>
        </p>
        <p class="body" safe>
          {t({ th: `ติดตามผลได้ที่ /o/${org.slug}/information/follow-up ด้วยเลขที่คำขอและรหัสนี้ รหัสจะไม่แสดงอีก`, en: `Follow it at /o/${org.slug}/information/follow-up with the number and this code; the code is not shown again.` })}
        </p>
      </div>
      {p.staffLink ? (
        <p class="body">
          <a href={p.staffLink} safe>
            {t({ th: 'เปิดคำขอ', en: 'Open the request' })}
          </a>
        </p>
      ) : (
        ''
      )}
    </Layout>
  )
}
