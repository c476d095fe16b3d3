import type { MaybeActor } from '../platform/auth/actor.ts'
import type { Bilingual } from '../platform/i18n/locale.ts'
import type { Role } from '../platform/auth/roles.ts'

/** Where an entry is listed on the staff home; the header shows only the `inHeader` ones. */
export type NavGroup = 'agency' | 'oversight' | 'admin' | 'account'
/** `short` is the header's word for it: the header must stay on one line at 1280 px whatever the roles. */
export type NavItem = { href: string; label: Bilingual; short?: Bilingual; id: string; group: NavGroup; inHeader: boolean }

export const NAV_GROUPS: readonly { group: NavGroup; label: Bilingual }[] = [
  { group: 'agency', label: { th: 'งานของหน่วยงาน', en: 'Your agency’s work' } },
  { group: 'oversight', label: { th: 'การกำกับติดตาม', en: 'Oversight' } },
  { group: 'admin', label: { th: 'การดูแลระบบ', en: 'Administration' } },
  { group: 'account', label: { th: 'บัญชี', en: 'Account' } },
]

/** Header words for the entries whose full name is too long for a one-line header. */
const SHORT: Record<string, Bilingual> = {
  dashboard: { th: 'งานของฉัน', en: 'My work' },
  'oversight-reports': { th: 'การรายงาน', en: 'Reporting' },
  reports: { th: 'รายงานจังหวัด', en: 'Province reports' },
  portal: { th: 'เปิดเผยข้อมูล', en: 'Portal' },
  'ita-results': { th: 'ผล ITA', en: 'ITA' },
  oit: { th: 'OIT', en: 'OIT' },
  'oversight-oit': { th: 'OIT', en: 'OIT' },
  account: { th: 'บัญชี', en: 'Account' },
}

/**
 * Everything a signed-in person may open, from their roles. The staff home lists all of it by
 * group; the header keeps to the few pages people use every day, so it fits a phone.
 */
export function staffMenu(actor: MaybeActor): NavItem[] {
  if (!actor) return []
  const roles = new Set<Role>(actor.memberships.map((m) => m.role))
  const has = (...rs: Role[]) => rs.some((r) => roles.has(r))
  const admin = actor.isPlatformAdmin
  const items: NavItem[] = [{ id: 'dashboard', href: '/staff', label: { th: 'หน้าหลักเจ้าหน้าที่', en: 'Staff home' }, short: SHORT.dashboard, group: 'account', inHeader: true }]
  const add = (id: string, href: string, label: Bilingual, group: NavGroup, inHeader = false) => items.push({ id, href, label, group, inHeader, ...(SHORT[id] ? { short: SHORT[id] } : {}) })

  if (has('oversight') || admin) add('oversight', '/staff/oversight', { th: 'หน่วยงานในกำกับ', en: 'Agencies overseen' }, 'oversight', true)
  if (has('head')) add('role-approvals', '/staff/role-approvals', { th: 'คำขออนุมัติบทบาท', en: 'Roles waiting for approval' }, 'admin')
  if (has('oversight')) add('oversight-reports', '/staff/oversight/reports', { th: 'การรายงานของหน่วยงาน', en: 'Agency reporting' }, 'oversight', true)
  if (has('oversight')) add('oversight-announcements', '/staff/oversight/announcements', { th: 'ประกาศมาตรการ', en: 'Announcements of measures' }, 'oversight')
  if (has('oversight')) add('oversight-honour-roll', '/staff/oversight/honour-roll', { th: 'ทำเนียบผู้ได้รับการยกย่องของหน่วยงาน', en: 'Agencies’ honour rolls' }, 'oversight')
  if (has('ita_coordinator', 'head', 'officer', 'admin')) add('announcements', '/staff/announcements', { th: 'ประกาศจากจังหวัด', en: 'Announcements from the province' }, 'agency')
  if (has('ita_coordinator', 'head', 'officer', 'admin')) add('reports', '/staff/reports', { th: 'รายงานต่อจังหวัด', en: 'Reports to the province' }, 'agency', has('ita_coordinator', 'head'))
  if (has('ita_coordinator', 'head', 'officer', 'admin')) add('honour-roll', '/staff/honour-roll', { th: 'ทำเนียบผู้ได้รับการยกย่องด้านคุณธรรม', en: 'Honour roll for integrity' }, 'agency')
  if (has('complaint_officer', 'head')) add('complaints', '/staff/complaints', { th: 'เรื่องร้องเรียน', en: 'Complaints' }, 'agency', true)
  if (has('officer', 'ita_coordinator', 'admin', 'head') || admin) add('portal', '/staff/portal', { th: 'เว็บไซต์เปิดเผยข้อมูล', en: 'Disclosure portal' }, 'agency', true)
  if (has('officer', 'admin', 'head') || admin) add('services', '/staff/services', { th: 'งานบริการและคู่มือประชาชน', en: 'Services and manuals' }, 'agency')
  if (has('officer', 'admin', 'head')) add('service-requests', '/staff/service-requests', { th: 'คำขอรับบริการ', en: 'Service requests' }, 'agency')
  if (has('officer', 'admin', 'head') || admin) add('executives', '/staff/executives', { th: 'ผู้บริหารของหน่วยงาน', en: 'Executives' }, 'agency')
  if (has('officer', 'ita_coordinator', 'admin', 'head') || admin) add('budget', '/staff/budget', { th: 'แผนและผลการใช้จ่ายงบประมาณ', en: 'Budget spending' }, 'agency')
  if (has('officer', 'ita_coordinator', 'admin', 'head') || admin) add('development-plan', '/staff/development-plan', { th: 'แผนพัฒนาท้องถิ่น', en: 'Development plan' }, 'agency')
  if (has('officer', 'ita_coordinator', 'admin', 'head', 'committee') || admin) add('performance-evaluation', '/staff/performance-evaluation', { th: 'การประเมินผลการปฏิบัติราชการ 4 มิติ', en: 'Four-dimension evaluation' }, 'agency', has('committee'))
  if (has('procurement_officer', 'admin', 'head') || admin) add('procurement', '/staff/procurement', { th: 'การจัดซื้อจัดจ้าง', en: 'Procurement' }, 'agency', has('procurement_officer'))
  if (has('oversight') || admin) {
    add('ita-results', '/staff/ita/results', { th: 'ผลการประเมิน ITA', en: 'ITA results' }, 'oversight', true)
  } else if (has('ita_coordinator', 'head', 'admin')) {
    add('ita-results', '/staff/ita/agencies', { th: 'ผลการประเมิน ITA และแผนมาตรการ', en: 'ITA results and plan' }, 'agency', true)
  }
  if (has('ita_coordinator', 'head', 'admin', 'officer')) add('oit', '/staff/oit', { th: 'รายการ OIT', en: 'OIT checklist' }, 'agency', true)
  if (has('ita_coordinator', 'head', 'admin', 'officer')) add('surveys', '/staff/surveys', { th: 'แบบสำรวจและการประเมินตนเอง', en: 'Surveys and self-assessment' }, 'agency')
  if (has('oversight') || admin) add('ita-measures', '/staff/ita/measures', { th: 'คลังมาตรการ ITA', en: 'ITA measure library' }, 'oversight')
  if (has('oversight') || admin) add('oversight-oit', '/staff/oversight/oit', { th: 'ความครบถ้วน OIT', en: 'OIT completeness' }, 'oversight', true)
  if (has('officer', 'admin', 'head')) add('webboard', '/staff/webboard', { th: 'เว็บบอร์ดถาม–ตอบ', en: 'Webboard' }, 'agency')
  if (has('officer', 'head', 'complaint_officer')) add('comments', '/staff/comments', { th: 'กล่องแสดงความคิดเห็น', en: 'Comment box' }, 'agency')
  if (has('officer', 'admin', 'head')) add('consultations', '/staff/consultations', { th: 'การมีส่วนร่วมของประชาชน', en: 'Public participation' }, 'agency')
  if (has('officer', 'admin', 'head')) add('information-requests', '/staff/information-requests', { th: 'คำขอข้อมูลข่าวสาร', en: 'Information requests' }, 'agency')
  if (actor.memberships.length > 0) add('incidents', '/staff/incidents', { th: 'เหตุการณ์ข้อมูลบิดเบือน', en: 'Content incidents' }, 'agency')
  if (actor.memberships.some((m) => m.role !== 'oversight' && m.role !== 'committee')) add('conflict', '/staff/conflict', { th: 'ผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้าง', en: 'Conflicts of interest in procurement' }, 'agency')
  if (actor.memberships.some((m) => m.role !== 'oversight' && m.role !== 'committee')) add('gifts', '/staff/gifts', { th: 'ของขวัญและการรับบริจาค', en: 'Gifts and donations' }, 'agency')
  if (actor.memberships.some((m) => m.role !== 'oversight' && m.role !== 'committee')) add('property', '/staff/property', { th: 'ทรัพย์สินและการยืม', en: 'Property and borrowing' }, 'agency')
  if (actor.memberships.some((m) => m.role !== 'oversight')) add('meetings', '/staff/meetings', { th: 'การประชุมและการแจ้งส่วนได้เสีย', en: 'Meetings and interests' }, 'agency')
  if (has('officer', 'ita_coordinator', 'head', 'admin')) add('risks', '/staff/risks', { th: 'ความเสี่ยงการทุจริตและการควบคุมภายใน', en: 'Corruption risks and internal control' }, 'agency')
  if (actor.memberships.some((m) => m.role !== 'oversight' && m.role !== 'committee')) add('outside-manual', '/staff/risks/outside-manual', { th: 'รายงานการปฏิบัติงานนอกคู่มือ', en: 'Work outside the manual' }, 'agency')
  if (has('head', 'admin')) add('delegations', '/staff/delegations', { th: 'การมอบอำนาจและผู้รักษาราชการแทน', en: 'Delegations and acting officials' }, 'agency')
  if (actor.memberships.some((m) => m.role !== 'oversight' && m.role !== 'committee')) add('fair-authority', '/staff/fair-authority', { th: 'การใช้อำนาจอย่างเป็นธรรม', en: 'Fair use of authority' }, 'agency')
  if (has('oversight') || admin) add('risks-province', '/staff/risks/province', { th: 'ความเสี่ยงการทุจริตของหน่วยงานในกำกับ', en: 'Corruption risks of agencies overseen' }, 'oversight')
  if (actor.memberships.length > 0) add('report', '/staff/report', { th: 'แจ้งเรื่องภายใน', en: 'Report internally' }, 'agency')
  if (admin) add('oit-catalogues', '/admin/oit', { th: 'ชุดเกณฑ์ OIT', en: 'OIT catalogues' }, 'admin')
  if (has('admin') || admin) {
    add('organisations', '/admin/organisations', { th: 'หน่วยงาน', en: 'Organisations' }, 'admin')
    add('users', '/admin/users', { th: 'ผู้ใช้และสิทธิ์', en: 'Users and roles' }, 'admin')
    add('audit', '/admin/audit', { th: 'บันทึกการตรวจสอบ', en: 'Audit trail' }, 'admin')
  }
  if (admin) {
    add('holidays', '/admin/holidays', { th: 'วันหยุดราชการ', en: 'Holidays' }, 'admin')
    add('outbox', '/admin/outbox', { th: 'จดหมายออก', en: 'Outbox' }, 'admin')
  }
  add('account', '/account', { th: 'บัญชีของฉัน', en: 'My account' }, 'account', true)
  return items
}

/** The header's share of the menu: the daily pages; the staff home links the rest. */
export function headerMenu(actor: MaybeActor): NavItem[] {
  return staffMenu(actor).filter((i) => i.inHeader)
}
