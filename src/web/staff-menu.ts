import type { MaybeActor } from '../platform/auth/actor.ts'
import type { Bilingual } from '../platform/i18n/locale.ts'
import type { Role } from '../platform/auth/roles.ts'

export type NavItem = { href: string; label: Bilingual; id: string }

/**
 * The staff menu shown to a signed-in person: one entry per thing their roles let
 * them do. Features add their entries here as they are built.
 */
export function staffMenu(actor: MaybeActor): NavItem[] {
  if (!actor) return []
  const roles = new Set<Role>(actor.memberships.map((m) => m.role))
  const items: NavItem[] = [{ id: 'dashboard', href: '/staff', label: { th: 'หน้าหลักเจ้าหน้าที่', en: 'Staff home' } }]
  if (roles.has('oversight') || actor.isPlatformAdmin) {
    items.push({ id: 'oversight', href: '/staff/oversight', label: { th: 'หน่วยงานในกำกับ', en: 'Agencies overseen' } })
  }
  if (roles.has('complaint_officer') || roles.has('head')) {
    items.push({ id: 'complaints', href: '/staff/complaints', label: { th: 'เรื่องร้องเรียน', en: 'Complaints' } })
  }
  if (roles.has('officer') || roles.has('ita_coordinator') || roles.has('admin') || roles.has('head') || actor.isPlatformAdmin) {
    items.push({ id: 'portal', href: '/staff/portal', label: { th: 'เว็บไซต์เปิดเผยข้อมูล', en: 'Disclosure portal' } })
  }
  if (roles.has('oversight') || actor.isPlatformAdmin) {
    items.push({ id: 'ita-results', href: '/staff/ita/results', label: { th: 'ผลการประเมิน ITA', en: 'ITA results' } })
  } else if (roles.has('ita_coordinator') || roles.has('head') || roles.has('admin')) {
    items.push({ id: 'ita-results', href: '/staff/ita/agencies', label: { th: 'ผลการประเมิน ITA และแผนมาตรการ', en: 'ITA results and plan' } })
  }
  if (roles.has('ita_coordinator') || roles.has('head') || roles.has('admin') || roles.has('officer')) {
    items.push({ id: 'oit', href: '/staff/oit', label: { th: 'รายการ OIT', en: 'OIT checklist' } })
  }
  if (roles.has('oversight') || actor.isPlatformAdmin) {
    items.push({ id: 'oversight-oit', href: '/staff/oversight/oit', label: { th: 'ความครบถ้วน OIT', en: 'OIT completeness' } })
  }
  if (actor.isPlatformAdmin) {
    items.push({ id: 'oit-catalogues', href: '/admin/oit', label: { th: 'ชุดเกณฑ์ OIT', en: 'OIT catalogues' } })
  }
  if (actor.memberships.length > 0) {
    items.push({ id: 'report', href: '/staff/report', label: { th: 'แจ้งเรื่องภายใน', en: 'Report internally' } })
  }
  if (roles.has('admin') || actor.isPlatformAdmin) {
    items.push({ id: 'organisations', href: '/admin/organisations', label: { th: 'หน่วยงาน', en: 'Organisations' } })
    items.push({ id: 'users', href: '/admin/users', label: { th: 'ผู้ใช้และสิทธิ์', en: 'Users and roles' } })
    items.push({ id: 'audit', href: '/admin/audit', label: { th: 'บันทึกการตรวจสอบ', en: 'Audit trail' } })
  }
  if (actor.isPlatformAdmin) {
    items.push({ id: 'holidays', href: '/admin/holidays', label: { th: 'วันหยุดราชการ', en: 'Holidays' } })
    items.push({ id: 'outbox', href: '/admin/outbox', label: { th: 'จดหมายออก', en: 'Outbox' } })
  }
  items.push({ id: 'account', href: '/account', label: { th: 'บัญชีของฉัน', en: 'My account' } })
  return items
}
