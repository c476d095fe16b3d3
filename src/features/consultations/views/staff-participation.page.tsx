import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { DateInput } from '../../../web/components/date-input.tsx'
import { Button, CsrfField, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { FileInput } from '../../../web/components/file-input.tsx'
import { Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { formatFileSize } from '../../../platform/files/index.ts'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import { HOLD_REASON_LABELS } from '../../webboard/index.ts'
import { PHASE_LABELS, documentLinks } from '../consultations.domain.ts'
import type { ConsultationFormValues, DateParts } from '../consultations.input.ts'
import type { StaffConsultation, StaffParticipation } from '../consultations.use-cases.ts'
import { PARTICIPATION_TITLE } from './public-participation.page.tsx'

type Values = ConsultationFormValues & { subject?: string; held_on?: DateParts; place?: string; attendance?: string; minutes?: string }

export function StaffParticipationPage(p: { ctx: PageContext; view: StaffParticipation; values: Values; errors?: FieldErrors | undefined; form?: 'consultation' | 'hearing' | 'photo' }) {
  const { ctx, view, values, errors } = p
  const t = ctx.t
  const err = (form: 'consultation' | 'hearing' | 'photo', f: string) => (p.form === form ? fieldError(ctx, errors, f) : undefined)
  const hint = t({ th: 'ปีเป็นพุทธศักราช เช่น 15 1 2570', en: 'Year in the Buddhist Era, e.g. 15 1 2570' })
  return (
    <Layout ctx={ctx} title={t(PARTICIPATION_TITLE)} wide>
      <span class="caption-l" safe>
        {orgName(view.org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {t(PARTICIPATION_TITLE)}
      </h1>
      {view.held.length > 0 ? (
        <section aria-labelledby="held-heading">
          <h2 class="heading-l" id="held-heading" safe>
            {t({ th: `ความคิดเห็นที่รอตรวจ (${view.held.length})`, en: `Comments waiting for moderation (${view.held.length})` })}
          </h2>
          <ol class="thread">
            {view.held.map((m) => (
              <li class="thread__item">
                <p class="thread__meta">
                  <a href={`/staff/consultations/${m.consultation_id}`} safe>
                    {m.title}
                  </a>{' '}
                  <span safe>{`· ${m.author_name} · ${formatDay(m.created_on, ctx.locale)}`}</span> <HoldTags ctx={ctx} reasons={m.hold_reasons} />
                </p>
                <p class="thread__body break-anywhere" safe>
                  {m.body}
                </p>
                <ModerateForm ctx={ctx} commentId={m.id} back="queue" />
              </li>
            ))}
          </ol>
        </section>
      ) : (
        ''
      )}
      <h2 class="heading-l" safe>
        {t({ th: 'การรับฟังความคิดเห็น', en: 'Consultations' })}
      </h2>
      <ul class="list">
        {view.consultations.map((c) => (
          <li>
            <a href={`/staff/consultations/${c.id}`} safe>
              {c.title}
            </a>{' '}
            <Tag text={t(PHASE_LABELS[c.phase])} colour={c.phase === 'closed' ? 'yellow' : 'grey'} />
          </li>
        ))}
      </ul>
      <ErrorSummary ctx={ctx} errors={errors} />
      {view.hearings.length > 0 ? (
        <>
          <h2 class="heading-l" safe>
            {t({ th: 'เวทีประชาคมที่บันทึกไว้', en: 'Recorded hearings' })}
          </h2>
          <ul class="thread">
            {view.hearings.map((h) => (
              <li class="thread__item">
                <p class="thread__meta" safe>
                  {`${formatDay(h.held_on, ctx.locale)} · ${h.subject} · ${t({ th: `ภาพ ${h.photos.length} ภาพ`, en: `${h.photos.length} photos` })}`}
                </p>
                <form method="post" action={`/staff/consultations/hearings/${h.id}/photos`} enctype="multipart/form-data" novalidate>
                  <CsrfField token={ctx.csrfToken} />
                  <FileInput id={`photo-${h.id}`} name="photo" accept="image/*" label={t({ th: 'เพิ่มภาพการจัดเวที (ไม่เกิน 10 MB)', en: 'Add a photo of the hearing (up to 10 MB)' })} errorMessage={err('photo', `photo-${h.id}`)} />
                  <Button text={t({ th: 'อัปโหลดภาพ', en: 'Upload the photo' })} kind="secondary" />
                </form>
              </li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
      <form method="post" action={`/staff/consultations?org=${view.org.id}`} novalidate class="thread__note-form">
        <h2 class="heading-l" safe>
          {t({ th: 'เปิดรับฟังความคิดเห็น', en: 'Open a consultation' })}
        </h2>
        <CsrfField token={ctx.csrfToken} />
        <TextInput id="title" label={t({ th: 'เรื่อง', en: 'Title' })} value={values.title} errorMessage={err('consultation', 'title')} />
        <Textarea id="question" rows={4} label={t({ th: 'คำถามหรือประเด็น', en: 'Question' })} value={values.question} errorMessage={err('consultation', 'question')} />
        <Textarea id="documents" rows={3} label={t({ th: 'ลิงก์เอกสารประกอบ (บรรทัดละลิงก์) ไม่บังคับ', en: 'Document links (one a line), optional' })} value={values.documents} errorMessage={err('consultation', 'documents')} />
        <DateInput id="opens_on" locale={ctx.locale} label={t({ th: 'วันเปิดรับฟัง', en: 'Opens' })} hint={hint} value={values.opens_on} errorMessage={err('consultation', 'opens_on')} />
        <DateInput id="closes_on" locale={ctx.locale} label={t({ th: 'วันปิดรับฟัง', en: 'Closes' })} hint={hint} value={values.closes_on} errorMessage={err('consultation', 'closes_on')} />
        <Button text={t({ th: 'เปิดรับฟัง', en: 'Open it' })} />
      </form>
      <form method="post" action={`/staff/consultations/hearings?org=${view.org.id}`} novalidate class="thread__note-form">
        <h2 class="heading-l" safe>
          {t({ th: 'บันทึกการจัดเวทีประชาคม', en: 'Record a public hearing' })}
        </h2>
        <CsrfField token={ctx.csrfToken} />
        <TextInput id="subject" label={t({ th: 'เรื่อง', en: 'Subject' })} value={values.subject} errorMessage={err('hearing', 'subject')} />
        <DateInput id="held_on" locale={ctx.locale} label={t({ th: 'วันที่จัด', en: 'Held on' })} hint={hint} value={values.held_on} errorMessage={err('hearing', 'held_on')} />
        <TextInput id="place" label={t({ th: 'สถานที่', en: 'Place' })} value={values.place} errorMessage={err('hearing', 'place')} />
        <TextInput id="attendance" width="5" inputmode="numeric" label={t({ th: 'จำนวนผู้เข้าร่วม', en: 'Attendance' })} value={values.attendance} errorMessage={err('hearing', 'attendance')} />
        <Textarea id="minutes" rows={5} label={t({ th: 'บันทึกการประชุม', en: 'Minutes' })} value={values.minutes} errorMessage={err('hearing', 'minutes')} />
        <Button text={t({ th: 'บันทึก', en: 'Save' })} kind="secondary" />
      </form>
    </Layout>
  )
}

export function StaffConsultationPage(p: { ctx: PageContext; view: StaffConsultation; values?: Record<string, string>; errors?: FieldErrors | undefined }) {
  const { ctx, view, errors } = p
  const c = view.consultation
  const t = ctx.t
  const err = (f: string) => fieldError(ctx, errors, f)
  return (
    <Layout ctx={ctx} title={c.title}>
      <a href={`/staff/consultations?org=${view.org.id}`} class="back-link" safe>
        {t(PARTICIPATION_TITLE)}
      </a>
      <h1 class="heading-xl break-anywhere" safe>
        {c.title}
      </h1>
      <p class="body">
        <Tag text={t(PHASE_LABELS[c.phase])} colour="grey" /> <span safe>{`${formatDay(c.opens_on, ctx.locale)} – ${formatDay(c.closes_on, ctx.locale)}`}</span>
      </p>
      <ol class="thread">
        {view.comments.map((m) => (
          <li class="thread__item">
            <p class="thread__meta">
              <span safe>{`${m.author_name} · ${formatDay(m.created_on, ctx.locale)}`}</span>{' '}
              <HoldTags ctx={ctx} reasons={m.hold_reasons} />
              {m.moderation === 'published' ? '' : <Tag text={t(m.moderation === 'held' ? { th: 'รอตรวจ', en: 'Held' } : { th: 'ไม่เผยแพร่', en: 'Rejected' })} colour={m.moderation === 'held' ? 'yellow' : 'grey'} />}
            </p>
            <p class="thread__body break-anywhere" safe>
              {m.body}
            </p>
            {m.moderation === 'held' ? <ModerateForm ctx={ctx} commentId={m.id} back="consultation" /> : ''}
          </li>
        ))}
      </ol>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h2 class="heading-m" safe>
        {t({ th: 'เอกสารประกอบ', en: 'Documents' })}
      </h2>
      <ul class="list list--bullet">
        {view.documents.map((d) => (
          <li>
            <a href={`/o/${view.org.slug}/consultations/${c.id}/documents/${d.file_id}`} class="break-anywhere" safe>
              {d.name}
            </a>{' '}
            <span safe>{`(${formatFileSize(d.size)})`}</span>
          </li>
        ))}
        {documentLinks(c.documents).map((d) => (
          <li>
            <a href={d} class="break-anywhere" safe>
              {d}
            </a>
          </li>
        ))}
      </ul>
      <form method="post" action={`/staff/consultations/${c.id}/documents`} enctype="multipart/form-data" novalidate class="thread__note-form">
        <CsrfField token={ctx.csrfToken} />
        <FileInput id="document" accept=".pdf,.doc,.docx,.xls,.xlsx,image/*" label={t({ th: 'เพิ่มเอกสาร (PDF, Word, Excel หรือภาพ ไม่เกิน 20 MB)', en: 'Add a document (PDF, Word, Excel or an image, up to 20 MB)' })} errorMessage={err('document')} />
        <Button text={t({ th: 'อัปโหลดเอกสาร', en: 'Upload the document' })} kind="secondary" />
      </form>
      {c.phase === 'closed' ? (
        <form method="post" action={`/staff/consultations/${c.id}/summary`} novalidate class="thread__note-form">
          <CsrfField token={ctx.csrfToken} />
          <Textarea id="heard" rows={5} label={t({ th: 'สิ่งที่ได้รับฟัง', en: 'What we heard' })} value={p.values?.heard} errorMessage={err('heard')} />
          <Textarea id="will_do" rows={5} label={t({ th: 'สิ่งที่หน่วยงานจะดำเนินการ', en: 'What we will do' })} value={p.values?.will_do} errorMessage={err('will_do')} />
          <Button text={t({ th: 'เผยแพร่สรุปผล', en: 'Publish the summary' })} />
        </form>
      ) : (
        ''
      )}
    </Layout>
  )
}

function HoldTags({ ctx, reasons }: { ctx: PageContext; reasons: readonly string[] }) {
  return (
    <>
      {reasons.map((r) => (
        <Tag text={ctx.t(HOLD_REASON_LABELS[r as keyof typeof HOLD_REASON_LABELS] ?? { th: r, en: r })} colour="red" />
      ))}
    </>
  )
}

function ModerateForm({ ctx, commentId, back }: { ctx: PageContext; commentId: string; back: 'queue' | 'consultation' }) {
  return (
    <form method="post" action={`/staff/consultations/comments/${commentId}/moderate`} class="button-group">
      <CsrfField token={ctx.csrfToken} />
      <input type="hidden" name="back" value={back} />
      <Button text={ctx.t({ th: 'เผยแพร่', en: 'Publish' })} name="decision" value="publish" />
      <Button text={ctx.t({ th: 'ไม่เผยแพร่', en: 'Reject' })} name="decision" value="reject" kind="warning" />
    </form>
  )
}
