import type { FieldErrors } from '../../../errors.ts'
import { Button, CsrfField, Table } from '../../../web/components/display.tsx'
import { DateInput } from '../../../web/components/date-input.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { FormEngineFields } from '../../../web/components/form-engine-fields.tsx'
import { Textarea } from '../../../web/components/form-fields.tsx'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import type { ItemChange } from '../../../platform/forms/index.ts'
import type { ReportView } from '../oversight-reports.use-cases.ts'
import { HistoryList, ReportFacts, ReturnReasons } from './report-parts.tsx'

/** /staff/oversight/reports/:id: oversight reads the submitted report, accepts it or returns it item by item. */
export function ReviewPage({ ctx, view, errors, values = {} }: { ctx: PageContext; view: ReportView; errors?: FieldErrors; values?: Record<string, string> }) {
  const t = ctx.t
  const r = view.report
  const title = `${r.organisationNameTh} – ${ctx.locale === 'th' ? r.scheduleTitleTh : r.scheduleTitleEn || r.scheduleTitleTh} (${r.periodKey})`
  const reviewing = view.commands.includes('return')
  return (
    <Layout ctx={ctx} title={title} wide>
      <a href="/staff/oversight/reports" class="back-link" safe>
        {t({ th: 'ภาพรวมการรายงาน', en: 'Reporting dashboard' })}
      </a>
      <h1 class="heading-l" safe>
        {title}
      </h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <ReportFacts ctx={ctx} view={view} />
      {view.changes ? (
        <>
          <h2 class="heading-m" id="changes" safe>
            {t({ th: 'สิ่งที่เปลี่ยนจากฉบับก่อน (ครั้งที่ {a} → {b})', en: 'What changed since the last submission ({a} → {b})' }, { a: r.submissions - 1, b: r.submissions })}
          </h2>
          <Table<ItemChange>
            caption={t({ th: 'เปลี่ยน {n} ข้อ', en: '{n} item(s) changed' }, { n: view.changes.length })}
            empty={t({ th: 'ไม่มีข้อใดเปลี่ยน', en: 'Nothing changed' })}
            rows={view.changes}
            columns={[
              { header: t({ th: 'ข้อ', en: 'Item' }), cell: (c) => <span safe>{c.number ? `${c.number} ${t(c.title)}` : t(c.title)}</span> },
              { header: t({ th: 'ฉบับก่อน', en: 'Before' }), cell: (c) => <del class="pre-line" safe>{c.before || '—'}</del> },
              { header: t({ th: 'ฉบับนี้', en: 'Now' }), cell: (c) => <ins class="pre-line" safe>{c.after || '—'}</ins> },
            ]}
          />
        </>
      ) : (
        ''
      )}
      <ReturnReasons ctx={ctx} view={view} />
      {reviewing ? (
        <form method="post" action={`/staff/oversight/reports/${r.id}/accept`}>
          <CsrfField token={ctx.csrfToken} />
          <Button text={t({ th: 'รับรายงาน', en: 'Accept the report' })} />
        </form>
      ) : (
        ''
      )}
      <form method="post" action={`/staff/oversight/reports/${r.id}/return`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <FormEngineFields
          ctx={ctx}
          def={view.def}
          answers={view.answers}
          readOnly
          fileHref={(fileId) => `/staff/reports/${r.id}/files/${fileId}`}
          itemExtra={(item) =>
            reviewing && item.type !== 'group' ? (
              <details class="details">
                <summary class="details__summary" safe>
                  {t({ th: 'ส่งกลับข้อนี้', en: 'Return this item' })}
                </summary>
                <Textarea id={`reason__${item.id}`} label={t({ th: 'เหตุผล ({n})', en: 'Reason ({n})' }, { n: item.number || t(item.title) })} value={values[`reason__${item.id}`] ?? ''} rows={2} />
              </details>
            ) : (
              ''
            )
          }
        />
        {reviewing ? (
          <>
            <h2 class="heading-m" safe>
              {t({ th: 'ส่งกลับให้แก้ไข', en: 'Return for changes' })}
            </h2>
            <Textarea
              id="reason__general"
              label={t({ th: 'เหตุผลสำหรับทั้งฉบับ', en: 'Reason for the report as a whole' })}
              hint={t({ th: 'ต้องมีเหตุผลอย่างน้อยหนึ่งข้อ ที่นี่หรือรายข้อด้านบน', en: 'At least one reason, here or on an item above' })}
              errorMessage={fieldError(ctx, errors, 'reason__general')}
              value={values['reason__general'] ?? ''}
              rows={3}
            />
            <DateInput id="reply_by" label={t({ th: 'ขอให้ส่งฉบับแก้ไขภายใน (ถ้ามี)', en: 'Resubmit by (optional)' })} locale={ctx.locale} errorMessage={fieldError(ctx, errors, 'reply_by')} value={{ day: values['reply_by-day'] ?? '', month: values['reply_by-month'] ?? '', year: values['reply_by-year'] ?? '' }} />
            <Button text={t({ th: 'ส่งกลับพร้อมเหตุผล', en: 'Return with reasons' })} kind="warning" />
          </>
        ) : (
          ''
        )}
      </form>
      <HistoryList ctx={ctx} view={view} />
    </Layout>
  )
}
