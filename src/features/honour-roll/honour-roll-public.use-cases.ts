import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { NotFoundError } from '../../errors.ts'
import type { FileService, Thumbnail } from '../../platform/files/index.ts'
import { descendantIds, findOrganisationBySlug, isUuid, type OrganisationDetails } from '../organisations/index.ts'
import { isPublic, PHOTO_THUMBNAIL_WIDTH } from './honour-roll.domain.ts'
import { findEntry, listEntriesOf, type HonourEntryOfAgency } from './honour-roll.repository.ts'

type Deps = { db: Kysely<Database> }

export async function findPublicAgency({ db }: Deps, slug: string): Promise<OrganisationDetails> {
  const org = await findOrganisationBySlug(db, slug)
  if (!org) throw new NotFoundError('organisation')
  return org
}

/**
 * What citizens see at /o/<slug>/honour-roll: approved entries whose person agreed to publication,
 * of the body itself and of every agency below it (a province's page is its agencies' roll).
 */
export async function publicHonourRoll({ db }: Deps, org: OrganisationDetails): Promise<HonourEntryOfAgency[]> {
  return listEntriesOf(db, [org.id, ...(await descendantIds(db, [org.id]))], { publicOnly: true })
}

/** A photo on the public roll, as a thumbnail only (metadata stripped), and only of a public entry. */
export async function publicPhoto({ db, files }: Deps & { files: FileService }, slug: string, entryId: string): Promise<Thumbnail> {
  if (!isUuid(entryId)) throw new NotFoundError('photo')
  const org = await findPublicAgency({ db }, slug)
  const entry = await findEntry(db, entryId)
  if (!entry || !entry.photoFileId || !isPublic(entry)) throw new NotFoundError('photo')
  if (entry.organisationId !== org.id && !(await descendantIds(db, [org.id])).includes(entry.organisationId)) throw new NotFoundError('photo')
  const thumb = await files.thumbnail(entry.photoFileId, PHOTO_THUMBNAIL_WIDTH)
  if (!thumb) throw new NotFoundError('photo')
  return thumb
}
