import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { TextInput } from '../../../web/components/form-fields.tsx'
import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import { STATUS_LABELS } from '../comment-box.domain.ts'
import type { CommentFollowUp } from '../comment-box.use-cases.ts'

export function CommentFollowUpPage(p: { ctx: PageContext; org: OrganisationDetails; values: { reference: string; code: string }; errors?: FieldErrors | undefined; found?: CommentFollowUp | undefined }) {
  const { ctx, org, found } = p
  const t = ctx.t
  const err = (f: string) => fieldError(ctx, p.errors, f)
  const title = t({ th: 'ติดตามความคิดเห็น', en: 'Follow a comment' })
  return (
    <Layout ctx={ctx} title={`${p.errors ? t({ th: 'ข้อผิดพลาด: ', en: 'Error: ' }) : ''}${title}`}>
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={orgName(org, ctx.locale)} heading={found ? found.comment.reference : title} />
      {found ? (
        <>
          <p class="body">
            <Tag text={t(STATUS_LABELS[found.comment.status])} colour={found.comment.status === 'new' ? 'blue' : 'green'} />
          </p>
          <p class="thread__body break-anywhere" safe>
            {found.comment.body}
          </p>
          {found.comment.reply ? (
            <div class="inset-text">
              <p class="body preserve-lines" safe>
                {found.comment.reply}
              </p>
            </div>
          ) : (
            ''
          )}
          {found.comment.what_changed ? (
            <p class="body" safe>
              {`${t({ th: 'สิ่งที่ปรับปรุง', en: 'What changed' })}: ${found.comment.what_changed}`}
            </p>
          ) : (
            ''
          )}
          {found.comment.complaint_reference ? (
            <p class="body" safe>
              {t({ th: `ส่งเป็นเรื่องร้องเรียนเลขที่ ${found.comment.complaint_reference}`, en: `Forwarded as complaint ${found.comment.complaint_reference}` })}
            </p>
          ) : (
            ''
          )}
          {found.complaintReceipt ? (
            <div class="inset-text">
              <p class="body" safe>
                {t({ th: 'ติดตามเรื่องร้องเรียนนี้ได้ด้วยรหัสติดตามเรื่องนี้ (เก็บไว้เป็นความลับ หน่วยงานไม่เห็นรหัสนี้):', en: 'Follow this complaint with this receipt (keep it private; the agency does not see it):' })}
              </p>
              <p class="body">
                <code safe>{found.complaintReceipt}</code>
              </p>
              <p class="body">
                <a href="/complaints/follow-up" safe>
                  {t({ th: 'ติดตามเรื่องร้องเรียน', en: 'Follow a complaint' })}
                </a>
              </p>
            </div>
          ) : (
            ''
          )}
        </>
      ) : (
        <>
          <ErrorSummary ctx={ctx} errors={p.errors} />
          <form method="post" action={`/o/${org.slug}/comments/follow-up`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <TextInput id="reference" label={t({ th: 'เลขที่', en: 'Reference' })} hint={t({ th: 'เช่น คห. 3/2569', en: 'e.g. คห. 3/2569' })} value={p.values.reference} width="20" errorMessage={err('reference')} />
            <TextInput id="code" label={t({ th: 'รหัสติดตาม', en: 'Follow-up code' })} value={p.values.code} width="20" autocomplete="off" spellcheck={false} errorMessage={err('code')} />
            <Button text={t({ th: 'ดูผล', en: 'See what happened' })} />
          </form>
        </>
      )}
    </Layout>
  )
}
