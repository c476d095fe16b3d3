/** The forms that move a case on: one per step the workflow allows now, and recording a staff member as its subject. */
import type { Children } from '@kitajs/html'
import type { FieldErrors } from '../../../errors.ts'
import { Checkboxes, Radios } from '../../../web/components/choices.tsx'
import { Button, CsrfField, SummaryList, type SummaryRow } from '../../../web/components/display.tsx'
import { fieldError } from '../../../web/components/error-summary.tsx'
import { Select, TextInput, Textarea } from '../../../web/components/form-fields.tsx'
import { formatDay, formatInstant } from '../../../web/format-time.ts'
import type { PageContext } from '../../../web/page-context.ts'
import type { CaseDetail } from '../complaint-handling.use-cases.ts'
import type { OrderFormValues, StepFormValues } from '../complaint-staff.input.ts'
import { NON_ACCEPTANCE_GROUNDS, NON_ACCEPTANCE_LABELS, OUTCOMES, OUTCOME_LABELS, PROPOSAL_LABELS, allowedNext, proposalsFrom, type ComplaintStatus, type NonAcceptanceGround, type Outcome, type ProposalKind } from '../complaint-workflow.domain.ts'

export type StepForm = { values: StepFormValues; errors: FieldErrors }

function StepFormFrame(props: { ctx: PageContext; id: string; to: string; title: string; children?: Children }) {
  return (
    <form method="post" action={`/staff/complaints/${props.id}/steps`} class="step-form" novalidate>
      <CsrfField token={props.ctx.csrfToken} />
      <input type="hidden" name="to" value={props.to} />
      {props.children ?? ''}
      <Button text={props.title} kind={props.to === 'not_accepted' ? 'warning' : 'primary'} />
    </form>
  )
}

function Confirm(props: { ctx: PageContext; errors: FieldErrors | undefined; id?: string; text: string; values?: string | undefined }) {
  return (
    <Checkboxes
      id={props.id ?? 'confirm'}
      name="confirm"
      label={props.ctx.t({ th: 'ยืนยัน', en: 'Confirm' })}
      options={[{ value: 'yes', text: props.text }]}
      values={props.values === 'yes' ? ['yes'] : []}
      errorMessage={fieldError(props.ctx, props.errors, props.id ?? 'confirm')}
    />
  )
}

/** What the officer puts to the head: one form, the proposal chosen by a radio, its fields beside it (works without script). */
function ProposalForm(props: { ctx: PageContext; detail: CaseDetail; form?: StepForm | undefined }) {
  const { ctx, detail } = props
  const t = ctx.t
  const c = detail.complaint
  const kinds = proposalsFrom(c.status as ComplaintStatus)
  const v = props.form?.values
  const err = (f: string) => fieldError(ctx, props.form?.errors, f)
  const decision = detail.guideline.decision
  return (
    <form method="post" action={`/staff/complaints/${c.id}/steps`} class="step-form" novalidate>
      <CsrfField token={ctx.csrfToken} />
      <input type="hidden" name="to" value="awaiting_order" />
      <p class="body" safe>
        {t({
          th: `เสนอผู้บริหารสั่งการ ผู้บริหารมีเวลาสั่งการ ${decision.businessDays} วันทำการ (ตามแนวทางของหน่วยงาน) เรื่องจะดำเนินต่อเมื่อมีคำสั่งแล้วเท่านั้น`,
          en: `Propose to the head, who has ${decision.businessDays} business days to order (the agency’s guideline). The case moves on only once the head has ordered.`,
        })}
      </p>
      <Radios id="proposal" label={t({ th: 'ข้อเสนอ', en: 'Proposal' })} options={kinds.map((k) => ({ value: k, text: t(PROPOSAL_LABELS[k]) }))} value={v?.proposal} errorMessage={err('proposal')} />
      {kinds.includes('not_accept') ? (
        <Select
          id="ground"
          label={t({ th: 'หากเสนอไม่รับพิจารณา: เหตุ (หลักเกณฑ์ข้อ 2.3–2.4)', en: 'If not accepting: the ground (rules 2.3–2.4)' })}
          emptyText={t({ th: 'เลือกเหตุ', en: 'Choose a ground' })}
          options={NON_ACCEPTANCE_GROUNDS.map((g) => ({ value: g, text: t(NON_ACCEPTANCE_LABELS[g]) }))}
          value={v?.ground}
          errorMessage={err('ground')}
        />
      ) : (
        ''
      )}
      {kinds.includes('investigate') ? (
        <Textarea
          id="committee"
          label={t({ th: 'หากเสนอตรวจสอบข้อเท็จจริง: คณะกรรมการที่เสนอแต่งตั้ง', en: 'If investigating: the committee proposed' })}
          hint={t({ th: 'บรรทัดละหนึ่งคน: ชื่อ ตำแหน่ง และหน้าที่ในคณะกรรมการ', en: 'One per line: name, position and role on the committee' })}
          value={v?.committee}
          errorMessage={err('committee')}
          rows={3}
        />
      ) : (
        ''
      )}
      {kinds.includes('findings') ? (
        <Radios id="outcome" label={t({ th: 'หากเสนอผลการตรวจสอบ: ผลที่เสนอ', en: 'If proposing findings: the outcome proposed' })} options={OUTCOMES.filter((o) => o !== 'referred').map((o) => ({ value: o, text: t(OUTCOME_LABELS[o]) }))} value={v?.outcome} errorMessage={err('outcome')} />
      ) : (
        ''
      )}
      <TextInput id="refer_to" label={t({ th: 'หากเสนอส่งเรื่องต่อ: หน่วยงานที่รับเรื่อง', en: 'If referring: the agency it goes to' })} value={v?.refer_to} errorMessage={err('refer_to')} />
      <Textarea
        id="reason"
        label={c.status === 'investigating' ? t({ th: 'ผลการตรวจสอบข้อเท็จจริงและเหตุผล', en: 'The findings and reasons' }) : t({ th: 'เหตุผลประกอบข้อเสนอ', en: 'Reasons for the proposal' })}
        hint={t({ th: 'ข้อความนี้เข้าไปในบันทึกเสนอผู้บริหาร (ดาวน์โหลดเป็น Word ได้) หากไม่รับพิจารณา ผู้ร้องเรียนจะเห็นเหตุผลนี้', en: 'This goes into the memo to the head (a Word download); if not accepted, the complainant sees it' })}
        value={v?.reason}
        errorMessage={err('reason')}
        rows={5}
      />
      <Button text={t({ th: 'ส่งข้อเสนอให้ผู้บริหารสั่งการ', en: 'Send the proposal to the head' })} />
    </form>
  )
}

function ProposalSummary({ ctx, detail }: { ctx: PageContext; detail: CaseDetail }) {
  const t = ctx.t
  const open = detail.orders.find((o) => o.decision === null)
  if (!open) return ''
  const kind = open.proposal as ProposalKind
  const rows: SummaryRow[] = [
    { key: t({ th: 'ข้อเสนอ', en: 'Proposal' }), value: <span safe>{t(PROPOSAL_LABELS[kind])}</span> },
    { key: t({ th: 'เสนอโดย', en: 'Proposed by' }), value: <span safe>{`${open.proposed_by_name ?? ''} (${formatInstant(open.proposed_at, ctx.locale)})`}</span> },
    { key: t({ th: 'ต้องสั่งการภายใน', en: 'Order due by' }), value: <span safe>{formatDay(open.order_due_on, ctx.locale, 'long')}</span> },
  ]
  if (open.ground && Object.hasOwn(NON_ACCEPTANCE_LABELS, open.ground)) rows.push({ key: t({ th: 'เหตุที่ไม่รับพิจารณา', en: 'Ground' }), value: <span safe>{t(NON_ACCEPTANCE_LABELS[open.ground as NonAcceptanceGround])}</span> })
  if (open.outcome && Object.hasOwn(OUTCOME_LABELS, open.outcome)) rows.push({ key: t({ th: 'ผลที่เสนอ', en: 'Outcome proposed' }), value: <span safe>{t(OUTCOME_LABELS[open.outcome as Outcome])}</span> })
  if (open.committee) rows.push({ key: t({ th: 'คณะกรรมการที่เสนอ', en: 'Committee proposed' }), value: <span class="preserve-lines" safe>{open.committee}</span> })
  if (open.refer_to) rows.push({ key: t({ th: 'ส่งเรื่องให้', en: 'Refer to' }), value: <span safe>{open.refer_to}</span> })
  rows.push({ key: t({ th: 'เหตุผล / ข้อเท็จจริง', en: 'Reasons / findings' }), value: <span class="preserve-lines" safe>{open.reason}</span> })
  return <SummaryList rows={rows} />
}

/** The head's order: as proposed or sent back, with the order's text and a confirmation (it cannot be undone). */
export function OrderForm(props: { ctx: PageContext; detail: CaseDetail; form?: OrderForm | undefined }) {
  const { ctx, detail } = props
  const t = ctx.t
  const v = props.form?.values
  const err = (f: string) => fieldError(ctx, props.form?.errors, f)
  return (
    <form method="post" action={`/staff/complaints/${detail.complaint.id}/orders`} class="step-form" novalidate>
      <CsrfField token={ctx.csrfToken} />
      <Radios
        id="decision"
        label={t({ th: 'คำสั่ง', en: 'Order' })}
        options={[
          { value: 'ordered', text: t({ th: 'สั่งการตามข้อเสนอ', en: 'Order as proposed' }) },
          { value: 'returned', text: t({ th: 'ส่งกลับให้เจ้าหน้าที่พิจารณาใหม่', en: 'Send it back to the officer' }) },
        ]}
        value={v?.decision}
        errorMessage={err('decision')}
      />
      <Textarea id="order_note" label={t({ th: 'ข้อสั่งการ หรือเหตุผลที่ส่งกลับ', en: 'The order, or why it is sent back' })} value={v?.order_note} errorMessage={err('order_note')} rows={3} />
      <Confirm ctx={ctx} errors={props.form?.errors} values={v?.confirm} text={t({ th: 'ข้าพเจ้าสั่งการตามที่เลือก คำสั่งนี้แก้ไขหรือย้อนกลับไม่ได้', en: 'I give this order; it cannot be changed or undone' })} />
      <Button text={t({ th: 'สั่งการ', en: 'Give the order' })} kind="warning" />
    </form>
  )
}

export type OrderForm = { values: OrderFormValues; errors: FieldErrors }

/** Who acts next and what: the line at the top of the case. */
export function nextActionText(ctx: PageContext, detail: CaseDetail): string {
  const t = ctx.t
  switch (detail.complaint.status as ComplaintStatus) {
    case 'received':
      return t({ th: 'เจ้าหน้าที่: เริ่มพิจารณารับเรื่อง', en: 'Officer: start screening' })
    case 'screening':
      return t({ th: 'เจ้าหน้าที่: เสนอผู้บริหาร (ไม่รับพิจารณา / ตรวจสอบข้อเท็จจริง / ส่งต่อ)', en: 'Officer: propose to the head (not accept / investigate / refer)' })
    case 'awaiting_order':
      return t({ th: 'ผู้บริหาร: สั่งการตามข้อเสนอหรือส่งกลับ', en: 'Head: order as proposed or send it back' })
    case 'accepted':
      return t({ th: 'เจ้าหน้าที่: มอบหมายผู้รับผิดชอบ', en: 'Officer: assign an officer' })
    case 'assigned':
      return t({ th: 'ผู้รับผิดชอบ: เริ่มตรวจสอบข้อเท็จจริง', en: 'Officer: start the investigation' })
    case 'investigating':
      return t({ th: 'ผู้รับผิดชอบ: เสนอผลการตรวจสอบให้ผู้บริหารสั่งการ', en: 'Officer: propose the findings to the head' })
    case 'not_accepted':
    case 'outcome':
      return t({ th: 'เจ้าหน้าที่: แจ้งผลแก่ผู้ร้องเรียนและยุติเรื่อง', en: 'Officer: report back and close the case' })
    case 'closed':
      return detail.reviewRequested ? t({ th: 'ผู้บริหาร: ผู้ร้องเรียนขอให้ทบทวนผล', en: 'Head: the complainant asks for a review' }) : t({ th: 'ไม่มี เรื่องยุติแล้ว', en: 'None: the case is closed' })
  }
}

export function NextSteps(props: { ctx: PageContext; detail: CaseDetail; form?: StepForm | undefined; order?: OrderForm | undefined }) {
  const { ctx, detail } = props
  const t = ctx.t
  const c = detail.complaint
  const id = c.id
  const next = detail.canHandle ? allowedNext(c.status as ComplaintStatus) : []
  const v = props.form?.values
  const err = (f: string) => fieldError(ctx, props.form?.errors, f)
  const officers = (exclude: string | null) =>
    detail.handlers
      .filter((h) => h.id !== exclude)
      .map((h) => ({ value: h.id, text: h.has_key ? h.display_name : `${h.display_name} ${t({ th: '(ยังไม่เคยเข้าสู่ระบบ)', en: '(never signed in)' })}` }))
  const forms: Children[] = []
  if (c.status === 'awaiting_order') {
    forms.push(<ProposalSummary ctx={ctx} detail={detail} />)
    const open = detail.orders.find((o) => o.decision === null)
    if (detail.canOrder && open && !(c.intake === 'public' && open.proposed_by === ctx.actor?.userId)) forms.push(<OrderForm ctx={ctx} detail={detail} form={props.order} />)
    else
      forms.push(
        <p class="body" safe>
          {t({ th: 'รอผู้บริหาร (หัวหน้าส่วนราชการ) สั่งการ เจ้าหน้าที่ดำเนินการต่อได้เมื่อมีคำสั่งแล้ว', en: 'Waiting for the head of the agency to order; officers continue once it is given.' })}
        </p>,
      )
  }
  for (const to of next) {
    switch (to) {
      case 'screening':
        forms.push(<StepFormFrame ctx={ctx} id={id} to={to} title={t({ th: 'เริ่มพิจารณารับเรื่อง', en: 'Start screening' })} />)
        break
      case 'awaiting_order':
        forms.push(<ProposalForm ctx={ctx} detail={detail} form={props.form} />)
        break
      case 'assigned':
        forms.push(
          <StepFormFrame ctx={ctx} id={id} to={to} title={c.status === 'accepted' ? t({ th: 'มอบหมาย', en: 'Assign' }) : t({ th: 'โอนเรื่อง', en: 'Transfer' })}>
            <Select
              id="officer"
              label={c.status === 'accepted' ? t({ th: 'มอบหมายผู้รับผิดชอบ', en: 'Assign an officer' }) : t({ th: 'โอนเรื่องให้เจ้าหน้าที่อื่น', en: 'Transfer to another officer' })}
              hint={t({ th: 'ผู้รับผิดชอบจะได้รับสำเนากุญแจเพื่ออ่านตัวตนของผู้ร้องเรียนและข้อความ และได้รับอีเมลแจ้ง', en: 'The officer gets a copy of the key to read the identity and the messages, and an e-mail' })}
              emptyText={t({ th: 'เลือกเจ้าหน้าที่', en: 'Choose an officer' })}
              options={officers(c.status === 'accepted' ? null : c.assigned_to)}
              value={v?.officer}
              errorMessage={err('officer')}
            />
          </StepFormFrame>,
        )
        break
      case 'investigating':
        forms.push(<StepFormFrame ctx={ctx} id={id} to={to} title={t({ th: 'เริ่มตรวจสอบข้อเท็จจริง', en: 'Start the investigation' })} />)
        break
      case 'closed':
        forms.push(
          <StepFormFrame ctx={ctx} id={id} to={to} title={t({ th: 'ยุติเรื่องและแจ้งผล', en: 'Close and report back' })}>
            <Textarea
              id="result"
              label={t({ th: 'ผลที่แจ้งผู้ร้องเรียน', en: 'The result for the complainant' })}
              hint={t({ th: 'ผู้ร้องเรียนเห็นข้อความนี้เมื่อติดตามเรื่องด้วยรหัส และได้รับอีเมลหากขอไว้ (ตามข้อ 3.4)', en: 'The complainant sees this with their receipt, and by e-mail if they asked (§3.4)' })}
              value={v?.result}
              errorMessage={err('result')}
              rows={4}
            />
            <Confirm ctx={ctx} errors={props.form?.errors} values={v?.confirm} text={t({ th: 'ยุติเรื่องนี้ ย้อนกลับไม่ได้ และผู้ร้องเรียนจะเห็นผลที่เขียนไว้', en: 'Close this case: it cannot be undone and the complainant will see the result' })} />
          </StepFormFrame>,
        )
        break
    }
  }
  const toError = err('to') ?? err('proposal')
  return (
    <section class="case-section" aria-labelledby="next-step-heading">
      <h2 class="heading-l" id="next-step-heading" safe>
        {t({ th: 'ขั้นตอนถัดไป', en: 'Next step' })}
      </h2>
      <div id="to">
        {toError ? (
          <p class="error-message">
            <span class="visually-hidden">ข้อผิดพลาด (Error):</span> <span safe>{toError}</span>
          </p>
        ) : (
          ''
        )}
      </div>
      {forms.length === 0 ? (
        <p class="body" safe>
          {c.status === 'closed' ? t({ th: 'เรื่องนี้ยุติแล้ว ไม่มีขั้นตอนถัดไป', en: 'This complaint is closed; there is no next step.' }) : nextActionText(ctx, detail)}
        </p>
      ) : (
        forms
      )}
    </section>
  )
}

export function SubjectForm(props: { ctx: PageContext; detail: CaseDetail; errors?: FieldErrors | undefined; value?: string | undefined }) {
  const { ctx, detail } = props
  const t = ctx.t
  const me = ctx.actor?.userId
  const candidates = detail.staff.filter((s) => s.id !== me)
  return (
    <section class="case-section" aria-labelledby="subject-heading">
      <h2 class="heading-l" id="subject-heading" safe>
        {t({ th: 'เจ้าหน้าที่ผู้ถูกร้องเรียน', en: 'Staff the complaint is about' })}
      </h2>
      {detail.subjects.length > 0 ? (
        <ul class="list list--bullet">
          {detail.subjects.map((s) => (
            <li safe>{s.display_name}</li>
          ))}
        </ul>
      ) : (
        <p class="body" safe>
          {t({ th: 'ยังไม่ได้บันทึกเจ้าหน้าที่ผู้ถูกร้องเรียน', en: 'No staff member has been recorded as the subject.' })}
        </p>
      )}
      <form method="post" action={`/staff/complaints/${detail.complaint.id}/subjects`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <Select
          id="subject_user"
          label={t({ th: 'บันทึกเจ้าหน้าที่ผู้ถูกร้องเรียน', en: 'Record a staff member as the subject' })}
          hint={t({ th: 'ผู้ถูกร้องเรียนจะไม่เห็นเรื่องนี้อีก สำเนากุญแจของเขาถูกทำลาย และจะมอบหมายเรื่องให้เขาไม่ได้', en: 'They will no longer see this complaint, their copy of the key is destroyed, and it cannot be assigned to them' })}
          emptyText={t({ th: 'เลือกเจ้าหน้าที่', en: 'Choose a staff member' })}
          options={candidates.map((s) => ({ value: s.id, text: s.position ? `${s.display_name} (${s.position})` : s.display_name }))}
          value={props.value}
          errorMessage={fieldError(ctx, props.errors, 'subject_user')}
        />
        <Confirm ctx={ctx} id="subject_confirm" errors={props.errors} text={t({ th: 'บันทึกผู้ถูกร้องเรียน ย้อนกลับไม่ได้: ผู้นั้นจะไม่เห็นเรื่องนี้อีก', en: 'Record the subject: it cannot be undone and they will no longer see this case' })} />
        <Button text={t({ th: 'บันทึกผู้ถูกร้องเรียน', en: 'Record the subject' })} kind="warning" />
      </form>
    </section>
  )
}

/** Hands a copy of the case key to a colleague approved into the role after the case was filed: deliberate and audited. */
export function KeyTransferForm(props: { ctx: PageContext; detail: CaseDetail; errors?: FieldErrors | undefined; value?: string | undefined }) {
  const { ctx, detail } = props
  const t = ctx.t
  if (!detail.canRead || detail.withoutCaseKey.length === 0) return ''
  return (
    <section class="case-section" aria-labelledby="key-transfer-heading">
      <h2 class="heading-l" id="key-transfer-heading" safe>
        {t({ th: 'มอบสิทธิ์อ่านข้อมูลผู้ร้องเรียน', en: 'Give access to the complainant’s identity' })}
      </h2>
      <form method="post" action={`/staff/complaints/${detail.complaint.id}/key-transfers`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <Select
          id="officer"
          label={t({ th: 'เจ้าหน้าที่ที่ได้รับอนุมัติบทบาทหลังรับเรื่องนี้', en: 'Officers approved into the role after this case was filed' })}
          hint={t({ th: 'ผู้นั้นจะอ่านชื่อ ที่อยู่ และข้อความของผู้ร้องเรียนในเรื่องนี้ได้ การมอบบันทึกในประวัติการตรวจสอบ', en: 'They will be able to read this complainant’s identity and messages; the transfer is recorded in the audit trail' })}
          emptyText={t({ th: 'เลือกเจ้าหน้าที่', en: 'Choose an officer' })}
          options={detail.withoutCaseKey.map((h) => ({ value: h.id, text: h.display_name }))}
          value={props.value}
          errorMessage={fieldError(ctx, props.errors, 'officer')}
        />
        <Confirm ctx={ctx} id="key_confirm" errors={props.errors} text={t({ th: 'มอบสิทธิ์อ่านข้อมูลผู้ร้องเรียน ย้อนกลับไม่ได้: ผู้นั้นจะอ่านตัวตนของผู้ร้องเรียนในเรื่องนี้ได้ตลอดไป', en: 'Give access: it cannot be undone, they will always be able to read this complainant’s identity' })} />
        <Button text={t({ th: 'มอบสิทธิ์', en: 'Give access' })} kind="warning" />
      </form>
    </section>
  )
}
