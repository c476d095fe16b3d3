import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, TextInput, Textarea } from '../../../web/components/form-fields.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import type { RequestFormValues } from '../service-requests.use-cases.ts'
import type { ServiceWithVersion } from '../services.repository.ts'
import { serviceName } from './service-text.ts'

/**
 * A request for a service: at the counter (an officer files it, chooses the service and who
 * handles it) or online (the applicant, for a service whose manual allows it).
 */
export function RequestFormPage(props: {
  ctx: PageContext
  org: OrganisationDetails
  mode: 'counter' | 'online'
  action: string
  services: ServiceWithVersion[]
  staff: { id: string; name: string }[]
  values: RequestFormValues
  errors?: FieldErrors | undefined
}) {
  const { ctx, org, values } = props
  const t = ctx.t
  const e = (k: string) => fieldError(ctx, props.errors, k)
  const title = props.mode === 'counter' ? t({ th: 'รับคำขอที่จุดบริการ', en: 'File a request at the counter' }) : t({ th: 'ยื่นคำขอออนไลน์', en: 'Apply online' })
  return (
    <Layout ctx={ctx} title={title}>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <form method="post" action={props.action} novalidate>
        <CsrfField token={ctx.csrfToken} />
        {props.mode === 'counter' ? <input type="hidden" name="organisation_id" value={org.id} /> : ''}
        {props.services.length === 1 && props.mode === 'online' ? (
          <>
            <input type="hidden" name="service_id" value={props.services[0]!.id} />
            <p class="body">
              <strong safe>{serviceName(props.services[0]!.current.manual, ctx.locale)}</strong>
            </p>
          </>
        ) : (
          <Select id="service_id" label={t({ th: 'งานบริการ', en: 'Service' })} value={values.service_id} emptyText={t({ th: 'เลือกงานบริการ', en: 'Choose a service' })} options={props.services.map((s) => ({ value: s.id, text: serviceName(s.current.manual, ctx.locale) }))} errorMessage={e('service_id')} />
        )}
        <TextInput id="applicant_name" label={t({ th: 'ชื่อ–นามสกุลผู้ยื่นคำขอ', en: 'Applicant’s name' })} value={values.applicant_name} autocomplete={props.mode === 'online' ? 'name' : 'off'} errorMessage={e('applicant_name')} />
        <TextInput id="applicant_contact" label={t({ th: 'ช่องทางติดต่อกลับ', en: 'How to reach the applicant' })} hint={t({ th: 'โทรศัพท์ อีเมล หรือที่อยู่ สำหรับแจ้งผล', en: 'Phone, e-mail or address for the result' })} value={values.applicant_contact} errorMessage={e('applicant_contact')} />
        <Textarea id="details" label={t({ th: 'รายละเอียดคำขอ (ถ้ามี)', en: 'Details (optional)' })} value={values.details} rows={4} errorMessage={e('details')} />
        {props.mode === 'counter' ? (
          <Select id="assigned_to" label={t({ th: 'เจ้าหน้าที่ผู้รับผิดชอบ', en: 'Officer responsible' })} value={values.assigned_to} emptyText={t({ th: 'ตัวท่านเอง', en: 'Yourself' })} options={props.staff.map((s) => ({ value: s.id, text: s.name }))} errorMessage={e('assigned_to')} />
        ) : (
          ''
        )}
        <Button text={props.mode === 'counter' ? t({ th: 'บันทึกคำขอและออกเลขที่', en: 'Record the request and issue a number' }) : t({ th: 'ส่งคำขอ', en: 'Send the request' })} />
      </form>
    </Layout>
  )
}
