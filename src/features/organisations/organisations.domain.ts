import type { MaybeActor } from '../../platform/auth/actor.ts'
import { canAdministerOrganisation, type OrgPath } from '../../platform/auth/policy.ts'

/** What the pure rules need of an organisation: where it hangs in the tree. */
export type OrgNode = { id: string; parent_id: string | null }

export type ParentProblem = 'self' | 'descendant'

/**
 * Would hanging `orgId` below the organisation whose ancestor path is `newParentPath`
 * ([parent, grandparent, …]) make a loop? It would when the new parent is the
 * organisation itself or anything below it, i.e. when the organisation appears on the
 * new parent's own path up to the root.
 */
export function parentChangeProblem(orgId: string, newParentPath: OrgPath | null): ParentProblem | null {
  if (!newParentPath || newParentPath.length === 0) return null
  if (newParentPath[0] === orgId) return 'self'
  return newParentPath.includes(orgId) ? 'descendant' : null
}

/** [self, parent, grandparent, …] computed from a list already in memory; stops on a loop. */
export function pathWithin(orgs: ReadonlyMap<string, OrgNode>, id: string): string[] {
  const path: string[] = []
  let current = orgs.get(id)
  while (current && !path.includes(current.id)) {
    path.push(current.id)
    current = current.parent_id ? orgs.get(current.parent_id) : undefined
  }
  return path
}

/** The organisations this actor administers, decided by the shared policy on each one's path. */
export function administeredOrganisations<T extends OrgNode>(actor: MaybeActor, orgs: readonly T[]): T[] {
  if (!actor) return []
  const byId = new Map(orgs.map((o) => [o.id, o]))
  return orgs.filter((o) => canAdministerOrganisation(actor, pathWithin(byId, o.id)))
}

/** The organisation and everything below it. */
export function subtreeIds(orgs: readonly OrgNode[], rootId: string): Set<string> {
  const children = new Map<string, string[]>()
  for (const o of orgs) {
    if (!o.parent_id) continue
    const list = children.get(o.parent_id) ?? []
    list.push(o.id)
    children.set(o.parent_id, list)
  }
  const out = new Set<string>()
  const stack = [rootId]
  while (stack.length) {
    const id = stack.pop()!
    if (out.has(id)) continue
    out.add(id)
    stack.push(...(children.get(id) ?? []))
  }
  return out
}

// The slug is the organisation's permanent public address (/o/<slug>): plain ASCII that survives
// e-mail, print and QR codes.
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const SLUG_MAX_LENGTH = 60

export function isValidSlug(slug: string): boolean {
  return slug.length >= 2 && slug.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(slug)
}

export const LOGO_MAX_BYTES = 512 * 1024
/** What the file service records as the reason a file exists. */
export const LOGO_PURPOSE = 'organisation_logo'
// Shown at 96 CSS pixels; twice that stays sharp on high-density screens.
export const LOGO_THUMBNAIL_WIDTH = 192

/** What a submitted edit form asks of the logo. */
export type LogoChange = { kind: 'keep' } | { kind: 'set'; fileId: string } | { kind: 'remove' }

/** The logo's id after the change, or undefined when nothing would change. */
export function logoAfter(current: string | null, change: LogoChange): string | null | undefined {
  const next = change.kind === 'keep' ? current : change.kind === 'set' ? change.fileId : null
  return next === current ? undefined : next
}

/** Fields that describe an organisation and are audited when they change. */
export const AUDITED_FIELDS = ['parent_id', 'slug', 'kind', 'name_th', 'name_en', 'address', 'phone', 'email', 'website', 'require_staff_totp'] as const
export type AuditedField = (typeof AUDITED_FIELDS)[number]
export type OrganisationFields = { [K in AuditedField]: K extends 'require_staff_totp' ? boolean : K extends 'parent_id' ? string | null : string }

/** Only what changed, as the before/after pair the audit trail keeps. */
export function changedFields(before: OrganisationFields, after: OrganisationFields): { before: Partial<OrganisationFields>; after: Partial<OrganisationFields> } {
  const b: Record<string, unknown> = {}
  const a: Record<string, unknown> = {}
  for (const key of AUDITED_FIELDS) {
    if (before[key] !== after[key]) {
      b[key] = before[key]
      a[key] = after[key]
    }
  }
  return { before: b as Partial<OrganisationFields>, after: a as Partial<OrganisationFields> }
}
