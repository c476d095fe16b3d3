import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import type { PublicAnnouncements } from '../oversight-announcements.use-cases.ts'
import { AnnouncementText } from './announcement-parts.tsx'

/** /o/:slug/announcements: a province's announcements of measures, or those an agency shows. */
export function PublicAnnouncementsPage({ ctx, data }: { ctx: PageContext; data: PublicAnnouncements }) {
  const t = ctx.t
  const name = ctx.locale === 'th' ? data.agency.name_th : data.agency.name_en || data.agency.name_th
  const heading = t({ th: 'ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใส', en: 'Integrity and transparency measures' })
  const all = [...data.issued, ...data.received]
  return (
    <Layout ctx={ctx} title={`${heading} – ${name}`}>
      <AgencyPageHeading ctx={ctx} slug={data.agency.slug} agencyName={name} heading={heading} />
      {all.length === 0 ? (
        <p class="body" safe>
          {t({ th: 'ยังไม่มีประกาศ', en: 'No announcements yet.' })}
        </p>
      ) : (
        all.map((a) => (
          <section aria-labelledby={`a-${a.id}`}>
            <h2 class="heading-l" id={`a-${a.id}`} safe>
              {ctx.locale === 'th' ? a.titleTh : a.titleEn || a.titleTh}
            </h2>
            <AnnouncementText ctx={ctx} a={a} files={data.files.get(a.id) ?? []} fileHref={(f) => `/o/${data.agency.slug}/announcements/${a.id}/files/${f}`} />
          </section>
        ))
      )}
    </Layout>
  )
}
