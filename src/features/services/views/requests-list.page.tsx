import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, Table } from '../../../web/components/display.tsx'
import { Select } from '../../../web/components/form-fields.tsx'
import { Pagination } from '../../../web/components/pagination.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import type { ServiceRequest } from '../service-requests.repository.ts'
import type { requestsWorkspace } from '../service-requests.use-cases.ts'
import { statusText, UrgencyTag } from './request-text.tsx'

type Workspace = Awaited<ReturnType<typeof requestsWorkspace>>

/** /staff/service-requests: open requests soonest-due first, each with how close its deadline is. */
export function RequestsListPage({ ctx, w, status }: { ctx: PageContext; w: Workspace; status: string }) {
  const t = ctx.t
  const title = t({ th: 'คำขอรับบริการ', en: 'Service requests' })
  const q = (extra: Record<string, string>) => `/staff/service-requests?${new URLSearchParams({ org: w.org.slug, status, ...extra }).toString()}`
  return (
    <Layout ctx={ctx} title={title} wide>
      <span class="caption-l" safe>
        {orgName(w.org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body">
        <a class="button" href={`/staff/service-requests/new?org=${encodeURIComponent(w.org.slug)}`} safe>
          {t({ th: 'รับคำขอที่จุดบริการ', en: 'File a request at the counter' })}
        </a>{' '}
        <a href={`/staff/service-requests/statistics?org=${encodeURIComponent(w.org.slug)}`} safe>
          {t({ th: 'สถิติระยะเวลาการให้บริการ', en: 'Completion-time statistics' })}
        </a>
      </p>
      <form method="get" action="/staff/service-requests" class="filter-form">
        <input type="hidden" name="org" value={w.org.slug} />
        <Select
          id="status"
          label={t({ th: 'แสดง', en: 'Show' })}
          value={status}
          options={[
            { value: 'open', text: t({ th: 'คำขอที่ยังไม่เสร็จ', en: 'Open requests' }) },
            { value: 'closed', text: t({ th: 'คำขอที่เสร็จแล้ว', en: 'Closed requests' }) },
            { value: 'all', text: t({ th: 'ทั้งหมด', en: 'All' }) },
          ]}
        />
        <Button text={t({ th: 'แสดง', en: 'Show' })} kind="secondary" />
      </form>
      <Table<ServiceRequest>
        caption={t({ th: 'คำขอ {n} รายการ', en: '{n} requests' }, { n: String(w.total) })}
        empty={t({ th: 'ไม่มีคำขอ', en: 'No requests' })}
        columns={[
          {
            header: t({ th: 'เลขที่', en: 'Number' }),
            cell: (r) => (
              <a href={`/staff/service-requests/${r.id}`} safe>
                {r.reference}
              </a>
            ),
          },
          { header: t({ th: 'งานบริการ', en: 'Service' }), cell: (r) => <span safe>{r.serviceName}</span> },
          { header: t({ th: 'ผู้ยื่นคำขอ', en: 'Applicant' }), cell: (r) => <span safe>{r.applicantName}</span> },
          { header: t({ th: 'วันที่ยื่น', en: 'Filed' }), cell: (r) => <span safe>{formatDay(r.filedOn, ctx.locale)}</span> },
          { header: t({ th: 'ครบกำหนด', en: 'Due' }), cell: (r) => <span safe>{formatDay(r.dueOn ?? '–', ctx.locale)}</span> },
          { header: t({ th: 'กำหนดเวลา', en: 'Deadline' }), cell: (r) => <UrgencyTag t={t} request={r} today={w.today} holidays={w.holidays} /> },
          { header: t({ th: 'สถานะ', en: 'Status' }), cell: (r) => <span safe>{statusText(t, r.status)}</span> },
          { header: t({ th: 'ผู้รับผิดชอบ', en: 'Officer' }), cell: (r) => <span safe>{r.assignedName ?? t({ th: 'ยังไม่มอบหมาย', en: 'Not assigned' })}</span> },
        ]}
        rows={w.rows}
      />
      <Pagination page={w.page} pageCount={Math.ceil(w.total / w.pageSize)} hrefFor={(p) => q({ page: String(p) })} labels={{ previous: t({ th: 'ก่อนหน้า', en: 'Previous' }), next: t({ th: 'ถัดไป', en: 'Next' }), nav: t({ th: 'หน้า', en: 'Pages' }) }} />
    </Layout>
  )
}
