import type { RenderedChart } from '../../../platform/charts/index.ts'
import { ChartFigure } from '../../../web/components/chart-figure.tsx'
import { SummaryList } from '../../../web/components/display.tsx'
import { formatInstant } from '../../../web/format-time.ts'
import type { PageContext } from '../../../web/page-context.ts'
import { formatBaht, formatPercent, type PlanTotals } from '../budget.domain.ts'
import type { BudgetVersion } from '../budget.repository.ts'

export type BudgetCharts = { quarters: RenderedChart; share: RenderedChart | undefined }

const num = (satang: number | null) => (satang === null ? '–' : formatBaht(satang))

/**
 * One version of a year's plan as anyone reads it: the headline figures, the infographic (each
 * chart with its figures as a table) and every line with planned and actual spending and totals.
 */
export function BudgetReport({ ctx, shown, totals, charts }: { ctx: PageContext; shown: BudgetVersion; totals: PlanTotals; charts: BudgetCharts }) {
  const t = ctx.t
  const reported = totals.reportedThrough
  return (
    <>
      <h2 class="heading-l" safe>
        {t({ th: 'ภาพรวม', en: 'At a glance' })}
      </h2>
      <SummaryList
        rows={[
          { key: t({ th: 'งบประมาณที่ได้รับทั้งสิ้น', en: 'Total allocation' }), value: <span safe>{`${formatBaht(totals.allocated)} ${t({ th: 'บาท', en: 'baht' })}`}</span> },
          { key: t({ th: 'แผนการใช้จ่ายรวม', en: 'Planned spending' }), value: <span safe>{`${formatBaht(totals.planned)} ${t({ th: 'บาท', en: 'baht' })}`}</span> },
          {
            key: t({ th: 'ใช้จ่ายจริงแล้ว', en: 'Spent so far' }),
            value: <strong safe>{t({ th: '{a} บาท ({p} ของงบประมาณ)', en: '{a} baht ({p} of the allocation)' }, { a: formatBaht(totals.actual), p: formatPercent(totals.percentSpent) })}</strong>,
          },
          { key: t({ th: 'คงเหลือ', en: 'Remaining' }), value: <span safe>{`${formatBaht(totals.remaining)} ${t({ th: 'บาท', en: 'baht' })}`}</span> },
          {
            key: t({ th: 'รายงานผลการใช้จ่ายถึง', en: 'Results reported through' }),
            value: <span safe>{reported === 0 ? t({ th: 'ยังไม่มีการรายงานผล', en: 'No results reported yet' }) : t({ th: 'ไตรมาสที่ {q}', en: 'Quarter {q}' }, { q: reported })}</span>,
          },
          { key: t({ th: 'ผู้รับผิดชอบข้อมูล', en: 'Responsible' }), value: <span safe>{shown.responsible}</span> },
          { key: t({ th: 'ปรับปรุงล่าสุด', en: 'Last updated' }), value: <span safe>{`${formatInstant(shown.createdAt, ctx.locale)} (${t({ th: 'ฉบับที่', en: 'version' })} ${shown.version})`}</span> },
        ]}
      />
      {shown.notes ? (
        <div class="inset-text">
          <p class="body preserve-lines" safe>
            {shown.notes}
          </p>
        </div>
      ) : (
        ''
      )}
      <h2 class="heading-l" safe>
        {t({ th: 'อินโฟกราฟิก', en: 'Infographic' })}
      </h2>
      <ChartFigure chart={charts.quarters} tableLabel={t({ th: 'ดูตัวเลขในแผนภูมิเป็นตาราง', en: 'Show the chart’s figures as a table' })} />
      {charts.share ? <ChartFigure chart={charts.share} tableLabel={t({ th: 'ดูตัวเลขในแผนภูมิเป็นตาราง', en: 'Show the chart’s figures as a table' })} /> : ''}
      <h2 class="heading-l" safe>
        {t({ th: 'รายละเอียดรายแผนงาน/โครงการ', en: 'Line by line' })}
      </h2>
      <LinesTable ctx={ctx} totals={totals} />
    </>
  )
}

export function LinesTable({ ctx, totals }: { ctx: PageContext; totals: PlanTotals }) {
  const t = ctx.t
  const caption = t({ th: 'แผนและผลการใช้จ่ายงบประมาณ (บาท)', en: 'Planned and actual spending (baht)' })
  const numeric = 'table__cell table__cell--numeric'
  return (
    <div class="table-wrap" tabindex="0" role="region" aria-label={caption}>
      <table class="table">
        <caption class="table__caption" safe>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="table__header" safe>
              {t({ th: 'แผนงาน/โครงการ/หมวดรายจ่าย', en: 'Programme / project / category' })}
            </th>
            <th scope="col" class="table__header table__header--numeric" safe>
              {t({ th: 'งบประมาณที่ได้รับ', en: 'Allocated' })}
            </th>
            <th scope="col" class="table__header table__header--numeric" safe>
              {t({ th: 'แผนการใช้จ่าย', en: 'Planned' })}
            </th>
            {[1, 2, 3, 4].map((q) => (
              <th scope="col" class="table__header table__header--numeric" safe>
                {t({ th: 'ผลไตรมาส {q}', en: 'Actual Q{q}' }, { q })}
              </th>
            ))}
            <th scope="col" class="table__header table__header--numeric" safe>
              {t({ th: 'ใช้จ่ายจริงรวม', en: 'Actual total' })}
            </th>
            <th scope="col" class="table__header table__header--numeric" safe>
              {t({ th: 'ร้อยละที่ใช้จ่าย', en: 'Spent' })}
            </th>
          </tr>
        </thead>
        <tbody>
          {totals.lines.map((s) => (
            <tr>
              <th scope="row" class="table__cell">
                <span safe>{s.line.name}</span>
                {s.line.category ? (
                  <span class="hint" safe>
                    {` ${s.line.category}`}
                  </span>
                ) : (
                  ''
                )}
              </th>
              <td class={numeric} safe>
                {formatBaht(s.line.allocated)}
              </td>
              <td class={numeric} safe>
                {formatBaht(s.planned)}
              </td>
              {s.line.actual.map((a) => (
                <td class={numeric} safe>
                  {num(a)}
                </td>
              ))}
              <td class={numeric} safe>
                {formatBaht(s.actual)}
              </td>
              <td class={numeric} safe>
                {formatPercent(s.percentSpent)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" class="table__cell" safe>
              {t({ th: 'รวมทั้งสิ้น', en: 'Total' })}
            </th>
            <td class={numeric}>
              <strong safe>{formatBaht(totals.allocated)}</strong>
            </td>
            <td class={numeric}>
              <strong safe>{formatBaht(totals.planned)}</strong>
            </td>
            {totals.actualByQuarter.map((a) => (
              <td class={numeric}>
                <strong safe>{num(a)}</strong>
              </td>
            ))}
            <td class={numeric}>
              <strong safe>{formatBaht(totals.actual)}</strong>
            </td>
            <td class={numeric}>
              <strong safe>{formatPercent(totals.percentSpent)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
