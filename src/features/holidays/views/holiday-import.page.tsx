import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { Textarea } from '../../../web/components/form-fields.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { HOLIDAY_CSV_HEADER, HOLIDAY_KINDS } from '../../../platform/thai-calendar/index.ts'
import { yearPageHref } from './holiday-text.ts'

/** The per-row problems, in file order, each with the id the error summary links to. */
function RowErrors({ ctx, errors }: { ctx: PageContext; errors: FieldErrors | undefined }) {
  const rows = Object.entries(errors ?? {}).filter(([key]) => key !== 'csv')
  if (rows.length === 0) return ''
  return (
    <ul class="list list--bullet" data-csv-errors>
      {rows.map(([key, message]) => (
        <li id={key} class="error-message" safe>
          {message[ctx.locale]}
        </li>
      ))}
    </ul>
  )
}

export function HolidayImportPage(props: { ctx: PageContext; beYear: number; count: number; csv: string; errors?: FieldErrors | undefined }) {
  const { ctx, beYear } = props
  const t = ctx.t
  const title = t({ th: 'นำเข้าวันหยุดปี พ.ศ. {y} จาก CSV', en: 'Import the holidays of {y} BE from CSV' }, { y: beYear })
  return (
    <Layout ctx={ctx} title={title}>
      <a href={yearPageHref(beYear)} class="back-link" safe>
        {t({ th: 'กลับไปวันหยุดปี พ.ศ. {y}', en: 'Back to the holidays of {y} BE' }, { y: beYear })}
      </a>
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body" safe>
        {t(
          {
            th: 'รายการที่นำเข้าจะแทนที่วันหยุดทั้งหมดของปีนี้ (ขณะนี้มี {n} วัน) ถ้ามีแถวใดผิด ระบบจะไม่เปลี่ยนแปลงข้อมูลเลย',
            en: 'The list replaces every holiday of this year (now {n} days). If any row is wrong, nothing is changed.',
          },
          { n: props.count },
        )}
      </p>
      <p class="body" safe>
        {t(
          {
            th: 'บรรทัดแรกต้องเป็น {header} วันที่เป็น ค.ศ. แบบ ปปปป-ดด-วว ประเภทเป็นหนึ่งใน {kinds} ดาวน์โหลด CSV ของปีนี้ไปแก้ไขในโปรแกรมตารางคำนวณได้',
            en: 'The first line must be {header}; dates are CE as YYYY-MM-DD; the kind is one of {kinds}. You can download this year as CSV and edit it in a spreadsheet.',
          },
          { header: HOLIDAY_CSV_HEADER.join(','), kinds: HOLIDAY_KINDS.join(', ') },
        )}
      </p>
      <form method="post" action={`/admin/holidays/import?year=${beYear}`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <Textarea
          id="csv"
          label={t({ th: 'ข้อมูล CSV', en: 'CSV data' })}
          hint={t({ th: 'วางเนื้อหาทั้งไฟล์ รวมบรรทัดหัวตาราง', en: 'Paste the whole file, header line included' })}
          rows={16}
          value={props.csv}
          errorMessage={fieldError(ctx, props.errors, 'csv')}
        />
        <RowErrors ctx={ctx} errors={props.errors} />
        <Button text={t({ th: 'แทนที่วันหยุดของปีนี้', en: "Replace this year's holidays" })} kind="warning" />
      </form>
    </Layout>
  )
}
