import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, Table, Tag } from '../../../web/components/display.tsx'
import { Select } from '../../../web/components/form-fields.tsx'
import { formatInstant } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import type { PortalWorkspace, WorkspaceEntry } from '../portal-workspace.use-cases.ts'
import { fiscalYearText, itemTitle, publicItemUrl } from './portal-view-helpers.tsx'

/** /staff/portal: everything the agency publishes, section by section, with what needs attention. */
export function WorkspacePage({ ctx, workspace }: { ctx: PageContext; workspace: PortalWorkspace }) {
  const t = ctx.t
  const { org } = workspace
  const name = orgName(org, ctx.locale)
  return (
    <Layout ctx={ctx} title={t({ th: 'เว็บไซต์เปิดเผยข้อมูล', en: 'Disclosure portal' })} wide>
      <span class="caption-l" safe>
        {name}
      </span>
      <h1 class="heading-xl" safe>
        {t({ th: 'เว็บไซต์เปิดเผยข้อมูล', en: 'Disclosure portal' })}
      </h1>
      {workspace.choices.length > 1 ? (
        <form method="get" action="/staff/portal" class="search-form">
          <Select
            id="org"
            label={t({ th: 'หน่วยงาน', en: 'Agency' })}
            options={workspace.choices.map((c) => ({ value: c.slug, text: orgName(c, ctx.locale) }))}
            value={org.slug}
          />
          <Button text={t({ th: 'แสดง', en: 'Show' })} kind="secondary" />
        </form>
      ) : (
        ''
      )}
      <p class="body">
        <span safe>{t({ th: 'หน้าสาธารณะ:', en: 'Public pages:' })}</span>{' '}
        <a href={`/o/${org.slug}/portal`} safe>
          {`/o/${org.slug}/portal`}
        </a>
      </p>
      <p class="body" safe>
        {workspace.staleCount > 0
          ? t(
              { th: 'มี {n} รายการที่เป็นข้อมูลของปีงบประมาณที่ผ่านไปแล้ว (ปีปัจจุบันคือ {fy}) ควรปรับปรุงให้เป็นปัจจุบัน', en: '{n} item(s) are about a fiscal year that is over (the current one is {fy}): bring them up to date.' },
              { n: workspace.staleCount, fy: workspace.currentFiscalYear },
            )
          : t({ th: 'ทุกรายการเป็นข้อมูลของปีงบประมาณปัจจุบันหรือเป็นข้อมูลทั่วไป', en: 'Every item is current or not tied to a year.' })}
      </p>
      {workspace.sections.map(({ section, entries }) => (
        <section aria-labelledby={`section-${section.key}`}>
          <h2 class="heading-m" id={`section-${section.key}`} safe>
            {section.name[ctx.locale]}
          </h2>
          <p class="hint" safe>
            {section.description[ctx.locale]}
          </p>
          {entries.length ? (
            <Table<WorkspaceEntry>
              caption={t({ th: '{section}: {n} รายการ', en: '{section}: {n} item(s)' }, { section: section.name[ctx.locale], n: entries.length })}
              rows={entries}
              columns={[
                {
                  header: t({ th: 'เรื่อง', en: 'Title' }),
                  cell: (e) => (
                    <>
                      <a href={`/staff/portal/items/${e.id}`} safe>
                        {itemTitle(e, ctx.locale)}
                      </a>
                      <br />
                      <span class="hint" safe>
                        {publicItemUrl(org.slug, e.itemKey)}
                      </span>
                    </>
                  ),
                },
                {
                  header: t({ th: 'สถานะ', en: 'Status' }),
                  cell: (e) => (
                    <>
                      {e.published ? <Tag text={t({ th: 'เผยแพร่แล้ว', en: 'Published' })} colour="green" /> : <Tag text={t({ th: 'ยังไม่เผยแพร่', en: 'Not published' })} colour="grey" />}
                      {e.stale ? (
                        <>
                          {' '}
                          <Tag text={t({ th: 'ไม่เป็นปัจจุบัน', en: 'Out of date' })} colour="red" />
                        </>
                      ) : (
                        ''
                      )}
                    </>
                  ),
                },
                { header: t({ th: 'ปีงบประมาณ', en: 'Fiscal year' }), cell: (e) => <span safe>{e.fiscalYear === null ? '–' : String(e.fiscalYear)}</span> },
                { header: t({ th: 'ผู้รับผิดชอบ', en: 'Responsible' }), cell: (e) => <span safe>{e.responsible?.name ?? '–'}</span> },
                { header: t({ th: 'ปรับปรุงล่าสุด', en: 'Last updated' }), cell: (e) => <span safe>{`${formatInstant(e.updatedAt, ctx.locale)} (${t({ th: 'ฉบับที่', en: 'version' })} ${e.version})`}</span> },
              ]}
            />
          ) : (
            <p class="body" safe>
              {t({ th: 'ยังไม่มีรายการในหมวดนี้', en: 'Nothing in this section yet.' })}
            </p>
          )}
          <p class="body">
            <a href={`/staff/portal/new?org=${encodeURIComponent(org.slug)}&section=${section.key}`} safe>
              {t({ th: 'เพิ่มรายการในหมวด "{section}"', en: 'Add an item to “{section}”' }, { section: section.name[ctx.locale] })}
            </a>
          </p>
        </section>
      ))}
      <p class="hint" safe>
        {t({ th: 'ปีงบประมาณปัจจุบัน: {fy}', en: 'Current fiscal year: {fy}' }, { fy: fiscalYearText(workspace.currentFiscalYear, ctx) })}
      </p>
    </Layout>
  )
}
