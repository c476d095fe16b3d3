import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Checkboxes, Radios } from '../../../web/components/choices.tsx'
import { Button, CsrfField, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, Textarea } from '../../../web/components/form-fields.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import { WRONGDOING_KINDS, WRONGDOING_LABELS } from '../../complaints/index.ts'
import { STATUS_LABELS, kindName } from '../comment-box.domain.ts'
import type { CommentRow, CommenterView, StaffComments } from '../comment-box.use-cases.ts'
import { COMMENTS_TITLE } from './public-comments.page.tsx'

export function StaffCommentsPage({ ctx, list }: { ctx: PageContext; list: StaffComments }) {
  const t = ctx.t
  const title = t(COMMENTS_TITLE)
  return (
    <Layout ctx={ctx} title={title} wide>
      <span class="caption-l" safe>
        {orgName(list.org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <div class="table-wrap">
        <table class="table">
          <thead>
            <tr>
              <th class="table__header" scope="col" safe>{t({ th: 'เลขที่', en: 'Reference' })}</th>
              <th class="table__header" scope="col" safe>{t({ th: 'ประเภท', en: 'Kind' })}</th>
              <th class="table__header" scope="col" safe>{t({ th: 'วันที่', en: 'Date' })}</th>
              <th class="table__header" scope="col" safe>{t({ th: 'สถานะ', en: 'Status' })}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((r) => (
              <tr>
                <td class="table__cell nowrap">
                  <a href={`/staff/comments/${r.id}`} safe>
                    {r.reference}
                  </a>
                </td>
                <td class="table__cell" safe>{t(kindName(r.kind))}</td>
                <td class="table__cell" safe>{formatDay(r.received_on, ctx.locale)}</td>
                <td class="table__cell">
                  <Tag text={t(STATUS_LABELS[r.status])} colour={r.status === 'new' ? 'blue' : 'green'} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  )
}

export function StaffCommentPage(p: { ctx: PageContext; comment: CommentRow; commenter: CommenterView; mayForward: boolean; values?: Record<string, string>; errors?: FieldErrors | undefined }) {
  const { ctx, comment: c, errors } = p
  const t = ctx.t
  const err = (f: string) => fieldError(ctx, errors, f)
  const values = p.values ?? {}
  const actions = [
    { value: 'thank', text: t({ th: 'ขอบคุณและรับทราบ', en: 'Thank and note it' }) },
    { value: 'act', text: t({ th: 'นำไปปรับปรุง (ระบุสิ่งที่เปลี่ยน)', en: 'Act on it (say what changed)' }) },
    ...(p.mayForward ? [{ value: 'forward', text: t({ th: 'ส่งเป็นเรื่องร้องเรียน', en: 'Forward as a complaint' }) }] : []),
  ]
  return (
    <Layout ctx={ctx} title={c.reference}>
      <a href={`/staff/comments?org=${c.organisation_id}`} class="back-link" safe>
        {t(COMMENTS_TITLE)}
      </a>
      <h1 class="heading-xl" safe>
        {c.reference}
      </h1>
      <p class="body">
        <Tag text={t(STATUS_LABELS[c.status])} colour={c.status === 'new' ? 'blue' : 'green'} /> <span safe>{`${t(kindName(c.kind))} · ${formatDay(c.received_on, ctx.locale)}`}</span>
      </p>
      <p class="thread__meta" safe>
        {p.commenter.kind === 'anonymous'
          ? t({ th: 'ไม่ระบุตัวตน', en: 'Anonymous' })
          : p.commenter.kind === 'named'
            ? `${p.commenter.name}${p.commenter.contact ? ` · ${p.commenter.contact}` : ''}`
            : t({ th: 'ระบุชื่อ (ข้อมูลผู้แสดงความคิดเห็นเข้ารหัสไว้ ท่านยังไม่มีกุญแจเปิด)', en: 'Named (the commenter’s details are sealed and you hold no key to them yet)' })}
      </p>
      <p class="thread__body break-anywhere" safe>
        {c.body}
      </p>
      {c.complaint_reference ? (
        <p class="body" safe>
          {t({ th: `ส่งเป็นเรื่องร้องเรียนเลขที่ ${c.complaint_reference}`, en: `Forwarded as complaint ${c.complaint_reference}` })}
        </p>
      ) : (
        ''
      )}
      {c.what_changed ? (
        <p class="body" safe>
          {`${t({ th: 'สิ่งที่ปรับปรุง', en: 'What changed' })}: ${c.what_changed}`}
        </p>
      ) : (
        ''
      )}
      <ErrorSummary ctx={ctx} errors={errors} />
      {c.status === 'new' ? (
        <form method="post" action={`/staff/comments/${c.id}/triage`} novalidate class="thread__note-form">
          <CsrfField token={ctx.csrfToken} />
          <Radios id="action" label={t({ th: 'การดำเนินการ', en: 'What to do' })} options={actions} value={values.action} errorMessage={err('action')} />
          <Textarea id="reply" rows={3} label={t({ th: 'ข้อความถึงผู้แสดงความคิดเห็น (เห็นเมื่อติดตามผล)', en: 'Reply to the commenter (seen when they follow up)' })} value={values.reply} errorMessage={err('reply')} />
          <Textarea id="what_changed" rows={3} label={t({ th: 'สิ่งที่หน่วยงานปรับปรุง', en: 'What the agency changed' })} value={values.what_changed} errorMessage={err('what_changed')} />
          <Checkboxes id="publish" label={t({ th: 'เผยแพร่', en: 'Publish' })} options={[{ value: 'yes', text: t({ th: 'เผยแพร่ในหัวข้อ “ท่านเสนอ เราปรับปรุง” (ไม่แสดงข้อความเดิมหรือชื่อ)', en: 'Publish under “you said, we did” (without the comment or the name)' }) }]} values={values.publish === 'yes' ? ['yes'] : []} />
          {p.mayForward ? <Select id="complaint_kind" label={t({ th: 'ลักษณะเรื่องร้องเรียน (เมื่อส่งเป็นเรื่องร้องเรียน)', en: 'Kind of complaint (when forwarding)' })} emptyText="" options={WRONGDOING_KINDS.map((k) => ({ value: k, text: t(WRONGDOING_LABELS[k]) }))} value={values.complaint_kind} errorMessage={err('complaint_kind')} /> : ''}
          <Button text={t({ th: 'บันทึก', en: 'Save' })} />
        </form>
      ) : (
        ''
      )}
    </Layout>
  )
}
