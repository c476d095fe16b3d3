import type { Bilingual } from '../../platform/i18n/locale.ts'

/**
 * What an agency's portal holds: the disclosures the seeds (000 §1–2, 002 m2, 003, 004 §1) and the
 * OIT lists (ita.md) ask for, as a fixed list of sections. A section's key starts every item key
 * of the section (`news-12`) and so is part of public addresses: never rename one.
 *
 * `yearly` sections hold material of one fiscal year (plans, reports, budgets): the year is
 * required and an item of an earlier year is flagged as stale. `previousYearCurrent` marks those
 * whose report is about the year that has just ended (the OIT asks for the previous year's report).
 */
export type PortalSection = {
  key: string
  name: Bilingual
  description: Bilingual
  yearly: boolean
  previousYearCurrent?: boolean
}

export const PORTAL_SECTIONS = [
  {
    key: 'structure',
    name: { th: 'โครงสร้างและผู้บริหาร', en: 'Structure and executives' },
    description: { th: 'แผนผังโครงสร้างหน่วยงาน รายชื่อ ตำแหน่ง รูปถ่าย และช่องทางติดต่อผู้บริหาร', en: 'Organisation chart; executives’ names, positions, photos and contacts' },
    yearly: false,
  },
  {
    key: 'authority',
    name: { th: 'อำนาจหน้าที่', en: 'Authority and duties' },
    description: { th: 'อำนาจหน้าที่ของหน่วยงานตามกฎหมาย', en: 'What the law empowers and requires the agency to do' },
    yearly: false,
  },
  {
    key: 'contact',
    name: { th: 'ข้อมูลการติดต่อและช่องทางสอบถาม', en: 'Contacts and enquiry channels' },
    description: { th: 'ที่อยู่ โทรศัพท์ อีเมล แผนที่ และช่องทางถาม–ตอบ', en: 'Address, telephone, e-mail, map and question-and-answer channels' },
    yearly: false,
  },
  {
    key: 'laws',
    name: { th: 'กฎหมายและระเบียบที่เกี่ยวข้อง', en: 'Laws and regulations' },
    description: { th: 'กฎหมาย ระเบียบ ข้อบังคับ และประกาศที่ใช้ในการปฏิบัติงาน', en: 'Laws, regulations, by-laws and announcements the agency works under' },
    yearly: false,
  },
  {
    key: 'news',
    name: { th: 'ข่าวประชาสัมพันธ์', en: 'News' },
    description: { th: 'ข่าวและประกาศของหน่วยงาน', en: 'The agency’s news and announcements' },
    yearly: true,
  },
  {
    key: 'plans',
    name: { th: 'แผนยุทธศาสตร์ แผนพัฒนา และแผนดำเนินงานประจำปี', en: 'Strategic, development and annual action plans' },
    description: { th: 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน และแผนดำเนินงานประจำปี', en: 'The strategic or development plan and the annual action plan' },
    yearly: true,
  },
  {
    key: 'reports',
    name: { th: 'รายงานผลการดำเนินงาน', en: 'Performance reports' },
    description: { th: 'รายงานการกำกับติดตามรอบ 6 เดือน และรายงานผลการดำเนินงานประจำปี', en: 'The 6-month monitoring report and the annual performance report' },
    yearly: true,
    previousYearCurrent: true,
  },
  {
    key: 'budget',
    name: { th: 'แผนการใช้จ่ายงบประมาณและผลการใช้จ่าย', en: 'Budget spending plan and results' },
    description: { th: 'แผนการใช้จ่ายงบประมาณประจำปี และรายงานผลการใช้จ่ายงบประมาณ', en: 'The annual spending plan and reports on what was spent' },
    yearly: true,
  },
  {
    key: 'procurement-plan',
    name: { th: 'แผนการจัดซื้อจัดจ้าง', en: 'Procurement plan' },
    description: { th: 'แผนการจัดซื้อจัดจ้างประจำปี พร้อมวันที่ได้รับจัดสรรงบประมาณและวันที่เผยแพร่', en: 'The annual procurement plan, with the dates the budget was allocated and the plan published' },
    yearly: true,
  },
  {
    key: 'procurement-summary',
    name: { th: 'สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)', en: 'Monthly procurement summaries (Sor Kor Ror 1)' },
    description: { th: 'แบบสรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน และรายงานผลประจำปี', en: 'The monthly summary of procurement (form สขร.1) and the annual procurement report' },
    yearly: true,
    previousYearCurrent: true,
  },
  {
    key: 'officer-manuals',
    name: { th: 'คู่มือหรือมาตรฐานการปฏิบัติงาน', en: 'Officer work manuals' },
    description: { th: 'คู่มือการปฏิบัติงานของเจ้าหน้าที่ในแต่ละภารกิจ', en: 'How officers carry out each of the agency’s tasks' },
    yearly: false,
  },
  {
    key: 'service-manuals',
    name: { th: 'คู่มือหรือมาตรฐานการให้บริการ', en: 'Citizen service manuals' },
    description: { th: 'คู่มือสำหรับประชาชน: ขั้นตอน ระยะเวลา ค่าธรรมเนียม และเอกสารที่ต้องใช้', en: 'Manuals for citizens: steps, time, fees and the documents needed' },
    yearly: false,
  },
  {
    key: 'hr',
    name: { th: 'การบริหารและพัฒนาทรัพยากรบุคคล', en: 'HR policy and reports' },
    description: { th: 'นโยบาย หลักเกณฑ์ แผน และรายงานผลการบริหารและพัฒนาทรัพยากรบุคคล', en: 'Human-resources policy, criteria, plan and reports' },
    yearly: true,
    previousYearCurrent: true,
  },
  {
    key: 'ethics',
    name: { th: 'ประมวลจริยธรรม', en: 'Code of ethics' },
    description: { th: 'ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ และการขับเคลื่อนจริยธรรม', en: 'The code of ethics for officials and how it is put into practice' },
    yearly: false,
  },
  {
    key: 'integrity',
    name: { th: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส', en: 'Integrity measures and results' },
    description: { th: 'มาตรการภายในเพื่อป้องกันการทุจริต แผนป้องกันการทุจริต และผลการดำเนินการ', en: 'Internal anti-corruption measures, the prevention plan and their results' },
    yearly: true,
    previousYearCurrent: true,
  },
  {
    key: 'complaints',
    name: { th: 'การจัดการเรื่องร้องเรียนการทุจริต', en: 'Complaint guideline, channel and statistics' },
    description: { th: 'แนวปฏิบัติ ช่องทาง และสถิติเรื่องร้องเรียน', en: 'How complaints are handled, where to make one, and statistics' },
    yearly: false,
  },
  {
    key: 'participation',
    name: { th: 'การเปิดโอกาสให้มีส่วนร่วม', en: 'Participation' },
    description: { th: 'การเปิดโอกาสให้ประชาชนและผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงาน และผลที่ได้', en: 'How the public and stakeholders take part in the agency’s work, and what came of it' },
    yearly: true,
  },
] as const satisfies readonly PortalSection[]

export type PortalSectionKey = (typeof PORTAL_SECTIONS)[number]['key']

const BY_KEY = new Map<string, PortalSection>(PORTAL_SECTIONS.map((s) => [s.key, s]))

export function isPortalSectionKey(value: unknown): value is PortalSectionKey {
  return typeof value === 'string' && BY_KEY.has(value)
}

export function portalSection(key: PortalSectionKey): PortalSection {
  return BY_KEY.get(key)!
}

/** The section of a stored key, or undefined for one this version of the code no longer knows. */
export function findPortalSection(key: string): PortalSection | undefined {
  return BY_KEY.get(key)
}

/**
 * Pages other modules publish that belong in a section: the portal links them beside the
 * section's own items, so an agency never re-types what the platform already holds (a budget
 * table, the procurement summaries, complaint statistics). Each page picks its newest year itself.
 */
export type ModulePage = { path: (slug: string) => string; name: Bilingual }

const MODULE_PAGES: Partial<Record<PortalSectionKey, readonly ModulePage[]>> = {
  structure: [{ path: (s) => `/o/${s}/executives`, name: { th: 'ผู้บริหารและช่องทางติดต่อ', en: 'Executives and their contacts' } }],
  budget: [{ path: (s) => `/o/${s}/budget`, name: { th: 'แผนการใช้จ่ายงบประมาณและผลการใช้จ่าย (ตารางและแผนภาพ)', en: 'Spending plan and results (table and infographic)' } }],
  'procurement-plan': [{ path: (s) => `/o/${s}/procurement`, name: { th: 'แผนการจัดซื้อจัดจ้างประจำปี', en: 'Annual procurement plan' } }],
  'procurement-summary': [{ path: (s) => `/o/${s}/procurement`, name: { th: 'สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) และรายงานประจำปี', en: 'Monthly procurement summaries (Sor Kor Ror 1) and the annual report' } }],
  complaints: [
    { path: (s) => `/o/${s}/complaints`, name: { th: 'แนวปฏิบัติและช่องทางการร้องเรียน', en: 'Complaint guideline and channel' } },
    { path: (s) => `/o/${s}/complaints/statistics`, name: { th: 'สถิติเรื่องร้องเรียน', en: 'Complaint statistics' } },
  ],
  plans: [{ path: (s) => `/o/${s}/development-plan`, name: { th: 'แผนพัฒนาท้องถิ่นและผลการติดตามประเมินผล', en: 'Local development plan and its monitoring' } }],
  reports: [
    { path: (s) => `/o/${s}/performance-evaluation`, name: { th: 'ผลการประเมินผลการปฏิบัติราชการ 4 มิติ', en: 'Four-dimension performance evaluation' } },
    { path: (s) => `/o/${s}/surveys`, name: { th: 'ผลการสำรวจความพึงพอใจ', en: 'Satisfaction survey results' } },
  ],
  // Who may act for whom (004 §4.1): delegation orders and acting appointments in force.
  authority: [{ path: (s) => `/o/${s}/delegations`, name: { th: 'การมอบอำนาจและผู้รักษาราชการแทน', en: 'Delegations and acting officials' } }],
  ethics: [{ path: (s) => `/o/${s}/honour-roll`, name: { th: 'ทำเนียบผู้ได้รับการยกย่องด้านคุณธรรมและความซื่อสัตย์สุจริต', en: 'Honour roll: people commended for integrity' } }],
  'officer-manuals': [{ path: (s) => `/o/${s}/work-standards`, name: { th: 'คู่มือหรือมาตรฐานการปฏิบัติงาน', en: 'Work-standard manuals' } }],
  'service-manuals': [{ path: (s) => `/o/${s}/services`, name: { th: 'คู่มือสำหรับประชาชนและสถิติการให้บริการ', en: 'Service manuals and statistics' } }],
  participation: [
    { path: (s) => `/o/${s}/consultations`, name: { th: 'การรับฟังความคิดเห็นและการมีส่วนร่วม', en: 'Consultations and hearings' } },
    { path: (s) => `/o/${s}/webboard`, name: { th: 'กระดานถาม–ตอบ', en: 'Questions and answers' } },
    { path: (s) => `/o/${s}/comments`, name: { th: 'กล่องแสดงความคิดเห็น (ท่านเสนอ เราปรับปรุง)', en: 'Comment box (you said, we did)' } },
  ],
  // The enquiry channels the contact section describes: the Q&A webboard and the information centre.
  contact: [
    { path: (s) => `/o/${s}/webboard`, name: { th: 'กระดานถาม–ตอบ', en: 'Questions and answers' } },
    { path: (s) => `/o/${s}/information`, name: { th: 'ศูนย์ข้อมูลข่าวสารและการขอข้อมูลข่าวสาร', en: 'Official information centre and requests' } },
  ],
  integrity: [{ path: (s) => `/o/${s}/ita`, name: { th: 'ผลการประเมิน ITA และมาตรการส่งเสริมคุณธรรมและความโปร่งใส', en: 'ITA results and the integrity improvement measures' } }, { path: (s) => `/o/${s}/risks`, name: { th: 'การประเมินความเสี่ยงการทุจริตและมาตรการจัดการ', en: 'Corruption risk assessment and treatments' } }],
}

export function modulePagesOf(key: string): readonly ModulePage[] {
  return isPortalSectionKey(key) ? (MODULE_PAGES[key] ?? []) : []
}
