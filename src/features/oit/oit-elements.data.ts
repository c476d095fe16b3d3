/**
 * Element checklists shared by the built-in NACC lists. Each list cites where it comes from;
 * an item whose source names no elements gets a single "published on the main website" line,
 * which is all ita.md asks of every item (the URL on the agency's main website).
 */
import type { DataYear, OitGroup, OitItem, PublicationWindow } from './oit-catalogue.domain.ts'

export const DISCLOSURE: OitGroup = { code: '9', th: 'การเปิดเผยข้อมูล', en: 'Information disclosure' }
export const PREVENTION: OitGroup = { code: '10', th: 'การป้องกันการทุจริต', en: 'Corruption prevention' }

/** Form สขร.1 columns (Official Information Act 2540 s.9; ita.md "Laws"). */
export const PROCUREMENT_SUMMARY_ELEMENTS: readonly string[] = [
  'สรุปผลการจัดซื้อจัดจ้างเป็นรายเดือนตามแบบ สขร.1',
  'ลำดับที่',
  'งานที่จัดซื้อหรือจัดจ้าง',
  'วงเงินที่จะซื้อหรือจ้าง',
  'ราคากลาง',
  'วิธีซื้อหรือจ้าง',
  'รายชื่อผู้เสนอราคาและราคาที่เสนอ',
  'ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง',
  'เหตุผลที่คัดเลือกโดยสังเขป',
  'เลขที่และวันที่ของสัญญาหรือข้อตกลง',
]

/** Public Procurement Act 2560 s.11 plan columns and the dates ITA evidence shows (ita.md). */
export const PROCUREMENT_PLAN_ELEMENTS: readonly string[] = [
  'ลำดับที่',
  'เลขที่โครงการในแผนการจัดซื้อจัดจ้าง (ระบบ e-GP)',
  'ชื่อโครงการ',
  'วงเงินงบประมาณ (บาท)',
  'ช่วงเดือนที่คาดว่าจะประกาศจัดซื้อจัดจ้าง',
  'วันที่ได้รับจัดสรรงบประมาณและวันที่เผยแพร่แผน',
]

export const PROCUREMENT_PLAN_WINDOW: PublicationWindow = {
  maxBusinessDays: 30,
  after: { th: 'วันที่ได้รับจัดสรรงบประมาณ', en: 'the day the budget is allocated' },
}

/** Facilitation of Licensing Act 2558 s.7 (ita.md "Laws"). */
export const FACILITATION_ACT_MANUAL_ELEMENTS: readonly string[] = [
  'หลักเกณฑ์ วิธีการ และเงื่อนไขของแต่ละงานบริการ',
  'ขั้นตอนและระยะเวลาของแต่ละขั้นตอน',
  'รายการเอกสารที่ผู้ขอต้องยื่นอย่างครบถ้วน',
]

/** FY 2568/2569 O9, as ita.md words it: each service, with "none" said explicitly. */
export const CITIZEN_MANUAL_ELEMENTS_2568: readonly string[] = [
  'ชื่องานบริการ (ทุกงานบริการ)',
  'ขั้นตอนการให้บริการ',
  'ระยะเวลาการให้บริการ',
  'ช่องทางการให้บริการ',
  'ค่าธรรมเนียม (หากไม่มี ให้ระบุว่า "ไม่มีค่าธรรมเนียม")',
  'เอกสารที่ต้องใช้ (หากไม่มี ให้ระบุว่า "ไม่มี")',
]

/** Seed 003 m5.2. */
export const COMPLAINT_GUIDELINE_ELEMENTS: readonly string[] = [
  'วิธีการที่บุคคลภายนอกจะร้องเรียน',
  'ขั้นตอนหรือวิธีการจัดการเรื่องร้องเรียน',
  'ส่วนงานที่รับผิดชอบ',
  'ระยะเวลาดำเนินการ',
]

/** ita.md "Laws: complaints" and seed 003 m5.5 ("publish that there were none"). */
export const COMPLAINT_STATISTICS_ELEMENTS: readonly string[] = [
  'จำนวนเรื่องร้องเรียนทั้งหมด',
  'จำนวนเรื่องที่ดำเนินการแล้วเสร็จ (จำนวนและร้อยละ)',
  'จำนวนเรื่องที่อยู่ระหว่างดำเนินการ (จำนวนและร้อยละ)',
  'แยกตามช่วงเวลา (รอบ 6 เดือนและรอบปี)',
  'ประเภทเรื่องที่ถูกร้องเรียนมากที่สุด',
  'หากไม่มีเรื่องร้องเรียน ให้ระบุอย่างชัดแจ้งว่าไม่มีเรื่องร้องเรียน',
]

/** Issue 5's portal list: names, positions, photos, contacts. */
export const EXECUTIVE_ELEMENTS: readonly string[] = ['ชื่อ–นามสกุลผู้บริหาร', 'ตำแหน่ง', 'รูปถ่าย', 'ช่องทางการติดต่อ']

export interface ItemSpec {
  readonly code: string
  readonly th: string
  readonly en: string
  readonly elements?: readonly string[]
  readonly dataYear?: DataYear
  readonly window?: PublicationWindow
}

/** Builds items of one group; `dataYear` is the default for items that do not set their own. */
export function itemsOf(
  indicator: OitGroup | null,
  subIndicator: OitGroup | null,
  dataYear: DataYear,
  specs: readonly ItemSpec[],
): OitItem[] {
  return specs.map((spec) => ({
    code: spec.code,
    nameTh: spec.th,
    nameEn: spec.en,
    indicator,
    subIndicator,
    elements: spec.elements ?? [`เผยแพร่${spec.th}บนเว็บไซต์หลักของหน่วยงาน`],
    dataYear: spec.dataYear ?? dataYear,
    publicationWindow: spec.window ?? null,
  }))
}
