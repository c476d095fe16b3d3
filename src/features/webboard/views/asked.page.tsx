import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { NotificationBanner } from '../../../web/components/display.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'

/** Shown once, in the response to the form: the asker's code exists nowhere else. */
export function AskedPage(p: { ctx: PageContext; org: OrganisationDetails; id: string; code: string; published: boolean }) {
  const { ctx, org } = p
  const t = ctx.t
  const title = t({ th: 'ได้รับคำถามแล้ว', en: 'Question received' })
  return (
    <Layout ctx={ctx} title={`${title} – ${orgName(org, ctx.locale)}`}>
      <NotificationBanner kind="success" title={title}>
        <p class="body" safe>
          {p.published
            ? t({ th: 'คำถามของท่านเผยแพร่แล้ว', en: 'Your question is published.' })
            : t({ th: 'คำถามของท่านจะแสดงเมื่อผู้ดูแลตรวจสอบแล้ว', en: 'Your question will appear once a moderator has checked it.' })}
        </p>
      </NotificationBanner>
      <h1 class="heading-l" safe>
        {t({ th: 'รหัสผู้ถาม', en: 'Your asker’s code' })}
      </h1>
      <div class="slip">
        <p class="slip__receipt">
          <code safe>{p.code}</code>
        </p>
        <p class="body" safe>
          {t({ th: 'จดรหัสนี้ไว้ ใช้เพื่อบอกหน่วยงานว่าคำตอบช่วยท่านได้หรือไม่ รหัสนี้จะไม่แสดงอีก', en: 'Write this code down: with it you can tell the agency whether its answer helped. It is not shown again.' })}
        </p>
      </div>
      <p class="body">
        {p.published ? (
          <a href={`/o/${org.slug}/webboard/${p.id}`} safe>
            {t({ th: 'ดูคำถามของท่าน', en: 'See your question' })}
          </a>
        ) : (
          ''
        )}{' '}
        <a href={`/o/${org.slug}/webboard`} safe>
          {t({ th: 'กลับไปที่เว็บบอร์ด', en: 'Back to the webboard' })}
        </a>
      </p>
    </Layout>
  )
}
