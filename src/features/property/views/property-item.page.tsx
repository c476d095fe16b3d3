import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, SummaryList } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Checkboxes } from '../../../web/components/choices.tsx'
import { DateInput } from '../../../web/components/date-input.tsx'
import { Select, Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { formatDay } from '../../../web/format-time.ts'
import type { FieldErrors } from '../../../errors.ts'
import { BORROWING_RULES, CONDITIONS, KINDS } from '../property.domain.ts'
import type { Borrowing } from '../property.repository.ts'
import type { itemView } from '../property.use-cases.ts'
import { borrowingTag } from './property-register.page.tsx'
import { ItemLifecycle, type Lifecycle } from './item-lifecycle.tsx'

type View = Awaited<ReturnType<typeof itemView>>
type State = { form: string; values: Record<string, string>; errors: FieldErrors }

/** One item: its record, the borrowing rules and request form, its bookings with the steps each allows. */
export function PropertyItemPage({ ctx, view, life, state }: { ctx: PageContext; view: View; life: Lifecycle; state?: State | undefined }) {
  const t = ctx.t
  const i = view.item
  const req = state?.form === 'request' ? state : undefined
  const v = req?.values ?? {}
  return (
    <Layout ctx={ctx} title={i.name} wide>
      <ErrorSummary ctx={ctx} errors={state?.errors} />
      <p class="body">
        <a href="/staff/property" safe>
          {t({ th: 'กลับไปทะเบียน', en: 'Back to the register' })}
        </a>
      </p>
      <h1 class="heading-xl" safe>
        {i.name}
      </h1>
      {i.status === 'disposed' ? (
        <div class="inset-text">
          <p class="body">
            <strong safe>{`${t({ th: 'จำหน่ายแล้วเมื่อ', en: 'Disposed of on' })} ${i.disposedOn ? formatDay(i.disposedOn, ctx.locale) : ''}`}</strong>
          </p>
        </div>
      ) : (
        ''
      )}
      <SummaryList
        rows={[
          { key: t({ th: 'หมายเลข', en: 'Number' }), value: <span safe>{i.number}</span> },
          { key: t({ th: 'ประเภท', en: 'Kind' }), value: <span>{KINDS[i.kind][ctx.locale]}</span> },
          { key: t({ th: 'ที่ตั้ง', en: 'Location' }), value: <span safe>{i.location}</span> },
          { key: t({ th: 'ผู้รับผิดชอบ', en: 'Custodian' }), value: <span safe>{i.custodian ?? '–'}</span> },
          { key: t({ th: 'สภาพ', en: 'Condition' }), value: <span>{CONDITIONS[i.condition][ctx.locale]}</span> },
          { key: t({ th: 'ได้มาเมื่อ / ราคา / ที่มา', en: 'Acquired / price / source' }), value: <span safe>{`${i.acquiredOn ? formatDay(i.acquiredOn, ctx.locale) : '–'} · ${i.priceSatang !== null ? (i.priceSatang / 100).toLocaleString('en-US', { minimumFractionDigits: 2 }) : '–'} · ${i.source || '–'}`}</span> },
        ]}
      />
      <h2 class="heading-l" safe>
        {t({ th: 'การจองและการยืม', en: 'Bookings and loans' })}
      </h2>
      {view.borrowings.length === 0 ? (
        <p class="body" safe>
          {t({ th: 'ยังไม่มีการจอง', en: 'No bookings.' })}
        </p>
      ) : (
        view.borrowings.map((b) => <BorrowingCard ctx={ctx} b={b} view={view} state={state?.form === b.id ? state : undefined} />)
      )}
      {i.borrowable && i.condition !== 'unusable' && i.status !== 'disposed' ? (
        <form method="post" action={`/staff/property/${i.id}/borrow`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <h2 class="heading-l" safe>
            {t({ th: 'ขอยืม', en: 'Ask to borrow' })}
          </h2>
          <div class="inset-text">
            <p class="body" safe>
              {BORROWING_RULES[ctx.locale]}
            </p>
          </div>
          <Textarea id="purpose" rows={2} label={t({ th: 'ใช้ในงานราชการใด', en: 'For what official work' })} value={v.purpose} errorMessage={fieldError(ctx, req?.errors, 'purpose')} />
          <DateInput id="start_on" locale={ctx.locale} label={t({ th: 'วันที่เริ่มยืม', en: 'From' })} value={{ day: v['start_on-day'], month: v['start_on-month'], year: v['start_on-year'] }} errorMessage={fieldError(ctx, req?.errors, 'start_on')} />
          <DateInput id="end_on" locale={ctx.locale} label={t({ th: 'วันที่คืน', en: 'Until' })} value={{ day: v['end_on-day'], month: v['end_on-month'], year: v['end_on-year'] }} errorMessage={fieldError(ctx, req?.errors, 'end_on')} />
          <Checkboxes id="agree" label={t({ th: 'การยืนยัน', en: 'Confirmation' })} options={[{ value: 'yes', text: t({ th: 'ข้าพเจ้าจะใช้เพื่อราชการเท่านั้นและปฏิบัติตามระเบียบการยืม', en: 'I will use it for official work only and follow the rules' }) }]} values={v.agree ? [v.agree] : []} errorMessage={fieldError(ctx, req?.errors, 'agree')} />
          <Button text={t({ th: 'ส่งคำขอยืม', en: 'Send the request' })} />
        </form>
      ) : (
        ''
      )}
      <ItemLifecycle ctx={ctx} item={i} life={life} manages={view.manages} isHead={view.isHead} me={view.me} state={state} />
    </Layout>
  )
}

function BorrowingCard({ ctx, b, view, state }: { ctx: PageContext; b: Borrowing; view: View; state?: State | undefined }) {
  const t = ctx.t
  const v = state?.values ?? {}
  const action = (step: string) => `/staff/property/borrowings/${b.id}/${step}`
  return (
    <div class="inset-text" id={`b-${b.id}`}>
      <p class="body">
        <strong safe>{b.borrower}</strong> <span safe>{`${formatDay(b.startOn, ctx.locale)} – ${formatDay(b.endOn, ctx.locale)}`}</span> {borrowingTag(ctx, b, view.today)}
      </p>
      <p class="body" safe>
        {b.purpose}
      </p>
      {b.decidedByLabel ? <p class="hint" safe>{`${b.decidedByLabel}: ${b.decisionNote ?? ''}`}</p> : ''}
      {b.returnedOn ? <p class="hint" safe>{`${t({ th: 'คืนเมื่อ', en: 'Returned' })} ${formatDay(b.returnedOn, ctx.locale)} · ${b.returnCondition ? CONDITIONS[b.returnCondition][ctx.locale] : ''}${b.damageNote ? ` · ${b.damageNote}` : ''}`}</p> : ''}
      {view.isHead && b.status === 'requested' ? (
        <form method="post" action={action('decide')} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextInput id={`note-${b.id}`} name="note" label={t({ th: 'หมายเหตุ (จำเป็นเมื่อไม่อนุมัติ)', en: 'Note (needed to reject)' })} value={v.note} errorMessage={fieldError(ctx, state?.errors, `note-${b.id}`)} />
          <Button text={t({ th: 'อนุมัติ', en: 'Approve' })} name="step" value="approve" /> <Button text={t({ th: 'ไม่อนุมัติ', en: 'Reject' })} kind="warning" name="step" value="reject" />
        </form>
      ) : (
        ''
      )}
      {view.manages && b.status === 'approved' ? (
        <form method="post" action={action('issue')} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextInput id={`issue_condition-${b.id}`} name="issue_condition" label={t({ th: 'สภาพเมื่อส่งมอบ (ผู้ยืมรับทราบ)', en: 'Condition when issued (accepted by the borrower)' })} value={v.issue_condition} />
          <Button text={t({ th: 'ส่งมอบให้ผู้ยืม', en: 'Issue' })} />
        </form>
      ) : (
        ''
      )}
      {view.manages && b.status === 'issued' ? (
        <form method="post" action={action('return')} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <DateInput id={`returned_on-${b.id}`} name="returned_on" locale={ctx.locale} label={t({ th: 'วันที่รับคืน', en: 'Returned on' })} value={{ day: v['returned_on-day'], month: v['returned_on-month'], year: v['returned_on-year'] }} errorMessage={fieldError(ctx, state?.errors, `returned_on-${b.id}`)} />
          <Select id={`return_condition-${b.id}`} name="return_condition" label={t({ th: 'สภาพเมื่อตรวจรับคืน', en: 'Condition on inspection' })} options={Object.entries(CONDITIONS).map(([value, l]) => ({ value, text: l[ctx.locale] }))} value={v.return_condition} emptyText={t({ th: 'เลือก', en: 'Choose' })} errorMessage={fieldError(ctx, state?.errors, `return_condition-${b.id}`)} />
          <Textarea id={`damage_note-${b.id}`} name="damage_note" rows={2} label={t({ th: 'ความเสียหาย (ถ้ามี)', en: 'Damage (if any)' })} value={v.damage_note} errorMessage={fieldError(ctx, state?.errors, `damage_note-${b.id}`)} />
          <Button text={t({ th: 'บันทึกการรับคืน', en: 'Record the return' })} />
        </form>
      ) : (
        ''
      )}
      {(b.status === 'requested' || b.status === 'approved') && (b.borrowerId === view.me || view.manages) ? (
        <form method="post" action={action('cancel')}>
          <CsrfField token={ctx.csrfToken} />
          <Button text={t({ th: 'ยกเลิกการจอง', en: 'Cancel the booking' })} kind="secondary" />
        </form>
      ) : (
        ''
      )}
    </div>
  )
}
