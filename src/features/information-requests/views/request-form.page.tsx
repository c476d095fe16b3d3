import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Radios } from '../../../web/components/choices.tsx'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import { DELIVERY_FORMS } from '../info-requests.domain.ts'
import type { RequestFormValues } from '../info-requests.input.ts'

/** The written request (online), or the officer's record of one handed in at the counter. */
export function RequestFormPage(p: { ctx: PageContext; org: OrganisationDetails; values: RequestFormValues; errors?: FieldErrors | undefined; counter: boolean }) {
  const { ctx, org, values, errors } = p
  const t = ctx.t
  const err = (f: string) => fieldError(ctx, errors, f)
  const title = p.counter ? t({ th: 'บันทึกคำขอที่ยื่น ณ สำนักงาน', en: 'Record a request made at the counter' }) : t({ th: 'ยื่นคำขอข้อมูลข่าวสาร', en: 'Request official information' })
  const action = p.counter ? `/staff/information-requests/new?org=${org.id}` : `/o/${org.slug}/information/request`
  return (
    <Layout ctx={ctx} title={`${errors ? t({ th: 'ข้อผิดพลาด: ', en: 'Error: ' }) : ''}${title}`}>
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={orgName(org, ctx.locale)} heading={title} />
      <p class="body" safe>
        {t({
          th: 'ชื่อและช่องทางติดต่อใช้เพื่อแจ้งผลเท่านั้น ไม่เปิดเผยต่อสาธารณะ หน่วยงานจะแจ้งผลภายในระยะเวลาที่ประกาศ',
          en: 'Your name and contact are used only to reply and are never published. The agency replies within its published time.',
        })}
      </p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={action} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextInput id="name" label={t({ th: 'ชื่อ–นามสกุลผู้ยื่นคำขอ', en: 'Requester’s full name' })} value={values.name} autocomplete={p.counter ? 'off' : 'name'} errorMessage={err('name')} />
        <Textarea id="contact" rows={3} label={t({ th: 'ที่อยู่ อีเมล หรือโทรศัพท์สำหรับแจ้งผล', en: 'Address, e-mail or phone for the reply' })} value={values.contact} errorMessage={err('contact')} />
        <Textarea id="what" rows={6} label={t({ th: 'ข้อมูลข่าวสารที่ขอ', en: 'The information requested' })} hint={t({ th: 'ระบุให้ชัดเจนพอที่เจ้าหน้าที่จะค้นหาได้ เช่น ชื่อเอกสาร ปี หรือโครงการ', en: 'Clear enough for an officer to find it, e.g. the document, year or project' })} value={values.what} errorMessage={err('what')} />
        <Radios id="delivery" label={t({ th: 'รูปแบบที่ต้องการรับ', en: 'How you want it' })} options={DELIVERY_FORMS.map((d) => ({ value: d.key, text: d.name[ctx.locale] }))} value={values.delivery} errorMessage={err('delivery')} />
        {p.counter ? <TextInput id="fee" width="10" inputmode="numeric" label={t({ th: 'ค่าธรรมเนียม (บาท) ถ้ามี', en: 'Fee (baht), if any' })} value={values.fee} errorMessage={err('fee')} /> : ''}
        <Button text={p.counter ? t({ th: 'บันทึกคำขอ', en: 'Record the request' }) : t({ th: 'ส่งคำขอ', en: 'Send the request' })} />
      </form>
    </Layout>
  )
}
