import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, Textarea } from '../../../web/components/form-fields.tsx'
import { formatDay, formatInstant } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import type { StaffQuestion } from '../webboard.use-cases.ts'
import { OFFICIAL_ANSWER, STATUS_LABELS, URGENCY_LABELS } from './webboard-text.ts'

export function StaffQuestionPage(p: { ctx: PageContext; view: StaffQuestion; values?: Record<string, string>; errors?: FieldErrors | undefined }) {
  const { ctx, view, errors } = p
  const { question: q } = view
  const t = ctx.t
  const err = (f: string) => fieldError(ctx, errors, f)
  return (
    <Layout ctx={ctx} title={q.title ?? ''}>
      <a href={`/staff/webboard?org=${view.org.id}`} class="back-link" safe>
        {t({ th: 'เว็บบอร์ด', en: 'Webboard' })}
      </a>
      <span class="caption-l" safe>
        {orgName(view.org, ctx.locale)}
      </span>
      <h1 class="heading-xl break-anywhere" safe>
        {q.title ?? ''}
      </h1>
      <p class="body">
        <Tag text={t(STATUS_LABELS[q.status]!)} colour={q.status === 'published' ? 'green' : 'grey'} />{' '}
        {view.urgency ? <Tag text={t(URGENCY_LABELS[view.urgency]!)} colour={view.urgency === 'overdue' ? 'red' : 'yellow'} /> : ''}{' '}
        <span>{q.due_on ? `${t({ th: 'กำหนดตอบ', en: 'Due' })} ${formatDay(q.due_on, ctx.locale)}` : ''}</span>
      </p>
      <p class="thread__meta" safe>
        {q.author_name}
      </p>
      <p class="thread__body break-anywhere" safe>
        {q.body}
      </p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <ol class="thread">
        {view.posts.map((a) => (
          <li class={a.kind === 'answer' ? 'thread__item thread__item--complainant' : 'thread__item'}>
            <p class="thread__meta">
              {a.kind === 'answer' ? <Tag text={t(OFFICIAL_ANSWER)} colour="green" /> : <Tag text={t(STATUS_LABELS[a.status]!)} colour="grey" />}{' '}
              <span safe>{`${a.author_name}${a.author_position ? ` · ${a.author_position}` : ''} · ${formatInstant(a.created_at, ctx.locale)}`}</span>
            </p>
            <p class="thread__body break-anywhere" safe>
              {a.body}
            </p>
          </li>
        ))}
      </ol>
      {view.redactions.length > 0 ? (
        <>
          <h2 class="heading-m" safe>
            {t({ th: 'การลบข้อมูลส่วนบุคคล', en: 'Personal data removed' })}
          </h2>
          <ul class="list list--bullet">
            {view.redactions.map((r) => (
              <li safe>{`${formatInstant(r.at, ctx.locale)} · ${r.by_name ?? ''} · ${r.reason} (${r.occurrences})`}</li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
      {view.canAnswer && q.status === 'published' ? (
        <form method="post" action={`/staff/webboard/questions/${q.id}/answer`} novalidate class="thread__note-form">
          <CsrfField token={ctx.csrfToken} />
          <Textarea id="answer" rows={6} label={t({ th: 'คำตอบอย่างเป็นทางการ', en: 'Official answer' })} hint={t({ th: 'เผยแพร่ทันทีในนามหน่วยงาน พร้อมชื่อและตำแหน่งของท่าน', en: 'Published at once for the agency, signed with your name and position' })} value={p.values?.answer} errorMessage={err('answer')} />
          <Button text={t({ th: 'เผยแพร่คำตอบ', en: 'Publish the answer' })} />
        </form>
      ) : (
        ''
      )}
      <form method="post" action={`/staff/webboard/questions/${q.id}/assign`} novalidate class="thread__note-form">
        <CsrfField token={ctx.csrfToken} />
        <Select id="assignee" label={t({ th: 'มอบหมายผู้ตอบ', en: 'Assign to' })} emptyText={t({ th: 'ไม่มอบหมาย', en: 'Nobody' })} options={view.answerers.map((a) => ({ value: a.id, text: a.display_name }))} value={q.assigned_to ?? ''} errorMessage={err('assignee')} />
        <Button text={t({ th: 'บันทึก', en: 'Save' })} kind="secondary" />
      </form>
    </Layout>
  )
}
