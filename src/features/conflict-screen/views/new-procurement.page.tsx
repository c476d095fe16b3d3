import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, TextInput } from '../../../web/components/form-fields.tsx'
import { METHODS } from '../conflict-screen.domain.ts'
import { stateFor, type FormState } from './form-state.ts'

/** Opens the screen of one procurement; bidders and participants are added on its page. */
export function NewProcurementPage({ ctx, months, state }: { ctx: PageContext; months: { value: string; text: string }[]; state?: FormState | undefined }) {
  const t = ctx.t
  const title = t({ th: 'เพิ่มรายการจัดซื้อจัดจ้างเพื่อตรวจสอบ', en: 'Add a procurement to screen' })
  const { values, errors } = stateFor(state, 'procurement')
  return (
    <Layout ctx={ctx} title={title}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <form method="post" action="/staff/conflict/procurements/new" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextInput id="title" label={t({ th: 'ชื่อโครงการ / รายการจัดซื้อจัดจ้าง', en: 'What is procured' })} value={values.title} errorMessage={fieldError(ctx, errors, 'title')} />
        <TextInput id="reference" label={t({ th: 'เลขที่โครงการ (e-GP) หรือเลขอ้างอิง', en: 'e-GP project number or reference' })} width="20" value={values.reference} errorMessage={fieldError(ctx, errors, 'reference')} />
        <Select id="method" label={t({ th: 'วิธีจัดซื้อจัดจ้าง', en: 'Method' })} options={Object.entries(METHODS).map(([value, l]) => ({ value, text: l[ctx.locale] }))} value={values.method} emptyText={t({ th: 'เลือก', en: 'Choose' })} errorMessage={fieldError(ctx, errors, 'method')} />
        <Select id="month" label={t({ th: 'เดือนที่รายงาน', en: 'Month reported in' })} options={months} value={values.month ?? months[0]?.value} errorMessage={fieldError(ctx, errors, 'month')} />
        <Button text={t({ th: 'บันทึก', en: 'Save' })} />
      </form>
    </Layout>
  )
}
