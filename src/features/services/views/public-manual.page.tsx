import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { NotificationBanner } from '../../../web/components/display.tsx'
import { formatInstant } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import type { PublicManual } from '../services-public.use-cases.ts'
import { ServiceManualView } from './service-manual-view.tsx'
import { serviceName } from './service-text.ts'

/** One citizen manual at its permanent link; older published versions stay readable, marked as such. */
export function PublicManualPage({ ctx, org, manual }: { ctx: PageContext; org: OrganisationDetails; manual: PublicManual }) {
  const t = ctx.t
  const { service, version } = manual
  const name = serviceName(version.manual, ctx.locale)
  const base = `/o/${org.slug}/services/${service.key}`
  return (
    <Layout ctx={ctx} title={`${name} – ${orgName(org, ctx.locale)}`}>
      <a href={`/o/${org.slug}/services`} class="back-link" safe>
        {t({ th: 'คู่มือสำหรับประชาชนทั้งหมด', en: 'All service manuals' })}
      </a>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {name}
      </h1>
      {manual.isLatest ? (
        ''
      ) : (
        <NotificationBanner title={t({ th: 'ฉบับก่อนหน้า', en: 'An earlier version' })}>
          <p class="body">
            <span safe>{t({ th: 'นี่คือคู่มือฉบับที่ {v} ซึ่งมีฉบับใหม่กว่าแล้ว', en: 'This is version {v}; a newer one is published.' }, { v: String(version.version) })}</span>{' '}
            <a href={base} safe>
              {t({ th: 'อ่านฉบับปัจจุบัน', en: 'Read the current version' })}
            </a>
          </p>
        </NotificationBanner>
      )}
      <p class="body hint" safe>
        {t({ th: 'ฉบับที่ {v} · เผยแพร่เมื่อ {d}', en: 'Version {v} · published {d}' }, { v: String(version.version), d: version.publishedAt ? formatInstant(version.publishedAt, ctx.locale) : '' })}
      </p>
      <ServiceManualView ctx={ctx} manual={version.manual} formHref={(id) => `${base}/forms/${id}`} />
      {version.manual.allowsOnline && manual.isLatest ? (
        <p class="body">
          <a class="button" href={`${base}/apply`} safe>
            {t({ th: 'ยื่นคำขอออนไลน์', en: 'Apply online' })}
          </a>
        </p>
      ) : (
        ''
      )}
      <h2 class="heading-m" safe>
        {t({ th: 'ดาวน์โหลดและลิงก์ถาวร', en: 'Downloads and permanent links' })}
      </h2>
      <ul class="list">
        <li>
          <a href={`${base}/v/${version.version}/manual.docx`} safe>
            {t({ th: 'คู่มือฉบับนี้ (Word)', en: 'This manual (Word)' })}
          </a>
        </li>
        {manual.published.map((v) => (
          <li>
            <a href={`${base}/v/${v.version}`} safe>
              {t({ th: 'ฉบับที่ {v} (เผยแพร่ {d})', en: 'Version {v} (published {d})' }, { v: String(v.version), d: v.publishedAt ? formatInstant(v.publishedAt, ctx.locale) : '' })}
            </a>
          </li>
        ))}
      </ul>
    </Layout>
  )
}
