import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, SummaryList, Table, Tag } from '../../../web/components/display.tsx'
import { DateInput } from '../../../web/components/date-input.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { formatDay, formatInstant } from '../../../web/format-time.ts'
import type { outsideManualList, outsideManualView } from '../governance.use-cases.ts'
import { OUTSIDE_MANUAL_OUTCOMES } from '../risks.domain.ts'
import type { OutsideManualReport } from '../risks.repository.ts'
import type { FormState } from './form-state.ts'

const statusTag = (ctx: PageContext, r: OutsideManualReport) => (r.status === 'reviewed' ? <Tag text={ctx.t({ th: 'ผู้บังคับบัญชาพิจารณาแล้ว', en: 'Reviewed' })} colour="green" /> : <Tag text={ctx.t({ th: 'รอผู้บังคับบัญชาพิจารณา', en: 'Awaiting review' })} colour="yellow" />)

/** /staff/risks/outside-manual: one's own reports; the head sees the agency's. */
export function OutsideManualListPage({ ctx, view }: { ctx: PageContext; view: Awaited<ReturnType<typeof outsideManualList>> }) {
  const t = ctx.t
  const title = t({ th: 'รายงานการปฏิบัติงานที่ไม่เป็นไปตามคู่มือ', en: 'Work done outside the manual' })
  return (
    <Layout ctx={ctx} title={title} wide>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body" safe>
        {t({ th: 'ผู้ปฏิบัติงานรายงานการปฏิบัติงานที่ไม่เป็นไปตามกฎหมาย ระเบียบ หรือคู่มือการปฏิบัติงาน ต่อผู้บังคับบัญชาตามลำดับ เพื่อหาข้อเท็จจริง วิเคราะห์ และเสนอแนวทางแก้ไขและป้องกัน', en: 'Staff report work done other than the law, rules or the manual say to their superiors, who find the facts and propose how to correct and prevent it.' })}
      </p>
      <p class="body">
        <a class="button" href="/staff/risks/outside-manual/new" safe>
          {t({ th: 'รายงานการปฏิบัติงาน', en: 'Make a report' })}
        </a>
      </p>
      <Table<OutsideManualReport>
        caption={view.isHead ? t({ th: 'รายงานของหน่วยงาน {n} เรื่อง', en: 'The agency’s {n} report(s)' }, { n: view.reports.length }) : t({ th: 'รายงานของท่าน {n} เรื่อง', en: 'Your {n} report(s)' }, { n: view.reports.length })}
        empty={t({ th: 'ยังไม่มีรายงาน', en: 'None yet.' })}
        rows={view.reports}
        columns={[
          { header: t({ th: 'งาน', en: 'Work' }), cell: (r) => <a href={`/staff/risks/outside-manual/${r.id}`} safe>{r.work}</a> },
          ...(view.isHead ? [{ header: t({ th: 'ผู้รายงาน', en: 'Reported by' }), cell: (r: OutsideManualReport) => <span safe>{r.reporterLabel}</span> }] : []),
          { header: t({ th: 'วันที่', en: 'Date' }), cell: (r) => <span safe>{formatDay(r.occurredOn, ctx.locale)}</span> },
          { header: t({ th: 'สถานะ', en: 'Status' }), cell: (r) => statusTag(ctx, r) },
        ]}
      />
    </Layout>
  )
}

export function OutsideManualFormPage({ ctx, state }: { ctx: PageContext; state?: FormState | undefined }) {
  const t = ctx.t
  const v = state?.values ?? {}
  const errors = state?.errors
  const title = t({ th: 'รายงานการปฏิบัติงานที่ไม่เป็นไปตามคู่มือ', en: 'Report work done outside the manual' })
  return (
    <Layout ctx={ctx} title={title}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <form method="post" action="/staff/risks/outside-manual/new" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <DateInput id="occurred_on" locale={ctx.locale} label={t({ th: 'วันที่ปฏิบัติงาน', en: 'When' })} value={{ day: v['occurred_on-day'], month: v['occurred_on-month'], year: v['occurred_on-year'] }} errorMessage={fieldError(ctx, errors, 'occurred_on')} />
        <TextInput id="work" label={t({ th: 'งานที่ปฏิบัติ', en: 'Which work' })} value={v.work} errorMessage={fieldError(ctx, errors, 'work')} />
        <TextInput id="manual_ref" label={t({ th: 'คู่มือ / ระเบียบ / หลักเกณฑ์ที่เกี่ยวข้อง', en: 'Manual or rule concerned' })} value={v.manual_ref} errorMessage={fieldError(ctx, errors, 'manual_ref')} />
        <Textarea id="what_done" rows={3} label={t({ th: 'สิ่งที่ปฏิบัติแตกต่างจากคู่มือ', en: 'What was done differently' })} value={v.what_done} errorMessage={fieldError(ctx, errors, 'what_done')} />
        <Textarea id="reason" rows={3} label={t({ th: 'เหตุผลความจำเป็น', en: 'Why' })} value={v.reason} errorMessage={fieldError(ctx, errors, 'reason')} />
        <Button text={t({ th: 'ส่งรายงานถึงผู้บังคับบัญชา', en: 'Send to the head' })} />
      </form>
    </Layout>
  )
}

export function OutsideManualPage({ ctx, view, state }: { ctx: PageContext; view: Awaited<ReturnType<typeof outsideManualView>>; state?: FormState | undefined }) {
  const t = ctx.t
  const r = view.report
  return (
    <Layout ctx={ctx} title={r.work}>
      <ErrorSummary ctx={ctx} errors={state?.errors} />
      <p class="caption-l">
        <a href="/staff/risks/outside-manual" safe>
          {t({ th: 'รายงานการปฏิบัติงานที่ไม่เป็นไปตามคู่มือ', en: 'Work done outside the manual' })}
        </a>
      </p>
      <h1 class="heading-xl" safe>
        {r.work}
      </h1>
      <p class="body">{statusTag(ctx, r)}</p>
      <SummaryList
        rows={[
          { key: t({ th: 'ผู้รายงาน', en: 'Reported by' }), value: <span safe>{r.reporterLabel}</span> },
          { key: t({ th: 'วันที่', en: 'Date' }), value: <span safe>{formatDay(r.occurredOn, ctx.locale)}</span> },
          { key: t({ th: 'คู่มือ / หลักเกณฑ์', en: 'Manual or rule' }), value: <span safe>{r.manualRef}</span> },
          { key: t({ th: 'สิ่งที่ปฏิบัติ', en: 'What was done' }), value: <span class="preserve-lines" safe>{r.whatDone}</span> },
          { key: t({ th: 'เหตุผล', en: 'Why' }), value: <span class="preserve-lines" safe>{r.reason}</span> },
          ...(r.outcome ? [{ key: t({ th: 'ผลการพิจารณา', en: 'Outcome' }), value: <span safe>{`${OUTSIDE_MANUAL_OUTCOMES[r.outcome][ctx.locale]} – ${r.reviewNote ?? ''} (${r.reviewedByLabel ?? ''})`}</span> }] : []),
        ]}
      />
      {view.history.length ? (
        <ul class="list list--bullet">
          {view.history.map((h) => (
            <li safe>{`${formatInstant(h.at, ctx.locale)} – ${h.to_status === 'submitted' ? t({ th: 'รายงาน', en: 'reported' }) : t({ th: 'พิจารณา', en: 'reviewed' })} (${h.actor_label})`}</li>
          ))}
        </ul>
      ) : (
        ''
      )}
      {view.canReview ? (
        <form method="post" action={`/staff/risks/outside-manual/${r.id}/review`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <Select id="outcome" label={t({ th: 'ผลการพิจารณา', en: 'Outcome' })} options={Object.entries(OUTSIDE_MANUAL_OUTCOMES).map(([value, l]) => ({ value, text: l[ctx.locale] }))} value={state?.values.outcome} emptyText={t({ th: 'เลือก', en: 'Choose' })} errorMessage={fieldError(ctx, state?.errors, 'outcome')} />
          <Textarea id="review_note" rows={3} label={t({ th: 'ความเห็น / แนวทางแก้ไขและป้องกัน', en: 'Comment, correction and prevention' })} value={state?.values.review_note} errorMessage={fieldError(ctx, state?.errors, 'review_note')} />
          <Button text={t({ th: 'บันทึกผลการพิจารณา', en: 'Record the review' })} />
        </form>
      ) : (
        ''
      )}
    </Layout>
  )
}
