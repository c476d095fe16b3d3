import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, TextInput, Textarea } from '../../../web/components/form-fields.tsx'
import { ITA_INDICATORS } from '../ita-score.domain.ts'
import type { LibraryMeasure } from '../measure-library.domain.ts'
import type { MeasureFormValues } from '../measure-library.input.ts'
import { measureHref } from './measure-library.page.tsx'

/** Adding a measure to the library, or editing one. */
export function MeasureFormPage({ ctx, values, errors, measure }: { ctx: PageContext; values: MeasureFormValues; errors?: FieldErrors | undefined; measure?: LibraryMeasure | undefined }) {
  const t = ctx.t
  const e = (field: string) => fieldError(ctx, errors, field)
  const title = measure ? t({ th: 'แก้ไขมาตรการ', en: 'Edit a measure' }) : t({ th: 'เพิ่มมาตรการ', en: 'Add a measure' })
  return (
    <Layout ctx={ctx} title={title}>
      <a href="/staff/ita/measures" class="back-link" safe>
        {t({ th: 'กลับไปคลังมาตรการ', en: 'Back to the measure library' })}
      </a>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      {measure?.retired ? (
        <p class="body" safe>
          {t({ th: 'มาตรการนี้เลิกใช้แล้ว', en: 'This measure is retired' })}
        </p>
      ) : (
        ''
      )}
      <form method="post" action={measure ? measureHref(measure.id) : '/staff/ita/measures/new'} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <Select
          id="indicator"
          label={t({ th: 'ตัวชี้วัด', en: 'Indicator' })}
          options={ITA_INDICATORS.map((i) => ({ value: String(i.number), text: `${i.number}. ${ctx.locale === 'th' ? i.th : i.en}` }))}
          value={values.indicator}
          emptyText={t({ th: 'เลือกตัวชี้วัด', en: 'Choose an indicator' })}
          errorMessage={e('indicator')}
        />
        <Textarea id="th" rows={3} label={t({ th: 'มาตรการ (ภาษาไทย)', en: 'Measure (Thai)' })} value={values.th} errorMessage={e('th')} />
        <Textarea id="en" rows={3} label={t({ th: 'มาตรการ (ภาษาอังกฤษ)', en: 'Measure (English)' })} value={values.en} errorMessage={e('en')} />
        <TextInput
          id="source"
          label={t({ th: 'ที่มา (ไม่บังคับ)', en: 'Source (optional)' })}
          hint={t({ th: 'เช่น เอกสารหรือหน่วยงานที่เป็นต้นแบบ', en: 'For example the document or agency it comes from' })}
          value={values.source}
          errorMessage={e('source')}
        />
        <Button text={t({ th: 'บันทึกมาตรการ', en: 'Save the measure' })} />
      </form>
    </Layout>
  )
}
