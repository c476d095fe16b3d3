import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { orgKindLabel, orgName } from '../../../web/org-names.ts'
import { NAV_GROUPS, staffMenu } from '../../../web/staff-menu.ts'
import { ROLE_LABELS } from '../../../platform/auth/roles.ts'
import type { MyOrganisation, WorkCount } from '../staff-home.use-cases.ts'

export function StaffHomePage({ ctx, orgs, work }: { ctx: PageContext; orgs: MyOrganisation[]; work: WorkCount[] }) {
  const t = ctx.t
  const actor = ctx.actor!
  const tasks = staffMenu(actor).filter((i) => i.id !== 'dashboard')
  return (
    <Layout ctx={ctx} title={t({ th: 'หน้าหลักเจ้าหน้าที่', en: 'Staff home' })}>
      <span class="caption-l" safe>
        {actor.displayName}
      </span>
      <h1 class="heading-xl" safe>
        {t({ th: 'หน้าหลักเจ้าหน้าที่', en: 'Staff home' })}
      </h1>
      {work.length ? (
        <section aria-labelledby="my-work">
          <h2 class="heading-m" id="my-work" safe>
            {t({ th: 'งานที่รอคุณ', en: 'Waiting for you' })}
          </h2>
          <ul class="work-counts">
            {work.map((w) => (
              <li class={w.urgent ? 'work-counts__item work-counts__item--urgent' : 'work-counts__item'} data-work={w.id}>
                <a href={w.href}>
                  <span class="work-counts__count" safe>
                    {String(w.count)}
                  </span>
                  <span class="work-counts__label" safe>
                    {t(w.label)}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        ''
      )}
      <h2 class="heading-m" safe>
        {t({ th: 'หน่วยงานและบทบาทของคุณ', en: 'Your organisations and roles' })}
      </h2>
      {orgs.length ? (
        <ul class="card-list">
          {orgs.map((o) => (
            <li class="card">
              <a class="card__title" href={`/o/${o.slug}`} safe>
                {orgName(o, ctx.locale)}
              </a>
              <p class="hint" safe>
                {orgKindLabel(o.kind, ctx.locale)}
              </p>
              <p class="body" safe>
                {o.roles.map((r) => ROLE_LABELS[r][ctx.locale]).join(', ')}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p class="body" safe>
          {actor.isPlatformAdmin
            ? t({ th: 'คุณเป็นผู้ดูแลระบบทั้งหมด จัดการหน่วยงานและผู้ใช้ได้จากเมนู', en: 'You are a platform administrator: manage organisations and users from the menu.' })
            : t({ th: 'คุณยังไม่มีบทบาทในหน่วยงานใด กรุณาติดต่อผู้ดูแลระบบ', en: 'You have no role in any organisation yet. Contact your administrator.' })}
        </p>
      )}
      {NAV_GROUPS.map(({ group, label }) => {
        const listed = tasks.filter((i) => i.group === group)
        if (!listed.length) return ''
        return (
          <section aria-labelledby={`tasks-${group}`}>
            <h2 class="heading-m" id={`tasks-${group}`} safe>
              {t(label)}
            </h2>
            <ul class="list list--bullet">
              {listed.map((i) => (
                <li>
                  <a href={i.href} data-task={i.id} safe>
                    {t(i.label)}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </Layout>
  )
}
