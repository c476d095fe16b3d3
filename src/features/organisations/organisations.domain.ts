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
export type LogoType = 'image/png' | 'image/jpeg'

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** The image type from the file's first bytes; the file name and the browser's claim are not trusted. */
export function detectLogoType(bytes: Uint8Array): LogoType | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (b.length >= 8 && b.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png'
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg'
  return null
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
