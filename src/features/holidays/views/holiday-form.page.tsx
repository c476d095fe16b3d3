import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { DateInput } from '../../../web/components/date-input.tsx'
import { Select, TextInput } from '../../../web/components/form-fields.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { HOLIDAY_KINDS, type Holiday } from '../../../platform/thai-calendar/index.ts'
import { beYearOf } from '../holidays.domain.ts'
import type { HolidayFormValues } from '../holidays.input.ts'
import { holidayDateText, kindLabel, yearPageHref } from './holiday-text.ts'

export type HolidayFormProps = {
  ctx: PageContext
  values: HolidayFormValues
  /** The year page to go back to. */
  beYear: number
  errors?: FieldErrors | undefined
  /** Present when editing. */
  holiday?: Holiday | undefined
}

/** Adding a holiday, or changing one (its date too: the cabinet moves days). */
export function HolidayFormPage({ ctx, values, beYear, errors, holiday }: HolidayFormProps) {
  const t = ctx.t
  const e = (field: string) => fieldError(ctx, errors, field)
  const title = holiday ? t({ th: 'แก้ไขวันหยุด', en: 'Edit a holiday' }) : t({ th: 'เพิ่มวันหยุด', en: 'Add a holiday' })
  const back = holiday ? beYearOf(holiday.date) : beYear
  return (
    <Layout ctx={ctx} title={title}>
      <a href={yearPageHref(back)} class="back-link" safe>
        {t({ th: 'กลับไปวันหยุดปี พ.ศ. {y}', en: 'Back to the holidays of {y} BE' }, { y: back })}
      </a>
      <ErrorSummary ctx={ctx} errors={errors} />
      {holiday ? (
        <span class="caption-l" safe>
          {`${holidayDateText(holiday.date, ctx.locale)} – ${ctx.locale === 'th' ? holiday.nameTh : holiday.nameEn}`}
        </span>
      ) : (
        ''
      )}
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <form method="post" action={holiday ? `/admin/holidays/day/${holiday.date}` : '/admin/holidays/new'} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <DateInput
          id="date"
          label={t({ th: 'วันที่', en: 'Date' })}
          hint={t({ th: 'ปีเป็น พ.ศ. เช่น 23 10 2569', en: 'Year in the Buddhist Era (BE), for example 23 10 2569' })}
          locale={ctx.locale}
          value={values.date}
          errorMessage={e('date')}
        />
        <TextInput id="name_th" label={t({ th: 'ชื่อวันหยุด (ภาษาไทย)', en: 'Name (Thai)' })} value={values.name_th} errorMessage={e('name_th')} />
        <TextInput id="name_en" label={t({ th: 'ชื่อวันหยุด (ภาษาอังกฤษ)', en: 'Name (English)' })} value={values.name_en} errorMessage={e('name_en')} />
        <Select
          id="kind"
          label={t({ th: 'ประเภท', en: 'Kind' })}
          options={HOLIDAY_KINDS.map((k) => ({ value: k, text: kindLabel(k, ctx.locale) }))}
          value={values.kind}
          emptyText={t({ th: 'เลือกประเภท', en: 'Choose a kind' })}
          errorMessage={e('kind')}
        />
        <Button text={holiday ? t({ th: 'บันทึก', en: 'Save' }) : t({ th: 'เพิ่มวันหยุด', en: 'Add the holiday' })} />
      </form>
    </Layout>
  )
}
