import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { NotificationBanner, Table, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary } from '../../../web/components/error-summary.tsx'
import type { Holiday } from '../../../platform/thai-calendar/index.ts'
import type { HolidayYearView } from '../holidays.use-cases.ts'
import { DeadlineCheckSection, type DeadlineState } from './deadline-check.tsx'
import { holidayDateText, KIND_COLOURS, kindLabel, yearPageHref } from './holiday-text.ts'
import { SubstituteProposals } from './substitute-proposals.tsx'

function YearNavigation({ ctx, view }: { ctx: PageContext; view: HolidayYearView }) {
  const t = ctx.t
  return (
    <>
      <nav class="pagination" aria-label={t({ th: 'เลือกปี', en: 'Choose a year' })}>
        <a class="pagination__prev" href={yearPageHref(view.beYear - 1)} rel="prev" safe>
          {t({ th: 'พ.ศ. {y}', en: '{y} BE' }, { y: view.beYear - 1 })}
        </a>
        <a class="pagination__next" href={yearPageHref(view.beYear + 1)} rel="next" safe>
          {t({ th: 'พ.ศ. {y}', en: '{y} BE' }, { y: view.beYear + 1 })}
        </a>
      </nav>
      {view.years.length ? (
        <p class="body" data-years>
          <span safe>{t({ th: 'ปีที่มีข้อมูล:', en: 'Years on record:' })}</span>{' '}
          {view.years.map((y, i) => (
            <>
              {i > 0 ? ' · ' : ''}
              {y.beYear === view.beYear ? (
                <strong safe>{t({ th: '{y} ({n} วัน)', en: '{y} ({n} days)' }, { y: y.beYear, n: y.count })}</strong>
              ) : (
                <a href={yearPageHref(y.beYear)} safe>
                  {t({ th: '{y} ({n} วัน)', en: '{y} ({n} days)' }, { y: y.beYear, n: y.count })}
                </a>
              )}
            </>
          ))}
        </p>
      ) : (
        ''
      )}
    </>
  )
}

function HolidayTable({ ctx, view }: { ctx: PageContext; view: HolidayYearView }) {
  const t = ctx.t
  return (
    <Table<Holiday>
      caption={t({ th: 'วันหยุดราชการ พ.ศ. {y}: {n} วัน', en: 'Government holidays {y} BE: {n} days' }, { y: view.beYear, n: view.holidays.length })}
      empty={t({
        th: 'ยังไม่มีวันหยุดของปีนี้ เพิ่มทีละวัน หรือนำเข้าจากไฟล์ CSV',
        en: 'No holidays recorded for this year yet. Add them one by one or import a CSV file.',
      })}
      rows={view.holidays}
      columns={[
        { header: t({ th: 'วันที่', en: 'Date' }), cell: (h) => <span data-date={h.date} safe>{holidayDateText(h.date, ctx.locale)}</span> },
        { header: t({ th: 'ชื่อภาษาไทย', en: 'Thai name' }), cell: (h) => <span lang="th" safe>{h.nameTh}</span> },
        { header: t({ th: 'ชื่อภาษาอังกฤษ', en: 'English name' }), cell: (h) => <span lang="en" safe>{h.nameEn}</span> },
        { header: t({ th: 'ประเภท', en: 'Kind' }), cell: (h) => <Tag text={kindLabel(h.kind, ctx.locale)} colour={KIND_COLOURS[h.kind]} /> },
        {
          header: t({ th: 'จัดการ', en: 'Actions' }),
          cell: (h) => (
            <>
              <a href={`/admin/holidays/day/${h.date}`} safe>
                {t({ th: 'แก้ไข', en: 'Edit' })}
              </a>{' '}
              <a href={`/admin/holidays/day/${h.date}/delete`} safe>
                {t({ th: 'ลบ', en: 'Delete' })}
              </a>
            </>
          ),
        },
      ]}
    />
  )
}

/** One year of the government-holiday calendar, with its tools: add, import, export, substitutes, deadline check. */
export function HolidayYearPage({ ctx, view, deadline }: { ctx: PageContext; view: HolidayYearView; deadline: DeadlineState }) {
  const t = ctx.t
  const title = t({ th: 'วันหยุดราชการ พ.ศ. {y}', en: 'Government holidays {y} BE' }, { y: view.beYear })
  return (
    <Layout ctx={ctx} title={title} wide>
      <ErrorSummary ctx={ctx} errors={deadline.errors} />
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body" safe>
        {t({
          th: 'วันหยุดเหล่านี้ใช้นับกำหนดเวลาเป็นวันทำการทั้งระบบ วันหยุดที่ตรงกับเสาร์หรืออาทิตย์ได้วันหยุดชดเชยในวันทำการถัดไป และคณะรัฐมนตรีอาจประกาศวันหยุดพิเศษหรือเปลี่ยนแปลงได้ วันแรงงานแห่งชาติไม่ใช่วันหยุดราชการ',
          en: 'These days are skipped wherever the system counts business days. A holiday on a Saturday or Sunday gives a substitute on the next working day, and the cabinet may add special days or change them. Labour Day is not a government holiday.',
        })}
      </p>
      <YearNavigation ctx={ctx} view={view} />
      {view.lacksRoyalCeremony ? (
        <NotificationBanner title={t({ th: 'โปรดตรวจสอบ', en: 'Please check' })}>
          <p class="body" data-warning="no-royal-ceremony" safe>
            {t({
              th: 'ปีนี้ยังไม่มีวันพืชมงคล (วันพระราชพิธี) ซึ่งกำหนดใหม่ทุกปี รายการอาจเป็นเพียงการคาดการณ์ เพิ่มวันนี้เมื่อมีประกาศ',
              en: 'This year has no Royal Ploughing Ceremony day yet. Its date is set each year, so the list may be a prediction: add the day once it is announced.',
            })}
          </p>
        </NotificationBanner>
      ) : (
        ''
      )}
      <p class="body">
        <a href={`/admin/holidays/new?year=${view.beYear}`} class="button" role="button" safe>
          {t({ th: 'เพิ่มวันหยุด', en: 'Add a holiday' })}
        </a>{' '}
        <a href={`/admin/holidays/import?year=${view.beYear}`} class="button button--secondary" role="button" safe>
          {t({ th: 'นำเข้าทั้งปีจาก CSV', en: 'Import the year from CSV' })}
        </a>{' '}
        <a href={`/admin/holidays/${view.beYear}.csv`} class="button button--secondary" role="button" safe>
          {t({ th: 'ดาวน์โหลด CSV', en: 'Download CSV' })}
        </a>
      </p>
      <HolidayTable ctx={ctx} view={view} />
      <SubstituteProposals ctx={ctx} proposals={view.proposals} />
      <DeadlineCheckSection ctx={ctx} beYear={view.beYear} state={deadline} />
    </Layout>
  )
}
