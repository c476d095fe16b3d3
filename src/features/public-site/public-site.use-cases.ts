import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { FileService, Thumbnail } from '../../platform/files/index.ts'
import { buildTree, LOGO_THUMBNAIL_WIDTH, sortByThaiName, type TreeNode } from '../organisations/index.ts'
import {
  findLogoFileId,
  findOrganisationById,
  findOrganisationBySlug,
  listAllOrganisations,
  type OrganisationDetails,
  type OrganisationSummary,
} from '../organisations/index.ts'

type Deps = { db: Kysely<Database> }

/**
 * Up to this many organisations the home page shows the whole tree (a province and its
 * agencies). A national deployment (8,300+) would make a multi-megabyte page, so beyond
 * it only the top-level bodies are listed, each with its number of agencies; each body's
 * own page lists its agencies.
 */
export const HOME_FULL_TREE_LIMIT = 300

export type HomeDirectory = { tree: TreeNode<OrganisationSummary>[]; agencyCounts: Map<string, number> | null }

// Organisation names, addresses and contacts are public by nature (Official Information Act s.7).
export async function listPublicOrganisationTree({ db }: Deps): Promise<HomeDirectory> {
  const { n } = await db.selectFrom('organisations').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  if (Number(n) <= HOME_FULL_TREE_LIMIT) return { tree: buildTree(await listAllOrganisations(db)), agencyCounts: null }
  const top = await db.selectFrom('organisations').select(['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en']).where('parent_id', 'is', null).execute()
  const counts = await db
    .selectFrom('organisations')
    .select(['parent_id', ({ fn }) => fn.countAll<number>().as('n')])
    .where('parent_id', 'in', top.length ? top.map((t) => t.id) : ['00000000-0000-0000-0000-000000000000'])
    .groupBy('parent_id')
    .execute()
  return { tree: buildTree(top), agencyCounts: new Map(counts.map((c) => [c.parent_id!, Number(c.n)])) }
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

/** An organisation's logo as the public page shows it: a thumbnail, never the uploaded file itself. */
export async function findPublicLogo({ db, files }: Deps & { files: FileService }, slug: string): Promise<Thumbnail | undefined> {
  const fileId = await findLogoFileId(db, slug)
  return fileId ? files.thumbnail(fileId, LOGO_THUMBNAIL_WIDTH) : undefined
}
