import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Tag } from '../../../web/components/display.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import { LATENESS_LABELS, STATE_LABELS, type RequestState } from '../info-requests.domain.ts'
import type { StaffList, StaffRow } from '../info-requests.use-cases.ts'
import { LATENESS_COLOURS, STATE_COLOURS } from './info-text.ts'

function RequestTable({ ctx, rows, caption }: { ctx: PageContext; rows: StaffRow[]; caption: string }) {
  const t = ctx.t
  return (
    <div class="table-wrap">
      <table class="table">
        <caption class="table__caption" safe>{caption}</caption>
        <thead>
          <tr>
            <th class="table__header" scope="col" safe>{t({ th: 'เลขที่', en: 'Number' })}</th>
            <th class="table__header" scope="col" safe>{t({ th: 'สถานะ', en: 'State' })}</th>
            <th class="table__header" scope="col" safe>{t({ th: 'กำหนด', en: 'Due' })}</th>
            <th class="table__header" scope="col" safe>{t({ th: 'ผู้รับผิดชอบ', en: 'Assigned to' })}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <td class="table__cell nowrap">
                <a href={`/staff/information-requests/${r.id}`} safe>
                  {r.number}
                </a>
              </td>
              <td class="table__cell">
                <Tag text={t(STATE_LABELS[r.status as RequestState])} colour={STATE_COLOURS[r.status as RequestState]} />
              </td>
              <td class="table__cell">
                <span>{r.due_on ? formatDay(r.due_on, ctx.locale) : '–'}</span> {r.lateness !== 'on_time' ? <Tag text={t(LATENESS_LABELS[r.lateness])} colour={LATENESS_COLOURS[r.lateness]} /> : ''}
              </td>
              <td class="table__cell" safe>
                {r.assignee ?? '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function StaffListPage({ ctx, list }: { ctx: PageContext; list: StaffList }) {
  const t = ctx.t
  const title = t({ th: 'คำขอข้อมูลข่าวสาร', en: 'Information requests' })
  return (
    <Layout ctx={ctx} title={title} wide>
      <span class="caption-l" safe>
        {orgName(list.org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body">
        {list.canAct ? (
          <a href={`/staff/information-requests/new?org=${list.org.id}`} class="button" role="button" safe>
            {t({ th: 'บันทึกคำขอที่ยื่น ณ สำนักงาน', en: 'Record a counter request' })}
          </a>
        ) : (
          ''
        )}{' '}
        <a href={`/o/${list.org.slug}/information`} safe>
          {t({ th: 'ศูนย์ข้อมูลข่าวสาร (หน้าสาธารณะ)', en: 'Information centre (public page)' })}
        </a>
      </p>
      {list.overdue.length > 0 ? (
        <RequestTable ctx={ctx} rows={list.overdue} caption={list.isHead ? t({ th: 'คำขอที่เลยกำหนด (สำหรับหัวหน้าหน่วยงาน)', en: 'Overdue requests (for the head of the agency)' }) : t({ th: 'คำขอที่เลยกำหนด', en: 'Overdue requests' })} />
      ) : (
        ''
      )}
      <RequestTable ctx={ctx} rows={list.rows} caption={t({ th: 'คำขอทั้งหมด', en: 'All requests' })} />
    </Layout>
  )
}
