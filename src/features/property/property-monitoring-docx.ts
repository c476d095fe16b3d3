import { memoToDocx, type ExportTable } from '../../platform/exports/index.ts'
import { todayInBangkok, toThaiDigits } from '../../platform/thai-calendar/index.ts'
import { BORROWING_STATUSES, CONDITIONS } from './property.domain.ts'
import type { monitoring } from './property.use-cases.ts'

const n = (x: number) => toThaiDigits(String(x))

/** The twice-yearly use-monitoring report to the head (seed 003 §4.3), as a memo. */
export async function monitoringDocx(m: Awaited<ReturnType<typeof monitoring>>, fiscalYear: number, half: 1 | 2, by: string, now: Date): Promise<Buffer> {
  const options = { locale: 'th' as const, thaiDigits: true }
  const organisation = { name: m.agency.name_th }
  const borrowings: ExportTable = {
    title: { th: 'ตารางที่ ๑ การยืมทรัพย์สินของทางราชการ', en: 'Table 1' },
    organisation,
    options,
    columns: [
      { key: 'item', header: { th: 'ทรัพย์สิน', en: 'Item' }, type: 'text' },
      { key: 'borrower', header: { th: 'ผู้ยืม', en: 'Borrower' }, type: 'text' },
      { key: 'from', header: { th: 'ตั้งแต่', en: 'From' }, type: 'date' },
      { key: 'to', header: { th: 'ถึง', en: 'To' }, type: 'date' },
      { key: 'status', header: { th: 'สถานะ / สภาพเมื่อคืน', en: 'Status' }, type: 'text' },
    ],
    rows: m.borrowings.map((b) => ({ item: `${b.itemName} (${b.itemNumber})`, borrower: b.borrower, from: b.startOn, to: b.endOn, status: `${BORROWING_STATUSES[b.status].th}${b.returnCondition ? ` – ${CONDITIONS[b.returnCondition].th}` : ''}` })),
  }
  const unused: ExportTable = {
    title: { th: 'ตารางที่ ๒ ทรัพย์สินที่ไม่มีการใช้ในช่วงนี้', en: 'Table 2' },
    organisation,
    options,
    columns: [
      { key: 'number', header: { th: 'หมายเลข', en: 'Number' }, type: 'text' },
      { key: 'name', header: { th: 'ทรัพย์สิน', en: 'Item' }, type: 'text' },
      { key: 'location', header: { th: 'ที่ตั้ง', en: 'Location' }, type: 'text' },
    ],
    rows: m.unused.map((i) => ({ number: i.number, name: i.name, location: i.location })),
  }
  const halfText = half === 1 ? 'ครึ่งปีแรก (ตุลาคม – มีนาคม)' : 'ครึ่งปีหลัง (เมษายน – กันยายน)'
  return memoToDocx({
    department: m.agency.name_th,
    reference: '........................',
    date: todayInBangkok(now),
    subject: `รายงานผลการติดตามการใช้ทรัพย์สินของทางราชการ ${halfText} ปีงบประมาณ ${n(fiscalYear)}`,
    to: 'หัวหน้าส่วนราชการ',
    paragraphs: [
      'ตามมาตรการป้องกันกรณีการใช้ทรัพย์สินของทางราชการ กำหนดให้กำกับ ดูแล และตรวจสอบการใช้ทรัพย์สินของราชการเพื่อป้องกันการนำไปใช้ประโยชน์ส่วนตัว กลุ่ม หรือพวกพ้อง และติดตามผลอย่างน้อยปีละ ๒ ครั้ง นั้น',
      `ใน${halfText} ปีงบประมาณ ${n(fiscalYear)} มีการยืมทรัพย์สิน ${n(m.borrowings.length)} ครั้ง คืนล่าช้าหรือยังไม่คืนเมื่อครบกำหนด ${n(m.lateReturns.length)} ครั้ง พบความชำรุดเสียหายเมื่อรับคืน ${n(m.damaged.length)} ครั้ง และมีทรัพย์สินที่ไม่มีการใช้ในช่วงนี้ ${n(m.unused.length)} รายการ จากทั้งหมด ${n(m.items.length)} รายการ รายละเอียดตามตารางท้ายบันทึกนี้`,
    ],
    tables: [borrowings, unused],
    closing: ['จึงเรียนมาเพื่อโปรดทราบ'],
    signature: { name: by, position: 'ผู้รับผิดชอบทะเบียนทรัพย์สิน', date: todayInBangkok(now) },
    options,
  })
}
