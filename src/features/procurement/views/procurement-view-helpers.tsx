import type { PageContext } from '../../../web/page-context.ts'
import { Tag, type TagColour } from '../../../web/components/display.tsx'
import { formatDay, formatInstant } from '../../../web/format-time.ts'
import { formatBaht, MONTH_STATE_LABELS, type MonthContent, type MonthState, type MonthStatus } from '../procurement.domain.ts'
import { METHOD_LABELS, type ProcurementMethod } from '../procurement.domain.ts'
import { monthLabel } from '../procurement-exports.ts'

export const baht = (satang: number | null) => (satang === null ? '–' : formatBaht(satang))
export const methodText = (ctx: PageContext, m: ProcurementMethod) => METHOD_LABELS[m][ctx.locale]
export { monthLabel }

const STATE_COLOURS: Record<MonthState, TagColour> = { not_reported: 'grey', draft: 'yellow', none: 'blue', published: 'green' }

export function MonthStateTags({ ctx, status }: { ctx: PageContext; status: MonthStatus }) {
  return (
    <>
      <Tag text={ctx.t(MONTH_STATE_LABELS[status.state])} colour={STATE_COLOURS[status.state]} />
      {status.overdue ? (
        <>
          {' '}
          <Tag text={ctx.t({ th: 'เกินกำหนด', en: 'Overdue' })} colour="red" />
        </>
      ) : (
        ''
      )}
    </>
  )
}

/** The สขร.1 table of one month, as the public and the staff read it. */
export function MonthTable({ ctx, content, caption }: { ctx: PageContext; content: MonthContent; caption: string }) {
  const t = ctx.t
  if (content.noProcurement) {
    return (
      <p class="inset-text" safe>
        {t({ th: 'ไม่มีการจัดซื้อจัดจ้างในเดือนนี้', en: 'No procurement this month' })}
      </p>
    )
  }
  return (
    <div class="table-wrap" tabindex="0" role="region" aria-label={caption}>
      <table class="table">
        <caption class="table__caption" safe>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="table__header" safe>{t({ th: 'ลำดับที่', en: 'No.' })}</th>
            <th scope="col" class="table__header" safe>{t({ th: 'งานที่จัดซื้อหรือจัดจ้าง', en: 'Purchase' })}</th>
            <th scope="col" class="table__header table__header--numeric" safe>{t({ th: 'วงเงินที่จะซื้อหรือจ้าง (บาท)', en: 'Budget (baht)' })}</th>
            <th scope="col" class="table__header table__header--numeric" safe>{t({ th: 'ราคากลาง (บาท)', en: 'Reference price (baht)' })}</th>
            <th scope="col" class="table__header" safe>{t({ th: 'วิธีซื้อหรือจ้าง', en: 'Method' })}</th>
            <th scope="col" class="table__header" safe>{t({ th: 'รายชื่อผู้เสนอราคาและราคาที่เสนอ', en: 'Bidders and prices' })}</th>
            <th scope="col" class="table__header" safe>{t({ th: 'ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง', en: 'Selected supplier and agreed price' })}</th>
            <th scope="col" class="table__header" safe>{t({ th: 'เหตุผลที่คัดเลือกโดยสรุป', en: 'Reason for the selection' })}</th>
            <th scope="col" class="table__header" safe>{t({ th: 'เลขที่และวันที่ของสัญญาหรือข้อตกลง', en: 'Contract number and date' })}</th>
          </tr>
        </thead>
        <tbody>
          {content.rows.map((r, i) => (
            <tr>
              <td class="table__cell" safe>{String(i + 1)}</td>
              <td class="table__cell" safe>{r.item}</td>
              <td class="table__cell table__cell--numeric" safe>{baht(r.budget)}</td>
              <td class="table__cell table__cell--numeric" safe>{baht(r.referencePrice)}</td>
              <td class="table__cell" safe>{methodText(ctx, r.method)}</td>
              <td class="table__cell preserve-lines" safe>{r.bidders}</td>
              <td class="table__cell">
                <span safe>{r.winner}</span>
                <br />
                <span safe>{t({ th: 'ราคา {p} บาท', en: '{p} baht' }, { p: baht(r.agreedPrice) })}</span>
              </td>
              <td class="table__cell preserve-lines" safe>{r.reason}</td>
              <td class="table__cell">
                <span safe>{r.contractNo}</span>
                {r.contractDate ? (
                  <>
                    <br />
                    <span safe>{t({ th: 'ลงวันที่ {d}', en: 'dated {d}' }, { d: formatDay(r.contractDate, ctx.locale) })}</span>
                  </>
                ) : (
                  ''
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** The plan's lines: the columns NACC's evidence shows (no., e-GP number, project, budget, source, method, month). */
export function PlanTable({ ctx, content, fiscalYear, caption }: { ctx: PageContext; content: import('../procurement.domain.ts').PlanContent; fiscalYear: number; caption: string }) {
  const t = ctx.t
  const total = content.lines.reduce((s, l) => s + l.budget, 0)
  return (
    <div class="table-wrap" tabindex="0" role="region" aria-label={caption}>
      <table class="table">
        <caption class="table__caption" safe>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="table__header" safe>{t({ th: 'ลำดับที่', en: 'No.' })}</th>
            <th scope="col" class="table__header" safe>{t({ th: 'เลขที่โครงการ e-GP', en: 'e-GP number' })}</th>
            <th scope="col" class="table__header" safe>{t({ th: 'งาน/โครงการ', en: 'Project' })}</th>
            <th scope="col" class="table__header table__header--numeric" safe>{t({ th: 'วงเงินงบประมาณ (บาท)', en: 'Budget (baht)' })}</th>
            <th scope="col" class="table__header" safe>{t({ th: 'แหล่งที่มาของงบประมาณ', en: 'Source of funds' })}</th>
            <th scope="col" class="table__header" safe>{t({ th: 'วิธีจัดซื้อจัดจ้าง', en: 'Method' })}</th>
            <th scope="col" class="table__header" safe>{t({ th: 'คาดว่าจะประกาศจัดซื้อจัดจ้าง', en: 'Expected announcement' })}</th>
          </tr>
        </thead>
        <tbody>
          {content.lines.map((l, i) => (
            <tr>
              <td class="table__cell" safe>{String(i + 1)}</td>
              <td class="table__cell" safe>{l.egpId || '–'}</td>
              <td class="table__cell" safe>{l.project}</td>
              <td class="table__cell table__cell--numeric" safe>{baht(l.budget)}</td>
              <td class="table__cell" safe>{l.fundSource}</td>
              <td class="table__cell" safe>{methodText(ctx, l.method)}</td>
              <td class="table__cell" safe>{monthLabel(fiscalYear, l.announceMonth, ctx.locale)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" class="table__header" colspan="3" safe>{t({ th: 'รวม', en: 'Total' })}</th>
            <td class="table__cell table__cell--numeric" safe>{baht(total)}</td>
            <td class="table__cell" colspan="3"></td>
          </tr>
        </tbody>
      </table>
    </div>
  )
}

export function VersionList({ ctx, versions, hrefOf }: { ctx: PageContext; versions: readonly { version: number; createdAt: Date; createdByName?: string | null }[]; hrefOf?: ((n: number) => string) | undefined }) {
  const t = ctx.t
  if (versions.length === 0) return ''
  return (
    <details class="details">
      <summary safe>{t({ th: 'ฉบับที่บันทึกไว้ ({n})', en: 'Saved versions ({n})' }, { n: versions.length })}</summary>
      <ul class="list">
        {versions.map((v) => (
          <li>
            {hrefOf ? (
              <a href={hrefOf(v.version)} safe>
                {t({ th: 'ฉบับที่ {n}', en: 'Version {n}' }, { n: v.version })}
              </a>
            ) : (
              <span safe>{t({ th: 'ฉบับที่ {n}', en: 'Version {n}' }, { n: v.version })}</span>
            )}{' '}
            <span class="hint" safe>{`${formatInstant(v.createdAt, ctx.locale)}${v.createdByName ? ` · ${v.createdByName}` : ''}`}</span>
          </li>
        ))}
      </ul>
    </details>
  )
}
