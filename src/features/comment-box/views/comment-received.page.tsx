import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { NotificationBanner } from '../../../web/components/display.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'

export function CommentReceivedPage(p: { ctx: PageContext; org: OrganisationDetails; reference: string; code: string | null }) {
  const { ctx, org } = p
  const t = ctx.t
  const title = t({ th: 'ได้รับความคิดเห็นแล้ว ขอบคุณ', en: 'Comment received – thank you' })
  return (
    <Layout ctx={ctx} title={`${title} – ${orgName(org, ctx.locale)}`}>
      <NotificationBanner kind="success" title={title}>
        <p class="body" safe>
          {`${t({ th: 'เลขที่', en: 'Reference' })}: ${p.reference}`}
        </p>
      </NotificationBanner>
      {p.code ? (
        <div class="slip">
          <p class="body" safe>
            {`${t({ th: 'เลขที่', en: 'Reference' })}: ${p.reference}`}
          </p>
          <p class="slip__receipt">
            <span safe>{t({ th: 'รหัสติดตาม', en: 'Follow-up code' })}</span>: <code safe>{p.code}</code>
          </p>
          <p class="body" safe>
            {t({ th: 'จดรหัสนี้ไว้เพื่อติดตามผล รหัสจะไม่แสดงอีก', en: 'Write this code down to follow what happens; it is not shown again.' })}
          </p>
        </div>
      ) : (
        ''
      )}
      <p class="body">
        <a href={`/o/${org.slug}/comments`} safe>
          {t({ th: 'กลับไปที่กล่องแสดงความคิดเห็น', en: 'Back to the comment box' })}
        </a>
      </p>
    </Layout>
  )
}
