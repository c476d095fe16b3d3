import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError, ValidationError, type FieldErrors } from '../../errors.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { isFileId, type FileService, type OpenedFile, type UploadOutcome } from '../../platform/files/index.ts'
import { bumpPublicGeneration, organisationScope } from '../../platform/public-content/generations.ts'
import { descendantIds, findOrganisationById, findOrganisationBySlug, isUuid, organisationPath, sortByThaiName, type OrganisationDetails, type OrganisationSummary } from '../organisations/index.ts'
import { canEditServices, SERVICE_EDITOR_ROLES, serviceKeyOf, totalDays, type ServiceManual } from './service-manual.domain.ts'
import { parseServiceForm, type ServiceFormValues } from './services.input.ts'
import * as repo from './services.repository.ts'
import type { ServiceRow, ServiceVersion, ServiceWithVersion } from './services.repository.ts'

export type UseCaseContext = { db: Kysely<Database>; actor: Actor; now: Date; files: FileService }
export type { ServiceRow, ServiceVersion, ServiceWithVersion }

export const SAMPLE_FORM_PURPOSE = 'service_sample_form'
export const SAMPLE_FORM_MAX_BYTES = 10 * 1024 * 1024

/** The agency, once the actor is known to keep its services. */
export async function loadEditableAgency(db: Kysely<Database>, actor: Actor, organisationId: string): Promise<OrganisationDetails> {
  if (!isUuid(organisationId)) throw new NotFoundError('organisation')
  const org = await findOrganisationById(db, organisationId)
  if (!org) throw new NotFoundError('organisation')
  const path = await organisationPath(db, organisationId)
  if (!path || !canEditServices(actor, path)) throw new ForbiddenError('may not keep the services of this agency')
  return org
}

async function loadEditableService(db: Kysely<Database>, actor: Actor, id: string): Promise<{ service: ServiceRow; org: OrganisationDetails }> {
  if (!isUuid(id)) throw new NotFoundError('service')
  const service = await repo.findService(db, id)
  if (!service) throw new NotFoundError('service')
  return { service, org: await loadEditableAgency(db, actor, service.organisationId) }
}

/** Agencies whose services the actor keeps: where they hold an editor role, and below what they administer. */
export async function editableAgencies(ctx: Pick<UseCaseContext, 'db' | 'actor'>): Promise<OrganisationSummary[]> {
  const { db, actor } = ctx
  const direct = actor.memberships.filter((m) => SERVICE_EDITOR_ROLES.includes(m.role)).map((m) => m.organisationId)
  const administered = actor.memberships.filter((m) => m.role === 'admin').map((m) => m.organisationId)
  const ids = new Set([...direct, ...(await descendantIds(db, administered))])
  let q = db.selectFrom('organisations').select(['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en'])
  if (!actor.isPlatformAdmin) {
    if (ids.size === 0) return []
    q = q.where('id', 'in', [...ids])
  }
  return sortByThaiName(await q.execute())
}

/** The agency named by slug, or the first the actor keeps. */
export async function chooseAgency(ctx: Pick<UseCaseContext, 'db' | 'actor'>, slug: string | undefined): Promise<{ org: OrganisationDetails; choices: OrganisationSummary[] }> {
  const choices = await editableAgencies(ctx)
  let orgId: string
  if (slug) {
    const bySlug = await findOrganisationBySlug(ctx.db, slug)
    if (!bySlug) throw new NotFoundError('organisation')
    orgId = bySlug.id
  } else {
    const first = choices[0]
    if (!first) throw new ForbiddenError('keeps no services')
    orgId = first.id
  }
  return { org: await loadEditableAgency(ctx.db, ctx.actor, orgId), choices }
}

export type ServicesWorkspace = { org: OrganisationDetails; choices: OrganisationSummary[]; services: ServiceWithVersion[] }

export async function servicesWorkspace(ctx: UseCaseContext, slug: string | undefined): Promise<ServicesWorkspace> {
  const { org, choices } = await chooseAgency(ctx, slug)
  return { org, choices, services: await repo.listServices(ctx.db, org.id, 'current') }
}

export async function newServiceForm(ctx: UseCaseContext, orgRef: { slug: string } | { id: string }): Promise<{ org: OrganisationDetails }> {
  if ('slug' in orgRef) return { org: (await chooseAgency(ctx, orgRef.slug)).org }
  return { org: await loadEditableAgency(ctx.db, ctx.actor, orgRef.id) }
}

export type ServiceEditor = { org: OrganisationDetails; service: ServiceRow; current: ServiceVersion; published: ServiceVersion[] }

export async function serviceEditor(ctx: UseCaseContext, id: string): Promise<ServiceEditor> {
  const { service, org } = await loadEditableService(ctx.db, ctx.actor, id)
  const current = await repo.findVersion(ctx.db, service.id, service.currentVersion)
  if (!current) throw new NotFoundError('service')
  return { org, service, current, published: await repo.publishedVersions(ctx.db, service.id) }
}

export type SaveOutcome = { saved: true; id: string; organisationId: string } | { saved: false; errors: FieldErrors }

/** Adds a service (target: the agency) or saves a new version of its manual (target: the service). */
export async function saveService(ctx: UseCaseContext, target: { organisationId: string } | { serviceId: string }, values: ServiceFormValues): Promise<SaveOutcome> {
  const existing = 'serviceId' in target ? await loadEditableService(ctx.db, ctx.actor, target.serviceId) : null
  const org = existing ? existing.org : await loadEditableAgency(ctx.db, ctx.actor, (target as { organisationId: string }).organisationId)
  const before = existing ? await repo.findVersion(ctx.db, existing.service.id, existing.service.currentVersion) : undefined
  let manual: ServiceManual
  try {
    manual = parseServiceForm(values, before?.manual.forms ?? [])
  } catch (e) {
    if (e instanceof ValidationError) return { saved: false, errors: e.fields }
    throw e
  }
  return ctx.db.transaction().execute(async (trx) => {
    await repo.lockAgency(trx, org.id)
    let serviceId: string
    let version: number
    if (existing) {
      const locked = await repo.findService(trx, existing.service.id, { forUpdate: true })
      if (!locked) throw new NotFoundError('service')
      serviceId = locked.id
      version = locked.currentVersion + 1
    } else {
      const number = await repo.nextServiceNumber(trx, org.id)
      serviceId = await repo.insertService(trx, { organisationId: org.id, number, key: serviceKeyOf(number), now: ctx.now })
      version = 1
    }
    await repo.insertVersion(trx, { serviceId, version, manual, totalDays: totalDays(manual.steps), userId: ctx.actor.userId, now: ctx.now })
    await recordAudit(trx, {
      actor: auditActorOf(ctx.actor),
      organisationId: org.id,
      action: existing ? 'service.edited' : 'service.created',
      entityType: 'service',
      entityId: serviceId,
      summary: { before: before ? { version: before.version, name_th: before.nameTh, total_days: before.totalDays } : null, after: { version, name_th: manual.nameTh, total_days: totalDays(manual.steps), steps: manual.steps.length } },
      at: ctx.now,
    })
    return { saved: true as const, id: serviceId, organisationId: org.id }
  })
}

/** Publishes the current version: it gets its permanent link and the public page shows it. */
export async function publishService(ctx: UseCaseContext, id: string): Promise<ServiceEditor> {
  const { org } = await loadEditableService(ctx.db, ctx.actor, id)
  await ctx.db.transaction().execute(async (trx) => {
    const s = await repo.findService(trx, id, { forUpdate: true })
    if (!s) throw new NotFoundError('service')
    await repo.publishVersion(trx, s.id, s.currentVersion, ctx.now)
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: org.id, action: 'service.published', entityType: 'service', entityId: s.id, summary: { before: { published_version: s.publishedVersion }, after: { published_version: s.currentVersion } }, at: ctx.now })
    await bumpPublicGeneration(trx, organisationScope(org.id))
  })
  return serviceEditor(ctx, id)
}

/** Takes the service off the public list; the versions once published keep their links. */
export async function withdrawService(ctx: UseCaseContext, id: string): Promise<ServiceEditor> {
  const { org } = await loadEditableService(ctx.db, ctx.actor, id)
  await ctx.db.transaction().execute(async (trx) => {
    const s = await repo.findService(trx, id, { forUpdate: true })
    if (!s) throw new NotFoundError('service')
    await repo.unpublish(trx, s.id, ctx.now)
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: org.id, action: 'service.withdrawn', entityType: 'service', entityId: s.id, summary: { before: { published_version: s.publishedVersion }, after: { published_version: null } }, at: ctx.now })
    await bumpPublicGeneration(trx, organisationScope(org.id))
  })
  return serviceEditor(ctx, id)
}

/**
 * A sample form (แบบฟอร์ม) added to, or removed from, the manual: a new version, like any edit,
 * so a published version keeps exactly the forms it was published with.
 */
export async function changeSampleForms(ctx: UseCaseContext, id: string, change: { add: UploadOutcome | undefined } | { remove: string }): Promise<{ saved: boolean; errors: FieldErrors }> {
  const { service, org } = await loadEditableService(ctx.db, ctx.actor, id)
  if ('add' in change) {
    if (!change.add) return { saved: false, errors: { sample_form: { th: 'เลือกไฟล์แบบฟอร์ม', en: 'Choose the form file' } } }
    if ('problem' in change.add) return { saved: false, errors: change.add.problem }
  }
  await ctx.db.transaction().execute(async (trx) => {
    const s = await repo.findService(trx, service.id, { forUpdate: true })
    if (!s) throw new NotFoundError('service')
    const current = await repo.findVersion(trx, s.id, s.currentVersion)
    if (!current) throw new NotFoundError('service')
    let forms = current.manual.forms
    if ('add' in change && change.add && 'upload' in change.add) {
      const stored = await ctx.files.commit(change.add.upload, { organisationId: org.id, uploadedBy: ctx.actor.userId, purpose: SAMPLE_FORM_PURPOSE, now: ctx.now }, trx)
      await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: org.id, action: 'file.uploaded', entityType: 'file', entityId: stored.id, summary: { before: null, after: { purpose: SAMPLE_FORM_PURPOSE, mime: stored.mime, size: stored.size, sha256: stored.sha256 } }, at: ctx.now })
      forms = [...forms, { fileId: stored.id, name: stored.originalName }]
    } else if ('remove' in change) {
      forms = forms.filter((f) => f.fileId !== change.remove)
    }
    const manual = { ...current.manual, forms }
    await repo.insertVersion(trx, { serviceId: s.id, version: s.currentVersion + 1, manual, totalDays: current.totalDays, userId: ctx.actor.userId, now: ctx.now })
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: org.id, action: 'service.forms_changed', entityType: 'service', entityId: s.id, summary: { before: { forms: current.manual.forms.length }, after: { version: s.currentVersion + 1, forms: forms.length } }, at: ctx.now })
  })
  return { saved: true, errors: {} }
}

/** A sample form of the agency's service, for its editors (even before it is published). */
export async function staffSampleForm(ctx: UseCaseContext, id: string, fileId: string): Promise<OpenedFile> {
  const { service } = await loadEditableService(ctx.db, ctx.actor, id)
  if (!isFileId(fileId)) throw new NotFoundError('file')
  const current = await repo.findVersion(ctx.db, service.id, service.currentVersion)
  if (!current?.manual.forms.some((f) => f.fileId === fileId)) throw new NotFoundError('file')
  const opened = await ctx.files.openFile(fileId)
  if (!opened || opened.file.organisationId !== service.organisationId) throw new NotFoundError('file')
  return opened
}
