/**
 * Who may do what with a complaint, pure. The facts of a case (kind, what happened, status) are
 * seen by its handlers, the agency head and, for public complaints, oversight above the agency.
 * Identity and the thread are a different matter: they need a sealed copy of the complaint's
 * key, which only handlers hold. A person named as the subject of a complaint sees nothing of it.
 */
import type { MaybeActor } from '../../platform/auth/actor.ts'
import { canOverseeOrganisation, hasRoleIn, type OrgPath } from '../../platform/auth/policy.ts'
import type { Role } from '../../platform/auth/roles.ts'
import type { Intake } from './complaint-workflow.domain.ts'

/**
 * Who handles each intake: public complaints go to the complaint officers; the two internal
 * channels go to senior management (002 m6 (12): "ผู้บริหารระดับสูง"; 003 m2.3 likewise).
 */
export const HANDLER_ROLE: Record<Intake, Role> = {
  public: 'complaint_officer',
  conflict_of_interest: 'head',
  budget_objection: 'head',
}

export type CaseScope = { organisationPath: OrgPath; intake: Intake; subjectUserIds: readonly string[] }

function isSubject(actor: MaybeActor, c: CaseScope): boolean {
  return !!actor && c.subjectUserIds.includes(actor.userId)
}

/** Screens, assigns, decides, writes to the complainant: the handlers of the receiving agency. */
export function canHandleComplaint(actor: MaybeActor, c: CaseScope): boolean {
  if (!actor || isSubject(actor, c)) return false
  return hasRoleIn(actor, c.organisationPath[0]!, HANDLER_ROLE[c.intake])
}

/**
 * Gives the order (สั่งการ) on an officer's proposal: the head of the receiving agency, never the
 * subject. (The database also refuses an order on a public complaint by the officer who proposed.)
 */
export function canOrderComplaint(actor: MaybeActor, c: CaseScope): boolean {
  if (!actor || isSubject(actor, c)) return false
  return hasRoleIn(actor, c.organisationPath[0]!, 'head')
}

/** Sees the facts of the case without identity. Internal channels stay inside the agency. */
export function canSeeComplaint(actor: MaybeActor, c: CaseScope): boolean {
  if (!actor || isSubject(actor, c)) return false
  const org = c.organisationPath[0]!
  if (canHandleComplaint(actor, c) || hasRoleIn(actor, org, 'head')) return true
  if (c.intake !== 'public') return false
  // Oversight above the agency, not a platform admin as such: administering is not overseeing.
  return !actor.isPlatformAdmin && canOverseeOrganisation(actor, c.organisationPath)
}

/** May enter a complaint that arrived by another channel (walk-in, post, phone, 1567, Damrongdhama). */
export function canEnterComplaint(actor: MaybeActor, organisationId: string): boolean {
  return hasRoleIn(actor, organisationId, 'complaint_officer')
}

/** Edits the agency's published complaint guideline (D5). */
export function canEditGuideline(actor: MaybeActor, organisationId: string): boolean {
  return hasRoleIn(actor, organisationId, 'complaint_officer', 'admin', 'head')
}

/** Uses an internal channel of an agency: its own staff only. */
export function canUseInternalChannel(actor: MaybeActor, organisationId: string): boolean {
  return !!actor && actor.memberships.some((m) => m.organisationId === organisationId)
}

/** Compares complaint statistics across the agencies below (oversight, D6). */
export function canCompareAgencies(actor: MaybeActor, organisationId: string): boolean {
  return hasRoleIn(actor, organisationId, 'oversight') || !!actor?.isPlatformAdmin
}
