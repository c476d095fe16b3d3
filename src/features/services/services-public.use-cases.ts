import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { NotFoundError } from '../../errors.ts'
import { isFileId, type FileService, type OpenedFile } from '../../platform/files/index.ts'
import { findOrganisationBySlug, type OrganisationDetails } from '../organisations/index.ts'
import * as repo from './services.repository.ts'
import type { ServiceRow, ServiceVersion, ServiceWithVersion } from './services.repository.ts'

type Deps = { db: Kysely<Database> }

export async function findPublicAgency({ db }: Deps, slug: string): Promise<OrganisationDetails> {
  const org = await findOrganisationBySlug(db, slug)
  if (!org) throw new NotFoundError('organisation')
  return org
}

/** The agency's published services, each at its published version, with an optional Thai word search. */
export async function publicServices({ db }: Deps, org: OrganisationDetails, query = ''): Promise<ServiceWithVersion[]> {
  const all = await repo.listServices(db, org.id, 'published')
  const q = query.trim().toLowerCase()
  if (!q) return all
  return all.filter((s) => [s.current.nameTh, s.current.manual.nameEn, s.current.manual.responsibleUnit, s.current.manual.legalBasis].join(' ').toLowerCase().includes(q))
}

export type PublicManual = { service: ServiceRow; version: ServiceVersion; published: ServiceVersion[]; isLatest: boolean }

/**
 * One manual as citizens read it: the version now published, or (with `version`) any version
 * that was ever published, at its permanent link. Never a draft.
 */
export async function publicManual({ db }: Deps, org: OrganisationDetails, key: string, version?: number): Promise<PublicManual> {
  const service = await repo.findServiceByKey(db, org.id, key)
  if (!service) throw new NotFoundError('service')
  const published = await repo.publishedVersions(db, service.id)
  const wanted = version ?? service.publishedVersion
  const chosen = published.find((v) => v.version === wanted)
  if (!chosen) throw new NotFoundError('service')
  return { service, version: chosen, published, isLatest: chosen.version === service.publishedVersion }
}

/** A sample form, if some published version of the manual offers it. */
export async function publicSampleForm({ db, files }: Deps & { files: FileService }, org: OrganisationDetails, key: string, fileId: string): Promise<OpenedFile> {
  if (!isFileId(fileId)) throw new NotFoundError('file')
  const service = await repo.findServiceByKey(db, org.id, key)
  if (!service) throw new NotFoundError('file')
  const published = await repo.publishedVersions(db, service.id)
  if (!published.some((v) => v.manual.forms.some((f) => f.fileId === fileId))) throw new NotFoundError('file')
  const opened = await files.openFile(fileId)
  if (!opened || opened.file.organisationId !== org.id) throw new NotFoundError('file')
  return opened
}
