import type { MaybeActor } from '../../platform/auth/actor.ts'
import { hasRoleIn } from '../../platform/auth/policy.ts'
import type { Role } from '../../platform/auth/roles.ts'
import type { Bilingual } from '../../platform/i18n/locale.ts'

/**
 * The honour roll (A6; seed 002 §3 and measure 6 (15)): an agency records the people it commends
 * for integrity, its head approves each entry, and the public sees approved entries whose person
 * agreed to publication. States: draft → approved → withdrawn (a trigger enforces the same pairs).
 */
export const HONOUR_STATUSES = ['draft', 'approved', 'withdrawn'] as const
export type HonourStatus = (typeof HONOUR_STATUSES)[number]

export const HONOUR_TRANSITIONS: readonly (readonly [HonourStatus, HonourStatus])[] = [
  ['draft', 'approved'],
  ['approved', 'withdrawn'],
]

export function canMove(from: HonourStatus, to: HonourStatus): boolean {
  return HONOUR_TRANSITIONS.some(([f, t]) => f === from && t === to)
}

export const STATUS_LABELS: Record<HonourStatus, Bilingual> = {
  draft: { th: 'รอหัวหน้าหน่วยงานอนุมัติ', en: 'Awaiting the head’s approval' },
  approved: { th: 'อนุมัติแล้ว', en: 'Approved' },
  withdrawn: { th: 'ถอนออกแล้ว', en: 'Withdrawn' },
}

/** Who records and edits drafts: the agency's staff who keep its integrity work. */
export const RECORDER_ROLES: readonly Role[] = ['admin', 'officer', 'ita_coordinator', 'head']

export function canRecord(actor: MaybeActor, organisationId: string): boolean {
  return hasRoleIn(actor, organisationId, ...RECORDER_ROLES)
}

/** Only the agency's own head approves or withdraws (seed 002: the head commends). */
export function canApprove(actor: MaybeActor, organisationId: string): boolean {
  return hasRoleIn(actor, organisationId, 'head')
}

/** What citizens may see: approved, and the person agreed to be named in public. */
export function isPublic(e: { status: string; consentToPublish: boolean }): boolean {
  return e.status === 'approved' && e.consentToPublish
}

export const PHOTO_PURPOSE = 'honour_roll_photo'
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024
export const PHOTO_THUMBNAIL_WIDTH = 240
export const LIMITS = { name: 200, position: 300, deed: 4000, commendedBy: 300, reference: 200, reason: 1000 } as const
