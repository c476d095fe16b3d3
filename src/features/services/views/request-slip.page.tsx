import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { NotificationBanner, SummaryList } from '../../../web/components/display.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import type { FiledRequest } from '../service-requests.use-cases.ts'

/** The slip the applicant keeps: the number and the follow-up code, shown this once. */
export function RequestSlipPage({ ctx, org, filed, staffLink }: { ctx: PageContext; org: OrganisationDetails; filed: FiledRequest; staffLink?: string | undefined }) {
  const t = ctx.t
  const title = t({ th: 'รับคำขอแล้ว', en: 'Request received' })
  return (
    <Layout ctx={ctx} title={title}>
      <NotificationBanner title={title} kind="success">
        <p class="body" safe>
          {t({ th: 'เก็บเลขที่คำขอและรหัสติดตามไว้ ระบบจะไม่แสดงรหัสนี้อีก', en: 'Keep the number and the follow-up code; the code is not shown again.' })}
        </p>
      </NotificationBanner>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <SummaryList
        rows={[
          { key: t({ th: 'เลขที่คำขอ', en: 'Request number' }), value: <strong safe>{filed.reference}</strong> },
          { key: t({ th: 'รหัสติดตาม', en: 'Follow-up code' }), value: <strong safe>{filed.code}</strong> },
          { key: t({ th: 'แจ้งผลภายใน', en: 'Result due by' }), value: <span safe>{formatDay(filed.dueOn, ctx.locale, 'long')}</span> },
        ]}
      />
      <p class="body">
        <span safe>{t({ th: 'ติดตามคำขอได้ที่', en: 'Follow the request at' })}</span>{' '}
        <a href={`/o/${org.slug}/services/follow-up`} safe>
          {`/o/${org.slug}/services/follow-up`}
        </a>
      </p>
      {staffLink ? (
        <p class="body">
          <a href={staffLink} safe>
            {t({ th: 'เปิดคำขอ (เจ้าหน้าที่)', en: 'Open the request (staff)' })}
          </a>
        </p>
      ) : (
        ''
      )}
    </Layout>
  )
}
