import type { ExportTable } from '../../src/platform/exports/index.ts'
import { isoDate } from '../../src/platform/thai-calendar/index.ts'

/**
 * A village-budget table that exercises every column type, Thai text with stacked vowels
 * and tone marks, a multi-line cell, characters CSV must quote and a formula-looking cell.
 * Long enough (40 rows) to run over a page, so the repeated header row can be checked.
 */
export const PROJECT_NAMES = ['ซ่อมแซมถนนคอนกรีตเสริมเหล็ก', 'ขุดลอกคลองส่งน้ำ', 'ติดตั้งไฟฟ้าส่องสว่างทางสาธารณะ', 'ก่อสร้างรางระบายน้ำ']

export function budgetTable(options: ExportTable['options'], rowCount = 40): ExportTable {
  const rows = Array.from({ length: rowCount }, (_, i) => ({
    no: i + 1,
    name: i === 2 ? '=HYPERLINK("http://evil.example","คลิก")' : i === 3 ? 'ค่าวัสดุ, ค่าแรง "รวม"' : `${PROJECT_NAMES[i % PROJECT_NAMES.length]} หมู่ที่ ${(i % 9) + 1}`,
    budget: 1234567.891 + i * 1000,
    households: 120 + i,
    share: 0.125,
    approved: isoDate('2026-11-22'),
    recorded: new Date('2026-11-22T07:05:00Z'),
    note: i === 0 ? 'ผู้ใหญ่บ้านน้ำใสรับรอง\nบรรทัดที่สอง' : i === 5 ? '-2+3' : null,
  }))
  return {
    title: { th: 'รายงานงบประมาณโครงการพัฒนาหมู่บ้าน', en: 'Village development budget' },
    subtitle: { th: 'ปีงบประมาณ พ.ศ. ๒๕๗๐', en: 'Fiscal year 2570' },
    organisation: { name: 'เทศบาลตำบลเวียงทอง', address: '99 หมู่ 1 ตำบลเวียงทอง อำเภอเมือง จังหวัดสุวรรณภูมิ 99000' },
    columns: [
      { key: 'no', header: { th: 'ลำดับ', en: 'No.' }, type: 'integer' },
      { key: 'name', header: { th: 'ชื่อโครงการ', en: 'Project' }, type: 'text' },
      { key: 'budget', header: { th: 'งบประมาณ (บาท)', en: 'Budget (baht)' }, type: 'money' },
      { key: 'households', header: { th: 'ครัวเรือน', en: 'Households' }, type: 'integer' },
      { key: 'share', header: { th: 'สัดส่วน', en: 'Share' }, type: 'percent' },
      { key: 'approved', header: { th: 'วันที่อนุมัติ', en: 'Approved' }, type: 'date' },
      { key: 'recorded', header: { th: 'บันทึกเมื่อ', en: 'Recorded' }, type: 'datetime' },
      { key: 'note', header: { th: 'หมายเหตุ', en: 'Note' }, type: 'text' },
    ],
    rows,
    notes: [{ th: 'หมายเหตุ: ข้อมูล ณ วันที่ออกรายงาน', en: 'Note: figures as of the report date' }],
    signature: { name: 'นายวิรัช ระบบดี', position: 'นักวิชาการคอมพิวเตอร์', date: isoDate('2026-11-22') },
    options,
  }
}
