import { createHash } from 'node:crypto'
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError, ValidationError, type FieldErrors } from '../../errors.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { bumpPublicGeneration, organisationScope } from '../../platform/public-content/generations.ts'
import type { OpenedFile, UploadOutcome } from '../../platform/files/index.ts'
import { currentFiscalYear } from '../../platform/thai-calendar/index.ts'
import { findOrganisationById, findOrganisationBySlug, isUuid, organisationPath, type OrganisationDetails } from '../organisations/index.ts'
import { ATTACHMENT_PURPOSE, canEditPortal, itemKeyFor } from './portal.domain.ts'
import { CONTENT_MISSING, NEWER_VERSION_SAVED, parsePortalItemForm, parseSection, RESPONSIBLE_NOT_STAFF, type PortalItemFormValues, type PortalItemInput } from './portal.input.ts'
import {
  findItem,
  findVersion,
  insertItem,
  insertVersion,
  listAgencyStaff,
  listVersions,
  setCurrentVersion,
  setPublished,
  takeNextNumber,
  type PersonRef,
  type PortalItem,
  type PortalVersion,
  type VersionSummary,
} from './portal.repository.ts'
import { decideAttachments, type FileUseCaseContext, type PendingFile } from './portal-attachments.use-cases.ts'
import { plainTextOf } from './portal-rich-text.ts'
import { searchTextOf } from './portal-search-text.ts'
import type { PortalSectionKey } from './portal-sections.domain.ts'

export type UseCaseContext = { db: Kysely<Database>; actor: Actor; now: Date }
export type { FileUseCaseContext, PendingFile }

/** The agency, once the actor is known to keep its portal. */
export async function loadEditableOrganisation(db: Kysely<Database>, actor: Actor, organisationId: string): Promise<OrganisationDetails> {
  if (!isUuid(organisationId)) throw new NotFoundError('organisation')
  const org = await findOrganisationById(db, organisationId)
  if (!org) throw new NotFoundError('organisation')
  const path = await organisationPath(db, organisationId)
  if (!path || !canEditPortal(actor, path)) throw new ForbiddenError('may not edit this portal')
  return org
}

/** The item and its agency, once the actor is known to keep that agency's portal. */
export async function loadEditableItem(db: Kysely<Database>, actor: Actor, itemId: string): Promise<{ item: PortalItem; org: OrganisationDetails }> {
  if (!isUuid(itemId)) throw new NotFoundError('portal item')
  const item = await findItem(db, itemId)
  if (!item) throw new NotFoundError('portal item')
  return { item, org: await loadEditableOrganisation(db, actor, item.organisationId) }
}

export type ItemFormData = { org: OrganisationDetails; staff: PersonRef[]; currentFiscalYear: number }

/** The agency is named by its slug (links from the portal list) or its id (the form's hidden field). */
export async function newItemForm(ctx: UseCaseContext, orgRef: { slug: string } | { id: string }): Promise<ItemFormData> {
  let organisationId = 'id' in orgRef ? orgRef.id : ''
  if ('slug' in orgRef) {
    const bySlug = await findOrganisationBySlug(ctx.db, orgRef.slug)
    if (!bySlug) throw new NotFoundError('organisation')
    organisationId = bySlug.id
  }
  const org = await loadEditableOrganisation(ctx.db, ctx.actor, organisationId)
  return { org, staff: await listAgencyStaff(ctx.db, org.id), currentFiscalYear: currentFiscalYear(ctx.now) }
}

export type ItemEditor = ItemFormData & { item: PortalItem; current: PortalVersion }

export async function itemEditor(ctx: UseCaseContext, itemId: string): Promise<ItemEditor> {
  const { item, org } = await loadEditableItem(ctx.db, ctx.actor, itemId)
  const current = await findVersion(ctx.db, item.id, item.currentVersion)
  if (!current) throw new NotFoundError('portal item version')
  return { org, item, current, staff: await listAgencyStaff(ctx.db, org.id), currentFiscalYear: currentFiscalYear(ctx.now) }
}

export type SaveOutcome = { saved: true; itemId: string; version: number } | { saved: false; errors: FieldErrors; pending: PendingFile[]; basedOnVersion: number }

export type ItemSubmission = { values: PortalItemFormValues; uploads: ReadonlyMap<string, UploadOutcome> }

/** Everything about a version worth keeping in the audit trail; the text itself stays in the version. */
function versionFacts(v: { version: number; input: PortalItemInput; fileIds: readonly string[] }): Record<string, unknown> {
  return {
    version: v.version,
    title_th: v.input.titleTh,
    title_en: v.input.titleEn,
    fiscal_year: v.input.fiscalYear,
    responsible_user_id: v.input.responsibleUserId,
    links: v.input.links.map((l) => l.url),
    files: [...v.fileIds],
    body_chars: v.input.bodyHtml.length,
    body_sha256: createHash('sha256').update(v.input.bodyHtml).digest('hex'),
  }
}

function factsOf(v: PortalVersion): Record<string, unknown> {
  return versionFacts({
    version: v.version,
    input: { titleTh: v.titleTh, titleEn: v.titleEn, bodySource: v.bodySource, bodyHtml: v.bodyHtml, fiscalYear: v.fiscalYear, responsibleUserId: v.responsible?.id ?? '', links: v.links },
    fileIds: v.files.map((f) => f.id),
  })
}

/**
 * The item fields and the attachments checked together, so one answer lists every problem;
 * `extra` adds the checks that need the database (the responsible person is on the staff).
 */
async function checkSubmission(
  ctx: FileUseCaseContext,
  org: OrganisationDetails,
  section: PortalSectionKey,
  submission: ItemSubmission,
  currentFiles: PortalVersion['files'],
): Promise<{ input: PortalItemInput | null; fileIds: string[]; pending: PendingFile[]; errors: FieldErrors }> {
  const attachments = await decideAttachments(ctx, org.id, submission.values, submission.uploads, currentFiles)
  let errors: FieldErrors = {}
  let input: PortalItemInput | null = null
  try {
    input = parsePortalItemForm(submission.values, section)
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e
    errors = e.fields
  }
  const responsible = submission.values.responsible_user_id
  if (responsible && !errors.responsible_user_id) {
    const staff = await listAgencyStaff(ctx.db, org.id)
    if (!staff.some((p) => p.id === responsible)) errors.responsible_user_id = RESPONSIBLE_NOT_STAFF
  }
  const v = submission.values
  // Judged on the cleaned text when the form parsed: a body of nothing but a script is no content.
  const hasText = input ? input.bodyHtml !== '' : v.body.trim() !== ''
  if (!hasText && !v.links.some((l) => l.url.trim()) && attachments.fileIds.length === 0 && !errors.body) errors.body = CONTENT_MISSING
  errors = { ...errors, ...attachments.errors }
  return { input: Object.keys(errors).length ? null : input, fileIds: attachments.fileIds, pending: attachments.pending, errors }
}

function searchTextFor(input: PortalItemInput): string {
  return searchTextOf([input.titleTh, input.titleEn, plainTextOf(input.bodyHtml), ...input.links.map((l) => l.label)])
}

export async function createPortalItem(ctx: FileUseCaseContext, organisationId: string, submission: ItemSubmission): Promise<SaveOutcome> {
  // Authorised before a byte is stored.
  const org = await loadEditableOrganisation(ctx.db, ctx.actor, organisationId)
  let section: PortalSectionKey
  try {
    section = parseSection(submission.values.section)
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e
    const attachments = await decideAttachments(ctx, org.id, submission.values, submission.uploads, [])
    return { saved: false, errors: { ...e.fields, ...attachments.errors }, pending: attachments.pending, basedOnVersion: 0 }
  }
  const checked = await checkSubmission(ctx, org, section, submission, [])
  const input = checked.input
  if (!input) return { saved: false, errors: checked.errors, pending: checked.pending, basedOnVersion: 0 }
  const { actor, now } = ctx
  const itemId = await ctx.db.transaction().execute(async (trx) => {
    const number = await takeNextNumber(trx, org.id, section)
    const itemKey = itemKeyFor(section, number)
    const id = await insertItem(trx, { organisationId: org.id, section, number, itemKey, createdBy: actor.userId, now })
    await insertVersion(trx, { itemId: id, version: 1, ...input, createdBy: actor.userId, now, fileIds: checked.fileIds })
    await setCurrentVersion(trx, id, 1, searchTextFor(input), now)
    await recordAudit(trx, {
      actor: auditActorOf(actor),
      organisationId: org.id,
      action: 'portal.item_created',
      entityType: 'portal_item',
      entityId: id,
      summary: { before: null, after: { item_key: itemKey, section, published: false, ...versionFacts({ version: 1, input, fileIds: checked.fileIds }) } },
      at: now,
    })
    return id
  })
  return { saved: true, itemId, version: 1 }
}

/** Every save is a new version; the earlier ones stay as they were, forever. */
export async function savePortalItemEdit(ctx: FileUseCaseContext, itemId: string, submission: ItemSubmission): Promise<SaveOutcome> {
  const { item, org } = await loadEditableItem(ctx.db, ctx.actor, itemId)
  const before = await findVersion(ctx.db, item.id, item.currentVersion)
  if (!before) throw new NotFoundError('portal item version')
  const section = item.section as PortalSectionKey
  const checked = await checkSubmission(ctx, org, section, submission, before.files)
  const input = checked.input
  if (!input) return { saved: false, errors: checked.errors, pending: checked.pending, basedOnVersion: Number(submission.values.based_on_version) || item.currentVersion }
  const { actor, now } = ctx
  const basedOn = Number(submission.values.based_on_version)
  const result = await ctx.db.transaction().execute(async (trx): Promise<SaveOutcome> => {
    const locked = await findItem(trx, item.id, { forUpdate: true })
    if (!locked) throw new NotFoundError('portal item')
    if (basedOn !== locked.currentVersion) {
      // Somebody saved meanwhile: show the officer, and let a second save (now based on it) go through.
      return { saved: false, errors: { based_on_version: NEWER_VERSION_SAVED(locked.currentVersion) }, pending: checked.pending, basedOnVersion: locked.currentVersion }
    }
    const previous = locked.currentVersion === before.version ? before : await findVersion(trx, item.id, locked.currentVersion)
    const version = locked.currentVersion + 1
    await insertVersion(trx, { itemId: item.id, version, ...input, createdBy: actor.userId, now, fileIds: checked.fileIds })
    await setCurrentVersion(trx, item.id, version, searchTextFor(input), now)
    await recordAudit(trx, {
      actor: auditActorOf(actor),
      organisationId: org.id,
      action: 'portal.item_edited',
      entityType: 'portal_item',
      entityId: item.id,
      summary: { before: previous ? factsOf(previous) : null, after: versionFacts({ version, input, fileIds: checked.fileIds }), note: item.itemKey },
      at: now,
    })
    if (locked.published) await bumpPublicGeneration(trx, organisationScope(org.id))
    return { saved: true, itemId: item.id, version }
  })
  return result
}

export async function setItemPublication(ctx: UseCaseContext, itemId: string, publish: boolean): Promise<{ changed: boolean }> {
  const { item, org } = await loadEditableItem(ctx.db, ctx.actor, itemId)
  return ctx.db.transaction().execute(async (trx: Transaction<Database>) => {
    const locked = await findItem(trx, item.id, { forUpdate: true })
    if (!locked) throw new NotFoundError('portal item')
    if (locked.published === publish) return { changed: false }
    await setPublished(trx, item.id, publish, ctx.now)
    await recordAudit(trx, {
      actor: auditActorOf(ctx.actor),
      organisationId: org.id,
      action: publish ? 'portal.item_published' : 'portal.item_unpublished',
      entityType: 'portal_item',
      entityId: item.id,
      summary: { before: { published: locked.published }, after: { published: publish, version: locked.currentVersion }, note: item.itemKey },
      at: ctx.now,
    })
    await bumpPublicGeneration(trx, organisationScope(org.id))
    return { changed: true }
  })
}

export type StaffItemView = {
  org: OrganisationDetails
  item: PortalItem
  shown: PortalVersion
  versions: VersionSummary[]
  currentFiscalYear: number
}

/** An item as its editors see it: the current version (or the one asked for) and the whole history. */
export async function staffItemView(ctx: UseCaseContext, itemId: string, version?: number): Promise<StaffItemView> {
  const { item, org } = await loadEditableItem(ctx.db, ctx.actor, itemId)
  const n = version ?? item.currentVersion
  const shown = Number.isSafeInteger(n) && n >= 1 && n <= item.currentVersion ? await findVersion(ctx.db, item.id, n) : undefined
  if (!shown) throw new NotFoundError('portal item version')
  return { org, item, shown, versions: await listVersions(ctx.db, item.id), currentFiscalYear: currentFiscalYear(ctx.now) }
}

/** A file of the item's agency for its editors: an attachment of any version, or one uploaded with a rejected form. */
export async function openStaffAttachment(ctx: FileUseCaseContext, itemId: string, fileId: string): Promise<OpenedFile> {
  if (!isUuid(fileId)) throw new NotFoundError('file')
  const { org } = await loadEditableItem(ctx.db, ctx.actor, itemId)
  const file = await ctx.files.findFile(fileId)
  if (!file || file.organisationId !== org.id || file.purpose !== ATTACHMENT_PURPOSE) throw new NotFoundError('file')
  const opened = await ctx.files.openFile(file.id)
  if (!opened) throw new NotFoundError('file')
  return opened
}
