/**
 * The NACC OIT list for FY 2562–2565 exactly as ita.md gives it: 43 items, indicator 9 in five
 * sub-groups and indicator 10 without sub-groups. ita.md gives English descriptions only; the
 * Thai names are ours. Left open because ita.md does not say: which items need current- or
 * previous-year data (all `unstated`), the names of the four HR items O25–O28 (one shared name in
 * ita.md; named here as the NACC manuals word them, not verified against a published copy),
 * and indicator 10's sub-groups.
 */
import type { OitGroup, OitItem } from './oit-catalogue.domain.ts'
import {
  COMPLAINT_GUIDELINE_ELEMENTS,
  COMPLAINT_STATISTICS_ELEMENTS,
  DISCLOSURE,
  EXECUTIVE_ELEMENTS,
  FACILITATION_ACT_MANUAL_ELEMENTS,
  itemsOf,
  PREVENTION,
  PROCUREMENT_PLAN_ELEMENTS,
  PROCUREMENT_PLAN_WINDOW,
  PROCUREMENT_SUMMARY_ELEMENTS,
} from './oit-elements.data.ts'

const BASIC: OitGroup = { code: '9.1', th: 'ข้อมูลพื้นฐาน', en: 'Basic data' }
const ADMINISTRATION: OitGroup = { code: '9.2', th: 'การบริหารงาน', en: 'Administration' }
const BUDGET: OitGroup = { code: '9.3', th: 'การบริหารเงินงบประมาณ', en: 'Budget' }
const HR: OitGroup = { code: '9.4', th: 'การบริหารและพัฒนาทรัพยากรบุคคล', en: 'Human resources' }
const TRANSPARENCY: OitGroup = { code: '9.5', th: 'การส่งเสริมความโปร่งใส', en: 'Transparency' }


export const NACC_ITEMS_2562_2565: readonly OitItem[] = [
  ...itemsOf(DISCLOSURE, BASIC, 'unstated', [
    { code: 'O1', th: 'โครงสร้าง', en: 'Structure' },
    { code: 'O2', th: 'ข้อมูลผู้บริหาร', en: 'Executives', elements: EXECUTIVE_ELEMENTS },
    { code: 'O3', th: 'อำนาจหน้าที่', en: 'Authority and duties' },
    { code: 'O4', th: 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', en: 'Strategic plan' },
    { code: 'O5', th: 'ข้อมูลการติดต่อ', en: 'Contact' },
    { code: 'O6', th: 'กฎหมายที่เกี่ยวข้อง', en: 'Laws' },
    { code: 'O7', th: 'ข่าวประชาสัมพันธ์', en: 'News' },
    { code: 'O8', th: 'Q&A (ถาม–ตอบ)', en: 'Q&A' },
    { code: 'O9', th: 'Social Network', en: 'Social network' },
  ]),
  ...itemsOf(DISCLOSURE, ADMINISTRATION, 'unstated', [
    { code: 'O10', th: 'แผนดำเนินงานประจำปี', en: 'Annual plan' },
    { code: 'O11', th: 'รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน', en: '6-month report' },
    { code: 'O12', th: 'รายงานผลการดำเนินงานประจำปี', en: 'Annual report' },
    { code: 'O13', th: 'คู่มือหรือมาตรฐานการปฏิบัติงาน', en: 'Officer manual' },
    { code: 'O14', th: 'คู่มือหรือมาตรฐานการให้บริการ', en: 'Service manual', elements: FACILITATION_ACT_MANUAL_ELEMENTS },
    { code: 'O15', th: 'ข้อมูลเชิงสถิติการให้บริการ', en: 'Service statistics' },
    { code: 'O16', th: 'รายงานผลการสำรวจความพึงพอใจการให้บริการ', en: 'Satisfaction survey' },
    { code: 'O17', th: 'E-Service', en: 'E-service' },
  ]),
  ...itemsOf(DISCLOSURE, BUDGET, 'unstated', [
    { code: 'O18', th: 'แผนการใช้จ่ายงบประมาณประจำปี', en: 'Spending plan' },
    { code: 'O19', th: 'รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ 6 เดือน', en: '6-month spending report' },
    { code: 'O20', th: 'รายงานผลการใช้จ่ายงบประมาณประจำปี', en: 'Annual spending report' },
    {
      code: 'O21',
      th: 'แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ',
      en: 'Procurement plan',
      elements: PROCUREMENT_PLAN_ELEMENTS,
      window: PROCUREMENT_PLAN_WINDOW,
    },
    { code: 'O22', th: 'ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ', en: 'Procurement announcements' },
    {
      code: 'O23',
      th: 'สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน',
      en: 'Monthly procurement summary',
      elements: PROCUREMENT_SUMMARY_ELEMENTS,
    },
    { code: 'O24', th: 'รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี', en: 'Annual procurement report' },
  ]),
  ...itemsOf(DISCLOSURE, HR, 'unstated', [
    // Names as the NACC manuals of those years word them; ita.md gives one shared name (not verified).
    { code: 'O25', th: 'นโยบายการบริหารทรัพยากรบุคคล', en: 'HR management policy' },
    { code: 'O26', th: 'การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล', en: 'Carrying out the HR policy' },
    { code: 'O27', th: 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', en: 'HR management and development criteria' },
    { code: 'O28', th: 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', en: 'Annual HR management and development report' },
  ]),
  ...itemsOf(DISCLOSURE, TRANSPARENCY, 'unstated', [
    { code: 'O29', th: 'แนวปฏิบัติการจัดการเรื่องร้องเรียน', en: 'Complaint guideline', elements: COMPLAINT_GUIDELINE_ELEMENTS },
    {
      code: 'O30',
      th: 'ช่องทางแจ้งเรื่องร้องเรียน',
      en: 'Complaint channel',
      elements: ['ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบบนเว็บไซต์หลักของหน่วยงาน'],
    },
    { code: 'O31', th: 'ข้อมูลเชิงสถิติเรื่องร้องเรียน', en: 'Complaint statistics', elements: COMPLAINT_STATISTICS_ELEMENTS },
    { code: 'O32', th: 'ช่องทางการรับฟังความคิดเห็น', en: 'Feedback channel' },
    { code: 'O33', th: 'การเปิดโอกาสให้เกิดการมีส่วนร่วม', en: 'Participation' },
  ]),
  ...itemsOf(PREVENTION, null, 'unstated', [
    { code: 'O34', th: 'เจตจำนงสุจริตของผู้บริหาร', en: 'Integrity intent of executives' },
    { code: 'O35', th: 'การมีส่วนร่วมของผู้บริหาร', en: 'Executive participation' },
    { code: 'O36', th: 'การประเมินความเสี่ยงการทุจริตประจำปี', en: 'Annual corruption-risk assessment' },
    { code: 'O37', th: 'การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต', en: 'Risk actions' },
    { code: 'O38', th: 'การเสริมสร้างวัฒนธรรมองค์กร', en: 'Organisational culture' },
    { code: 'O39', th: 'แผนปฏิบัติการป้องกันการทุจริต', en: 'Prevention plan' },
    { code: 'O40', th: 'รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ 6 เดือน', en: 'Prevention plan 6-month report' },
    { code: 'O41', th: 'รายงานผลการดำเนินการป้องกันการทุจริตประจำปี', en: 'Prevention plan annual report' },
    { code: 'O42', th: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', en: 'Internal integrity measures' },
    {
      code: 'O43',
      th: 'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
      en: 'Implementation of internal integrity measures',
    },
  ]),
]
