import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { DateInput } from '../../../web/components/date-input.tsx'
import { Select, Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { DONOR_TYPES } from '../gifts.domain.ts'
import type { FormState } from './form-state.ts'

const donorOptions = (ctx: PageContext) => Object.entries(DONOR_TYPES).map(([value, l]) => ({ value, text: l[ctx.locale] }))

export function NewGiftPage({ ctx, state }: { ctx: PageContext; state?: FormState | undefined }) {
  const t = ctx.t
  const v = state?.values ?? {}
  const errors = state?.errors
  const title = t({ th: 'บันทึกการรับทรัพย์สินหรือประโยชน์อื่นใด', en: 'Record a gift or benefit' })
  return (
    <Layout ctx={ctx} title={title}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <form method="post" action="/staff/gifts/new" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextInput id="donor_name" label={t({ th: 'ผู้ให้', en: 'Given by' })} value={v.donor_name} errorMessage={fieldError(ctx, errors, 'donor_name')} />
        <Select id="donor_type" label={t({ th: 'ประเภทผู้ให้', en: 'Kind of giver' })} options={donorOptions(ctx)} value={v.donor_type} emptyText={t({ th: 'เลือก', en: 'Choose' })} errorMessage={fieldError(ctx, errors, 'donor_type')} />
        <TextInput id="relation" label={t({ th: 'ความสัมพันธ์กับผู้ให้', en: 'How you know the giver' })} hint={t({ th: 'เช่น ญาติ เพื่อน ผู้รับบริการ คู่สัญญาของหน่วยงาน', en: 'e.g. relative, friend, service user, contractor of the agency' })} value={v.relation} errorMessage={fieldError(ctx, errors, 'relation')} />
        <TextInput id="occasion" label={t({ th: 'โอกาส / เทศกาล', en: 'Occasion' })} value={v.occasion} errorMessage={fieldError(ctx, errors, 'occasion')} />
        <Textarea id="description" rows={2} label={t({ th: 'สิ่งที่ได้รับ', en: 'What it is' })} value={v.description} errorMessage={fieldError(ctx, errors, 'description')} />
        <TextInput id="value" label={t({ th: 'มูลค่าโดยประมาณ (บาท)', en: 'Estimated value (baht)' })} inputmode="numeric" width="10" value={v.value} errorMessage={fieldError(ctx, errors, 'value')} />
        <DateInput id="received_on" locale={ctx.locale} label={t({ th: 'วันที่ได้รับ', en: 'Received on' })} hint={t({ th: 'เช่น 5 12 2569', en: 'e.g. 5 12 2569 (Buddhist Era)' })} value={{ day: v['received_on-day'], month: v['received_on-month'], year: v['received_on-year'] }} errorMessage={fieldError(ctx, errors, 'received_on')} />
        <Button text={t({ th: 'บันทึก', en: 'Save' })} />
      </form>
    </Layout>
  )
}

export function NewDonationPage({ ctx, state }: { ctx: PageContext; state?: FormState | undefined }) {
  const t = ctx.t
  const v = state?.values ?? {}
  const errors = state?.errors
  const title = t({ th: 'เสนอขออนุมัติรับบริจาค', en: 'Propose accepting a donation' })
  return (
    <Layout ctx={ctx} title={title}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body" safe>
        {t({ th: 'การรับบริจาคต้องได้รับอนุมัติจากหัวหน้าหน่วยงานก่อน มีวัตถุประสงค์ชัดเจน และบันทึกตามความเป็นจริง', en: 'A donation is approved by the head before it is accepted, with a clear purpose, and recorded as it is.' })}
      </p>
      <form method="post" action="/staff/gifts/donations/new" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextInput id="donor_name" label={t({ th: 'ผู้บริจาค', en: 'Donor' })} value={v.donor_name} errorMessage={fieldError(ctx, errors, 'donor_name')} />
        <Select id="donor_type" label={t({ th: 'ประเภทผู้บริจาค', en: 'Kind of donor' })} options={donorOptions(ctx)} value={v.donor_type} emptyText={t({ th: 'เลือก', en: 'Choose' })} errorMessage={fieldError(ctx, errors, 'donor_type')} />
        <Textarea id="description" rows={2} label={t({ th: 'สิ่งที่บริจาค', en: 'What is donated' })} value={v.description} errorMessage={fieldError(ctx, errors, 'description')} />
        <TextInput id="value" label={t({ th: 'มูลค่า (บาท)', en: 'Value (baht)' })} inputmode="numeric" width="10" value={v.value} errorMessage={fieldError(ctx, errors, 'value')} />
        <Textarea id="purpose" rows={2} label={t({ th: 'วัตถุประสงค์ของผู้บริจาค', en: 'The donor’s purpose' })} value={v.purpose} errorMessage={fieldError(ctx, errors, 'purpose')} />
        <Textarea id="intended_use" rows={2} label={t({ th: 'การนำไปใช้ของหน่วยงาน', en: 'How the agency will use it' })} value={v.intended_use} errorMessage={fieldError(ctx, errors, 'intended_use')} />
        <Button text={t({ th: 'เสนอหัวหน้าอนุมัติ', en: 'Send to the head for approval' })} />
      </form>
    </Layout>
  )
}
