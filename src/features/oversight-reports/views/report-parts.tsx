import type { Answers, FormDefinition } from '../../../platform/forms/index.ts'
import { SummaryList, Tag } from '../../../web/components/display.tsx'
import { formatDay, formatInstant } from '../../../web/format-time.ts'
import type { PageContext } from '../../../web/page-context.ts'
import { allItems } from '../../../platform/forms/index.ts'
import { STATUS_LABELS } from '../oversight-report.domain.ts'
import type { ReportView } from '../oversight-reports.use-cases.ts'
import { STATUS_COLOURS } from './report-text.ts'

export function ReportFacts({ ctx, view }: { ctx: PageContext; view: ReportView }) {
  const t = ctx.t
  const r = view.report
  return (
    <SummaryList
      rows={[
        {
          key: t({ th: 'สถานะ', en: 'Status' }),
          value: (
            <>
              <Tag text={t(STATUS_LABELS[r.status])} colour={STATUS_COLOURS[r.status]} />
              {view.late ? (
                <>
                  {' '}
                  <Tag text={t({ th: 'ล่าช้า', en: 'Late' })} colour="red" />
                </>
              ) : (
                ''
              )}
              {r.nothingToReport ? (
                <>
                  {' '}
                  <Tag text={t({ th: 'ไม่มีเรื่องรายงานในงวดนี้', en: 'Nothing to report' })} colour="grey" />
                </>
              ) : (
                ''
              )}
            </>
          ),
        },
        { key: t({ th: 'งวด', en: 'Period' }), value: <span safe>{`${r.periodKey} (${formatDay(r.startsOn, ctx.locale)} – ${formatDay(r.endsOn, ctx.locale)})`}</span> },
        { key: t({ th: 'กำหนดส่ง', en: 'Due' }), value: <span safe>{formatDay(r.deadline, ctx.locale, 'long')}</span> },
        { key: t({ th: 'แบบรายงาน', en: 'Form' }), value: <span safe>{t({ th: 'ฉบับที่ {v}', en: 'Version {v}' }, { v: view.formVersion })}</span> },
        ...(r.nothingToReport ? [{ key: t({ th: 'เหตุผลที่ไม่มีเรื่องรายงาน', en: 'Why nothing to report' }), value: <span safe>{r.nothingReason}</span> }] : []),
        ...(r.headSignedAt
          ? [{ key: t({ th: 'ลงนามโดย', en: 'Signed by' }), value: <span safe>{`${r.headName ?? ''} ${r.headPosition ?? ''} · ${formatInstant(r.headSignedAt, ctx.locale)}`}</span> }]
          : []),
        ...(r.submissions ? [{ key: t({ th: 'ส่งแล้ว', en: 'Submissions' }), value: <span safe>{String(r.submissions)}</span> }] : []),
        { key: t({ th: 'ไฟล์', en: 'File' }), value: <a href={`/staff/reports/${r.id}/export.docx`} safe>{t({ th: 'ดาวน์โหลด Word ตามแบบรายงาน', en: 'Download as Word (official layout)' })}</a> },
      ]}
    />
  )
}

/** The reasons of the last return, item by item, for the agency fixing its report. */
export function ReturnReasons({ ctx, view }: { ctx: PageContext; view: ReportView }) {
  const last = Math.max(0, ...view.reasons.map((r) => r.submission))
  const reasons = view.reasons.filter((r) => r.submission === last)
  if (reasons.length === 0 || view.report.status === 'accepted') return ''
  const titleOf = (id: string) => {
    const e = allItems(view.def).find((x) => x.item.id === id)
    return e ? (e.item.number ? `${e.item.number} ${ctx.t(e.item.title)}` : ctx.t(e.item.title)) : ctx.t({ th: 'ทั้งฉบับ', en: 'The report as a whole' })
  }
  return (
    <div class="inset-text" id="return-reasons">
      <h2 class="heading-m" safe>
        {ctx.t({ th: 'เหตุผลที่ส่งกลับ (ครั้งที่ {n})', en: 'Why it was returned (submission {n})' }, { n: last })}
      </h2>
      <ul class="list list--bullet">
        {reasons.map((r) => (
          <li>
            <strong safe>{titleOf(r.itemId)}</strong>: <span safe>{r.reason}</span>
          </li>
        ))}
      </ul>
      {view.report.replyBy ? (
        <p class="body" safe>
          {ctx.t({ th: 'ขอให้ส่งฉบับแก้ไขภายใน {d}', en: 'Please resubmit by {d}' }, { d: formatDay(view.report.replyBy, ctx.locale, 'long') })}
        </p>
      ) : (
        ''
      )}
    </div>
  )
}

export function HistoryList({ ctx, view }: { ctx: PageContext; view: ReportView }) {
  if (view.history.length === 0) return ''
  return (
    <>
      <h2 class="heading-m" safe>
        {ctx.t({ th: 'ความเคลื่อนไหว', en: 'History' })}
      </h2>
      <ol class="list">
        {view.history.map((h) => (
          <li>
            <span safe>{`${formatInstant(h.at, ctx.locale)} · ${h.by}: ${ctx.t(STATUS_LABELS[h.from])} → ${ctx.t(STATUS_LABELS[h.to])}`}</span>
            {h.reason ? <span safe>{` (${h.reason})`}</span> : ''}
          </li>
        ))}
      </ol>
    </>
  )
}

/** Pre-filled answers are put in the form with their source; saving confirms them. */
export function withPrefill(view: ReportView): Answers {
  const answers: Answers = { ...view.answers }
  for (const p of view.prefill) answers[p.itemId] = { type: 'link', url: p.url, how: '', source: p.source }
  return answers
}

export const defTitle = (ctx: PageContext, def: FormDefinition) => ctx.t(def.title)
