import type { FieldErrors } from '../../../errors.ts'
import { Fieldset } from '../../../web/components/choices.tsx'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { TextInput, Textarea } from '../../../web/components/form-fields.tsx'
import { formatInstant } from '../../../web/format-time.ts'
import { Layout } from '../../../web/layout.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import { GUIDELINE_STEPS, STEP_LABELS } from '../complaint-deadlines.domain.ts'
import type { GuidelineFormValues } from '../complaint-staff.input.ts'
import { AgencySwitch, type AgencyChoice } from './staff-common.page.tsx'

/** The agency's published complaint guideline (D5): how to complain, and each step's time frame and unit. */
export function StaffGuidelinePage(props: { ctx: PageContext; agency: AgencyChoice; agencies: AgencyChoice[]; values: GuidelineFormValues; errors?: FieldErrors | undefined; updatedAt: Date | null; isDefault: boolean }) {
  const { ctx, values: v } = props
  const t = ctx.t
  const err = (f: string) => fieldError(ctx, props.errors, f)
  const title = t({ th: 'แนวทางการจัดการเรื่องร้องเรียน', en: 'Complaint guideline' })
  return (
    <Layout ctx={ctx} title={props.errors ? `${t({ th: 'ข้อผิดพลาด', en: 'Error' })}: ${title}` : title}>
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <span class="caption-l" safe>
        {orgName(props.agency, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <AgencySwitch ctx={ctx} agencies={props.agencies} current={props.agency.id} hrefFor={(id) => `/staff/complaints/guideline?org=${id}`} label={{ th: 'เลือกหน่วยงาน', en: 'Choose an agency' }} />
      <p class="body" safe>
        {props.isDefault
          ? t({ th: 'หน่วยงานยังใช้แนวทางตั้งต้นของระบบ แก้ไขให้ตรงกับคู่มือของหน่วยงานแล้วบันทึก หน้าร้องเรียนของหน่วยงานจะแสดงแนวทางนี้ และกำหนดเสร็จของแต่ละเรื่องนับตามวันทำการที่กำหนดไว้ที่นี่', en: 'The agency still uses the service’s starting guideline. Edit it to match your manual and save. The agency’s complaint page publishes it, and each case’s due dates count the business days set here.' })
          : t({ th: `ปรับปรุงล่าสุด ${props.updatedAt ? formatInstant(props.updatedAt, 'th') : ''} หน้าร้องเรียนของหน่วยงานแสดงแนวทางนี้ และกำหนดเสร็จของแต่ละเรื่องนับตามวันทำการที่กำหนดไว้ที่นี่`, en: `Last updated ${props.updatedAt ? formatInstant(props.updatedAt, 'en') : ''}. The agency’s complaint page publishes it, and each case’s due dates count the business days set here.` })}
      </p>
      <form method="post" action={`/staff/complaints/guideline?org=${props.agency.id}`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <Textarea id="how_to_th" label={t({ th: 'วิธีร้องเรียน (ภาษาไทย)', en: 'How to complain (Thai)' })} value={v.how_to_th} errorMessage={err('how_to_th')} rows={5} />
        <Textarea id="how_to_en" label={t({ th: 'วิธีร้องเรียน (ภาษาอังกฤษ ถ้ามี)', en: 'How to complain (English, optional)' })} value={v.how_to_en} errorMessage={err('how_to_en')} rows={5} />
        <h2 class="heading-l" safe>
          {t({ th: 'ขั้นตอนและระยะเวลา', en: 'Steps and time frames' })}
        </h2>
        {GUIDELINE_STEPS.map((s, i) => (
          <Fieldset id={`${s}-step`} label={t({ th: `ขั้นตอนที่ ${i + 1}: ${STEP_LABELS[s].th}`, en: `Step ${i + 1}: ${STEP_LABELS[s].en}` })}>
            <TextInput
              id={`${s}_days`}
              label={t({ th: 'ระยะเวลา (วันทำการ)', en: 'Time frame (business days)' })}
              hint={t({ th: 'นับจากวันถัดจากวันที่เริ่มขั้นตอน ไม่นับวันหยุดราชการ', en: 'Counted from the day after the step begins, skipping government holidays' })}
              inputmode="numeric"
              width="4"
              value={v[`${s}_days`]}
              errorMessage={err(`${s}_days`)}
            />
            <TextInput id={`${s}_unit_th`} label={t({ th: 'หน่วยที่รับผิดชอบ (ภาษาไทย)', en: 'Responsible unit (Thai)' })} value={v[`${s}_unit_th`]} errorMessage={err(`${s}_unit_th`)} />
            <TextInput id={`${s}_unit_en`} label={t({ th: 'หน่วยที่รับผิดชอบ (ภาษาอังกฤษ ถ้ามี)', en: 'Responsible unit (English, optional)' })} value={v[`${s}_unit_en`]} errorMessage={err(`${s}_unit_en`)} />
          </Fieldset>
        ))}
        <Button text={t({ th: 'บันทึกแนวทาง', en: 'Save the guideline' })} />
      </form>
    </Layout>
  )
}
