import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Radios } from '../../../web/components/choices.tsx'
import { Button, CsrfField, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import { topicName } from '../webboard.domain.ts'
import type { PublicQuestion } from '../webboard.use-cases.ts'
import { BOARD_TITLE, OFFICIAL_ANSWER } from './webboard-text.ts'

export type QuestionFormState = { values: Record<string, string>; errors: FieldErrors; form: 'reply' | 'helpful' }

export function PublicQuestionPage(p: { ctx: PageContext; view: PublicQuestion; state?: QuestionFormState | undefined }) {
  const { ctx, view, state } = p
  const { org, question: q } = view
  const t = ctx.t
  const base = `/o/${org.slug}/webboard`
  const err = (f: string) => fieldError(ctx, state?.errors, f)
  const answers = view.posts.filter((x) => x.kind === 'answer')
  const replies = view.posts.filter((x) => x.kind === 'reply')
  return (
    <Layout ctx={ctx} title={`${state ? t({ th: 'ข้อผิดพลาด: ', en: 'Error: ' }) : ''}${q.title ?? ''} – ${orgName(org, ctx.locale)}`}>
      <a href={base} class="back-link" safe>
        {t(BOARD_TITLE)}
      </a>
      <span class="caption-l" safe>
        {`${orgName(org, ctx.locale)} · ${topicName(q.topic ?? '')[ctx.locale]}`}
      </span>
      <h1 class="heading-xl break-anywhere" safe>
        {q.title ?? ''}
      </h1>
      <p class="thread__meta" safe>
        {t({ th: `ถามโดย ${q.author_name} เมื่อ ${formatDay(q.published_on ?? '', 'th')}`, en: `Asked by ${q.author_name} on ${formatDay(q.published_on ?? '', 'en')}` })}
      </p>
      {view.service ? (
        <p class="body">
          <span safe>{t({ th: 'เกี่ยวกับงานบริการ: ', en: 'About the service: ' })}</span>
          <a href={`/o/${org.slug}/services/${encodeURIComponent(view.service.key)}`} safe>
            {view.service.name}
          </a>
        </p>
      ) : (
        ''
      )}
      <p class="thread__body break-anywhere" safe>
        {q.body}
      </p>
      <ErrorSummary ctx={ctx} errors={state?.errors} />
      <h2 class="heading-m" safe>
        {t({ th: 'คำตอบ', en: 'Answers' })}
      </h2>
      {answers.length === 0 ? (
        <p class="body" safe>
          {t({ th: `ยังไม่มีคำตอบอย่างเป็นทางการ หน่วยงานจะตอบภายใน ${formatDay(q.due_on ?? '', 'th')}`, en: `No official answer yet; the agency will answer by ${formatDay(q.due_on ?? '', 'en')}` })}
        </p>
      ) : (
        ''
      )}
      <ol class="thread">
        {answers.map((a) => (
          <li class="thread__item thread__item--complainant" data-kind="official-answer">
            <p class="thread__meta">
              <Tag text={t(OFFICIAL_ANSWER)} colour="green" />
            </p>
            <p class="thread__body break-anywhere" safe>
              {a.body}
            </p>
            <p class="thread__meta" safe>
              {`${a.author_name} · ${a.author_position ?? ''} · ${formatDay(a.published_on ?? '', ctx.locale)}`}
            </p>
          </li>
        ))}
        {replies.map((r) => (
          <li class="thread__item" data-kind="reply">
            <p class="thread__meta" safe>
              {`${r.author_name} · ${formatDay(r.published_on ?? '', ctx.locale)}`}
            </p>
            <p class="thread__body break-anywhere" safe>
              {r.body}
            </p>
          </li>
        ))}
      </ol>
      {q.helpful !== null ? (
        <p class="body" safe>
          {q.helpful ? t({ th: 'ผู้ถามแจ้งว่าคำตอบช่วยได้', en: 'The asker says the answer helped' }) : t({ th: 'ผู้ถามแจ้งว่าคำตอบยังไม่ช่วย', en: 'The asker says the answer did not help' })}
        </p>
      ) : (
        ''
      )}
      {answers.length > 0 ? (
        <form method="post" action={`${base}/${q.id}/helpful`} novalidate class="thread__note-form">
          <h2 class="heading-m" safe>
            {t({ th: 'สำหรับผู้ถาม: คำตอบช่วยท่านได้หรือไม่', en: 'For the asker: did the answer help?' })}
          </h2>
          <CsrfField token={ctx.csrfToken} />
          <TextInput id="code" label={t({ th: 'รหัสผู้ถาม', en: 'Asker’s code' })} value={state?.form === 'helpful' ? state.values.code : ''} autocomplete="off" spellcheck={false} errorMessage={err('code')} />
          <Radios
            id="helpful"
            inline
            label={t({ th: 'คำตอบช่วยได้หรือไม่', en: 'Did it help?' })}
            options={[
              { value: 'yes', text: t({ th: 'ช่วยได้', en: 'Yes' }) },
              { value: 'no', text: t({ th: 'ยังไม่ช่วย', en: 'No' }) },
            ]}
            value={state?.form === 'helpful' ? state.values.helpful : ''}
            errorMessage={err('helpful')}
          />
          <Button text={t({ th: 'ส่ง', en: 'Send' })} kind="secondary" />
        </form>
      ) : (
        ''
      )}
      <form method="post" action={`${base}/${q.id}/reply`} novalidate class="thread__note-form">
        <h2 class="heading-m" safe>
          {t({ th: 'แสดงความเห็นเพิ่มเติม', en: 'Add a reply' })}
        </h2>
        <CsrfField token={ctx.csrfToken} />
        <TextInput id="name" label={t({ th: 'ชื่อหรือนามแฝงที่จะแสดง', en: 'Name or display name to show' })} value={state?.form === 'reply' ? state.values.name : ''} errorMessage={state?.form === 'reply' ? err('name') : undefined} />
        <Textarea id="body" rows={4} label={t({ th: 'ความเห็น', en: 'Reply' })} hint={t({ th: 'จะแสดงหลังผ่านการตรวจสอบ', en: 'Shown after moderation' })} value={state?.form === 'reply' ? state.values.body : ''} errorMessage={state?.form === 'reply' ? err('body') : undefined} />
        <Button text={t({ th: 'ส่งความเห็น', en: 'Send the reply' })} kind="secondary" />
      </form>
    </Layout>
  )
}
