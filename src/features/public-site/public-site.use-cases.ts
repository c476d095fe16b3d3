import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { buildTree, sortByThaiName, type TreeNode } from '../organisations/index.ts'
import {
  findLogo,
  findOrganisationById,
  findOrganisationBySlug,
  listAllOrganisations,
  type OrganisationDetails,
  type OrganisationSummary,
} from '../organisations/index.ts'

type Deps = { db: Kysely<Database> }

// Organisation names, addresses and contacts are public by nature (Official Information Act s.7).
export async function listPublicOrganisationTree({ db }: Deps): Promise<TreeNode<OrganisationSummary>[]> {
  return buildTree(await listAllOrganisations(db))
}

export type PublicOrganisation = {
  org: OrganisationDetails
  parent: OrganisationSummary | undefined
  children: OrganisationSummary[]
}

export async function findPublicOrganisation({ db }: Deps, slug: string): Promise<PublicOrganisation | undefined> {
  const org = await findOrganisationBySlug(db, slug)
  if (!org) return undefined
  const parent = org.parent_id ? await findOrganisationById(db, org.parent_id) : undefined
  const children = await db
    .selectFrom('organisations')
    .select(['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en'])
    .where('parent_id', '=', org.id)
    .execute()
  return { org, parent, children: sortByThaiName(children) }
}

export async function findPublicLogo({ db }: Deps, slug: string) {
  return findLogo(db, slug)
}
