import type { MaybeActor } from '../../platform/auth/actor.ts'
import { canAdministerOrganisation, hasRoleIn, type OrgPath } from '../../platform/auth/policy.ts'
import type { Role } from '../../platform/auth/roles.ts'
import { findPortalSection, type PortalSection } from './portal-sections.domain.ts'

/** Who keeps an agency's portal: its officers, ITA coordinator, administrators and head. */
export const PORTAL_EDITOR_ROLES: readonly Role[] = ['officer', 'ita_coordinator', 'admin', 'head']

/** The organisation is `path[0]`; administrators of a body above it (and platform admins) may step in. */
export function canEditPortal(actor: MaybeActor, path: OrgPath): boolean {
  if (!actor || path.length === 0) return false
  return hasRoleIn(actor, path[0]!, ...PORTAL_EDITOR_ROLES) || canAdministerOrganisation(actor, path)
}

export const ATTACHMENT_PURPOSE = 'portal_attachment'
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024
/** File boxes on the form: a page without JavaScript cannot add boxes, so a few fixed ones. */
export const NEW_FILE_FIELDS = ['file1', 'file2', 'file3'] as const
export const MAX_ATTACHMENTS = 30
export const MAX_LINKS = 30
/** Empty link rows the form offers beyond those already filled. */
export const SPARE_LINK_ROWS = 3

export const LIMITS = { title: 300, body: 60_000, linkLabel: 200, linkUrl: 2000 } as const

/** The permanent readable key of the n-th item of a section: `news-12`. */
export function itemKeyFor(section: string, number: number): string {
  return `${section}-${number}`
}

const ITEM_KEY = /^[a-z]+(?:-[a-z]+)*-[1-9][0-9]{0,8}$/

/** Checked before any look-up, so nothing but a well-formed key reaches the database. */
export function isItemKey(value: unknown): value is string {
  return typeof value === 'string' && ITEM_KEY.test(value)
}

/**
 * An item is stale when its fiscal year is over: the OIT wants current-year material. Reports
 * (previousYearCurrent) describe the year just ended, so last year's is still the current one.
 * Timeless items (no fiscal year) never go stale this way.
 */
export function isStale(sectionKey: string, fiscalYear: number | null, currentFiscalYear: number): boolean {
  if (fiscalYear === null) return false
  const section: PortalSection | undefined = findPortalSection(sectionKey)
  const oldestCurrent = section?.previousYearCurrent ? currentFiscalYear - 1 : currentFiscalYear
  return fiscalYear < oldestCurrent
}

/** Fiscal years an officer may choose: far enough back for archives, one year ahead for plans. */
export function fiscalYearChoices(currentFiscalYear: number): number[] {
  const out: number[] = []
  for (let y = currentFiscalYear + 1; y >= currentFiscalYear - 10; y--) out.push(y)
  return out
}

export const FISCAL_YEAR_RANGE = { min: 2500, max: 2700 } as const
