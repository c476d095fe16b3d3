import type { PageContext } from '../../../web/page-context.ts'
import { Button, SummaryList, Table, Tag } from '../../../web/components/display.tsx'
import { Select } from '../../../web/components/form-fields.tsx'
import { ITA_INDICATORS, ITA_TOOL_LABELS, ITA_TOOLS, type ItaIndicator, type TrendPoint } from '../ita-score.domain.ts'
import type { ScoredResult } from '../ita-results.use-cases.ts'
import type { PlanTableRow } from '../improvement-plan.domain.ts'
import { PLAN_ITEM_STATUS_LABELS, PLAN_TABLE_COLUMNS, type PlanItem } from '../improvement-plan.domain.ts'

/** "In progress 40% – note", "Done", "Not started". */
export function progressText(ctx: PageContext, i: PlanItem): string {
  const label = PLAN_ITEM_STATUS_LABELS[i.status][ctx.locale]
  const percent = i.status === 'in_progress' && i.progress > 0 ? ` ${i.progress}%` : ''
  return `${label}${percent}${i.note ? ` – ${i.note}` : ''}`
}

export const score2 = (n: number) => n.toFixed(2)

/** One agency-year: the ten indicators, the three tools, the total and its grade or label. */
export function ResultDetail({ ctx, result }: { ctx: PageContext; result: ScoredResult }) {
  const t = ctx.t
  return (
    <>
      <SummaryList
        rows={[
          { key: t({ th: 'คะแนนรวม', en: 'Total score' }), value: <strong>{result.score ? score2(result.score.total) : '—'}</strong> },
          { key: t({ th: 'ผลการประเมิน', en: 'Result' }), value: result.score ? <Tag text={result.score.rating[ctx.locale]} colour={result.score.meetsTarget ? 'green' : 'red'} /> : '—' },
          ...ITA_TOOLS.map((tool) => ({ key: ITA_TOOL_LABELS[tool][ctx.locale], value: <span>{result.score ? score2(result.score.tools[tool]) : '—'}</span> })),
        ]}
      />
      <Table<ItaIndicator>
        caption={t({ th: 'คะแนนรายตัวชี้วัด ปีงบประมาณ {y}', en: 'Scores by indicator, fiscal year {y}' }, { y: result.fiscalYear })}
        rows={[...ITA_INDICATORS]}
        columns={[
          { header: t({ th: 'ตัวชี้วัด', en: 'Indicator' }), cell: (i) => <span safe>{`${i.number}. ${ctx.locale === 'th' ? i.th : i.en}`}</span> },
          { header: t({ th: 'เครื่องมือ', en: 'Tool' }), cell: (i) => <span>{i.tool}</span> },
          { header: t({ th: 'คะแนน', en: 'Score' }), numeric: true, cell: (i) => <span safe>{score2(result.scores[i.number])}</span> },
        ]}
      />
    </>
  )
}

/** `current`: the year on show, marked instead of linked, so the table doubles as the year picker. */
export function HistoryTable({ ctx, history, trend, linkTo, current }: { ctx: PageContext; history: readonly ScoredResult[]; trend: readonly TrendPoint[]; linkTo?: (year: number) => string; current?: number | undefined }) {
  const t = ctx.t
  const changeOf = (year: number) => trend.find((p) => p.fiscalYear === year)?.change ?? null
  return (
    <Table<ScoredResult>
      caption={t({ th: 'ผลการประเมินย้อนหลัง', en: 'Results over the years' })}
      rows={[...history].reverse()}
      columns={[
        { header: t({ th: 'ปีงบประมาณ', en: 'Fiscal year' }), cell: (r) =>
            linkTo && r.fiscalYear !== current ? (
              <a href={linkTo(r.fiscalYear)} safe>
                {String(r.fiscalYear)}
              </a>
            ) : (
              <strong aria-current={r.fiscalYear === current ? 'true' : undefined} safe>
                {String(r.fiscalYear)}
              </strong>
            ),
        },
        { header: t({ th: 'คะแนนรวม', en: 'Total' }), numeric: true, cell: (r) => <span>{r.score ? score2(r.score.total) : '—'}</span> },
        {
          header: t({ th: 'เปลี่ยนแปลง', en: 'Change' }),
          numeric: true,
          cell: (r) => {
            const c = changeOf(r.fiscalYear)
            return <span safe>{c === null ? '—' : `${c > 0 ? '+' : ''}${score2(c)}`}</span>
          },
        },
        { header: t({ th: 'ผลการประเมิน', en: 'Result' }), cell: (r) => <span>{r.score ? r.score.rating[ctx.locale] : '—'}</span> },
      ]}
    />
  )
}

/** Seed 001's table: weakest indicator first, its measures with owner, due date and progress. */
export function PlanTable({ ctx, rows, formatDay }: { ctx: PageContext; rows: readonly PlanTableRow[]; formatDay: (d: string) => string }) {
  const [no, ind, score, measures] = PLAN_TABLE_COLUMNS.map((c) => c[ctx.locale]) as [string, string, string, string]
  return (
    <Table<PlanTableRow>
      caption={ctx.t({ th: 'แผนมาตรการส่งเสริมคุณธรรมและความโปร่งใส', en: 'Integrity and transparency improvement plan' })}
      rows={[...rows]}
      columns={[
        { header: no, numeric: true, cell: (r) => <span safe>{String(r.order)}</span> },
        { header: ind, cell: (r) => <span safe>{ctx.locale === 'th' ? r.indicatorTh : r.indicatorEn}</span> },
        { header: score, numeric: true, cell: (r) => <span safe>{score2(r.score)}</span> },
        {
          header: measures,
          cell: (r) =>
            r.items.length === 0 ? (
              '—'
            ) : (
              <ul class="list list--bullet">
                {r.items.map((i) => (
                  <li>
                    <span safe>{i.th}</span>
                    <br />
                    <span class="hint" safe>
                      {ctx.t({ th: 'ผู้รับผิดชอบ {o} · ภายใน {d} · {s}', en: 'Owner {o} · due {d} · {s}' }, { o: i.owner, d: formatDay(i.dueDate), s: progressText(ctx, i) })}
                    </span>
                  </li>
                ))}
              </ul>
            ),
        },
      ]}
    />
  )
}

/** Choose the year on show: a GET form, so it works without script and the address can be shared. */
export function YearPicker({ ctx, action, history, current }: { ctx: PageContext; action: string; history: readonly ScoredResult[]; current: number | undefined }) {
  if (history.length < 2) return ''
  const years = history.map((h) => h.fiscalYear).sort((a, b) => b - a)
  return (
    <form method="get" action={action} class="search-form" id="year-picker">
      <Select id="year" label={ctx.t({ th: 'ปีงบประมาณ', en: 'Fiscal year' })} options={years.map((y) => ({ value: String(y), text: String(y) }))} value={current === undefined ? undefined : String(current)} />
      <Button text={ctx.t({ th: 'แสดง', en: 'Show' })} kind="secondary" />
    </form>
  )
}
