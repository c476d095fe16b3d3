import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { Actor } from '../../platform/auth/actor.ts'
import { organisationsOf, rolesIn } from '../../platform/auth/policy.ts'
import type { Role } from '../../platform/auth/roles.ts'
import { ForbiddenError } from '../../errors.ts'
import { buildTree, sortByThaiName, type TreeNode } from '../organisations/index.ts'
import { descendantIds, type OrganisationSummary } from '../organisations/index.ts'

type Deps = { db: Kysely<Database>; actor: Actor }

export type MyOrganisation = OrganisationSummary & { roles: Role[] }

export async function myOrganisations({ db, actor }: Deps): Promise<MyOrganisation[]> {
  const ids = organisationsOf(actor)
  if (ids.length === 0) return []
  const orgs = await db.selectFrom('organisations').select(['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en']).where('id', 'in', ids).execute()
  return sortByThaiName(orgs.map((o) => ({ ...o, roles: rolesIn(actor, o.id) })))
}

/**
 * The agencies below the bodies where the actor holds the oversight role. Only
 * their public details and what they submit are for oversight — never drafts.
 */
export async function overseenAgencies({ db, actor }: Deps): Promise<TreeNode<OrganisationSummary>[]> {
  const roots = actor.isPlatformAdmin
    ? (await db.selectFrom('organisations').select('id').where('parent_id', 'is', null).execute()).map((r) => r.id)
    : actor.memberships.filter((m) => m.role === 'oversight').map((m) => m.organisationId)
  if (roots.length === 0) throw new ForbiddenError('not an oversight body')
  const below = await descendantIds(db, roots)
  if (below.length === 0) return []
  const orgs = await db.selectFrom('organisations').select(['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en']).where('id', 'in', below).execute()
  return buildTree(orgs)
}
