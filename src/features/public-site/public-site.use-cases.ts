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

/** An organisation's logo as the public page shows it: a thumbnail, never the uploaded file itself. */
export async function findPublicLogo({ db, files }: Deps & { files: FileService }, slug: string): Promise<Thumbnail | undefined> {
  const fileId = await findLogoFileId(db, slug)
  return fileId ? files.thumbnail(fileId, LOGO_THUMBNAIL_WIDTH) : undefined
}
