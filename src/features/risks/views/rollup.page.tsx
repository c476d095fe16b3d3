import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Table, Tag } from '../../../web/components/display.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { REGISTER_STATUSES, RISK_TYPES } from '../risks.domain.ts'
import type { provinceRollup } from '../risks.use-cases.ts'
import { HeatMap, LevelBadge } from './heat-map.tsx'

type View = Awaited<ReturnType<typeof provinceRollup>>

/** /staff/risks/province: the agencies' approved assessments on the province's matrix. */
export function RollupPage({ ctx, view }: { ctx: PageContext; view: View }) {
  const t = ctx.t
  const title = t({ th: 'ภาพรวมความเสี่ยงการทุจริตของหน่วยงานในกำกับ', en: 'Corruption risks of the agencies overseen' })
  return (
    <Layout ctx={ctx} title={title} wide>
      <p class="caption-l" safe>
        {ctx.locale === 'th' ? view.body.name_th : view.body.name_en || view.body.name_th}
      </p>
      <h1 class="heading-xl" safe>
        {`${title} ${t({ th: 'ปีงบประมาณ', en: 'fiscal year' })} ${view.fiscalYear}`}
      </h1>
      <nav class="sub-nav" aria-label={t({ th: 'ปีงบประมาณ', en: 'Fiscal years' })}>
        <ul class="sub-nav__list">
          {[view.fiscalYear - 1, view.fiscalYear, view.fiscalYear + 1].map((y) => (
            <li class="sub-nav__item">
              <a href={`/staff/risks/province?year=${y}`} aria-current={y === view.fiscalYear ? 'page' : undefined} safe>
                {String(y)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Table
        caption={t({ th: 'หน่วยงาน {n} แห่ง', en: '{n} agencies' }, { n: view.agencies.length })}
        rows={view.agencies}
        columns={[
          { header: t({ th: 'หน่วยงาน', en: 'Agency' }), cell: (a) => (a.status ? <a href={`/staff/risks?org=${a.slug}&year=${view.fiscalYear}`} safe>{a.name_th}</a> : <span safe>{a.name_th}</span>) },
          { header: t({ th: 'ทะเบียน', en: 'Register' }), cell: (a) => (a.status ? <Tag text={REGISTER_STATUSES[a.status as 'draft' | 'approved'][ctx.locale]} colour={a.status === 'approved' ? 'green' : 'yellow'} /> : <Tag text={t({ th: 'ยังไม่มี', en: 'None' })} colour="red" />) },
          { header: t({ th: 'ความเสี่ยง', en: 'Risks' }), numeric: true, cell: (a) => <span safe>{String(a.risks)}</span> },
          { header: t({ th: 'ระดับสูงขึ้นไป', en: 'High or above' }), numeric: true, cell: (a) => <span safe>{String(a.high)}</span> },
          { header: t({ th: 'มาตรการเกินกำหนด', en: 'Treatments overdue' }), numeric: true, cell: (a) => <span safe>{String(a.overdue)}</span> },
        ]}
      />
      <HeatMap ctx={ctx} matrix={view.matrix} counts={view.heat} caption={t({ th: 'แผนผังความเสี่ยงคงเหลือของทุกหน่วยงาน (ที่ผู้บริหารอนุมัติแล้ว)', en: 'Residual risks of all agencies (approved assessments)' })} />
      <Table
        caption={t({ th: 'ความเสี่ยงสูงสุด 10 อันดับ', en: 'Top 10 risks' })}
        empty={t({ th: 'ยังไม่มีผลการประเมินที่อนุมัติ', en: 'No approved assessments yet.' })}
        rows={view.top}
        columns={[
          { header: t({ th: 'หน่วยงาน', en: 'Agency' }), cell: (r) => <span safe>{r.agency.name_th}</span> },
          { header: t({ th: 'กระบวนงาน', en: 'Process' }), cell: (r) => <a href={`/staff/risks/r/${r.id}`} safe>{r.process}</a> },
          { header: t({ th: 'ประเภท', en: 'Type' }), cell: (r) => <span>{RISK_TYPES[r.riskType][ctx.locale]}</span> },
          { header: t({ th: 'คงเหลือ', en: 'Residual' }), cell: (r) => <LevelBadge ctx={ctx} level={r.residual} /> },
        ]}
      />
      <Table
        caption={t({ th: 'มาตรการที่เกินกำหนด {n} รายการ', en: '{n} treatment(s) overdue' }, { n: view.overdue.length })}
        empty={t({ th: 'ไม่มีมาตรการเกินกำหนด', en: 'None overdue.' })}
        rows={view.overdue}
        columns={[
          { header: t({ th: 'หน่วยงาน', en: 'Agency' }), cell: (x) => <span safe>{x.agency.name_th}</span> },
          { header: t({ th: 'กระบวนงาน', en: 'Process' }), cell: (x) => <span safe>{x.process}</span> },
          { header: t({ th: 'มาตรการ', en: 'Treatment' }), cell: (x) => <span safe>{x.measure}</span> },
          { header: t({ th: 'หน่วยที่รับผิดชอบ', en: 'Unit' }), cell: (x) => <span safe>{x.ownerUnit}</span> },
          { header: t({ th: 'กำหนดเสร็จ', en: 'Due' }), cell: (x) => <span safe>{formatDay(x.dueOn, ctx.locale)}</span> },
        ]}
      />
    </Layout>
  )
}
