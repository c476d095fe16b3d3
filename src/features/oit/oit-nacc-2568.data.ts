/**
 * The NACC OIT list for FY 2568/2569 as ita.md gives it: 26 items "as one assessed agency
 * rendered them, partly unverified". The Thai names are ours. Left open because ita.md does not
 * say: the indicator and sub-indicator of each item (null), what O5, O6 and O7 each are (ita.md
 * has only "plans and reports" for the three; they share that name and an `unstated` data
 * year). Items ita.md marks "(previous FY)" need the previous year's report; the rest need
 * current data, as ita.md says data must be current.
 */
import type { OitItem } from './oit-catalogue.domain.ts'
import {
  CITIZEN_MANUAL_ELEMENTS_2568,
  COMPLAINT_GUIDELINE_ELEMENTS,
  COMPLAINT_STATISTICS_ELEMENTS,
  EXECUTIVE_ELEMENTS,
  itemsOf,
  PROCUREMENT_SUMMARY_ELEMENTS,
} from './oit-elements.data.ts'

const PLANS_AND_REPORTS = {
  th: 'แผนและรายงาน',
  en: 'Plans and reports (ita.md does not say which)',
  dataYear: 'unstated',
} as const

export const NACC_ITEMS_2568_2569: readonly OitItem[] = itemsOf(null, null, 'current', [
  { code: 'O1', th: 'โครงสร้างและอำนาจหน้าที่', en: 'Structure and authority', elements: ['โครงสร้างหน่วยงาน', 'อำนาจหน้าที่'] },
  { code: 'O2', th: 'ข้อมูลผู้บริหาร', en: 'Executives', elements: EXECUTIVE_ELEMENTS },
  { code: 'O3', th: 'ช่องทางการติดต่อและสอบถาม', en: 'Contact and enquiry channels' },
  { code: 'O4', th: 'ข่าวประชาสัมพันธ์', en: 'News' },
  { code: 'O5', ...PLANS_AND_REPORTS },
  { code: 'O6', ...PLANS_AND_REPORTS },
  { code: 'O7', ...PLANS_AND_REPORTS },
  { code: 'O8', th: 'คู่มือหรือมาตรฐานการปฏิบัติงาน', en: 'Officer manual' },
  {
    code: 'O9',
    th: 'คู่มือหรือมาตรฐานการให้บริการประชาชน',
    en: 'Citizen service manual',
    elements: CITIZEN_MANUAL_ELEMENTS_2568,
  },
  { code: 'O10', th: 'การให้บริการ e-Service', en: 'E-service' },
  {
    code: 'O11',
    th: 'สรุปผลการจัดซื้อจัดจ้างรายเดือน',
    en: 'Monthly procurement summary',
    elements: PROCUREMENT_SUMMARY_ELEMENTS,
  },
  { code: 'O12', th: 'รายงานผลการจัดซื้อจัดจ้างประจำปี', en: 'Annual procurement report', dataYear: 'previous' },
  { code: 'O13', th: 'หลักเกณฑ์และแผนการบริหารทรัพยากรบุคคล', en: 'HR criteria and plan' },
  { code: 'O14', th: 'รายงานผลการบริหารทรัพยากรบุคคลประจำปี', en: 'HR report', dataYear: 'previous' },
  { code: 'O15', th: 'ประมวลจริยธรรม', en: 'Code of ethics' },
  { code: 'O16', th: 'แนวปฏิบัติการจัดการเรื่องร้องเรียน', en: 'Complaint guideline', elements: COMPLAINT_GUIDELINE_ELEMENTS },
  {
    code: 'O17',
    th: 'ช่องทางแจ้งเรื่องร้องเรียน',
    en: 'Complaint channel',
    elements: ['ช่องทางร้องเรียนของหน่วยงานเอง', 'ช่องทางร้องเรียนระดับประเทศ'],
  },
  { code: 'O18', th: 'ข้อมูลเชิงสถิติเรื่องร้องเรียน', en: 'Complaint statistics', elements: COMPLAINT_STATISTICS_ELEMENTS },
  { code: 'O19', th: 'ผลการเปิดโอกาสให้เกิดการมีส่วนร่วม', en: 'Participation results' },
  {
    code: 'O20',
    th: 'นโยบายไม่รับของขวัญ (No Gift Policy)',
    en: 'No Gift policy and lawful-gift rules',
    elements: ['นโยบายไม่รับของขวัญและของกำนัลทุกชนิด (No Gift Policy)', 'หลักเกณฑ์การรับของขวัญที่ชอบด้วยกฎหมาย'],
  },
  { code: 'O21', th: 'การประเมินความเสี่ยงการทุจริต', en: 'Corruption-risk assessment' },
  { code: 'O22', th: 'รายงานผลการดำเนินการตามแผนบริหารความเสี่ยงการทุจริต', en: 'Risk-plan report', dataYear: 'previous' },
  { code: 'O23', th: 'แผนปฏิบัติการป้องกันการทุจริต', en: 'Prevention action plan' },
  { code: 'O24', th: 'รายงานผลการดำเนินการป้องกันการทุจริต', en: 'Prevention plan report', dataYear: 'previous' },
  { code: 'O25', th: 'การนำผลการประเมิน ITA ไปปรับปรุงการดำเนินงาน', en: 'Using ITA results to improve' },
  {
    code: 'O26',
    th: 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    en: 'Report on internal integrity measures',
  },
])
