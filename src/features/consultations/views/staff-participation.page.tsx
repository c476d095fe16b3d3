import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { DateInput } from '../../../web/components/date-input.tsx'
import { Button, CsrfField, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import { HOLD_REASON_LABELS } from '../../webboard/index.ts'
import { PHASE_LABELS } from '../consultations.domain.ts'
import type { ConsultationFormValues, DateParts } from '../consultations.input.ts'
import type { Participation, StaffConsultation } from '../consultations.use-cases.ts'
import { PARTICIPATION_TITLE } from './public-participation.page.tsx'

type Values = ConsultationFormValues & { subject?: string; held_on?: DateParts; place?: string; attendance?: string; minutes?: string }

export function StaffParticipationPage(p: { ctx: PageContext; view: Participation; values: Values; errors?: FieldErrors | undefined; form?: 'consultation' | 'hearing' }) {
  const { ctx, view, values, errors } = p
  const t = ctx.t
  const err = (form: 'consultation' | 'hearing', f: string) => (p.form === form ? fieldError(ctx, errors, f) : undefined)
  const hint = t({ th: 'ปีเป็นพุทธศักราช เช่น 15 1 2570', en: 'Year in the Buddhist Era, e.g. 15 1 2570' })
  return (
    <Layout ctx={ctx} title={t(PARTICIPATION_TITLE)} wide>
      <span class="caption-l" safe>
        {orgName(view.org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {t(PARTICIPATION_TITLE)}
      </h1>
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
              {m.hold_reasons.map((r) => (
                <Tag text={t(HOLD_REASON_LABELS[r as keyof typeof HOLD_REASON_LABELS] ?? { th: r, en: r })} colour="red" />
              ))}
            </p>
            <p class="thread__body break-anywhere" safe>
              {m.body}
            </p>
          </li>
        ))}
      </ol>
      <ErrorSummary ctx={ctx} errors={errors} />
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
