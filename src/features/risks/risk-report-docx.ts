import { memoToDocx, type ExportTable } from '../../platform/exports/index.ts'
import { formatDateTh, toThaiDigits } from '../../platform/thai-calendar/index.ts'
import { FOLLOWUP_KINDS, RISK_TYPES, TREATMENT_STATUSES } from './risks.domain.ts'
import type { yearlyReport } from './risks.use-cases.ts'

const n = (x: number) => toThaiDigits(String(x))

/**
 * The yearly report to the governor (seed 002 m7 §1.4: at least once a year) as a memo: the heat
 * map as a table (a level's name in each cell, since print and photocopies lose colour), the
 * register and the treatments with their state.
 */
export async function yearlyReportDocx(r: Awaited<ReturnType<typeof yearlyReport>>, by: string): Promise<Buffer> {
  const options = { locale: 'th' as const, thaiDigits: true, tableFontSizePt: 14 }
  const organisation = { name: r.agency.name_th }
  const m = r.matrix
  const heat: ExportTable = {
    title: { th: 'ตารางที่ ๑ แผนผังความเสี่ยงคงเหลือหลังการควบคุม (จำนวนเรื่อง)', en: 'Table 1' },
    organisation,
    options,
    columns: [{ key: 'l', header: { th: 'โอกาส \\ ผลกระทบ', en: 'Likelihood' }, type: 'text' }, ...m.impact.map((imp, j) => ({ key: `i${j}`, header: { th: `${n(j + 1)} ${imp.th}`, en: imp.en }, type: 'text' as const }))],
    rows: m.likelihood
      .map((l, i) => ({
        l: `${n(i + 1)} ${l.th}`,
        ...Object.fromEntries(m.impact.map((_, j) => [`i${j}`, `${m.levels.find((lv) => lv.key === m.cells[i]?.[j])?.th ?? ''} ${r.residualHeat[i]?.[j] ? `(${n(r.residualHeat[i]![j]!)})` : ''}`.trim()])),
      }))
      .reverse(),
  }
  const register: ExportTable = {
    title: { th: 'ตารางที่ ๒ ทะเบียนความเสี่ยงการทุจริตและการใช้ดุลพินิจ', en: 'Table 2' },
    organisation,
    options,
    columns: [
      { key: 'no', header: { th: 'ที่', en: 'No.' }, type: 'text' },
      { key: 'process', header: { th: 'กระบวนงาน / ความเสี่ยง', en: 'Process' }, type: 'text' },
      { key: 'causes', header: { th: 'สาเหตุและการควบคุมที่มีอยู่', en: 'Causes' }, type: 'text' },
      { key: 'inherent', header: { th: 'ระดับก่อนควบคุม', en: 'Inherent' }, type: 'text' },
      { key: 'residual', header: { th: 'ระดับคงเหลือ', en: 'Residual' }, type: 'text' },
    ],
    rows: r.risks.map((x, i) => ({
      no: n(i + 1),
      process: `${x.process}: ${x.description} (${RISK_TYPES[x.riskType].th})`,
      causes: `${x.causes} / ${x.existingControls}`,
      inherent: `${x.inherent?.th ?? '-'} (${n(x.inherentLikelihood)}×${n(x.inherentImpact)})`,
      residual: `${x.residual?.th ?? '-'} (${n(x.residualLikelihood)}×${n(x.residualImpact)})`,
    })),
  }
  const treatments: ExportTable = {
    title: { th: 'ตารางที่ ๓ มาตรการจัดการความเสี่ยงและผลการดำเนินงาน', en: 'Table 3' },
    organisation,
    options,
    columns: [
      { key: 'risk', header: { th: 'ความเสี่ยงที่', en: 'Risk' }, type: 'text' },
      { key: 'measure', header: { th: 'มาตรการ', en: 'Treatment' }, type: 'text' },
      { key: 'unit', header: { th: 'ผู้รับผิดชอบ', en: 'Unit' }, type: 'text' },
      { key: 'due', header: { th: 'กำหนดเสร็จ', en: 'Due' }, type: 'date' },
      { key: 'status', header: { th: 'ผลการดำเนินงาน', en: 'Status' }, type: 'text' },
    ],
    rows: r.risks.flatMap((x, i) => x.treatments.map((t) => ({ risk: n(i + 1), measure: t.measure, unit: t.ownerUnit, due: t.dueOn, status: `${TREATMENT_STATUSES[t.status].th}${t.progressNote ? ` ${t.progressNote}` : ''}` }))),
  }
  const counts = m.levels.map((lv) => `${lv.th} ${n(r.risks.filter((x) => x.residual?.key === lv.key).length)} เรื่อง`).join(' ')
  const followups = r.followups.map((f) => `${FOLLOWUP_KINDS[f.kind].th} (${formatDateTh(f.reportedOn, { style: 'long', thaiDigits: true })}): ${f.summary}`)
  return memoToDocx({
    department: r.agency.name_th,
    reference: '........................',
    date: r.today,
    subject: `รายงานผลการประเมินความเสี่ยงการทุจริตและการใช้ดุลพินิจ ประจำปีงบประมาณ ${n(r.fiscalYear)}`,
    to: 'ผู้ว่าราชการจังหวัด',
    paragraphs: [
      'ตามมาตรการตรวจสอบการใช้ดุลพินิจ ข้อ ๑.๔ ให้ส่วนราชการจัดการความเสี่ยงในการดำเนินงาน และรายงานสรุปผลต่อผู้ว่าราชการจังหวัดอย่างน้อยปีละ ๑ ครั้ง นั้น',
      `${r.agency.name_th} ได้ประเมินความเสี่ยงการทุจริตและการใช้ดุลพินิจ ประจำปีงบประมาณ ${n(r.fiscalYear)} จำนวน ${n(r.risks.length)} เรื่อง ระดับความเสี่ยงคงเหลือหลังการควบคุม ${counts} และกำหนดมาตรการจัดการความเสี่ยง ${n(r.risks.reduce((s, x) => s + x.treatments.length, 0))} มาตรการ ดำเนินการแล้ว ${n(r.risks.reduce((s, x) => s + x.treatments.filter((t) => t.status === 'done').length, 0))} มาตรการ รายละเอียดตามตารางท้ายบันทึกนี้`,
    ],
    tables: [heat, register, treatments],
    // The follow-up reports after the tables, so the heat map stays on the first page.
    closing: [...followups, 'จึงเรียนมาเพื่อโปรดทราบ'],
    signature: { name: by, position: `หัวหน้าส่วนราชการ ${r.agency.name_th}`, date: r.today },
    options,
  })
}
