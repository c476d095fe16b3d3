import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { NotFoundError } from '../../errors.ts'
import type { FileService, Thumbnail } from '../../platform/files/index.ts'
import { findOrganisationBySlug, isUuid, type OrganisationDetails } from '../organisations/index.ts'
import { PHOTO_THUMBNAIL_WIDTH } from './executives.domain.ts'
import { findExecutive, listExecutives, type Executive } from './executives.repository.ts'

type Deps = { db: Kysely<Database> }

/** Every public executives request starts from the organisation. */
export async function findPublicAgency({ db }: Deps, slug: string): Promise<OrganisationDetails> {
  const org = await findOrganisationBySlug(db, slug)
  if (!org) throw new NotFoundError('organisation')
  return org
}

/** The agency's executives and unit heads as citizens see them: everything on the list is public. */
export async function publicExecutives({ db }: Deps, org: OrganisationDetails): Promise<Executive[]> {
  return listExecutives(db, org.id)
}

/** The photo of an entry on the public list, as a thumbnail only (metadata stripped), never the uploaded file. */
export async function publicPhoto({ db, files }: Deps & { files: FileService }, slug: string, executiveId: string): Promise<Thumbnail> {
  if (!isUuid(executiveId)) throw new NotFoundError('photo')
  const org = await findPublicAgency({ db }, slug)
  const entry = await findExecutive(db, executiveId)
  if (!entry || entry.organisationId !== org.id || !entry.photoFileId) throw new NotFoundError('photo')
  const thumb = await files.thumbnail(entry.photoFileId, PHOTO_THUMBNAIL_WIDTH)
  if (!thumb) throw new NotFoundError('photo')
  return thumb
}
