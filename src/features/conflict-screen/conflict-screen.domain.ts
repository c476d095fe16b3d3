import type { Bilingual } from '../../platform/i18n/locale.ts'
import type { Role } from '../../platform/auth/roles.ts'

/** Rules of the conflict-of-interest screen (F3), pure. */

export const ENTRY_KINDS = {
  person: { th: 'บุคคล (ตนเอง คู่สมรส ญาติ)', en: 'Person (self, spouse, relative)' },
  address: { th: 'ที่อยู่', en: 'Address' },
  firm: { th: 'กิจการ (ถือหุ้น เคยทำงาน)', en: 'Business (shares held, worked for)' },
} as const satisfies Record<string, Bilingual>
export type EntryKind = keyof typeof ENTRY_KINDS

export const RELATIONS = {
  person: {
    self: { th: 'ตนเอง', en: 'Myself' },
    spouse: { th: 'คู่สมรส', en: 'Spouse' },
    father: { th: 'บิดา', en: 'Father' },
    mother: { th: 'มารดา', en: 'Mother' },
    child: { th: 'บุตร', en: 'Child' },
    sibling: { th: 'พี่น้อง', en: 'Sibling' },
    relative: { th: 'ญาติ', en: 'Relative' },
    friend: { th: 'เพื่อนสนิท', en: 'Close friend' },
  },
  address: {
    home: { th: 'ที่อยู่ของตนเอง', en: 'My home' },
    family_home: { th: 'ที่อยู่ของครอบครัว / ญาติ', en: 'Family or relatives’ home' },
    workplace: { th: 'สถานที่ทำงานอื่น', en: 'Other workplace' },
  },
  firm: {
    shareholder: { th: 'ถือหุ้น / เป็นหุ้นส่วน', en: 'Shareholder or partner' },
    director: { th: 'กรรมการ', en: 'Director' },
    former_employer: { th: 'เคยทำงาน', en: 'Former employer' },
    family_business: { th: 'กิจการของครอบครัว', en: 'Family business' },
  },
} as const satisfies Record<EntryKind, Record<string, Bilingual>>

export function isRelationOf(kind: EntryKind, relation: string): boolean {
  return Object.hasOwn(RELATIONS[kind], relation)
}

export function relationLabel(kind: string, relation: string): Bilingual {
  const byKind = (RELATIONS as Record<string, Record<string, Bilingual>>)[kind]
  return byKind?.[relation] ?? { th: relation, en: relation }
}

export const DUTIES = {
  officer: { th: 'เจ้าหน้าที่พัสดุ', en: 'Procurement officer' },
  committee_chair: { th: 'ประธานกรรมการ', en: 'Committee chair' },
  committee_member: { th: 'กรรมการ', en: 'Committee member' },
  inspector: { th: 'กรรมการตรวจรับพัสดุ', en: 'Inspection committee' },
  approver: { th: 'ผู้มีอำนาจอนุมัติ', en: 'Approver' },
} as const satisfies Record<string, Bilingual>
export type Duty = keyof typeof DUTIES

/** How a participant relates to a bidder (seed 002 m4 §7 (1): father, mother, relative, friend …). */
export const DECLARED_RELATIONS = {
  family: { th: 'ครอบครัว (บิดา มารดา คู่สมรส บุตร)', en: 'Family (parent, spouse, child)' },
  relative: { th: 'ญาติ', en: 'Relative' },
  friend: { th: 'เพื่อน', en: 'Friend' },
  former_employer: { th: 'เคยทำงานด้วย', en: 'Former employer' },
  shareholding: { th: 'ถือหุ้น / เป็นหุ้นส่วน', en: 'Shareholding' },
  other: { th: 'ส่วนได้เสียอื่น', en: 'Other interest' },
} as const satisfies Record<string, Bilingual>
export type DeclaredRelation = keyof typeof DECLARED_RELATIONS

export const METHODS = {
  specific: { th: 'วิธีเฉพาะเจาะจง', en: 'Specific method' },
  selection: { th: 'วิธีคัดเลือก', en: 'Selection' },
  e_bidding: { th: 'วิธีประกาศเชิญชวนทั่วไป (e-bidding)', en: 'Open invitation (e-bidding)' },
  e_market: { th: 'วิธีตลาดอิเล็กทรอนิกส์ (e-market)', en: 'Electronic market (e-market)' },
} as const satisfies Record<string, Bilingual>
export type Method = keyof typeof METHODS

export const HIT_STATUSES = {
  open: { th: 'รอพิจารณา', en: 'To review' },
  cleared: { th: 'ไม่เกี่ยวข้อง (ยืนยันแล้ว)', en: 'Cleared' },
  confirmed: { th: 'มีความเกี่ยวข้อง', en: 'Confirmed' },
} as const satisfies Record<string, Bilingual>
export type HitStatus = keyof typeof HIT_STATUSES

/** Who runs the screen, resolves hits and writes the monthly report: the agency's procurement officers and its head. */
export function canManageScreen(roles: readonly Role[]): boolean {
  return roles.includes('procurement_officer') || roles.includes('head')
}

/**
 * Who may open a procurement's screen: those who manage it and the procurement's own participants
 * (committee members, approver). They see hits — which staff member, which bidder, why — never the
 * staff member's whole interest record.
 */
export function canSeeProcurement(roles: readonly Role[], isParticipant: boolean): boolean {
  return canManageScreen(roles) || isParticipant
}

/** A hit may be resolved once, by someone who manages the screen and is not the staff member it is about. */
export function canResolveHit(roles: readonly Role[], actorUserId: string, hit: { status: HitStatus; userId: string }): boolean {
  return canManageScreen(roles) && hit.status === 'open' && hit.userId !== actorUserId
}

/** 'YYYY-MM-01' of the month a day falls in. */
export function monthOf(day: string): string {
  return `${day.slice(0, 7)}-01`
}

export type MonthlyProcurementFacts = {
  title: string
  reference: string
  participants: number
  declared: number
  missing: string[]
  declaredRelations: number
  hits: number
  open: number
  cleared: number
  confirmed: number
}

export type MonthlyReportContent = {
  month: string
  procurements: MonthlyProcurementFacts[]
  hits: { procurement: string; bidder: string; staff: string; reasons: string[]; status: HitStatus; resolution: string | null; resolvedBy: string | null }[]
}

export function monthlyTotals(c: MonthlyReportContent) {
  const sum = (f: (p: MonthlyProcurementFacts) => number) => c.procurements.reduce((n, p) => n + f(p), 0)
  return {
    procurements: c.procurements.length,
    participants: sum((p) => p.participants),
    declared: sum((p) => p.declared),
    missing: sum((p) => p.missing.length),
    hits: sum((p) => p.hits),
    open: sum((p) => p.open),
    cleared: sum((p) => p.cleared),
    confirmed: sum((p) => p.confirmed),
  }
}
