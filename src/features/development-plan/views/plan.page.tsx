import type { FieldErrors } from '../../../errors.ts'
import { DateInput } from '../../../web/components/date-input.tsx'
import { Radios } from '../../../web/components/choices.tsx'
import { Button, CsrfField, Table, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { Layout } from '../../../web/layout.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import { participationName, VERSION_KINDS, versionKindName } from '../development-plan.domain.ts'
import type { StrategyFormValues, VersionFormValues } from '../development-plan.input.ts'
import type { PlanEditor, PlanVersion, Project } from '../development-plan.use-cases.ts'
import { baht, publicPlanUrl, staffPlanUrl, sum } from './devplan-text.ts'

export type PlanPageForms = { strategy: StrategyFormValues; version: VersionFormValues; errors?: FieldErrors | undefined }

/** /staff/development-plan/:id: the plan's strategies and projects, its versions, and its years (budget links, monitoring). */
export function DevPlanPage({ ctx, editor, forms }: { ctx: PageContext; editor: PlanEditor; forms: PlanPageForms }) {
  const t = ctx.t
  const { org, plan } = editor
  const err = (f: string) => fieldError(ctx, forms.errors, f)
  const base = staffPlanUrl(plan.id)
  const participationOf = (p: Project) => editor.participation.filter((x) => x.projectId === p.id)
  return (
    <Layout ctx={ctx} title={plan.title} wide>
      <a href={`/staff/development-plan?org=${encodeURIComponent(org.slug)}`} class="back-link" safe>
        {t({ th: 'แผนพัฒนาท้องถิ่น', en: 'Development plans' })}
      </a>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {plan.title}
      </h1>
      <ErrorSummary ctx={ctx} errors={forms.errors} />
      <p class="body">
        {plan.published ? <Tag text={t({ th: 'เผยแพร่แล้ว', en: 'Published' })} colour="green" /> : <Tag text={t({ th: 'ยังไม่เผยแพร่', en: 'Not published' })} colour="grey" />}{' '}
        <span safe>{t({ th: 'ปี พ.ศ. {a}–{b} · ฉบับที่ {v}', en: 'Years {a}–{b} BE · version {v}' }, { a: plan.firstYear, b: plan.lastYear, v: plan.currentVersion })}</span>
      </p>
      <form method="post" action={`${base}/publication`}>
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="published" value={plan.published ? 'no' : 'yes'} />
        <Button text={plan.published ? t({ th: 'หยุดเผยแพร่', en: 'Unpublish' }) : t({ th: 'เผยแพร่แผนต่อสาธารณะ', en: 'Publish the plan' })} kind="secondary" />
      </form>
      {plan.published ? (
        <p class="body">
          <a href={publicPlanUrl(org.slug)} safe>
            {t({ th: 'ดูหน้าสาธารณะ', en: 'See the public page' })}
          </a>
        </p>
      ) : (
        ''
      )}

      <h2 class="heading-l" safe>
        {t({ th: 'ยุทธศาสตร์และโครงการ', en: 'Strategies and projects' })}
      </h2>
      {editor.strategies.length === 0 ? (
        <p class="body" safe>
          {t({ th: 'ยังไม่มียุทธศาสตร์ เพิ่มยุทธศาสตร์ก่อน แล้วจึงเพิ่มโครงการ', en: 'No strategy yet: add one, then its projects.' })}
        </p>
      ) : (
        editor.strategies.map((s) => (
          <Table<Project>
            caption={t({ th: 'ยุทธศาสตร์ที่ {n} {name}', en: 'Strategy {n}: {name}' }, { n: s.position, name: s.name })}
            rows={editor.projects.filter((p) => p.strategyId === s.id)}
            empty={t({ th: 'ยังไม่มีโครงการ', en: 'No project yet' })}
            columns={[
              {
                header: t({ th: 'โครงการ', en: 'Project' }),
                cell: (p) => (
                  <a href={`/staff/development-plan/projects/${p.id}`} safe>
                    {p.name}
                  </a>
                ),
              },
              { header: t({ th: 'แผนงาน', en: 'Programme' }), cell: (p) => <span safe>{p.programme || '–'}</span> },
              { header: t({ th: 'ปีที่ดำเนินการ', en: 'Years' }), cell: (p) => <span safe>{p.years.map((y) => String(y.year)).join(', ')}</span> },
              { header: t({ th: 'งบประมาณรวม', en: 'Total budget' }), numeric: true, cell: (p) => <span safe>{baht(sum(p.years.map((y) => y.budget)), ctx.locale)}</span> },
              {
                header: t({ th: 'ที่มาจากประชาชน', en: 'From the people' }),
                cell: (p) => {
                  const list = participationOf(p)
                  return list.length ? <span safe>{[...new Set(list.map((x) => t(participationName(x.kind))))].join(', ')}</span> : <Tag text={t({ th: 'ยังไม่บันทึก', en: 'None recorded' })} colour="yellow" />
                },
              },
            ]}
          />
        ))
      )}
      {editor.strategies.length ? (
        <p class="body">
          <a href={`${base}/projects/new`} class="button button--secondary" safe>
            {t({ th: 'เพิ่มโครงการ', en: 'Add a project' })}
          </a>
        </p>
      ) : (
        ''
      )}
      <form method="post" action={`${base}/strategies`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <h3 class="heading-m" safe>
          {t({ th: 'เพิ่มยุทธศาสตร์', en: 'Add a strategy' })}
        </h3>
        <TextInput id="strategy_name" label={t({ th: 'ชื่อยุทธศาสตร์', en: 'Strategy' })} value={forms.strategy.name} errorMessage={err('strategy_name')} />
        <Textarea id="strategy_goal" rows={2} label={t({ th: 'เป้าประสงค์ ไม่บังคับ', en: 'Goal, optional' })} value={forms.strategy.goal} errorMessage={err('strategy_goal')} />
        <Button text={t({ th: 'เพิ่มยุทธศาสตร์', en: 'Add the strategy' })} kind="secondary" />
      </form>

      <h2 class="heading-l" safe>
        {t({ th: 'รายปี: งบประมาณและการติดตามประเมินผล', en: 'By year: budget and monitoring' })}
      </h2>
      <Table<number>
        caption={t({ th: 'ปีของแผน', en: 'Years of the plan' })}
        rows={editor.years}
        columns={[
          { header: t({ th: 'ปีงบประมาณ', en: 'Fiscal year' }), cell: (y) => <span safe>{String(y)}</span> },
          { header: t({ th: 'งบประมาณตามแผน', en: 'Planned budget' }), numeric: true, cell: (y) => <span safe>{baht(sum(editor.projects.flatMap((p) => p.years.filter((r) => r.year === y).map((r) => r.budget))), ctx.locale)}</span> },
          {
            header: t({ th: 'เชื่อมกับงบประมาณรายจ่าย', en: 'Link to the budget' }),
            cell: (y) => (
              <a href={`${base}/budget/${y}`} safe>
                {t({ th: 'รายการงบประมาณปี {y}', en: 'Budget lines {y}' }, { y })}
              </a>
            ),
          },
          {
            header: t({ th: 'รายงานติดตามและประเมินผล', en: 'Monitoring report' }),
            cell: (y) => {
              const r = editor.reports.find((x) => x.fiscalYear === y)
              return (
                <>
                  <a href={`${base}/monitoring/${y}`} safe>
                    {t({ th: 'รายงานปี {y}', en: 'Report {y}' }, { y })}
                  </a>{' '}
                  {r?.status === 'published' ? <Tag text={t({ th: 'เผยแพร่แล้ว', en: 'Published' })} colour="green" /> : r ? <Tag text={t({ th: 'ร่าง', en: 'Draft' })} colour="grey" /> : ''}
                </>
              )
            },
          },
        ]}
      />

      <h2 class="heading-l" safe>
        {t({ th: 'ฉบับของแผน (อนุมัติ เพิ่มเติม เปลี่ยนแปลง)', en: 'Versions (approved plan, additions, changes)' })}
      </h2>
      <Table<PlanVersion>
        caption={t({ th: 'ฉบับที่บันทึกไว้', en: 'Versions recorded' })}
        rows={editor.versions}
        empty={t({ th: 'ยังไม่ได้บันทึกแผนฉบับอนุมัติ', en: 'The approved plan is not recorded yet' })}
        columns={[
          { header: t({ th: 'ฉบับที่', en: 'Version' }), numeric: true, cell: (v) => <span safe>{String(v.version)}</span> },
          { header: t({ th: 'ประเภท', en: 'Kind' }), cell: (v) => <span safe>{t(versionKindName(v.kind))}</span> },
          { header: t({ th: 'วันที่อนุมัติ', en: 'Approved on' }), cell: (v) => <span safe>{formatDay(v.approvedOn, ctx.locale)}</span> },
          { header: t({ th: 'หมายเหตุ', en: 'Note' }), cell: (v) => <span safe>{v.note || '–'}</span> },
        ]}
      />
      <form method="post" action={`${base}/versions`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <h3 class="heading-m" safe>
          {t({ th: 'บันทึกฉบับ', en: 'Record a version' })}
        </h3>
        <p class="body" safe>
          {t({ th: 'เก็บแผนตามที่เป็นอยู่ขณะนี้ไว้เป็นฉบับที่ {n} เมื่อผู้บริหารอนุมัติแผนหรือการแก้ไข', en: 'Keeps the plan as it now stands as version {n}, once the executive has approved the plan or its amendment.' }, { n: plan.currentVersion + 1 })}
        </p>
        <Radios id="version_kind" label={t({ th: 'ประเภท', en: 'Kind' })} options={VERSION_KINDS.map((k) => ({ value: k.key, text: t(k.name) }))} value={forms.version.kind} errorMessage={err('version_kind')} />
        <DateInput id="approved_on" locale={ctx.locale} label={t({ th: 'วันที่อนุมัติ', en: 'Approved on' })} hint={t({ th: 'ปีเป็นพุทธศักราช เช่น 15 6 2565', en: 'Year in the Buddhist Era, e.g. 15 6 2565' })} value={forms.version.approved_on} errorMessage={err('approved_on')} />
        <TextInput id="version_note" label={t({ th: 'หมายเหตุ ไม่บังคับ', en: 'Note, optional' })} value={forms.version.note} errorMessage={err('version_note')} />
        <Button text={t({ th: 'บันทึกฉบับ', en: 'Record the version' })} kind="secondary" />
      </form>
    </Layout>
  )
}
