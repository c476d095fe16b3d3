import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, SummaryList, Table } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { TextInput } from '../../../web/components/form-fields.tsx'
import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import { DAY_UNIT_LABELS } from '../service-manual.domain.ts'
import type { RequestEvent } from '../service-requests.repository.ts'
import type { FollowUpView } from '../service-requests.use-cases.ts'
import { channelText, EVENT_LABELS, statusText } from './request-text.tsx'

/**
 * The applicant follows their request with its number and code. Only the request's progress is
 * shown: no name, no contact, no officer's name, nothing of anyone else's request.
 */
export function FollowUpPage({ ctx, org, view, values, errors }: { ctx: PageContext; org: OrganisationDetails; view?: FollowUpView | undefined; values: { reference: string; code: string }; errors?: FieldErrors | undefined }) {
  const t = ctx.t
  const title = t({ th: 'ติดตามคำขอรับบริการ', en: 'Follow a service request' })
  const r = view?.request
  return (
    <Layout ctx={ctx} title={`${title} – ${orgName(org, ctx.locale)}`}>
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={orgName(org, ctx.locale)} heading={title} />
      <ErrorSummary ctx={ctx} errors={errors} />
      {r ? (
        <>
          <SummaryList
            rows={[
              { key: t({ th: 'เลขที่คำขอ', en: 'Request number' }), value: <strong safe>{r.reference}</strong> },
              { key: t({ th: 'งานบริการ', en: 'Service' }), value: <span safe>{r.serviceName}</span> },
              { key: t({ th: 'สถานะ', en: 'Status' }), value: <strong safe>{statusText(t, r.status)}</strong> },
              { key: t({ th: 'ยื่นเมื่อ', en: 'Filed' }), value: <span safe>{formatDay(r.filedOn, ctx.locale, 'long')}</span> },
              {
                key: t({ th: 'กำหนดแจ้งผล', en: 'Result due by' }),
                value: <span safe>{r.dueOn ? formatDay(r.dueOn, ctx.locale, 'long') : t({ th: 'หยุดนับเวลาระหว่างรอเอกสารจากท่าน (เหลือ {n} {u})', en: 'Clock stopped while we wait for your documents ({n} {u} left)' }, { n: String(r.daysLeftAtPause ?? 0), u: t(DAY_UNIT_LABELS[r.dayUnit]) })}</span>,
              },
            ]}
          />
          <Table<RequestEvent>
            caption={t({ th: 'ความคืบหน้า', en: 'Progress' })}
            columns={[
              { header: t({ th: 'วันที่', en: 'Date' }), cell: (ev) => <span safe>{formatDay(ev.onDate, ctx.locale)}</span> },
              { header: t({ th: 'รายการ', en: 'Step' }), cell: (ev) => <span safe>{t(EVENT_LABELS[ev.kind] ?? { th: ev.kind, en: ev.kind })}</span> },
              {
                header: t({ th: 'รายละเอียด', en: 'Details' }),
                // Notes the applicant was sent (reasons, documents asked for, new dates); internal assignment names are not shown.
                cell: (ev) => <span safe>{ev.kind === 'assigned' || ev.kind === 'filed' ? '' : [ev.note, ev.newDueOn ? `${t({ th: 'กำหนดใหม่', en: 'new date' })} ${formatDay(ev.newDueOn, ctx.locale)}` : '', channelText(t, ev.channel)].filter(Boolean).join(' · ')}</span>,
              },
            ]}
            rows={view!.events}
          />
        </>
      ) : (
        ''
      )}
      <form method="post" action={`/o/${org.slug}/services/follow-up`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextInput id="reference" label={t({ th: 'เลขที่คำขอ', en: 'Request number' })} hint={t({ th: 'เช่น คข-2569-00012', en: 'e.g. คข-2569-00012' })} value={values.reference} errorMessage={fieldError(ctx, errors, 'reference')} width="20" />
        <TextInput id="code" label={t({ th: 'รหัสติดตาม', en: 'Follow-up code' })} value={values.code} autocomplete="off" width="20" spellcheck={false} />
        <Button text={t({ th: 'ดูสถานะ', en: 'Show the status' })} />
      </form>
    </Layout>
  )
}
