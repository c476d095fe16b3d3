import type { ExportTable } from '../../platform/exports/index.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import { formatSatang, statusName } from './development-plan.domain.ts'
import type { PublicMonitoring } from './development-plan-public.use-cases.ts'

/** The monitoring and evaluation report as a Word table: one row per project of the year, the summary and counts as notes. */
export function monitoringReportTable(view: PublicMonitoring, locale: Locale): ExportTable {
  const f = view.figures
  const fy = view.fiscalYear
  const pick = (b: { th: string; en: string }) => (locale === 'en' ? b.en : b.th)
  const notes = [
    {
      th: `สรุป: โครงการตามแผน ${f.counts.total} โครงการ ดำเนินการแล้วเสร็จ ${f.counts.done} อยู่ระหว่างดำเนินการ ${f.counts.in_progress} ยังไม่ดำเนินการ ${f.counts.planned} ไม่ได้ดำเนินการ ${f.counts.not_done} งบประมาณตามแผน ${formatSatang(f.plannedBudget)} บาท ใช้จ่ายจริง ${formatSatang(f.spent)} บาท`,
      en: `Summary: ${f.counts.total} projects planned, ${f.counts.done} done, ${f.counts.in_progress} in progress, ${f.counts.planned} not started, ${f.counts.not_done} not done; budget planned ${formatSatang(f.plannedBudget)} baht, used ${formatSatang(f.spent)} baht`,
    },
    ...(f.budgetLinesUnplanned.length
      ? [{ th: `รายการงบประมาณที่ไม่อยู่ในแผนพัฒนา: ${f.budgetLinesUnplanned.map((l) => l.name).join(', ')}`, en: `Budget lines not in the development plan: ${f.budgetLinesUnplanned.map((l) => l.name).join(', ')}` }]
      : []),
    { th: `ความเห็นและข้อเสนอแนะ: ${view.summary}`, en: `Findings and recommendations: ${view.summary}` },
  ]
  return {
    title: { th: `รายงานการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ประจำปีงบประมาณ พ.ศ. ${fy}`, en: `Local development plan monitoring and evaluation report, fiscal year ${fy} BE` },
    subtitle: { th: view.plan.title, en: view.plan.title },
    organisation: { name: locale === 'en' && view.org.name_en ? view.org.name_en : view.org.name_th },
    options: { locale, thaiDigits: locale === 'th', orientation: 'landscape' },
    columns: [
      { key: 'no', header: { th: 'ที่', en: 'No.' }, type: 'integer' },
      { key: 'strategy', header: { th: 'ยุทธศาสตร์', en: 'Strategy' }, type: 'text' },
      { key: 'project', header: { th: 'โครงการ', en: 'Project' }, type: 'text' },
      { key: 'budget', header: { th: 'งบตามแผน (บาท)', en: 'Planned (baht)' }, type: 'money' },
      { key: 'spent', header: { th: 'ใช้จ่ายจริง (บาท)', en: 'Spent (baht)' }, type: 'money' },
      { key: 'status', header: { th: 'สถานะ', en: 'Status' }, type: 'text' },
      { key: 'result', header: { th: 'ผลการดำเนินงาน', en: 'Result' }, type: 'text' },
    ],
    rows: f.projects.map((p, i) => ({
      no: i + 1,
      strategy: `${p.strategyPosition}. ${p.strategyName}`,
      project: p.name,
      budget: p.budget / 100,
      spent: p.spent === null ? null : p.spent / 100,
      status: pick(statusName(p.status)),
      result: p.result,
    })),
    notes,
  }
}
