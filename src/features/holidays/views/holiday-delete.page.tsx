import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, SummaryList, Tag } from '../../../web/components/display.tsx'
import type { Holiday } from '../../../platform/thai-calendar/index.ts'
import { beYearOf } from '../holidays.domain.ts'
import { holidayDateText, KIND_COLOURS, kindLabel, yearPageHref } from './holiday-text.ts'

/** Deleting changes every deadline that crosses the day, so it is asked for twice. */
export function HolidayDeletePage({ ctx, holiday }: { ctx: PageContext; holiday: Holiday }) {
  const t = ctx.t
  const title = t({ th: 'ลบวันหยุดนี้หรือไม่', en: 'Delete this holiday?' })
  const beYear = beYearOf(holiday.date)
  return (
    <Layout ctx={ctx} title={title}>
      <a href={yearPageHref(beYear)} class="back-link" safe>
        {t({ th: 'กลับไปวันหยุดปี พ.ศ. {y}', en: 'Back to the holidays of {y} BE' }, { y: beYear })}
      </a>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <SummaryList
        rows={[
          { key: t({ th: 'วันที่', en: 'Date' }), value: <span safe>{holidayDateText(holiday.date, ctx.locale)}</span> },
          { key: t({ th: 'ชื่อภาษาไทย', en: 'Thai name' }), value: <span lang="th" safe>{holiday.nameTh}</span> },
          { key: t({ th: 'ชื่อภาษาอังกฤษ', en: 'English name' }), value: <span lang="en" safe>{holiday.nameEn}</span> },
          { key: t({ th: 'ประเภท', en: 'Kind' }), value: <Tag text={kindLabel(holiday.kind, ctx.locale)} colour={KIND_COLOURS[holiday.kind]} /> },
        ]}
      />
      <p class="body" safe>
        {t({
          th: 'เมื่อลบแล้ว วันนี้จะนับเป็นวันทำการ กำหนดเวลาที่คำนวณหลังจากนี้จะเปลี่ยนไป',
          en: 'Once deleted, this day counts as a business day and deadlines worked out from now on change.',
        })}
      </p>
      <form method="post" action={`/admin/holidays/day/${holiday.date}/delete`}>
        <CsrfField token={ctx.csrfToken} />
        <Button text={t({ th: 'ลบวันหยุด', en: 'Delete the holiday' })} kind="warning" />
      </form>
      <p class="body">
        <a href={yearPageHref(beYear)} safe>
          {t({ th: 'ยกเลิก', en: 'Cancel' })}
        </a>
      </p>
    </Layout>
  )
}
