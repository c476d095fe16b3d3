import type { FieldErrors } from '../../../errors.ts'
import type { Answers } from '../../../platform/forms/index.ts'
import { Button, CsrfField, NotificationBanner } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { FormEngineFields } from '../../../web/components/form-engine-fields.tsx'
import { TextInput, Textarea } from '../../../web/components/form-fields.tsx'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import type { ReportView } from '../oversight-reports.use-cases.ts'
import { HistoryList, ReportFacts, ReturnReasons, withPrefill } from './report-parts.tsx'

export type ReportPageState = { answers?: Answers; errors?: FieldErrors; values?: Record<string, string> }

/** /staff/reports/:id: the agency fills in, the head signs. */
export function ReportPage({ ctx, view, state = {} }: { ctx: PageContext; view: ReportView; state?: ReportPageState }) {
  const t = ctx.t
  const r = view.report
  const title = `${ctx.locale === 'th' ? r.scheduleTitleTh : r.scheduleTitleEn || r.scheduleTitleTh} (${r.periodKey})`
  const canEdit = view.commands.includes('save')
  const mayAssemble = view.standing.coordinator || view.standing.head
  const answers = state.answers ?? withPrefill(view)
  const errors = state.errors
  const fileHref = (fileId: string) => `/staff/reports/${r.id}/files/${fileId}`
  return (
    <Layout ctx={ctx} title={title} wide>
      <a href="/staff/reports" class="back-link" safe>
        {t({ th: 'รายงานทั้งหมด', en: 'All reports' })}
      </a>
      <span class="caption-l" safe>
        {ctx.locale === 'th' ? r.organisationNameTh : r.organisationNameEn || r.organisationNameTh}
      </span>
      <h1 class="heading-l" safe>
        {title}
      </h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <ReportFacts ctx={ctx} view={view} />
      <ReturnReasons ctx={ctx} view={view} />
      {canEdit ? (
        <form method="post" action={`/staff/reports/${r.id}`} enctype="multipart/form-data" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <p class="hint" safe>
            {t({ th: 'ทุกครั้งที่กดบันทึก ระบบเก็บร่างไว้ทั้งหมด แม้ยังกรอกไม่ครบ', en: 'Every save keeps the whole draft, even when it is not complete yet.' })}
          </p>
          {view.prefill.map((p) => (
            <>
              <input type="hidden" name={`a__${p.itemId}__source_th`} value={p.source.th} />
              <input type="hidden" name={`a__${p.itemId}__source_en`} value={p.source.en} />
            </>
          ))}
          <h2 class="heading-m" safe>
            {t(view.def.title)}
          </h2>
          <FormEngineFields ctx={ctx} def={view.def} answers={answers} errors={errors} fileHref={fileHref} />
          <div class="button-group">
            <Button text={t({ th: 'บันทึกร่าง', en: 'Save draft' })} name="intent" value="save" kind="secondary" />
            {mayAssemble ? <Button text={t({ th: 'ส่งให้หัวหน้าหน่วยงานลงนาม', en: 'Send to the head for sign-off' })} name="intent" value="send_to_head" /> : ''}
          </div>
        </form>
      ) : (
        <>
          <h2 class="heading-m" safe>
            {t(view.def.title)}
          </h2>
          <FormEngineFields ctx={ctx} def={view.def} answers={view.answers} readOnly fileHref={fileHref} />
        </>
      )}
      {canEdit && mayAssemble ? (
        <form method="post" action={`/staff/reports/${r.id}/nothing`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <h2 class="heading-m" safe>
            {t({ th: 'ไม่มีเรื่องรายงานในงวดนี้', en: 'Nothing to report this period' })}
          </h2>
          <Textarea
            id="nothing_reason"
            label={t({ th: 'เหตุผล', en: 'Why' })}
            hint={t({ th: 'นับเป็นการส่งรายงาน หัวหน้าหน่วยงานยังต้องลงนาม', en: 'This counts as a report; the head still signs it.' })}
            errorMessage={fieldError(ctx, errors, 'nothing_reason')}
            value={state.values?.['nothing_reason'] ?? ''}
            rows={2}
          />
          <Button text={t({ th: 'แจ้งว่าไม่มีเรื่องรายงาน', en: 'Declare nothing to report' })} kind="secondary" />
        </form>
      ) : (
        ''
      )}
      {view.commands.includes('sign_and_submit') ? (
        <NotificationBanner title={t({ th: 'รอท่านลงนาม', en: 'Awaiting your sign-off' })}>
          <form method="post" action={`/staff/reports/${r.id}/sign`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <TextInput id="head_name" label={t({ th: 'ชื่อผู้ลงนาม', en: 'Name' })} value={state.values?.['head_name'] ?? view.signer.name} errorMessage={fieldError(ctx, errors, 'head_name')} />
            <TextInput id="head_position" label={t({ th: 'ตำแหน่ง', en: 'Position' })} value={state.values?.['head_position'] ?? view.signer.position} errorMessage={fieldError(ctx, errors, 'head_position')} />
            <div class={fieldError(ctx, errors, 'confirm') ? 'form-group form-group--error' : 'form-group'}>
              {fieldError(ctx, errors, 'confirm') ? (
                <p class="error-message" id="confirm-error" safe>
                  {fieldError(ctx, errors, 'confirm')}
                </p>
              ) : (
                ''
              )}
              <div class="checkboxes__item">
                <input class="checkboxes__input" id="confirm" name="confirm" type="checkbox" value="yes" />
                <label class="choice__label" for="confirm" safe>
                  {t({ th: 'ข้าพเจ้าได้ตรวจรายงานแล้ว และรับรองว่าถูกต้อง', en: 'I have checked this report and certify it' })}
                </label>
              </div>
            </div>
            <Button text={t({ th: 'ลงนามและส่งจังหวัด', en: 'Sign and send to the province' })} />
          </form>
          <form method="post" action={`/staff/reports/${r.id}/send-back`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <Textarea id="send_back_reason" label={t({ th: 'หรือส่งกลับให้แก้ไข: เหตุผล', en: 'Or send it back: reason' })} errorMessage={fieldError(ctx, errors, 'send_back_reason')} value={state.values?.['send_back_reason'] ?? ''} rows={2} />
            <Button text={t({ th: 'ส่งกลับให้ผู้รวบรวม', en: 'Send back to the coordinator' })} kind="secondary" />
          </form>
        </NotificationBanner>
      ) : (
        ''
      )}
      <HistoryList ctx={ctx} view={view} />
    </Layout>
  )
}
