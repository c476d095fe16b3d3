import type { ExportTable } from '../../platform/exports/index.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import { toThaiDigits } from '../../platform/thai-calendar/index.ts'
import { committeeRoleName, dimensionName } from './performance-evaluation.domain.ts'
import type { PublicEvaluation } from './performance-evaluation.use-cases.ts'

/** The committee's report as a Word table: one row per indicator; dimensions, overall result and the committee as notes. */
export function evaluationReportTable(view: PublicEvaluation, locale: Locale, baseUrl: string): ExportTable {
  const r = view.evaluation.result
  // Official Thai documents print every figure in Thai digits, the dimensions' numbers too (not the web addresses).
  const pick = (b: { th: string; en: string }) => (locale === 'en' ? b.en : toThaiDigits(b.th))
  const y = view.evaluation.year
  return {
    title: { th: `รายงานผลการประเมินผลการปฏิบัติราชการ ๔ มิติ ประจำปีงบประมาณ พ.ศ. ${y}`, en: `Four-dimension performance evaluation report, fiscal year ${y} BE` },
    subtitle: { th: toThaiDigits(`ผลการประเมินรวมร้อยละ ${r.overall.toFixed(1)} ระดับ${r.level.th}`), en: `Overall ${r.overall.toFixed(1)}%: ${r.level.en}` },
    organisation: { name: locale === 'en' && view.org.name_en ? view.org.name_en : view.org.name_th },
    options: { locale, thaiDigits: locale === 'th', orientation: 'landscape' },
    columns: [
      { key: 'no', header: { th: 'ที่', en: 'No.' }, type: 'integer' },
      { key: 'dimension', header: { th: 'มิติ', en: 'Dimension' }, type: 'text' },
      { key: 'indicator', header: { th: 'ตัวชี้วัด', en: 'Indicator' }, type: 'text' },
      { key: 'weight', header: { th: 'น้ำหนัก', en: 'Weight' }, type: 'integer' },
      { key: 'mean', header: { th: 'คะแนนเฉลี่ย (เต็ม ๕)', en: 'Mean score (of 5)' }, type: 'decimal' },
      { key: 'evidence', header: { th: 'หลักฐาน', en: 'Evidence' }, type: 'text' },
    ],
    rows: r.indicators.map((i, n) => ({ no: n + 1, dimension: pick(dimensionName(i.dimension)), indicator: i.name, weight: i.weight, mean: i.mean, evidence: i.evidenceUrl ? `${baseUrl.replace(/\/$/, '')}${i.evidenceUrl}` : '' })),
    notes: [
      ...r.dimensions.map((d) => ({ th: toThaiDigits(`${dimensionName(d.key).th} ร้อยละ ${d.percent.toFixed(1)}`), en: `${dimensionName(d.key).en}: ${d.percent.toFixed(1)}%` })),
      {
        th: `คณะกรรมการ ${r.members} คน (จากภายนอก ${r.outsideMembers} คน): ${view.members.map((m) => `${m.name} ${committeeRoleName(m.committeeRole).th}${m.outside ? ' (ภายนอก)' : ''}`).join(', ')}`,
        en: `Committee of ${r.members} (${r.outsideMembers} from outside): ${view.members.map((m) => `${m.name}, ${committeeRoleName(m.committeeRole).en}${m.outside ? ' (outside)' : ''}`).join('; ')}`,
      },
      { th: 'ผลรายมิติคือค่าเฉลี่ยถ่วงน้ำหนักของคะแนนเฉลี่ยรายตัวชี้วัดเทียบกับคะแนนเต็ม ผลรวมคือค่าเฉลี่ยของสี่มิติ', en: 'Each dimension is the weighted mean of its indicators’ mean scores against the full score; the overall result is the mean of the four.' },
    ],
  }
}
