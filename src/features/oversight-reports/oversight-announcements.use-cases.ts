import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { hasRoleIn } from '../../platform/auth/policy.ts'
import { decideKeptUpload, type FileService, type KeptUpload, type OpenedFile, type UploadOutcome } from '../../platform/files/index.ts'
import { queueMail } from '../../platform/mail/outbox.ts'
import { bumpPublicGeneration, organisationScope } from '../../platform/public-content/generations.ts'
import { currentFiscalYear, formatDateTh, todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { isUuid } from '../organisations/index.ts'
import { ackState, needsReminder, numberMeasures, type AckState, type CatalogueMeasure } from './oversight-announcement.domain.ts'
import { measureCatalogue } from './oversight-announcement-measures.ts'
import { announcementMail, announcementReminderMail } from './oversight-report-mail.ts'
import { parseAcknowledgement, parseAnnouncementForm } from './oversight-announcements.input.ts'
import * as repo from './oversight-announcements.repository.ts'
import * as reportsRepo from './oversight-reports.repository.ts'
import { addressedAgencies } from './oversight-schedule.domain.ts'
import { oversightBodiesOf } from './oversight-schedules.use-cases.ts'

export type AnnouncementContext = { db: Kysely<Database>; actor: Actor; now: Date; baseUrl: string; files: FileService }

export type AnnouncementFormData = {
  bodies: { id: string; nameTh: string; nameEn: string }[]
  agencies: { id: string; kind: string; nameTh: string }[]
  schedules: { id: string; titleTh: string; fiscalYear: number }[]
  catalogue: CatalogueMeasure[]
  fiscalYear: number
  today: string
}

export async function announcementForm(ctx: AnnouncementContext): Promise<AnnouncementFormData> {
  const ids = oversightBodiesOf(ctx.actor)
  if (ids.length === 0) throw new ForbiddenError('only oversight issues announcements')
  const bodies = await ctx.db.selectFrom('organisations').select(['id', 'name_th', 'name_en']).where('id', 'in', ids).orderBy('name_th').execute()
  const agencies = (await Promise.all(ids.map((id) => reportsRepo.agenciesUnder(ctx.db, id)))).flat()
  const schedules = await reportsRepo.listSchedulesOf(ctx.db, ids)
  return {
    bodies: bodies.map((b) => ({ id: b.id, nameTh: b.name_th, nameEn: b.name_en })),
    agencies,
    schedules: schedules.map((s) => ({ id: s.id, titleTh: s.titleTh, fiscalYear: s.fiscalYear })),
    catalogue: measureCatalogue(),
    fiscalYear: currentFiscalYear(ctx.now),
    today: todayInBangkok(ctx.now),
  }
}

/**
 * Oversight issues an announcement, or a correction of one (a new version of the same series:
 * the old version is superseded, acknowledgements start again, an agency that showed it on its
 * portal keeps showing the current version). Addressed agencies are fixed now and their heads
 * and ITA coordinators are told.
 */
/** A refused announcement form, with the attachment already stored so the form can keep it (signed reference). */
export class AnnouncementRejected extends ValidationError {
  constructor(
    fields: ValidationError['fields'],
    readonly kept: KeptUpload | null,
  ) {
    super(fields)
  }
}

export async function issueAnnouncement(ctx: AnnouncementContext, body: unknown, uploads: ReadonlyMap<string, UploadOutcome>, correctionOf?: string): Promise<string> {
  const previous = correctionOf ? await loadForOversight(ctx, correctionOf) : undefined
  if (previous && previous.status !== 'published') throw new ConflictError('แก้ไขได้เฉพาะฉบับปัจจุบัน', 'Only the current version can be corrected')
  const raw = (body ?? {}) as Record<string, unknown>
  const str = (k: string) => (typeof raw[k] === 'string' ? (raw[k] as string) : '')
  const organisationId = previous ? previous.organisationId : str('organisation_id')
  if (!isUuid(organisationId) || !hasRoleIn(ctx.actor, organisationId, 'oversight')) throw new ForbiddenError('may issue announcements only for an oversight body one works for')
  // Stored as soon as the actor is known to issue for this body, so a refused form keeps the chosen file.
  const attachment = await decideKeptUpload(
    ctx,
    { organisationId, purpose: 'oversight-announcement', field: 'attachment', notAvailable: { th: 'ไฟล์ที่แนบไว้ใช้ไม่ได้แล้ว กรุณาเลือกไฟล์อีกครั้ง', en: 'The file attached earlier is no longer available; choose it again' } },
    { upload: uploads.get('attachment'), keptReference: str('attachment_kept'), discardKept: str('attachment_discard') === 'yes', removeCurrent: false },
  )
  try {
    return await issueChecked(ctx, body, previous, organisationId, attachment.errors, attachment.change.kind === 'set' ? attachment.change.fileId : null)
  } catch (e) {
    if (e instanceof ValidationError) throw new AnnouncementRejected({ ...e.fields, ...attachment.errors }, attachment.kept)
    throw e
  }
}

async function issueChecked(ctx: AnnouncementContext, body: unknown, previous: repo.Announcement | undefined, organisationId: string, attachmentErrors: Record<string, { th: string; en: string }>, attachedFileId: string | null): Promise<string> {
  const input = parseAnnouncementForm(body, { correction: !!previous })
  const errors: Record<string, { th: string; en: string }> = { ...attachmentErrors }
  let scheduleId: string | null = null
  if (input.scheduleId) {
    const s = isUuid(input.scheduleId) ? await reportsRepo.findSchedule(ctx.db, input.scheduleId) : undefined
    if (!s || s.organisationId !== organisationId) errors['schedule_id'] = { th: 'เลือกกำหนดการรายงานของหน่วยงานกำกับนี้', en: 'Choose a reporting schedule of this oversight body' }
    else scheduleId = s.id
  }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  const measures = numberMeasures(measureCatalogue(), input.measureIds, input.typedMeasures)
  const agencies = await reportsRepo.agenciesUnder(ctx.db, organisationId)
  const addressed = addressedAgencies(input.audience, agencies, organisationId)
  if (addressed.length === 0) throw new ValidationError({ audience: { th: 'ไม่มีหน่วยงานตรงตามที่เลือก', en: 'No agency matches this choice' } })
  const keptFiles = previous ? (await repo.filesOf(ctx.db, previous.id)).map((f) => f.fileId) : []
  const portal = previous ? new Map((await repo.recipientsOf(ctx.db, previous.id)).map((r) => [r.organisationId, r.onPortalSince])) : new Map<string, Date | null>()
  const body_ = body as Record<string, unknown>
  const dropped = new Set(Array.isArray(body_['remove_file']) ? (body_['remove_file'] as string[]) : typeof body_['remove_file'] === 'string' ? [body_['remove_file']] : [])

  const { id } = await ctx.db.transaction().execute(async (trx) => {
    if (previous && !(await repo.supersede(trx, previous.id, ctx.now))) throw new ConflictError('ประกาศนี้ถูกแก้ไขไปแล้ว', 'This announcement was corrected meanwhile')
    const made = await repo.insertAnnouncement(trx, {
      seriesId: previous?.seriesId ?? null,
      version: previous ? previous.version + 1 : 1,
      organisationId,
      number: input.number,
      issuedOn: input.issuedOn,
      fiscalYear: input.fiscalYear,
      titleTh: input.titleTh,
      titleEn: input.titleEn,
      bodyTh: input.bodyTh,
      measures,
      audience: input.audience,
      scheduleId,
      correctionNote: previous ? input.correctionNote : '',
      createdBy: ctx.actor.userId,
      now: ctx.now,
    })
    const fileIds = keptFiles.filter((f) => !dropped.has(f))
    if (attachedFileId) fileIds.push(attachedFileId)
    await repo.attachFiles(trx, made.id, fileIds)
    await repo.insertRecipients(trx, made.id, addressed.map((a) => ({ organisationId: a, onPortalSince: portal.get(a) ?? null })))
    await recordAudit(trx, {
      actor: auditActorOf(ctx.actor),
      organisationId,
      action: previous ? 'oversight_announcement.corrected' : 'oversight_announcement.issued',
      entityType: 'oversight_announcement',
      entityId: made.id,
      summary: { before: previous ? { id: previous.id, version: previous.version } : null, after: { number: input.number, version: previous ? previous.version + 1 : 1, title: input.titleTh, measures: measures.length, addressed: addressed.length, schedule: scheduleId, note: input.correctionNote || undefined } },
      at: ctx.now,
    })
    const people = await reportsRepo.holdersOf(trx, addressed, ['head', 'ita_coordinator'])
    for (const p of people) {
      await queueMail(trx, { to: p.email, ...announcementMail({ number: input.number, title: input.titleTh, correction: !!previous, link: `${ctx.baseUrl}/staff/announcements/${made.id}` }) }, ctx.now)
    }
    await bumpPublicGeneration(trx, organisationScope(organisationId), ...addressed.filter((a) => portal.get(a)).map(organisationScope))
    return made
  })
  return id
}

async function loadForOversight(ctx: AnnouncementContext, id: string): Promise<repo.Announcement> {
  if (!isUuid(id)) throw new NotFoundError('announcement')
  const a = await repo.findAnnouncement(ctx.db, id)
  if (!a || !hasRoleIn(ctx.actor, a.organisationId, 'oversight')) throw new NotFoundError('announcement')
  return a
}

export type OversightListRow = repo.Announcement & { expected: number; acknowledged: number }

export async function listIssued(ctx: AnnouncementContext): Promise<OversightListRow[]> {
  const bodies = oversightBodiesOf(ctx.actor)
  if (bodies.length === 0) throw new ForbiddenError('only oversight lists its announcements')
  const list = await repo.listIssuedBy(ctx.db, bodies)
  const counts = await repo.ackCounts(ctx.db, list.map((a) => a.id))
  return list.map((a) => ({ ...a, ...(counts.get(a.id) ?? { expected: 0, acknowledged: 0 }) }))
}

export type RecipientStanding = repo.Recipient & { state: AckState; earlier: number | null }
export type OversightAnnouncementView = { announcement: repo.Announcement; versions: repo.Announcement[]; files: repo.AttachedFile[]; recipients: RecipientStanding[] }

/** Oversight's view: who has acknowledged this version, who only an earlier one, who not at all. */
export async function oversightAnnouncementView(ctx: AnnouncementContext, id: string): Promise<OversightAnnouncementView> {
  const announcement = await loadForOversight(ctx, id)
  const earlier = await repo.acknowledgedVersions(ctx.db, announcement.seriesId)
  const recipients = (await repo.recipientsOf(ctx.db, id)).map((r) => ({ ...r, ...ackState(r, (earlier.get(r.organisationId) ?? []).filter((v) => v < announcement.version)) }))
  return { announcement, versions: await repo.versionsOf(ctx.db, announcement.seriesId), files: await repo.filesOf(ctx.db, id), recipients }
}

/** Mails the heads of agencies that have not acknowledged, at most once a day each. */
export async function remindUnacknowledged(ctx: AnnouncementContext, id: string): Promise<number> {
  const a = await loadForOversight(ctx, id)
  if (a.status !== 'published') throw new ConflictError('ประกาศฉบับนี้ถูกแก้ไขแล้ว ให้เตือนจากฉบับปัจจุบัน', 'This version was superseded; remind from the current one')
  const today = todayInBangkok(ctx.now)
  return ctx.db.transaction().execute(async (trx) => {
    const due = (await repo.recipientsOf(trx, id)).filter((r) => needsReminder(r, today))
    if (due.length === 0) return 0
    for (const r of due) {
      for (const p of await reportsRepo.holdersOf(trx, [r.organisationId], ['head'])) {
        await queueMail(trx, { to: p.email, organisationId: r.organisationId, ...announcementReminderMail({ number: a.number, title: a.titleTh, issued: formatDateTh(a.issuedOn as never), agency: r.nameTh, link: `${ctx.baseUrl}/staff/announcements/${id}` }) }, ctx.now)
      }
    }
    await repo.markReminded(trx, id, due.map((r) => r.organisationId), today)
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: a.organisationId, action: 'oversight_announcement.reminded', entityType: 'oversight_announcement', entityId: id, summary: { before: null, after: { agencies: due.map((r) => r.nameTh) } }, at: ctx.now })
    return due.length
  })
}

const agencyRoles = ['head', 'ita_coordinator', 'officer', 'admin'] as const
const myAgencies = (actor: Actor) => [...new Set(actor.memberships.filter((m) => (agencyRoles as readonly string[]).includes(m.role)).map((m) => m.organisationId))]

export type AgencyListRow = repo.AddressedRow & { agencyNameTh: string }

/** Announcements addressed to the actor's agencies: what their staff home lists. */
export async function listAddressedToMe(ctx: AnnouncementContext): Promise<repo.AddressedRow[]> {
  return repo.listAddressedTo(ctx.db, myAgencies(ctx.actor), { currentOnly: true })
}

export type AgencyAnnouncementView = {
  announcement: repo.Announcement
  files: repo.AttachedFile[]
  mine: { organisationId: string; nameTh: string; acknowledgedAt: Date | null; acknowledgedName: string | null; acknowledgedPosition: string | null; onPortalSince: Date | null; canAcknowledge: boolean; canPublish: boolean }[]
  current: { id: string; version: number } | null
  position: string
}

export async function agencyAnnouncementView(ctx: AnnouncementContext, id: string): Promise<AgencyAnnouncementView> {
  if (!isUuid(id)) throw new NotFoundError('announcement')
  const announcement = await repo.findAnnouncement(ctx.db, id)
  if (!announcement) throw new NotFoundError('announcement')
  const mineIds = new Set(myAgencies(ctx.actor))
  const recipients = (await repo.recipientsOf(ctx.db, id)).filter((r) => mineIds.has(r.organisationId))
  if (recipients.length === 0) throw new NotFoundError('announcement')
  const current = announcement.status === 'published' ? null : (await repo.versionsOf(ctx.db, announcement.seriesId)).find((v) => v.status === 'published') ?? null
  return {
    announcement,
    files: await repo.filesOf(ctx.db, id),
    current: current ? { id: current.id, version: current.version } : null,
    position: await reportsRepo.userPosition(ctx.db, ctx.actor.userId),
    mine: recipients.map((r) => ({
      organisationId: r.organisationId,
      nameTh: r.nameTh,
      acknowledgedAt: r.acknowledgedAt,
      acknowledgedName: r.acknowledgedName,
      acknowledgedPosition: r.acknowledgedPosition,
      onPortalSince: r.onPortalSince,
      canAcknowledge: announcement.status === 'published' && r.acknowledgedAt === null && hasRoleIn(ctx.actor, r.organisationId, 'head'),
      canPublish: announcement.status === 'published' && hasRoleIn(ctx.actor, r.organisationId, 'head', 'ita_coordinator'),
    })),
  }
}

/** The agency head acknowledges (รับทราบ) the current version, once. */
export async function acknowledgeAnnouncement(ctx: AnnouncementContext, id: string, body: unknown): Promise<void> {
  const view = await agencyAnnouncementView(ctx, id)
  const input = parseAcknowledgement(body)
  const target = view.mine.find((m) => m.organisationId === input.organisationId) ?? (view.mine.length === 1 ? view.mine[0] : undefined)
  if (!target || !hasRoleIn(ctx.actor, target.organisationId, 'head')) throw new ForbiddenError('only the agency head acknowledges an announcement')
  if (view.announcement.status !== 'published') throw new ConflictError('ประกาศฉบับนี้ถูกแก้ไขแล้ว กรุณารับทราบฉบับปัจจุบัน', 'This version was superseded; acknowledge the current one')
  if (target.acknowledgedAt) throw new ConflictError('หน่วยงานรับทราบประกาศฉบับนี้แล้ว', 'Your agency has already acknowledged this version')
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.acknowledge(trx, id, target.organisationId, { userId: ctx.actor.userId, name: ctx.actor.displayName, position: input.position }, ctx.now))) throw new ConflictError('หน่วยงานรับทราบประกาศฉบับนี้แล้ว', 'Your agency has already acknowledged this version')
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: target.organisationId, action: 'oversight_announcement.acknowledged', entityType: 'oversight_announcement', entityId: id, summary: { before: null, after: { version: view.announcement.version, name: ctx.actor.displayName, position: input.position } }, at: ctx.now })
  })
}

/** The head or ITA coordinator shows the announcement on the agency's portal, or takes it off. */
export async function publishOnPortal(ctx: AnnouncementContext, id: string, body: unknown, on: boolean): Promise<void> {
  const view = await agencyAnnouncementView(ctx, id)
  const orgId = (body as Record<string, unknown> | undefined)?.['organisation_id']
  const target = view.mine.find((m) => m.organisationId === orgId) ?? (view.mine.length === 1 ? view.mine[0] : undefined)
  if (!target || !target.canPublish) throw new ForbiddenError('only the head or the ITA coordinator publishes the current version on the portal')
  await ctx.db.transaction().execute(async (trx) => {
    await repo.setOnPortal(trx, id, target.organisationId, on ? ctx.now : null)
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: target.organisationId, action: on ? 'oversight_announcement.on_portal' : 'oversight_announcement.off_portal', entityType: 'oversight_announcement', entityId: id, summary: { before: { on_portal: !!target.onPortalSince }, after: { on_portal: on } }, at: ctx.now })
    await bumpPublicGeneration(trx, organisationScope(target.organisationId))
  })
}

/** An attachment, for those who may see the announcement. */
export async function openAnnouncementFile(ctx: AnnouncementContext, id: string, fileId: string): Promise<OpenedFile> {
  let files: repo.AttachedFile[]
  try {
    files = (await agencyAnnouncementView(ctx, id)).files
  } catch (e) {
    if (!(e instanceof NotFoundError)) throw e
    files = (await oversightAnnouncementView(ctx, id)).files
  }
  if (!files.some((f) => f.fileId === fileId)) throw new NotFoundError('file')
  const opened = await ctx.files.openFile(fileId)
  if (!opened) throw new NotFoundError('file')
  return opened
}

export type PublicAnnouncements = { agency: { id: string; slug: string; name_th: string; name_en: string }; issued: repo.Announcement[]; received: repo.Announcement[]; files: Map<string, repo.AttachedFile[]> }

/**
 * /o/:slug/announcements: what a province issued (current versions) and what an agency chose to
 * show of the announcements addressed to it.
 */
export async function publicAnnouncements(db: Kysely<Database>, slug: string): Promise<PublicAnnouncements> {
  const agency = await db.selectFrom('organisations').select(['id', 'slug', 'name_th', 'name_en']).where('slug', '=', slug).executeTakeFirst()
  if (!agency) throw new NotFoundError('organisation')
  const issued = await repo.listIssuedBy(db, [agency.id])
  const received = (await repo.listAddressedTo(db, [agency.id], { onPortalOnly: true, currentOnly: true })).map((r) => r.announcement)
  const files = new Map<string, repo.AttachedFile[]>()
  for (const a of [...issued, ...received]) files.set(a.id, await repo.filesOf(db, a.id))
  return { agency, issued, received, files }
}

export async function publicAnnouncementFile(db: Kysely<Database>, files: FileService, slug: string, id: string, fileId: string): Promise<OpenedFile> {
  const pub = await publicAnnouncements(db, slug)
  if (!isUuid(id) || !(pub.files.get(id) ?? []).some((f) => f.fileId === fileId)) throw new NotFoundError('file')
  const opened = await files.openFile(fileId)
  if (!opened) throw new NotFoundError('file')
  return opened
}
