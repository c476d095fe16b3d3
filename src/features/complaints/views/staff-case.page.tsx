/**
 * One complaint as staff see it. Everyone allowed to see the case gets its facts, deadline and
 * history; its handlers also get, with their copy of the key, the complainant's identity (only
 * on an explicit, audited request), the evidence, the thread and the forms.
 */
import type { FieldErrors } from '../../../errors.ts'
import { Button, CsrfField, NotificationBanner, SummaryList, Table, type SummaryRow } from '../../../web/components/display.tsx'
import { ErrorSummary } from '../../../web/components/error-summary.tsx'
import { formatDay, formatInstant } from '../../../web/format-time.ts'
import { Layout } from '../../../web/layout.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import { STEP_LABELS, stepOf } from '../complaint-deadlines.domain.ts'
import type { CaseDetail } from '../complaint-handling.use-cases.ts'
import { NON_ACCEPTANCE_LABELS, OUTCOME_LABELS, PROPOSAL_LABELS, PROPOSALS, anonymousBarMet, type ComplaintStatus, type NonAcceptanceGround, type Outcome, type ProposalKind } from '../complaint-workflow.domain.ts'
import { caseDocuments } from '../complaint-documents.domain.ts'
import { KeyTransferForm, NextSteps, SubjectForm, nextActionText, type OrderForm, type StepForm } from './staff-case-steps.page.tsx'
import { EvidenceList, Thread, type MessageForm } from './staff-case-thread.page.tsx'
import { DueDate, StatusTag, channelText, intakeText, kindText, statusText } from './staff-common.page.tsx'

export type StaffCaseProps = {
  ctx: PageContext
  detail: CaseDetail
  step?: StepForm | undefined
  order?: OrderForm | undefined
  message?: MessageForm | undefined
  subject?: { value: string; errors: FieldErrors } | undefined
  keyTransfer?: { value: string; errors: FieldErrors } | undefined
}

function text(v: string) {
  return v.trim() ? <span class="preserve-lines" safe>{v}</span> : <span>–</span>
}

function Facts({ ctx, detail }: { ctx: PageContext; detail: CaseDetail }) {
  const t = ctx.t
  const c = detail.complaint
  const rows: SummaryRow[] = [
    { key: t({ th: 'ช่องทางรับเรื่อง', en: 'Intake' }), value: <span safe>{intakeText(ctx, c.intake)}</span> },
    { key: c.intake === 'public' ? t({ th: 'ลักษณะของเรื่อง', en: 'Kind of wrongdoing' }) : t({ th: 'หัวข้อ', en: 'Topic' }), value: <span safe>{kindText(ctx, c.intake, c.kind)}</span> },
    { key: t({ th: 'ได้รับทาง', en: 'Received by' }), value: <span safe>{channelText(ctx, c.channel)}</span> },
    { key: t({ th: 'วันที่รับเรื่อง', en: 'Received on' }), value: <span safe>{formatDay(c.received_on, ctx.locale, 'long')}</span> },
    { key: t({ th: 'ผู้ถูกร้องเรียน', en: 'About' }), value: text(c.subject_text) },
    { key: t({ th: 'ข้อเท็จจริงหรือพฤติการณ์', en: 'What happened' }), value: text(c.what_happened) },
    { key: t({ th: 'วันเวลาที่เกิดเหตุ', en: 'When' }), value: text(c.happened_when) },
    { key: t({ th: 'สถานที่เกิดเหตุ', en: 'Where' }), value: text(c.happened_where) },
    { key: t({ th: 'สิ่งที่ขอให้ดำเนินการ', en: 'What is asked for' }), value: text(c.request) },
    { key: t({ th: 'ผู้ร้องเรียน', en: 'Complainant' }), value: <span safe>{c.anonymous ? t({ th: 'ไม่ประสงค์ออกนาม', en: 'Anonymous' }) : t({ th: 'แจ้งชื่อ (ตัวตนเข้ารหัสไว้)', en: 'Named (identity encrypted)' })}</span> },
    { key: t({ th: 'พยานบุคคล', en: 'Witnesses' }), value: <span safe>{c.has_witnesses ? t({ th: 'ระบุไว้', en: 'Named' }) : t({ th: 'ไม่ระบุ', en: 'None named' })}</span> },
    { key: t({ th: 'ไฟล์หลักฐาน', en: 'Evidence files' }), value: <span safe>{t({ th: `${c.evidence_count} ไฟล์`, en: `${c.evidence_count}` })}</span> },
  ]
  if (c.ground) {
    const g = Object.hasOwn(NON_ACCEPTANCE_LABELS, c.ground) ? t(NON_ACCEPTANCE_LABELS[c.ground as NonAcceptanceGround]) : c.ground
    rows.push({ key: t({ th: 'เหตุที่ไม่รับพิจารณา', en: 'Ground for not accepting' }), value: <span safe>{`${g}: ${c.ground_reason ?? ''}`}</span> })
  }
  if (c.outcome) {
    const o = Object.hasOwn(OUTCOME_LABELS, c.outcome) ? t(OUTCOME_LABELS[c.outcome as Outcome]) : c.outcome
    rows.push({ key: t({ th: 'ผลการพิจารณา', en: 'Outcome' }), value: <span safe>{`${o}: ${c.outcome_summary ?? ''}`}</span> })
  }
  if (c.result_for_complainant) rows.push({ key: t({ th: 'ผลที่แจ้งผู้ร้องเรียน', en: 'Result reported back' }), value: text(c.result_for_complainant) })
  return <SummaryList rows={rows} />
}

function CurrentStep({ ctx, detail }: { ctx: PageContext; detail: CaseDetail }) {
  const t = ctx.t
  const c = detail.complaint
  const step = stepOf(c.status as ComplaintStatus)
  const rule = step ? detail.guideline[step] : null
  const rows: SummaryRow[] = [
    { key: t({ th: 'สถานะ', en: 'Status' }), value: <StatusTag ctx={ctx} status={c.status} /> },
    { key: t({ th: 'ต้องทำต่อไป', en: 'Next action' }), value: <strong safe>{nextActionText(ctx, detail)}</strong> },
  ]
  if (step && rule) {
    rows.push({ key: t({ th: 'กำหนดเสร็จ', en: 'Due' }), value: <DueDate ctx={ctx} deadline={detail.deadline} /> })
    rows.push({ key: t({ th: 'ขั้นตอนตามแนวทาง', en: 'Guideline step' }), value: <span safe>{t({ th: `${STEP_LABELS[step].th} (${rule.businessDays} วันทำการ)`, en: `${STEP_LABELS[step].en} (${rule.businessDays} business days)` })}</span> })
    rows.push({ key: t({ th: 'หน่วยที่รับผิดชอบ', en: 'Responsible unit' }), value: <span safe>{ctx.locale === 'en' && rule.responsibleUnit.en ? rule.responsibleUnit.en : rule.responsibleUnit.th}</span> })
    rows.push({ key: t({ th: 'เริ่มขั้นตอนนี้', en: 'Step started' }), value: <span safe>{formatDay(c.step_started_on, ctx.locale)}</span> })
  }
  rows.push({ key: t({ th: 'ผู้รับผิดชอบ', en: 'Officer' }), value: <span safe>{detail.assignedName ?? t({ th: 'ยังไม่มอบหมาย', en: 'Not assigned' })}</span> })
  return <SummaryList rows={rows} />
}

function ScreeningHint({ ctx, detail }: { ctx: PageContext; detail: CaseDetail }) {
  const c = detail.complaint
  // Advice to whoever screens the case; the head and oversight only read it.
  if (!detail.canHandle || !c.anonymous || (c.status !== 'received' && c.status !== 'screening')) return ''
  const met = anonymousBarMet({ anonymous: c.anonymous, evidenceCount: c.evidence_count, witnesses: c.has_witnesses ? 'named' : '' })
  return (
    <div class={met ? 'inset-text' : 'inset-text inset-text--warning'}>
      <p class="body" safe>
        {met
          ? ctx.t({ th: 'เรื่องนี้ไม่ประสงค์ออกนาม แต่มีพยานหลักฐานหรือระบุพยานบุคคล จึงรับพิจารณาได้ตามหลักเกณฑ์ข้อ 2.3 หากข้อเท็จจริงชัดแจ้งพอ', en: 'Anonymous, but with evidence or named witnesses: it may be taken up under rule 2.3 if the facts are clear enough.' })
          : ctx.t({ th: 'เรื่องนี้ไม่ประสงค์ออกนาม และไม่มีพยานหลักฐานหรือพยานบุคคล ตามหลักเกณฑ์ข้อ 2.3 รับพิจารณาได้เฉพาะเมื่อมีหลักฐานหรือพยานชัดแจ้ง ลองขอหลักฐานเพิ่มจากผู้ร้องเรียนทางข้อความก่อนตัดสิน', en: 'Anonymous, with no evidence or named witnesses: under rule 2.3 it is taken up only with clear evidence or witnesses. Consider asking the complainant for evidence by message before deciding.' })}
      </p>
    </div>
  )
}

function eventText(ctx: PageContext, detail: CaseDetail, e: CaseDetail['events'][number]): string {
  const t = ctx.t
  const d = (e.detail ?? {}) as Record<string, unknown>
  const officer = typeof d.officer_id === 'string' ? detail.handlers.find((h) => h.id === d.officer_id)?.display_name : undefined
  switch (e.kind) {
    case 'received':
      return t({ th: `รับเรื่อง (${channelText(ctx, String(d.channel ?? ''))})`, en: `Received (${channelText(ctx, String(d.channel ?? ''))})` })
    case 'status': {
      const to = statusText(ctx, e.to_status ?? '')
      if (e.to_status === 'assigned' && officer) return t({ th: `${to}: ${officer}`, en: `${to}: ${officer}` })
      if (e.to_status === 'not_accepted' && typeof d.ground === 'string' && Object.hasOwn(NON_ACCEPTANCE_LABELS, d.ground)) return `${to}: ${t(NON_ACCEPTANCE_LABELS[d.ground as NonAcceptanceGround])}`
      if (e.to_status === 'outcome' && typeof d.outcome === 'string' && Object.hasOwn(OUTCOME_LABELS, d.outcome)) return `${to}: ${t(OUTCOME_LABELS[d.outcome as Outcome])}`
      return to
    }
    case 'proposed':
      return typeof d.proposal === 'string' && (PROPOSALS as readonly string[]).includes(d.proposal) ? t(PROPOSAL_LABELS[d.proposal as ProposalKind]) : t({ th: 'เสนอผู้บริหาร', en: 'Proposed to the head' })
    case 'ordered':
      return `${t({ th: 'ผู้บริหารสั่งการตามข้อเสนอ', en: 'The head ordered as proposed' })}: ${statusText(ctx, e.to_status ?? '')}`
    case 'returned':
      return t({ th: 'ผู้บริหารส่งข้อเสนอกลับให้พิจารณาใหม่', en: 'The head sent the proposal back' })
    case 'review_requested':
      return t({ th: 'ผู้ร้องเรียนขอให้ทบทวนผล', en: 'The complainant asked for a review' })
    case 'transferred':
      return officer ? t({ th: `โอนเรื่องให้ ${officer}`, en: `Transferred to ${officer}` }) : t({ th: 'โอนเรื่องให้เจ้าหน้าที่อื่น', en: 'Transferred to another officer' })
    case 'note':
      return t({ th: 'บันทึกภายใน', en: 'Internal note added' })
    case 'staff_message':
      return t({ th: 'ส่งข้อความถึงผู้ร้องเรียน', en: 'Message sent to the complainant' })
    case 'complainant_message':
      return t({ th: 'ผู้ร้องเรียนส่งข้อความหรือหลักฐานเพิ่ม', en: 'The complainant wrote or added evidence' })
    case 'subject_recorded':
      return t({ th: 'บันทึกเจ้าหน้าที่ผู้ถูกร้องเรียน', en: 'A staff member recorded as the subject' })
    default:
      return e.kind
  }
}

function History({ ctx, detail }: { ctx: PageContext; detail: CaseDetail }) {
  const t = ctx.t
  return (
    <Table
      caption={t({ th: 'ทุกขั้นตอนและการดำเนินการ ตามลำดับเวลา', en: 'Every step and action, oldest first' })}
      rows={detail.events}
      columns={[
        { header: t({ th: 'เมื่อ', en: 'When' }), cell: (e) => <span safe>{formatInstant(e.at, ctx.locale)}</span> },
        { header: t({ th: 'การดำเนินการ', en: 'What' }), cell: (e) => <span safe>{eventText(ctx, detail, e)}</span> },
        { header: t({ th: 'โดย', en: 'By' }), cell: (e) => <span safe>{e.actor_name ?? (detail.complaint.intake === 'public' ? t({ th: 'ผู้ร้องเรียน', en: 'The complainant' }) : t({ th: 'ผู้แจ้ง', en: 'The reporter' }))}</span> },
      ]}
    />
  )
}

function Identity({ ctx, detail }: { ctx: PageContext; detail: CaseDetail }) {
  const t = ctx.t
  const c = detail.complaint
  const heading = (
    <h2 class="heading-l" id="identity-heading" safe>
      {t({ th: 'ข้อมูลผู้ร้องเรียน', en: 'The complainant' })}
    </h2>
  )
  if (detail.identity) {
    const i = detail.identity
    const rows: SummaryRow[] = c.anonymous
      ? [{ key: t({ th: 'ชื่อ', en: 'Name' }), value: <span safe>{t({ th: 'ไม่ประสงค์ออกนาม', en: 'Anonymous' })}</span> }]
      : [
          { key: t({ th: 'ชื่อ-นามสกุล', en: 'Name' }), value: text(i.name) },
          { key: t({ th: 'ที่อยู่', en: 'Address' }), value: text(i.address) },
          { key: t({ th: 'โทรศัพท์', en: 'Phone' }), value: text(i.phone) },
          { key: t({ th: 'อีเมล', en: 'E-mail' }), value: text(i.email) },
        ]
    rows.push({ key: t({ th: 'พยานบุคคล', en: 'Witnesses' }), value: text(i.witnesses) })
    return (
      <section aria-labelledby="identity-heading" class="case-section">
        {heading}
        <p class="body hint" safe>
          {t({ th: 'การเปิดดูครั้งนี้ถูกบันทึกไว้ในบันทึกการตรวจสอบแล้ว อย่าคัดลอกหรือเปิดเผยข้อมูลนี้', en: 'This viewing has been recorded in the audit trail. Do not copy or disclose these details.' })}
        </p>
        <SummaryList rows={rows} />
      </section>
    )
  }
  return (
    <section aria-labelledby="identity-heading" class="case-section">
      {heading}
      <p class="body" safe>
        {t({ th: 'ตัวตน ช่องทางติดต่อ และพยานบุคคลเข้ารหัสไว้ การเปิดดูแต่ละครั้งจะถูกบันทึกในบันทึกการตรวจสอบ', en: 'Identity, contacts and witnesses are encrypted; every viewing is recorded in the audit trail.' })}
      </p>
      <form method="post" action={`/staff/complaints/${c.id}/identity`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <Button text={t({ th: 'แสดงข้อมูลผู้ร้องเรียน', en: 'Show the complainant’s details' })} kind="secondary" />
      </form>
    </section>
  )
}

/** The case's records as Word memos (บันทึกข้อความ), each once its step has happened. */
function Documents({ ctx, detail }: { ctx: PageContext; detail: CaseDetail }) {
  const t = ctx.t
  const docs = caseDocuments(detail.complaint, detail.orders)
  if (docs.length === 0) return ''
  return (
    <section class="case-section" aria-labelledby="documents-heading">
      <h2 class="heading-l" id="documents-heading" safe>
        {t({ th: 'เอกสาร (Word)', en: 'Documents (Word)' })}
      </h2>
      <ul class="list">
        {docs.map((d) => (
          <li>
            <a href={`/staff/complaints/${detail.complaint.id}/documents/${d.kind}.docx`} safe>
              {t(d.title)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}

export function StaffCasePage(props: StaffCaseProps) {
  const { ctx, detail } = props
  const t = ctx.t
  const c = detail.complaint
  const errors = props.step?.errors ?? props.order?.errors ?? props.message?.errors ?? props.subject?.errors ?? props.keyTransfer?.errors
  const title = t({ th: `เรื่องร้องเรียนเลขที่ ${c.reference}`, en: `Complaint ${c.reference}` })
  return (
    <Layout ctx={ctx} title={errors ? `${t({ th: 'ข้อผิดพลาด', en: 'Error' })}: ${title}` : title} wide>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="body no-print">
        <a href="/staff/complaints" safe>
          {t({ th: 'กลับไปรายการเรื่องร้องเรียน', en: 'Back to the complaints' })}
        </a>
      </p>
      <span class="caption-l" safe>
        {orgName(detail.organisation, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      {/* Status, deadline and the next action first: the page is long, the decision is not. */}
      <section class="case-section" aria-labelledby="current-step-heading">
        <h2 class="heading-l" id="current-step-heading" safe>
          {t({ th: 'ขั้นตอนปัจจุบัน', en: 'Where it stands' })}
        </h2>
        <CurrentStep ctx={ctx} detail={detail} />
      </section>
      <ScreeningHint ctx={ctx} detail={detail} />
      {detail.canHandle || (detail.canOrder && c.status === 'awaiting_order') ? <NextSteps ctx={ctx} detail={detail} form={props.step} order={props.order} /> : ''}
      {detail.canHandle && !detail.canRead ? (
        <NotificationBanner title={t({ th: 'ท่านยังไม่มีกุญแจของเรื่องนี้', en: 'You do not hold this complaint’s key yet' })}>
          <p class="body" safe>
            {t({
              th: 'ตัวตนของผู้ร้องเรียน หลักฐาน และข้อความเข้ารหัสไว้ และท่านยังไม่มีสำเนากุญแจ (เช่น เพิ่งได้รับบทบาท หรือเพิ่งตั้งรหัสผ่านใหม่) ท่านจะเปิดอ่านได้เมื่อเพื่อนร่วมงานที่มีกุญแจเปิดเรื่องนี้ หรือเมื่อผู้ร้องเรียนติดตามเรื่องครั้งถัดไป ระหว่างนี้ท่านดำเนินขั้นตอนต่าง ๆ ได้ตามปกติ',
              en: 'The identity, evidence and messages are encrypted and you do not hold a copy of the key yet (say you were just given the role or reset your password). They open for you once a colleague who has the key opens this case, or the complainant next follows it up. Meanwhile you can take the steps as usual.',
            })}
          </p>
        </NotificationBanner>
      ) : (
        ''
      )}
      {!detail.canHandle ? (
        <p class="body" safe>
          {t({ th: 'ท่านเห็นข้อเท็จจริงและประวัติของเรื่องนี้ ตัวตนของผู้ร้องเรียนและข้อความโต้ตอบเปิดได้เฉพาะเจ้าหน้าที่ผู้รับผิดชอบเรื่อง', en: 'You see the facts and history of this case. The complainant’s identity and the messages are open only to its handling officers.' })}
        </p>
      ) : (
        ''
      )}
      <section class="case-section" aria-labelledby="facts-heading">
        <h2 class="heading-l" id="facts-heading" safe>
          {t({ th: 'ข้อเท็จจริง', en: 'The facts' })}
        </h2>
        <Facts ctx={ctx} detail={detail} />
      </section>
      {detail.canHandle && detail.canRead ? (
        <>
          <Identity ctx={ctx} detail={detail} />
          <EvidenceList ctx={ctx} detail={detail} />
        </>
      ) : (
        ''
      )}
      <Documents ctx={ctx} detail={detail} />
      {detail.canHandle && detail.canRead ? <Thread ctx={ctx} detail={detail} form={props.message} /> : ''}
      <section class="case-section" aria-labelledby="history-heading">
        <h2 class="heading-l" id="history-heading" safe>
          {t({ th: 'ประวัติการดำเนินการ', en: 'History' })}
        </h2>
        <History ctx={ctx} detail={detail} />
      </section>
      {detail.canHandle ? <SubjectForm ctx={ctx} detail={detail} errors={props.subject?.errors} value={props.subject?.value} /> : ''}
      {detail.canHandle ? <KeyTransferForm ctx={ctx} detail={detail} errors={props.keyTransfer?.errors} value={props.keyTransfer?.value} /> : ''}
    </Layout>
  )
}
