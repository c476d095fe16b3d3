import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { Select } from '../../../web/components/form-fields.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import { groupEntries } from '../executives.domain.ts'
import type { ExecutivesWorkspace } from '../executives.use-cases.ts'
import { executiveName, executivePosition } from './executive-text.ts'

/** /staff/executives: the agency's list by group, with move, edit and remove for each person. */
export function ExecutivesListPage({ ctx, workspace }: { ctx: PageContext; workspace: ExecutivesWorkspace }) {
  const t = ctx.t
  const { org } = workspace
  const title = t({ th: 'ผู้บริหารและหัวหน้าส่วนราชการ', en: 'Executives and heads of units' })
  return (
    <Layout ctx={ctx} title={title} wide>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      {workspace.choices.length > 1 ? (
        <form method="get" action="/staff/executives" class="search-form">
          <Select id="org" label={t({ th: 'หน่วยงาน', en: 'Agency' })} options={workspace.choices.map((c) => ({ value: c.slug, text: orgName(c, ctx.locale) }))} value={org.slug} />
          <Button text={t({ th: 'แสดง', en: 'Show' })} kind="secondary" />
        </form>
      ) : (
        ''
      )}
      <p class="body">
        <span safe>{t({ th: 'หน้าสาธารณะ:', en: 'Public page:' })}</span>{' '}
        <a href={`/o/${org.slug}/executives`} safe>
          {`/o/${org.slug}/executives`}
        </a>
      </p>
      <p class="body">
        <a class="button" href={`/staff/executives/new?org=${encodeURIComponent(org.slug)}`} safe>
          {t({ th: 'เพิ่มรายชื่อ', en: 'Add a person' })}
        </a>
      </p>
      {workspace.entries.length === 0 ? (
        <p class="body" safe>
          {t({ th: 'ยังไม่มีรายชื่อผู้บริหาร', en: 'No one is listed yet.' })}
        </p>
      ) : (
        ''
      )}
      {groupEntries(workspace.entries).map(({ group, entries }) => (
        <section aria-labelledby={`group-${group.key}`}>
          <h2 class="heading-m" id={`group-${group.key}`}>
            {group.name[ctx.locale]}
          </h2>
          <ul class="org-list">
            {entries.map((e) => {
              const moves = workspace.moves.get(e.id) ?? { up: false, down: false }
              const name = executiveName(e, ctx.locale)
              return (
                <li class="org-list__item">
                  <div class="org-header">
                    {e.photoFileId ? (
                      <img class="org-header__logo" src={`/staff/executives/photos/${org.id}/${e.photoFileId}`} alt={t({ th: 'ภาพของ {name}', en: 'Photo of {name}' }, { name })} width="96" height="96" />
                    ) : (
                      ''
                    )}
                    <div>
                      <p class="body">
                        <a href={`/staff/executives/${e.id}`} safe>
                          {name}
                        </a>
                        <br />
                        <span safe>{executivePosition(e, ctx.locale)}</span>
                        {e.termStart ? (
                          <>
                            <br />
                            <span class="hint" safe>
                              {t({ th: 'ดำรงตำแหน่งตั้งแต่ {d}', en: 'In office since {d}' }, { d: formatDay(e.termStart, ctx.locale, 'long') })}
                            </span>
                          </>
                        ) : (
                          ''
                        )}
                      </p>
                      <div class="button-group">
                        {moves.up ? (
                          <form method="post" action={`/staff/executives/${e.id}/move`} class="inline-form">
                            <CsrfField token={ctx.csrfToken} />
                            <input type="hidden" name="direction" value="up" />
                            <button type="submit" class="button button--secondary">
                              <span safe>{t({ th: 'เลื่อนขึ้น', en: 'Move up' })}</span>
                              <span class="visually-hidden" safe>{` (${name})`}</span>
                            </button>
                          </form>
                        ) : (
                          ''
                        )}
                        {moves.down ? (
                          <form method="post" action={`/staff/executives/${e.id}/move`} class="inline-form">
                            <CsrfField token={ctx.csrfToken} />
                            <input type="hidden" name="direction" value="down" />
                            <button type="submit" class="button button--secondary">
                              <span safe>{t({ th: 'เลื่อนลง', en: 'Move down' })}</span>
                              <span class="visually-hidden" safe>{` (${name})`}</span>
                            </button>
                          </form>
                        ) : (
                          ''
                        )}
                      </div>
                    </div>
                  </div>
                </li>
              )
            })}
          </ul>
        </section>
      ))}
    </Layout>
  )
}
