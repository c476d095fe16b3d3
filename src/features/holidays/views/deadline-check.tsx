import type { PageContext } from '../../../web/page-context.ts'
import { Button, NotificationBanner, SummaryList } from '../../../web/components/display.tsx'
import { DateInput } from '../../../web/components/date-input.tsx'
import { TextInput } from '../../../web/components/form-fields.tsx'
import { fieldError } from '../../../web/components/error-summary.tsx'
import type { FieldErrors } from '../../../errors.ts'
import type { DeadlineValues } from '../holidays.input.ts'
import type { DeadlineCheck } from '../holidays.use-cases.ts'
import { holidayDateText } from './holiday-text.ts'

export type DeadlineState = { values?: DeadlineValues | undefined; errors?: FieldErrors | undefined; result?: DeadlineCheck | undefined }

function Result({ ctx, result }: { ctx: PageContext; result: DeadlineCheck }) {
  const t = ctx.t
  return (
    <>
      <SummaryList
        rows={[
          { key: t({ th: 'วันเริ่มนับ', en: 'Start date' }), value: <span safe>{holidayDateText(result.start, ctx.locale)}</span> },
          { key: t({ th: 'จำนวนวันทำการ', en: 'Business days' }), value: <span safe>{String(result.businessDays)}</span> },
          {
            key: t({ th: 'ครบกำหนด', en: 'Due date' }),
            value: (
              <strong data-due={result.due} safe>
                {holidayDateText(result.due, ctx.locale)}
              </strong>
            ),
          },
          {
            key: t({ th: 'วันหยุดราชการที่ข้าม', en: 'Government holidays skipped' }),
            value: result.holidaysSkipped.length ? (
              <ul class="list">
                {result.holidaysSkipped.map((h) => (
                  <li data-skipped={h.date} safe>
                    {`${holidayDateText(h.date, ctx.locale)} – ${ctx.locale === 'th' ? h.nameTh : h.nameEn}`}
                  </li>
                ))}
              </ul>
            ) : (
              <span safe>{t({ th: 'ไม่มี', en: 'None' })}</span>
            ),
          },
        ]}
      />
      {result.yearsWithoutData.length ? (
        <NotificationBanner title={t({ th: 'ข้อมูลไม่ครบ', en: 'Incomplete calendar' })}>
          <p class="body" data-warning="years-without-data" safe>
            {t(
              {
                th: 'ยังไม่มีวันหยุดของปี พ.ศ. {years} ผลนี้นับเฉพาะเสาร์และอาทิตย์ในปีดังกล่าว',
                en: 'No holidays are recorded for {years} BE, so only weekends were skipped in those years.',
              },
              { years: result.yearsWithoutData.join(', ') },
            )}
          </p>
        </NotificationBanner>
      ) : (
        ''
      )}
    </>
  )
}

/**
 * A read-only question, so a GET form (bookmarkable, no CSRF token in the address bar):
 * the same calculation the complaint deadlines use, on the holidays stored now.
 */
export function DeadlineCheckSection({ ctx, beYear, state }: { ctx: PageContext; beYear: number; state: DeadlineState }) {
  const t = ctx.t
  const e = (field: string) => fieldError(ctx, state.errors, field)
  return (
    <section aria-labelledby="deadline-heading">
      <h2 class="heading-l" id="deadline-heading" safe>
        {t({ th: 'ตรวจสอบการนับวันทำการ', en: 'Check a business-day deadline' })}
      </h2>
      <p class="body" safe>
        {t({
          th: 'นับตั้งแต่วันถัดจากวันเริ่ม ข้ามวันเสาร์ อาทิตย์ และวันหยุดราชการที่บันทึกไว้ แบบเดียวกับการคำนวณกำหนดเวลาเรื่องร้องเรียน',
          en: 'Counting starts the day after the start date and skips Saturdays, Sundays and the recorded holidays, exactly as complaint deadlines are computed.',
        })}
      </p>
      <form method="get" action="/admin/holidays#deadline-heading" novalidate>
        <input type="hidden" name="year" value={String(beYear)} />
        <DateInput id="start" label={t({ th: 'วันเริ่มนับ', en: 'Start date' })} locale={ctx.locale} value={state.values?.start} errorMessage={e('start')} />
        <TextInput
          id="days"
          label={t({ th: 'จำนวนวันทำการ', en: 'Number of business days' })}
          inputmode="numeric"
          width="4"
          value={state.values?.days}
          errorMessage={e('days')}
        />
        <Button text={t({ th: 'คำนวณวันครบกำหนด', en: 'Work out the due date' })} kind="secondary" />
      </form>
      {state.result ? <Result ctx={ctx} result={state.result} /> : ''}
    </section>
  )
}
