import { memoToDocx, type ExportTable } from '../../platform/exports/index.ts'
import { formatDateTh, monthNameTh, todayInBangkok, toThaiDigits, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { HIT_STATUSES, monthlyTotals } from './conflict-screen.domain.ts'
import type { ReportRow } from './conflict-screen.repository.ts'

const n = (x: number) => toThaiDigits(String(x))

/** The procurement officer's monthly memo to the head (seed 002 measure 4 §8), in Thai as it is filed. */
export async function monthlyReportDocx(report: ReportRow, agency: { name_th: string }): Promise<Buffer> {
  const c = report.content
  const [year, month] = c.month.split('-').map(Number) as [number, number]
  const monthText = `${monthNameTh(month)} ${n(year + 543)}`
  const totals = monthlyTotals(c)
  const organisation = { name: agency.name_th }
  const options = { locale: 'th' as const, thaiDigits: true }
  const procurements: ExportTable = {
    title: { th: 'ตารางที่ ๑ การจัดซื้อจัดจ้างและการยื่นแบบแสดงความสัมพันธ์', en: 'Table 1' },
    organisation,
    options,
    columns: [
      { key: 'no', header: { th: 'ที่', en: 'No.' }, type: 'integer' },
      { key: 'title', header: { th: 'รายการ', en: 'Procurement' }, type: 'text' },
      { key: 'declared', header: { th: 'ยื่นแบบ', en: 'Declared' }, type: 'text' },
      { key: 'missing', header: { th: 'ยังไม่ยื่น', en: 'Missing' }, type: 'text' },
      { key: 'hits', header: { th: 'พบ', en: 'Hits' }, type: 'integer' },
    ],
    rows: c.procurements.map((p, i) => ({
      no: i + 1,
      title: p.reference ? `${p.title} (${p.reference})` : p.title,
      declared: `${n(p.declared)} / ${n(p.participants)}`,
      missing: p.missing.length ? p.missing.join(', ') : '–',
      hits: p.hits,
    })),
  }
  const hits: ExportTable = {
    title: { th: 'ตารางที่ ๒ ผลการตรวจสอบความเชื่อมโยงและการพิจารณา', en: 'Table 2' },
    organisation,
    options,
    columns: [
      { key: 'no', header: { th: 'ที่', en: 'No.' }, type: 'integer' },
      { key: 'bidder', header: { th: 'ผู้เสนอราคา', en: 'Bidder' }, type: 'text' },
      { key: 'staff', header: { th: 'บุคลากร', en: 'Staff' }, type: 'text' },
      { key: 'why', header: { th: 'เหตุที่พบ', en: 'Why' }, type: 'text' },
      { key: 'result', header: { th: 'ผลการพิจารณา', en: 'Decision' }, type: 'text' },
    ],
    rows: c.hits.map((h, i) => ({
      no: i + 1,
      bidder: h.bidder,
      staff: h.staff,
      why: h.reasons.join(', '),
      result: h.status === 'open' ? HIT_STATUSES.open.th : `${HIT_STATUSES[h.status].th}: ${h.resolution ?? ''}`,
    })),
  }
  const date = todayInBangkok(report.submittedAt) as IsoDate
  const paragraphs = [
    `ตามมาตรการป้องกันผลประโยชน์ทับซ้อนและส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง ข้อ ๗ และข้อ ๘ กำหนดให้เจ้าหน้าที่พัสดุตรวจสอบความเกี่ยวข้องระหว่างบุคลากรในหน่วยงานกับผู้เสนองาน และรายงานผลการปฏิบัติงานต่อหัวหน้าส่วนราชการทราบเป็นประจำทุกเดือน นั้น`,
    `ในเดือน${monthText} ${agency.name_th} มีการจัดซื้อจัดจ้างที่ตรวจสอบ จำนวน ${n(totals.procurements)} รายการ ผู้เกี่ยวข้องยื่นแบบแสดงความสัมพันธ์แล้ว ${n(totals.declared)} ราย จาก ${n(totals.participants)} ราย (ยังไม่ยื่น ${n(totals.missing)} ราย) ระบบตรวจพบความเชื่อมโยงระหว่างผู้เสนอราคากับข้อมูลส่วนได้เสียของบุคลากร ${n(totals.hits)} กรณี พิจารณาแล้วว่าไม่เกี่ยวข้อง ${n(totals.cleared)} กรณี มีความเกี่ยวข้อง ${n(totals.confirmed)} กรณี และอยู่ระหว่างพิจารณา ${n(totals.open)} กรณี รายละเอียดตามตารางท้ายบันทึกนี้`,
  ]
  const endorsements =
    report.status === 'acknowledged' && report.acknowledgedAt
      ? [`ความเห็นของหัวหน้าส่วนราชการ: ทราบ${report.headNote ? ` ${report.headNote}` : ''}`, `${report.acknowledgedByLabel ?? ''} ${formatDateTh(todayInBangkok(report.acknowledgedAt), { style: 'long', thaiDigits: true })}`]
      : undefined
  return memoToDocx({
    department: `${agency.name_th} (งานพัสดุ)`,
    reference: '........................',
    date,
    subject: `รายงานผลการตรวจสอบผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้าง ประจำเดือน${monthText}`,
    to: 'หัวหน้าส่วนราชการ',
    paragraphs,
    tables: [procurements, ...(c.hits.length ? [hits] : [])],
    closing: ['จึงเรียนมาเพื่อโปรดทราบ'],
    signature: { name: report.submittedByLabel, position: 'เจ้าหน้าที่พัสดุ', date },
    endorsements,
    options,
  })
}
