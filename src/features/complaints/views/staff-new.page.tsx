import type { FieldErrors } from '../../../errors.ts'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { ErrorSummary } from '../../../web/components/error-summary.tsx'
import { Layout } from '../../../web/layout.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import type { KeptEvidence } from '../complaint-evidence.ts'
import type { ComplaintFormValues } from '../complaint-form.input.ts'
import { AgencySwitch, type AgencyChoice } from './staff-common.page.tsx'
import { ComplaintFields } from './staff-complaint-form.page.tsx'

/** A complaint officer enters a complaint received by walk-in, post, phone, hotline 1567 or the Damrongdhama Centre (D1). */
export function StaffNewComplaintPage(props: { ctx: PageContext; agency: AgencyChoice; agencies: AgencyChoice[]; values: ComplaintFormValues; errors?: FieldErrors | undefined; kept: readonly KeptEvidence[] }) {
  const { ctx } = props
  const t = ctx.t
  const title = t({ th: 'บันทึกเรื่องร้องเรียนที่รับทางช่องทางอื่น', en: 'Enter a complaint received another way' })
  return (
    <Layout ctx={ctx} title={props.errors ? `${t({ th: 'ข้อผิดพลาด', en: 'Error' })}: ${title}` : title}>
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <span class="caption-l" safe>
        {orgName(props.agency, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <AgencySwitch ctx={ctx} agencies={props.agencies} current={props.agency.id} hrefFor={(id) => `/staff/complaints/new?org=${id}`} label={{ th: 'รับเรื่องในนามหน่วยงาน', en: 'Entering for' }} />
      <p class="body" safe>
        {t({
          th: 'บันทึกตามที่ผู้ร้องเรียนแจ้งหรือตามหนังสือที่ได้รับ เมื่อบันทึกแล้ว ระบบจะแสดงรหัสติดตามเรื่องเพียงครั้งเดียว ให้มอบหรือแจ้งรหัสนั้นแก่ผู้ร้องเรียน ระบบไม่เก็บรหัสไว้',
          en: 'Record what the complainant said or wrote. Once saved, the receipt is shown once only: hand it or read it to the complainant. It is not stored.',
        })}
      </p>
      <form method="post" action={`/staff/complaints/new?org=${props.agency.id}`} enctype="multipart/form-data" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="submission" value={props.values.submission} />
        <ComplaintFields
          ctx={ctx}
          intake="public"
          values={props.values}
          errors={props.errors}
          kept={props.kept}
          askChannel
          who="complainant"
          anonymousMeans={{
            th: 'หากผู้ร้องเรียนไม่ประสงค์ออกนาม อย่าบันทึกชื่อหรือช่องทางติดต่อ เรื่องที่ไม่ลงชื่อจะรับพิจารณาเฉพาะเมื่อมีพยานหลักฐานชัดแจ้งหรือระบุพยานบุคคลได้ (หลักเกณฑ์ข้อ 2.3) ตัวตนที่บันทึกจะเข้ารหัส และเปิดดูได้เฉพาะเจ้าหน้าที่ผู้รับผิดชอบ',
            en: 'If the complainant wants to stay anonymous, record no name or contacts. An anonymous complaint is taken up only with clear evidence or named witnesses (rule 2.3). A recorded identity is encrypted and open only to the handling officers.',
          }}
        />
        <Button text={t({ th: 'บันทึกเรื่องร้องเรียน', en: 'Save the complaint' })} />
      </form>
    </Layout>
  )
}
