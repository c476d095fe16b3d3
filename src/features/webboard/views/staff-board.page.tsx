import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import { HOLD_REASON_LABELS, type HoldReason } from '../webboard-moderation.domain.ts'
import { topicName } from '../webboard.domain.ts'
import type { StaffBoard } from '../webboard.use-cases.ts'
import { BOARD_TITLE, URGENCY_LABELS } from './webboard-text.ts'

export type ModerationState = { postId: string; values: Record<string, string>; errors: FieldErrors }

export function StaffBoardPage(p: { ctx: PageContext; board: StaffBoard; state?: ModerationState | undefined }) {
  const { ctx, board, state } = p
  const t = ctx.t
  const org = board.org
  const title = t(BOARD_TITLE)
  return (
    <Layout ctx={ctx} title={title} wide>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      {board.choices.length > 1 ? (
        <ul class="list">
          {board.choices.map((c) => (
            <li>
              <a href={`/staff/webboard?org=${c.id}`} aria-current={c.id === org.id ? 'page' : undefined} safe>
                {orgName(c, ctx.locale)}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        ''
      )}
      <p class="body">
        <a href={`/o/${org.slug}/webboard`} safe>
          {t({ th: 'ดูหน้าสาธารณะ', en: 'See the public page' })}
        </a>
        {board.canConfigure ? (
          <>
            {' · '}
            <a href={`/staff/webboard/settings?org=${org.id}`} safe>
              {t({ th: 'ตั้งค่าเว็บบอร์ด', en: 'Webboard settings' })}
            </a>
          </>
        ) : (
          ''
        )}
      </p>
      <ErrorSummary ctx={ctx} errors={state?.errors} />
      <h2 class="heading-l" safe>
        {t({ th: `รอตรวจสอบ (${board.pending.length})`, en: `Awaiting moderation (${board.pending.length})` })}
      </h2>
      {board.pending.length === 0 ? (
        <p class="body" safe>
          {t({ th: 'ไม่มีโพสต์รอตรวจสอบ', en: 'Nothing is waiting' })}
        </p>
      ) : (
        ''
      )}
      {board.pending.map((post) => {
        const mine = state?.postId === post.id
        const err = (f: string) => (mine ? fieldError(ctx, state?.errors, f) : undefined)
        return (
          <section class="case-section" id={`post-${post.id}`}>
            <h3 class="heading-s break-anywhere" safe>
              {post.kind === 'question' ? `${t({ th: 'คำถาม', en: 'Question' })}: ${post.title ?? ''}` : `${t({ th: 'ความเห็นใต้คำถาม', en: 'Reply to' })}: ${post.question_title ?? ''}`}
            </h3>
            <p class="thread__meta" safe>
              {`${post.author_name} · ${post.topic ? topicName(post.topic)[ctx.locale] : ''} · ${formatDay(post.created_at.toISOString().slice(0, 10), ctx.locale)}`}
            </p>
            {post.hold_reasons.length > 0 ? (
              <p class="body">
                {post.hold_reasons.map((r) => (
                  <>
                    <Tag text={(HOLD_REASON_LABELS[r as HoldReason] ?? { th: r, en: r })[ctx.locale]} colour="red" />{' '}
                  </>
                ))}
              </p>
            ) : (
              ''
            )}
            <p class="thread__body break-anywhere" safe>
              {post.body}
            </p>
            <form method="post" action={`/staff/webboard/posts/${post.id}/moderate`} novalidate>
              <CsrfField token={ctx.csrfToken} />
              <TextInput
                id={`redact-${post.id}`}
                name="redact"
                label={t({ th: 'ลบข้อความ (ไม่บังคับ)', en: 'Remove text (optional)' })}
                hint={t({ th: 'คัดลอกข้อความที่เป็นข้อมูลส่วนบุคคลมาวาง ระบบจะแทนที่ทุกจุดและบันทึกว่ามีการลบ', en: 'Paste the personal data to remove; every occurrence is replaced and the removal recorded' })}
                value={mine ? state?.values.redact : ''}
                errorMessage={err('redact')}
              />
              <Textarea id={`redact_reason-${post.id}`} name="redact_reason" rows={2} label={t({ th: 'เหตุผลที่ลบ', en: 'Why it is removed' })} value={mine ? state?.values.redact_reason : ''} errorMessage={err('redact_reason')} />
              <div class="button-group">
                <Button text={t({ th: 'เผยแพร่', en: 'Publish' })} name="decision" value="publish" />
                <Button text={t({ th: 'ไม่เผยแพร่', en: 'Reject' })} name="decision" value="reject" kind="warning" />
              </div>
            </form>
          </section>
        )
      })}
      <h2 class="heading-l" safe>
        {t({ th: `คำถามที่ยังไม่ได้ตอบ (${board.unanswered.length})`, en: `Unanswered questions (${board.unanswered.length})` })}
      </h2>
      <div class="table-wrap">
        <table class="table">
          <thead>
            <tr>
              <th class="table__header" scope="col" safe>{t({ th: 'คำถาม', en: 'Question' })}</th>
              <th class="table__header" scope="col" safe>{t({ th: 'กำหนดตอบ', en: 'Due' })}</th>
              <th class="table__header" scope="col" safe>{t({ th: 'ผู้รับผิดชอบ', en: 'Assigned to' })}</th>
            </tr>
          </thead>
          <tbody>
            {board.unanswered.map((q) => (
              <tr>
                <td class="table__cell">
                  <a href={`/staff/webboard/questions/${q.id}`} safe>
                    {q.title ?? ''}
                  </a>
                </td>
                <td class="table__cell">
                  <span safe>{formatDay(q.due_on ?? '', ctx.locale)}</span>{' '}
                  {q.urgency ? <Tag text={t(URGENCY_LABELS[q.urgency]!)} colour={q.urgency === 'overdue' ? 'red' : q.urgency === 'due_today' ? 'yellow' : 'grey'} /> : ''}
                </td>
                <td class="table__cell" safe>
                  {q.assignee ?? t({ th: 'ยังไม่มอบหมาย', en: 'Not assigned' })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  )
}
