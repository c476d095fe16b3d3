import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { Actor } from '../../platform/auth/actor.ts'
import { organisationsOf, rolesIn } from '../../platform/auth/policy.ts'
import type { Role } from '../../platform/auth/roles.ts'
import { sortByThaiName, type OrganisationSummary } from '../organisations/index.ts'

type Deps = { db: Kysely<Database>; actor: Actor }

export type MyOrganisation = OrganisationSummary & { roles: Role[] }

export async function myOrganisations({ db, actor }: Deps): Promise<MyOrganisation[]> {
  const ids = organisationsOf(actor)
  if (ids.length === 0) return []
  const orgs = await db.selectFrom('organisations').select(['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en']).where('id', 'in', ids).execute()
  return sortByThaiName(orgs.map((o) => ({ ...o, roles: rolesIn(actor, o.id) })))
}
