import { Table, Tag } from '../../../web/components/display.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { PROJECT_STATUSES, statusName, type MonitoringFigures, type ProjectYearFacts } from '../development-plan.domain.ts'
import { baht } from './devplan-text.ts'

/** The year's figures: counts by status, budget planned and used, each project, and the budget lines outside the plan. */
export function MonitoringTables({ ctx, figures }: { ctx: PageContext; figures: MonitoringFigures }) {
  const t = ctx.t
  const rows = [
    ...PROJECT_STATUSES.map((s) => ({ label: t(s.name), value: String(figures.counts[s.key]) })),
    { label: t({ th: 'โครงการตามแผนของปีนี้', en: 'Projects planned for the year' }), value: String(figures.counts.total) },
    { label: t({ th: 'ร้อยละที่ดำเนินการแล้วเสร็จ', en: 'Share done' }), value: figures.percentDone === null ? '–' : `${figures.percentDone}%` },
    { label: t({ th: 'งบประมาณตามแผน', en: 'Budget planned' }), value: baht(figures.plannedBudget, ctx.locale) },
    { label: t({ th: 'ใช้จ่ายจริง', en: 'Budget used' }), value: baht(figures.spent, ctx.locale) },
  ]
  return (
    <>
      <Table<{ label: string; value: string }>
        caption={t({ th: 'สรุปผลปีงบประมาณ {y}', en: 'Summary, fiscal year {y}' }, { y: figures.fiscalYear })}
        rows={rows}
        columns={[
          { header: t({ th: 'รายการ', en: 'Item' }), cell: (r) => <span safe>{r.label}</span> },
          { header: t({ th: 'ผล', en: 'Figure' }), numeric: true, cell: (r) => <span safe>{r.value}</span> },
        ]}
      />
      <Table<ProjectYearFacts>
        caption={t({ th: 'ผลรายโครงการ', en: 'Each project' })}
        rows={figures.projects}
        empty={t({ th: 'ไม่มีโครงการในปีนี้', en: 'No project this year' })}
        columns={[
          { header: t({ th: 'ยุทธศาสตร์', en: 'Strategy' }), cell: (p) => <span safe>{`${p.strategyPosition}. ${p.strategyName}`}</span> },
          { header: t({ th: 'โครงการ', en: 'Project' }), cell: (p) => <span safe>{p.name}</span> },
          { header: t({ th: 'งบตามแผน', en: 'Planned' }), numeric: true, cell: (p) => <span safe>{baht(p.budget, ctx.locale)}</span> },
          { header: t({ th: 'ใช้จ่ายจริง', en: 'Spent' }), numeric: true, cell: (p) => <span safe>{baht(p.spent, ctx.locale)}</span> },
          { header: t({ th: 'สถานะ', en: 'Status' }), cell: (p) => <Tag text={t(statusName(p.status))} colour={p.status === 'done' ? 'green' : p.status === 'not_done' ? 'red' : p.status === 'in_progress' ? 'blue' : 'grey'} /> },
          { header: t({ th: 'ผลการดำเนินงาน', en: 'Result' }), cell: (p) => <span safe>{p.result || '–'}</span> },
        ]}
      />
      {figures.budgetLinesUnplanned.length ? (
        <Table<{ name: string; allocated: number }>
          caption={t({ th: 'รายการงบประมาณที่ไม่อยู่ในแผนพัฒนา', en: 'Budget lines not in the development plan' })}
          rows={figures.budgetLinesUnplanned}
          columns={[
            { header: t({ th: 'รายการ', en: 'Line' }), cell: (l) => <span safe>{l.name}</span> },
            { header: t({ th: 'งบประมาณ', en: 'Allocated' }), numeric: true, cell: (l) => <span safe>{baht(l.allocated, ctx.locale)}</span> },
          ]}
        />
      ) : (
        ''
      )}
    </>
  )
}
