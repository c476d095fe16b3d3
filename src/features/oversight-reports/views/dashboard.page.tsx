import { ORGANISATION_KIND_LABELS, isOrganisationKind } from '../../../platform/auth/roles.ts'
import { Tag } from '../../../web/components/display.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { STATUS_LABELS } from '../oversight-report.domain.ts'
import type { Dashboard, ScheduleBoard } from '../oversight-dashboard.use-cases.ts'
import { percent, STATUS_COLOURS } from './report-text.ts'

const kindLabel = (ctx: PageContext, kind: string) => (isOrganisationKind(kind) ? ctx.t(ORGANISATION_KIND_LABELS[kind]) : kind)

/** /staff/oversight/reports: agencies × periods, reporting rate and timeliness (A5). */
export function DashboardPage({ ctx, dashboard }: { ctx: PageContext; dashboard: Dashboard }) {
  const t = ctx.t
  const title = t({ th: 'ภาพรวมการรายงานของหน่วยงาน', en: 'Agency reporting dashboard' })
  return (
    <Layout ctx={ctx} title={title} wide>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body" safe>
        {t({ th: 'ปีงบประมาณ {y} · อัตราการรายงาน = ได้รับ ÷ ที่ต้องส่ง · ตรงเวลา = ส่งภายในกำหนด ÷ ที่ต้องส่ง', en: 'Fiscal year {y} · reporting rate = received ÷ expected · timeliness = on time ÷ expected' }, { y: dashboard.fiscalYear })}
      </p>
      <p class="body">
        <a class="button" href="/staff/oversight/reports/schedules/new" safe>
          {t({ th: 'กำหนดการรายงานใหม่', en: 'Schedule a report' })}
        </a>
        {' '}
        <a href={`/staff/oversight/reports?fy=${dashboard.fiscalYear - 1}`} safe>
          {t({ th: '‹ ปีงบประมาณ {y}', en: '‹ FY {y}' }, { y: dashboard.fiscalYear - 1 })}
        </a>
        {' · '}
        <a href={`/staff/oversight/reports?fy=${dashboard.fiscalYear + 1}`} safe>
          {t({ th: 'ปีงบประมาณ {y} ›', en: 'FY {y} ›' }, { y: dashboard.fiscalYear + 1 })}
        </a>
      </p>
      {dashboard.boards.length === 0 ? (
        <p class="body" safe>
          {t({ th: 'ยังไม่มีการกำหนดการรายงานในปีงบประมาณนี้', en: 'No reports are scheduled this fiscal year.' })}
        </p>
      ) : (
        dashboard.boards.map((b) => <Board ctx={ctx} board={b} />)
      )}
    </Layout>
  )
}

function Board({ ctx, board }: { ctx: PageContext; board: ScheduleBoard }) {
  const t = ctx.t
  const periods = board.periods.filter((p) => p.opened)
  const name = ctx.locale === 'th' ? board.schedule.titleTh : board.schedule.titleEn || board.schedule.titleTh
  return (
    <section aria-labelledby={`board-${board.schedule.id}`}>
      <h2 class="heading-l" id={`board-${board.schedule.id}`} safe>
        {name}
      </h2>
      <div class="table-wrap" tabindex="0" role="region" aria-label={t({ th: 'อัตราการรายงาน: {n}', en: 'Reporting rates: {n}' }, { n: name })}>
        <table class="table">
          <caption class="table__caption" safe>
            {t({ th: 'อัตราการรายงานรายงวด', en: 'Rates by period' })}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="table__header" safe>{t({ th: 'งวด', en: 'Period' })}</th>
              <th scope="col" class="table__header" safe>{t({ th: 'กำหนดส่ง', en: 'Due' })}</th>
              <th scope="col" class="table__header table__header--numeric" safe>{t({ th: 'ต้องส่ง', en: 'Expected' })}</th>
              <th scope="col" class="table__header table__header--numeric" safe>{t({ th: 'ได้รับ', en: 'Received' })}</th>
              <th scope="col" class="table__header table__header--numeric" safe>{t({ th: 'อัตราการรายงาน', en: 'Reporting rate' })}</th>
              <th scope="col" class="table__header table__header--numeric" safe>{t({ th: 'ตรงเวลา', en: 'Timeliness' })}</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <>
                <tr>
                  <th scope="row" class="table__header">
                    <span safe>{t(p.label)}</span>
                    {p.periodId ? (
                      <>
                        <br />
                        <a href={`/staff/oversight/reports/periods/${p.periodId}/export.docx`} safe>{t({ th: 'Word รวม', en: 'Word' })}</a>{' · '}
                        <a href={`/staff/oversight/reports/periods/${p.periodId}/export.xlsx`} safe>{t({ th: 'Excel รวม', en: 'Excel' })}</a>
                      </>
                    ) : (
                      ''
                    )}
                  </th>
                  <td class="table__cell" safe>{formatDay(p.deadline ?? p.endsOn, ctx.locale)}</td>
                  <td class="table__cell table__cell--numeric" safe>{String(p.rates.expected)}</td>
                  <td class="table__cell table__cell--numeric" safe>{String(p.rates.received)}</td>
                  <td class="table__cell table__cell--numeric" safe>{percent(p.rates.reportingRate)}</td>
                  <td class="table__cell table__cell--numeric" safe>{percent(p.rates.timeliness)}</td>
                </tr>
                {p.byKind.map((k) => (
                  <tr>
                    <td class="table__cell" safe>{`— ${kindLabel(ctx, k.kind)}`}</td>
                    <td class="table__cell"></td>
                    <td class="table__cell table__cell--numeric" safe>{String(k.rates.expected)}</td>
                    <td class="table__cell table__cell--numeric" safe>{String(k.rates.received)}</td>
                    <td class="table__cell table__cell--numeric" safe>{percent(k.rates.reportingRate)}</td>
                    <td class="table__cell table__cell--numeric" safe>{percent(k.rates.timeliness)}</td>
                  </tr>
                ))}
              </>
            ))}
          </tbody>
        </table>
      </div>
      <div class="table-wrap" tabindex="0" role="region" aria-label={t({ th: 'สถานะรายงานรายหน่วยงาน: {n}', en: 'Report states by agency: {n}' }, { n: name })}>
        <table class="table">
          <caption class="table__caption" safe>
            {t({ th: 'สถานะรายงานรายหน่วยงาน', en: 'Report states by agency' })}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="table__header" safe>{t({ th: 'หน่วยงาน', en: 'Agency' })}</th>
              {periods.map((p) => (
                <th scope="col" class="table__header" safe>{p.key}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {board.agencies.map((a) => (
              <tr>
                <th scope="row" class="table__header">
                  <span safe>{ctx.locale === 'th' ? a.nameTh : a.nameEn || a.nameTh}</span>
                  <br />
                  <span class="hint" safe>{kindLabel(ctx, a.kind)}</span>
                </th>
                {periods.map((p) => {
                  const c = a.cells[p.key]
                  if (!c) return <td class="table__cell">–</td>
                  const tag = (
                    <>
                      <Tag text={t(STATUS_LABELS[c.status])} colour={STATUS_COLOURS[c.status]} />
                      {c.late ? (
                        <>
                          {' '}
                          <Tag text={t({ th: 'ล่าช้า', en: 'Late' })} colour="red" />
                        </>
                      ) : (
                        ''
                      )}
                      {c.nothingToReport ? (
                        <>
                          {' '}
                          <Tag text={t({ th: 'ไม่มีเรื่อง', en: 'Nothing' })} colour="grey" />
                        </>
                      ) : (
                        ''
                      )}
                    </>
                  )
                  return <td class="table__cell">{c.submissions > 0 ? <a href={`/staff/oversight/reports/${c.reportId}`}>{tag}</a> : tag}</td>
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {board.late.length ? (
        <>
          <h3 class="heading-s" safe>{t({ th: 'หน่วยงานที่ยังไม่ส่งและเลยกำหนด', en: 'Agencies late and not yet reported' })}</h3>
          <ul class="list list--bullet">
            {board.late.map((l) => (
              <li safe>{`${l.agency} (${l.period})`}</li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
    </section>
  )
}
