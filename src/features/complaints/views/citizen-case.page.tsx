import type { FieldErrors } from '../../../errors.ts'
import type { Bilingual } from '../../../platform/i18n/locale.ts'
import { Button, CsrfField, SummaryList, Table, Tag, type SummaryRow, type TagColour } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Textarea } from '../../../web/components/form-fields.tsx'
import { STEP_LABELS } from '../complaint-deadlines.domain.ts'
import { formatDay, formatInstant } from '../../../web/format-time.ts'
import { Layout } from '../../../web/layout.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import type { KeptEvidence } from '../complaint-evidence.ts'
import { FOLLOW_UP_MINUTES } from '../complaint-follow-up-cookie.ts'
import type { ComplainantCase } from '../complaint-intake.use-cases.ts'
import { CHANNEL_LABELS, NON_ACCEPTANCE_LABELS, OUTCOME_LABELS, STATUS_LABELS, kindLabel, type ComplaintStatus } from '../complaint-workflow.domain.ts'
import { AttachmentLinks, CaseThread, Paragraphs } from './citizen-case-thread.tsx'

const STATUS_COLOUR: Partial<Record<ComplaintStatus, TagColour>> = { not_accepted: 'red', outcome: 'green', closed: 'grey' }

function label(map: Record<string, Bilingual>, key: string | null): Bilingual | null {
  return key && Object.hasOwn(map, key) ? map[key]! : null
}

/** Disagreeing with the result: ask the head for a review (recorded, counted, answered in the thread). */
function ReviewRequest(props: { ctx: PageContext; c: ComplainantCase; value?: string | undefined; errors?: FieldErrors | undefined }) {
  const t = props.ctx.t
  return (
    <section aria-labelledby="review-heading">
      <h2 class="heading-m" id="review-heading" safe>
        {t({ th: 'ไม่เห็นด้วยกับผลการพิจารณา?', en: 'Disagree with the result?' })}
      </h2>
      {props.c.reviewRequested ? (
        <p class="body" safe>
          {t({ th: 'ท่านขอให้ทบทวนผลแล้ว เรื่องอยู่ที่ผู้บริหารของหน่วยงาน คำตอบจะปรากฏในข้อความด้านล่าง', en: 'You have asked for a review. It is with the head of the agency; the answer will appear in the messages below.' })}
        </p>
      ) : (
        <form method="post" action="/complaints/case/review" novalidate>
          <CsrfField token={props.ctx.csrfToken} />
          <Textarea
            id="review"
            label={t({ th: 'ขอให้ผู้บริหารทบทวนผล: เหตุผลที่ไม่เห็นด้วย', en: 'Ask the head to review the result: why you disagree' })}
            hint={t({ th: 'คำขอถูกบันทึก ส่งถึงผู้บริหารของหน่วยงาน และนับรวมในสถิติเรื่องร้องเรียน', en: 'The request is recorded, goes to the head of the agency and is counted in the complaint statistics' })}
            value={props.value}
            errorMessage={fieldError(props.ctx, props.errors, 'review')}
            rows={4}
          />
          <Button kind="secondary" text={t({ th: 'ขอให้ทบทวนผล', en: 'Ask for a review' })} />
        </form>
      )}
    </section>
  )
}

/** What the complainant sees with their receipt: status and history, the facts filed, the result, the thread. */
export function CitizenCasePage(props: { ctx: PageContext; c: ComplainantCase; body?: string; errors?: FieldErrors | undefined; kept?: readonly KeptEvidence[]; review?: string }) {
  const { ctx, c } = props
  const t = ctx.t
  const dash = <span class="hint">–</span>
  const text = (s: string) => (s.trim() ? <Paragraphs text={s} /> : dash)
  const kind = kindLabel(c.intake, c.kind)
  const channel = label(CHANNEL_LABELS, c.channel)
  const outcome = label(OUTCOME_LABELS, c.outcome)
  const ground = label(NON_ACCEPTANCE_LABELS, c.ground)
  const title = t({ th: `เรื่องร้องเรียนเลขที่ ${c.reference}`, en: `Complaint ${c.reference}` })
  const facts: SummaryRow[] = [
    { key: t({ th: 'หน่วยงานที่รับเรื่อง', en: 'Agency' }), value: <span safe>{orgName({ name_th: c.organisation.th, name_en: c.organisation.en }, ctx.locale)}</span> },
    { key: t({ th: 'วันที่รับเรื่อง', en: 'Received on' }), value: <span safe>{formatDay(c.receivedOn, ctx.locale, 'long')}</span> },
    { key: t({ th: 'ช่องทาง', en: 'Channel' }), value: channel ? <span safe>{t(channel)}</span> : dash },
    { key: t({ th: 'ลักษณะของเรื่อง', en: 'Kind' }), value: kind ? <span safe>{t(kind)}</span> : dash },
    { key: t({ th: 'ผู้ร้องเรียน', en: 'Complainant' }), value: <span safe>{c.anonymous ? t({ th: 'ไม่ประสงค์ออกนาม', en: 'Anonymous' }) : t({ th: 'แจ้งชื่อ (เฉพาะเจ้าหน้าที่รับเรื่องเห็น)', en: 'Named (seen only by the complaint officers)' })}</span> },
    { key: t({ th: 'ผู้ถูกร้องเรียน', en: 'About' }), value: <span safe>{c.subjectText}</span> },
    { key: t({ th: 'ข้อเท็จจริงหรือพฤติการณ์', en: 'What happened' }), value: text(c.whatHappened) },
    { key: t({ th: 'เมื่อใด', en: 'When' }), value: text(c.happenedWhen) },
    { key: t({ th: 'ที่ใด', en: 'Where' }), value: text(c.happenedWhere) },
    { key: t({ th: 'สิ่งที่ขอให้ดำเนินการ', en: 'What you asked for' }), value: text(c.request) },
  ]
  return (
    <Layout ctx={ctx} title={props.errors ? `${t({ th: 'ข้อผิดพลาด', en: 'Error' })}: ${title}` : title}>
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <span class="caption-l" safe>
        {orgName({ name_th: c.organisation.th, name_en: c.organisation.en }, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="lead">
        <span safe>{t({ th: 'สถานะ:', en: 'Status:' })}</span> <Tag text={t(STATUS_LABELS[c.status])} colour={STATUS_COLOUR[c.status] ?? 'blue'} />
      </p>
      {c.nextStep ? (
        <p class="body" id="next-step">
          <span safe>{t({ th: 'ขั้นตอนต่อไป:', en: 'Next step:' })}</span> <strong safe>{t(STEP_LABELS[c.nextStep.step])}</strong>{' '}
          <span safe>{t({ th: `หน่วยงานกำหนดให้แล้วเสร็จภายในวันที่ ${formatDay(c.nextStep.due, 'th', 'long')} (นับเฉพาะวันทำการ)`, en: `The agency’s guideline has it done by ${formatDay(c.nextStep.due, 'en', 'long')} (business days).` })}</span>
        </p>
      ) : (
        ''
      )}

      {c.status === 'closed' && c.resultForComplainant ? (
        <>
          <h2 class="heading-l" safe>
            {t({ th: 'ผลการพิจารณา', en: 'The result' })}
          </h2>
          <SummaryList
            rows={[
              ...(outcome ? [{ key: t({ th: 'ผล', en: 'Outcome' }), value: <span safe>{t(outcome)}</span> }] : []),
              { key: t({ th: 'แจ้งผู้ร้องเรียน', en: 'To the complainant' }), value: <Paragraphs text={c.resultForComplainant} /> },
            ]}
          />
        </>
      ) : (
        ''
      )}
      {c.notAcceptedReason !== null && ground ? (
        <>
          <h2 class="heading-l" safe>
            {t({ th: 'เหตุที่ไม่รับพิจารณา', en: 'Why it was not accepted' })}
          </h2>
          <SummaryList
            rows={[
              { key: t({ th: 'เหตุ', en: 'Ground' }), value: <span safe>{t(ground)}</span> },
              { key: t({ th: 'คำอธิบาย', en: 'Explanation' }), value: text(c.notAcceptedReason) },
            ]}
          />
        </>
      ) : (
        ''
      )}

      {c.status === 'closed' ? <ReviewRequest ctx={ctx} c={c} value={props.review} errors={props.errors} /> : ''}

      <h2 class="heading-l" safe>
        {t({ th: 'ความคืบหน้า', en: 'Progress' })}
      </h2>
      <Table<ComplainantCase['history'][number]>
        caption={t({ th: 'ขั้นตอนที่ผ่านมา', en: 'Steps so far' })}
        columns={[
          { header: t({ th: 'วันเวลา', en: 'When' }), cell: (h) => <span safe>{formatInstant(h.at, ctx.locale)}</span> },
          { header: t({ th: 'สถานะ', en: 'Status' }), cell: (h) => <span safe>{t(STATUS_LABELS[h.status])}</span> },
        ]}
        rows={c.history}
      />

      <CaseThread ctx={ctx} c={c} body={props.body ?? ''} errors={props.errors} kept={props.kept ?? []} />

      <h2 class="heading-l" safe>
        {t({ th: 'เรื่องที่ท่านยื่น', en: 'What you filed' })}
      </h2>
      <SummaryList rows={facts} />
      {c.evidence.length > 0 ? (
        <>
          <h3 class="heading-m" safe>
            {t({ th: 'หลักฐานที่แนบมากับเรื่อง', en: 'Evidence filed with the complaint' })}
          </h3>
          <AttachmentLinks ctx={ctx} files={c.evidence} />
        </>
      ) : (
        ''
      )}
      <p class="body">
        <a href="/complaints/case/acknowledgement" safe>
          {t({ th: 'ใบรับเรื่องร้องเรียน (สำหรับพิมพ์หรือบันทึกเป็น PDF)', en: 'Acknowledgement of the complaint (to print or save as PDF)' })}
        </a>
      </p>

      <h2 class="heading-m" safe>
        {t({ th: 'เสร็จแล้ว?', en: 'Finished?' })}
      </h2>
      <p class="body" safe>
        {t({
          th: `หากใช้เครื่องร่วมกับผู้อื่น กดออกจากเรื่องนี้เมื่อดูเสร็จ หากไม่กด การเปิดดูจะสิ้นสุดเองเมื่อไม่มีการใช้งาน ${FOLLOW_UP_MINUTES} นาที`,
          en: `On a shared device, leave when you are done. Otherwise viewing ends by itself after ${FOLLOW_UP_MINUTES} minutes without use.`,
        })}
      </p>
      <form method="post" action="/complaints/case/leave">
        <CsrfField token={ctx.csrfToken} />
        <Button kind="secondary" text={t({ th: 'ออกจากเรื่องนี้', en: 'Leave this complaint' })} />
      </form>
    </Layout>
  )
}
