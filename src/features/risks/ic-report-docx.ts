import { memoToDocx, type ExportTable } from '../../platform/exports/index.ts'
import { formatDateTh, toThaiDigits } from '../../platform/thai-calendar/index.ts'
import type { icView } from './governance.use-cases.ts'
import { IC_ASSESSMENTS, IC_COMPONENTS } from './risks.domain.ts'

const n = (x: number) => toThaiDigits(String(x))

/** The yearly internal-control report (004 §1.2) as a memo to the head: the committee's order, the five components, the summary. */
export async function icReportDocx(v: Awaited<ReturnType<typeof icView>>): Promise<Buffer> {
  const e = v.evaluation!
  const options = { locale: 'th' as const, thaiDigits: true, tableFontSizePt: 14 }
  const organisation = { name: v.agency.name_th }
  const results: ExportTable = {
    title: { th: 'ตารางที่ ๑ ผลการประเมินรายองค์ประกอบ', en: 'Table 1' },
    organisation,
    options,
    columns: [
      { key: 'component', header: { th: 'องค์ประกอบ', en: 'Component' }, type: 'text' },
      { key: 'assessment', header: { th: 'ผลการประเมิน', en: 'Result' }, type: 'text' },
      { key: 'findings', header: { th: 'ข้อค้นพบ', en: 'Findings' }, type: 'text' },
      { key: 'improvements', header: { th: 'การปรับปรุง', en: 'Improvements' }, type: 'text' },
    ],
    rows: (Object.keys(IC_COMPONENTS) as (keyof typeof IC_COMPONENTS)[]).map((c, i) => {
      const r = v.results.find((x) => x.component === c)
      return { component: `${n(i + 1)}. ${IC_COMPONENTS[c].th}`, assessment: r ? IC_ASSESSMENTS[r.assessment].th : '-', findings: r?.findings ?? '-', improvements: r?.improvements || '-' }
    }),
  }
  const members: ExportTable = {
    title: { th: 'ตารางที่ ๒ คณะกรรมการติดตามและประเมินผลการควบคุมภายใน', en: 'Table 2' },
    organisation,
    options,
    columns: [
      { key: 'name', header: { th: 'ชื่อ', en: 'Name' }, type: 'text' },
      { key: 'position', header: { th: 'ตำแหน่ง', en: 'Position' }, type: 'text' },
      { key: 'role', header: { th: 'หน้าที่', en: 'Role' }, type: 'text' },
    ],
    rows: e.members.map((m) => ({ name: m.name, position: m.position, role: m.role })),
  }
  return memoToDocx({
    department: v.agency.name_th,
    reference: '........................',
    date: v.today,
    subject: `รายงานผลการติดตามและประเมินผลการควบคุมภายใน ประจำปีงบประมาณ ${n(v.fiscalYear)}`,
    to: 'หัวหน้าส่วนราชการ',
    paragraphs: [
      `ตามคำสั่งที่ ${e.orderNumber} ลงวันที่ ${formatDateTh(e.orderDate, { style: 'long', thaiDigits: true })} แต่งตั้งคณะกรรมการติดตามและประเมินผลการควบคุมภายใน ตามหลักเกณฑ์กระทรวงการคลังว่าด้วยมาตรฐานและหลักเกณฑ์ปฏิบัติการควบคุมภายในสำหรับหน่วยงานของรัฐ พ.ศ. ๒๕๖๑ นั้น คณะกรรมการได้ประเมินผลครบ ๕ องค์ประกอบ ดังตารางท้ายบันทึกนี้`,
      e.summary ?? '',
    ].filter(Boolean),
    tables: [results, members],
    closing: ['จึงเรียนมาเพื่อโปรดทราบ'],
    signature: { name: e.members[0]?.name ?? '', position: `ประธานกรรมการติดตามและประเมินผลการควบคุมภายใน`, date: v.today },
    options,
  })
}
