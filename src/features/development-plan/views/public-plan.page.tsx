import { Table, Tag } from '../../../web/components/display.tsx'
import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { Layout } from '../../../web/layout.tsx'
import { aboutAgency } from '../../../web/meta-description.ts'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import { participationName, statusName, versionKindName, type LinkedLine } from '../development-plan.domain.ts'
import type { PublicDevPlan } from '../development-plan-public.use-cases.ts'
import type { Project } from '../development-plan.repository.ts'
import { baht, publicMonitoringUrl, publicPlanUrl } from './devplan-text.ts'

const headingOf = (ctx: PageContext) => ctx.t({ th: 'แผนพัฒนาท้องถิ่น', en: 'Local development plan' })

/** /o/<slug>/development-plan: strategies → projects with budgets, how each came from the people, results, and the budget lines outside the plan. */
export function PublicDevPlanPage({ ctx, view }: { ctx: PageContext; view: PublicDevPlan }) {
  const t = ctx.t
  const { org, plan } = view
  const name = orgName(org, ctx.locale)
  const heading = headingOf(ctx)
  const projectName = (id: string | null) => view.projects.find((p) => p.id === id)?.name ?? ''
  const fundedLines = (p: Project) => view.budgetYears.flatMap((b) => b.lines.filter((l) => l.projectId === p.id).map((l) => ({ year: b.fiscalYear, line: l })))
  return (
    <Layout ctx={ctx} title={`${heading} – ${name}`} description={aboutAgency(org, { th: 'แผนพัฒนาท้องถิ่นของ{org}: ยุทธศาสตร์ โครงการ งบประมาณ การมีส่วนร่วมของประชาชน และผลการดำเนินงาน', en: 'The local development plan of {org}: strategies, projects, budgets, participation and results.' })} wide>
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={name} heading={heading} />
      <p class="lead" safe>
        {plan.title}
      </p>
      <p class="body" safe>
        {view.versions.length
          ? view.versions.map((v) => `${t(versionKindName(v.kind))} (${t({ th: 'ฉบับที่', en: 'version' })} ${v.version}, ${formatDay(v.approvedOn, ctx.locale)})`).join(' · ')
          : t({ th: 'ปี พ.ศ. {a}–{b}', en: 'Years {a}–{b} BE' }, { a: plan.firstYear, b: plan.lastYear })}
      </p>
      {view.strategies.map((s) => (
        <section aria-labelledby={`strategy-${s.position}`}>
          <h2 class="heading-l" id={`strategy-${s.position}`} safe>
            {t({ th: 'ยุทธศาสตร์ที่ {n} {name}', en: 'Strategy {n}: {name}' }, { n: s.position, name: s.name })}
          </h2>
          {s.goal ? (
            <p class="body" safe>
              {s.goal}
            </p>
          ) : (
            ''
          )}
          {view.projects
            .filter((p) => p.strategyId === s.id)
            .map((p) => {
              const list = view.participation.filter((x) => x.projectId === p.id)
              const lines = fundedLines(p)
              return (
                <section class="section" aria-labelledby={`project-${p.position}`}>
                  <h3 class="heading-m" id={`project-${p.position}`} safe>
                    {p.name}
                  </h3>
                  <p class="body" safe>
                    {`${t({ th: 'ตัวชี้วัด', en: 'Indicator' })}: ${p.indicator}${p.target ? ` · ${t({ th: 'เป้าหมาย', en: 'Target' })}: ${p.target}` : ''}${p.unit ? ` · ${p.unit}` : ''}`}
                  </p>
                  <Table<Project['years'][number]>
                    caption={t({ th: 'งบประมาณและผลรายปี', en: 'Budget and result by year' })}
                    rows={p.years}
                    columns={[
                      { header: t({ th: 'ปี', en: 'Year' }), cell: (y) => <span safe>{String(y.year)}</span> },
                      { header: t({ th: 'งบประมาณ', en: 'Budget' }), numeric: true, cell: (y) => <span safe>{baht(y.budget, ctx.locale)}</span> },
                      { header: t({ th: 'ผล', en: 'Result' }), cell: (y) => <span safe>{`${t(statusName(y.status))}${y.spent !== null ? ` · ${t({ th: 'ใช้จ่าย', en: 'spent' })} ${baht(y.spent, ctx.locale)}` : ''}`}</span> },
                    ]}
                  />
                  <p class="body" safe>
                    {t({ th: 'ที่มาจากประชาชน', en: 'From the people' })}
                  </p>
                  {list.length ? (
                    <ul class="list list--bullet">
                      {list.map((x) => (
                        <li>
                          <span safe>{`${t(participationName(x.kind))} ${formatDay(x.heldOn, ctx.locale)} (${x.attendance.toLocaleString('en-US')} ${t({ th: 'คน', en: 'people' })})${x.summary ? `: ${x.summary}` : ''}`}</span>
                          {x.minutesFileId ? (
                            <>
                              {' '}
                              <a href={`${publicPlanUrl(org.slug)}/minutes/${x.id}`} safe>
                                {t({ th: 'รายงานการประชุม', en: 'minutes' })}
                              </a>
                            </>
                          ) : (
                            ''
                          )}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p class="body" safe>
                      {t({ th: 'ไม่มีบันทึก', en: 'None recorded' })}
                    </p>
                  )}
                  {lines.length ? (
                    <>
                      <p class="body" safe>
                        {t({ th: 'รายการงบประมาณรายจ่ายที่ใช้', en: 'Budget lines funding it' })}
                      </p>
                      <ul class="list list--bullet">
                        {lines.map((f) => (
                          <li safe>{`${f.year}: ${f.line.name} (${baht(f.line.allocated, ctx.locale)})`}</li>
                        ))}
                      </ul>
                    </>
                  ) : (
                    ''
                  )}
                </section>
              )
            })}
        </section>
      ))}
      <h2 class="heading-l" safe>
        {t({ th: 'งบประมาณรายจ่ายกับแผนพัฒนา', en: 'The budget and the plan' })}
      </h2>
      {view.budgetYears.length === 0 ? (
        <p class="body" safe>
          {t({ th: 'ยังไม่มีงบประมาณรายจ่ายที่เผยแพร่ในช่วงปีของแผน', en: 'No budget of the plan’s years is published yet.' })}
        </p>
      ) : (
        view.budgetYears.map((b) => (
          <Table<LinkedLine>
            caption={t({ th: 'งบประมาณรายจ่ายปี {y}', en: 'Budget {y}' }, { y: b.fiscalYear })}
            rows={b.lines}
            columns={[
              { header: t({ th: 'รายการ', en: 'Line' }), cell: (l) => <span safe>{l.name}</span> },
              { header: t({ th: 'งบประมาณ', en: 'Allocated' }), numeric: true, cell: (l) => <span safe>{baht(l.allocated, ctx.locale)}</span> },
              { header: t({ th: 'ใช้จ่ายแล้ว', en: 'Spent' }), numeric: true, cell: (l) => <span safe>{baht(l.actual, ctx.locale)}</span> },
              {
                header: t({ th: 'โครงการในแผน', en: 'Plan project' }),
                cell: (l) => (l.projectId ? <span safe>{projectName(l.projectId)}</span> : <Tag text={t({ th: 'ไม่อยู่ในแผนพัฒนา', en: 'Not in the development plan' })} colour="red" />),
              },
            ]}
          />
        ))
      )}
      <h2 class="heading-l" safe>
        {t({ th: 'รายงานการติดตามและประเมินผล', en: 'Monitoring and evaluation reports' })}
      </h2>
      {view.reports.length ? (
        <ul class="list list--bullet">
          {view.reports.map((r) => (
            <li>
              <a href={publicMonitoringUrl(org.slug, r.fiscalYear)} safe>
                {t({ th: 'ปีงบประมาณ {y}', en: 'Fiscal year {y}' }, { y: r.fiscalYear })}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p class="body" safe>
          {t({ th: 'ยังไม่มีรายงานที่เผยแพร่', en: 'No report published yet.' })}
        </p>
      )}
    </Layout>
  )
}

export function NoDevPlanPage({ ctx, org }: { ctx: PageContext; org: OrganisationDetails }) {
  const heading = headingOf(ctx)
  return (
    <Layout ctx={ctx} title={`${heading} – ${orgName(org, ctx.locale)}`}>
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={orgName(org, ctx.locale)} heading={heading} />
      <p class="body" safe>
        {ctx.t({ th: 'หน่วยงานยังไม่ได้เผยแพร่แผนพัฒนา', en: 'The agency has not published a development plan yet.' })}
      </p>
    </Layout>
  )
}
