/** The forms that move a case on: one per step the workflow allows now, and recording a staff member as its subject. */
import type { Children } from '@kitajs/html'
import type { FieldErrors } from '../../../errors.ts'
import { Radios } from '../../../web/components/choices.tsx'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { fieldError } from '../../../web/components/error-summary.tsx'
import { Select, Textarea } from '../../../web/components/form-fields.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import type { CaseDetail } from '../complaint-handling.use-cases.ts'
import type { StepFormValues } from '../complaint-staff.input.ts'
import { NON_ACCEPTANCE_GROUNDS, NON_ACCEPTANCE_LABELS, OUTCOMES, OUTCOME_LABELS, allowedNext, type ComplaintStatus } from '../complaint-workflow.domain.ts'

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

export function NextSteps(props: { ctx: PageContext; detail: CaseDetail; form?: StepForm | undefined }) {
  const { ctx, detail } = props
  const t = ctx.t
  const c = detail.complaint
  const id = c.id
  const next = allowedNext(c.status as ComplaintStatus)
  const v = props.form?.values
  const err = (f: string) => fieldError(ctx, props.form?.errors, f)
  const officers = (exclude: string | null) =>
    detail.handlers
      .filter((h) => h.id !== exclude)
      .map((h) => ({ value: h.id, text: h.has_key ? h.display_name : `${h.display_name} ${t({ th: '(ยังไม่เคยเข้าสู่ระบบ)', en: '(never signed in)' })}` }))
  const forms: Children[] = []
  for (const to of next) {
    switch (to) {
      case 'screening':
        forms.push(<StepFormFrame ctx={ctx} id={id} to={to} title={t({ th: 'เริ่มพิจารณารับเรื่อง', en: 'Start screening' })} />)
        break
      case 'accepted':
        forms.push(<StepFormFrame ctx={ctx} id={id} to={to} title={t({ th: 'รับพิจารณา', en: 'Accept' })} />)
        break
      case 'not_accepted':
        forms.push(
          <StepFormFrame ctx={ctx} id={id} to={to} title={t({ th: 'ไม่รับพิจารณา', en: 'Do not accept' })}>
            <h3 class="heading-s" safe>
              {t({ th: 'หรือ ไม่รับพิจารณา', en: 'Or: do not accept' })}
            </h3>
            <Select
              id="ground"
              label={t({ th: 'เหตุที่ไม่รับพิจารณา (หลักเกณฑ์ข้อ 2.3–2.4)', en: 'Ground (rules 2.3–2.4)' })}
              emptyText={t({ th: 'เลือกเหตุ', en: 'Choose a ground' })}
              options={NON_ACCEPTANCE_GROUNDS.map((g) => ({ value: g, text: t(NON_ACCEPTANCE_LABELS[g]) }))}
              value={v?.ground}
              errorMessage={err('ground')}
            />
            <Textarea id="reason" label={t({ th: 'เหตุผล', en: 'Reason' })} hint={t({ th: 'ผู้ร้องเรียนจะเห็นเหตุผลนี้เมื่อติดตามเรื่อง', en: 'The complainant sees this reason when following up' })} value={v?.reason} errorMessage={err('reason')} rows={3} />
          </StepFormFrame>,
        )
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
      case 'outcome':
        forms.push(
          <StepFormFrame ctx={ctx} id={id} to={to} title={t({ th: 'บันทึกผลการพิจารณา', en: 'Record the outcome' })}>
            <Radios id="outcome" label={t({ th: 'ผลการพิจารณา', en: 'Outcome' })} options={OUTCOMES.map((o) => ({ value: o, text: t(OUTCOME_LABELS[o]) }))} value={v?.outcome} errorMessage={err('outcome')} />
            <Textarea id="summary" label={t({ th: 'สรุปผลการพิจารณา', en: 'Summary of the outcome' })} hint={t({ th: 'บันทึกภายใน ผู้ร้องเรียนไม่เห็น', en: 'Internal: the complainant does not see it' })} value={v?.summary} errorMessage={err('summary')} rows={4} />
          </StepFormFrame>,
        )
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
          </StepFormFrame>,
        )
        break
    }
  }
  const toError = err('to')
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
          {t({ th: 'เรื่องนี้ยุติแล้ว ไม่มีขั้นตอนถัดไป', en: 'This complaint is closed; there is no next step.' })}
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
        <Button text={t({ th: 'บันทึกผู้ถูกร้องเรียน', en: 'Record the subject' })} kind="warning" />
      </form>
    </section>
  )
}

/** Hands a copy of the case key to a colleague approved into the role after the case was filed: deliberate and audited. */
export function KeyTransferForm(props: { ctx: PageContext; detail: CaseDetail }) {
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
        />
        <Button text={t({ th: 'มอบสิทธิ์', en: 'Give access' })} kind="warning" />
      </form>
    </section>
  )
}
