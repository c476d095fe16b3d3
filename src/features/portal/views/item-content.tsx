import type { Children } from '@kitajs/html'
import type { PageContext } from '../../../web/page-context.ts'
import { SummaryList } from '../../../web/components/display.tsx'
import { formatInstant } from '../../../web/format-time.ts'
import type { PortalVersion } from '../portal.repository.ts'
import { attachmentFacts, fiscalYearText, sectionName } from './portal-view-helpers.tsx'

/**
 * The officer's text, already cleaned to a small set of tags when it was saved
 * (portal-rich-text.ts: sanitize-html, http/https/mailto links only, no attributes but href).
 * This is the one place a page inserts stored HTML as markup; the `safe…` name is the
 * xss-scan's documented way of saying so. Tables are wrapped so a wide one scrolls by itself
 * (and by keyboard) on a phone instead of widening the page.
 */
export function RichContent({ html, tableLabel }: { html: string; tableLabel: string }) {
  const label = tableLabel.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;')
  const safeHtml = html.replaceAll('<table>', `<div class="table-wrap" tabindex="0" role="region" aria-label="${label}"><table class="table">`).replaceAll('</table>', '</table></div>')
  return <div class="rich-text">{safeHtml}</div>
}

/** Facts of a version: section, fiscal year, who is responsible, when it was last changed. */
export function ItemFacts({ ctx, section, version, extra = [] }: { ctx: PageContext; section: string; version: PortalVersion; extra?: { key: string; value: Children }[] }) {
  const t = ctx.t
  return (
    <SummaryList
      rows={[
        { key: t({ th: 'หมวด', en: 'Section' }), value: <span safe>{sectionName(section, ctx.locale)}</span> },
        { key: t({ th: 'ปีงบประมาณ', en: 'Fiscal year' }), value: <span safe>{fiscalYearText(version.fiscalYear, ctx)}</span> },
        {
          key: t({ th: 'ผู้รับผิดชอบ', en: 'Responsible' }),
          value: version.responsible ? (
            <span safe>{version.responsible.position ? `${version.responsible.name} (${version.responsible.position})` : version.responsible.name}</span>
          ) : (
            <span class="hint">–</span>
          ),
        },
        { key: t({ th: 'ปรับปรุงล่าสุด', en: 'Last updated' }), value: <span safe>{formatInstant(version.createdAt, ctx.locale)}</span> },
        ...extra,
      ]}
    />
  )
}

/** The body, links and files of a version; `fileUrl` says where each file is fetched from. */
export function ItemBody({ ctx, version, fileUrl }: { ctx: PageContext; version: PortalVersion; fileUrl: (fileId: string) => string }) {
  const t = ctx.t
  return (
    <>
      {version.bodyHtml ? <RichContent html={version.bodyHtml} tableLabel={t({ th: 'ตาราง', en: 'Table' })} /> : ''}
      {version.files.length ? (
        <>
          <h2 class="heading-m" safe>
            {t({ th: 'เอกสารแนบ', en: 'Documents' })}
          </h2>
          <ul class="list list--bullet">
            {version.files.map((f) => (
              <li>
                <a href={fileUrl(f.id)} safe>
                  {f.name}
                </a>{' '}
                <span class="hint" safe>
                  ({attachmentFacts(f, ctx.locale)})
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
      {version.links.length ? (
        <>
          <h2 class="heading-m" safe>
            {t({ th: 'ลิงก์ที่เกี่ยวข้อง', en: 'Related links' })}
          </h2>
          <ul class="list list--bullet">
            {version.links.map((l) => (
              <li>
                <a href={l.url} rel="noopener nofollow" safe>
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
    </>
  )
}
