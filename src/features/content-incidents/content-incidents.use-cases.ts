import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError, ValidationError, type FieldErrors } from '../../errors.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { hasRoleIn, isStaffOf, organisationsOf, type OrgPath } from '../../platform/auth/policy.ts'
import type { FileService, OpenedFile, StoredFile, UploadOutcome } from '../../platform/files/index.ts'
import { queueMail } from '../../platform/mail/outbox.ts'
import { todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { descendantIds, findOrganisationById, findOrganisationBySlug, isUuid, organisationPath, sortByThaiName, type OrganisationDetails, type OrganisationSummary } from '../organisations/index.ts'
import { incidentClosedMail, incidentEscalatedMail, incidentReportedMail } from './content-incident-mail.ts'
import { ACTION_KINDS, allowedCommands, can, canSee, EVIDENCE_PURPOSE, INCIDENT_KINDS, labelOf, nextStatus, type Command, type Standing } from './content-incidents.domain.ts'
import { parseActionForm, parseClosingSummary, parseEscalationNote, parseReportForm, parseResponseNote, type ReportFormValues, type ReportInput } from './content-incidents.input.ts'
import * as repo from './content-incidents.repository.ts'
import type { Incident, IncidentStep } from './content-incidents.repository.ts'

export type UseCaseContext = { db: Kysely<Database>; actor: Actor; now: Date; files: FileService; baseUrl: string }
export type { Incident, IncidentStep }

const linkTo = (ctx: UseCaseContext, id: string) => `${ctx.baseUrl}/staff/incidents/${id}`
const orgNames = (o: { name_th: string; name_en: string }) => ({ th: o.name_th, en: o.name_en || o.name_th })

/** Agencies where the actor is on the staff (any role): where they may report. */
async function reportableAgencies(ctx: UseCaseContext): Promise<OrganisationSummary[]> {
  const ids = organisationsOf(ctx.actor)
  if (ids.length === 0) return []
  return sortByThaiName(await ctx.db.selectFrom('organisations').select(['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en']).where('id', 'in', ids).execute())
}

async function loadReportableAgency(ctx: UseCaseContext, organisationId: string): Promise<OrganisationDetails> {
  if (!isUuid(organisationId)) throw new NotFoundError('organisation')
  const org = await findOrganisationById(ctx.db, organisationId)
  if (!org) throw new NotFoundError('organisation')
  if (!isStaffOf(ctx.actor, org.id)) throw new ForbiddenError('may report incidents only for an agency one works for')
  return org
}

export type ReportForm = { org: OrganisationDetails; choices: OrganisationSummary[] }

/** The report form, for the agency named (or the first one the actor works for). */
export async function reportForm(ctx: UseCaseContext, orgRef: { slug: string } | { id: string } | null): Promise<ReportForm> {
  const choices = await reportableAgencies(ctx)
  let id: string
  if (orgRef && 'slug' in orgRef) {
    const bySlug = await findOrganisationBySlug(ctx.db, orgRef.slug)
    if (!bySlug) throw new NotFoundError('organisation')
    id = bySlug.id
  } else if (orgRef) id = orgRef.id
  else {
    const first = choices[0]
    if (!first) throw new ForbiddenError('works for no agency')
    id = first.id
  }
  return { org: await loadReportableAgency(ctx, id), choices }
}

export type KeptEvidence = { file: StoredFile; reference: string }
export type ReportOutcome = { saved: true; id: string } | { saved: false; errors: FieldErrors; keptEvidence: KeptEvidence | null }
export type EvidenceSubmission = { upload: UploadOutcome | undefined; keptReference: string; discardKept: boolean }

const EVIDENCE_NOT_AVAILABLE = { th: 'ไฟล์หลักฐานที่อัปโหลดไว้ใช้ไม่ได้แล้ว กรุณาเลือกไฟล์อีกครั้ง', en: 'The evidence uploaded earlier is no longer available; choose the file again' }

/** Stored at once (the reporter is known to work for the agency), so a rejected form keeps it by a signed reference. */
async function decideEvidence(ctx: UseCaseContext, orgId: string, s: EvidenceSubmission): Promise<{ kept: KeptEvidence | null; errors: FieldErrors }> {
  const { files, actor, now } = ctx
  let earlier: KeptEvidence | null = null
  if (s.keptReference && !s.discardKept) {
    const fileId = await files.readReference(s.keptReference, actor.userId, now)
    const file = fileId ? await files.findFile(fileId) : undefined
    earlier = file && file.organisationId === orgId && file.purpose === EVIDENCE_PURPOSE ? { file, reference: s.keptReference } : null
  }
  if (s.upload && 'problem' in s.upload) return { kept: earlier, errors: s.upload.problem }
  if (s.upload) {
    const upload = s.upload.upload
    const file = await ctx.db.transaction().execute(async (trx) => {
      const stored = await files.commit(upload, { organisationId: orgId, uploadedBy: actor.userId, purpose: EVIDENCE_PURPOSE, now }, trx)
      await recordAudit(trx, { actor: auditActorOf(actor), organisationId: orgId, action: 'file.uploaded', entityType: 'file', entityId: stored.id, summary: { before: null, after: { purpose: EVIDENCE_PURPOSE, mime: stored.mime, size: stored.size, sha256: stored.sha256 } }, at: now })
      return stored
    })
    return { kept: { file, reference: await files.signReference(file.id, actor.userId, now) }, errors: {} }
  }
  if (s.keptReference && !s.discardKept && !earlier) return { kept: null, errors: { evidence: EVIDENCE_NOT_AVAILABLE } }
  return { kept: earlier, errors: {} }
}

/** A staff member reports an incident; the agency's heads get a mail in the same transaction. */
export async function reportIncident(ctx: UseCaseContext, organisationId: string, form: { values: ReportFormValues; evidence: EvidenceSubmission }): Promise<ReportOutcome> {
  // Authorised before a byte is stored.
  const org = await loadReportableAgency(ctx, organisationId)
  const evidence = await decideEvidence(ctx, org.id, form.evidence)
  let errors: FieldErrors = {}
  let input: ReportInput | null = null
  try {
    input = parseReportForm(form.values, todayInBangkok(ctx.now))
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e
    errors = e.fields
  }
  errors = { ...errors, ...evidence.errors }
  if (!input || Object.keys(errors).length) return { saved: false, errors, keptEvidence: evidence.kept }
  const parsed = input
  const { actor, now } = ctx
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertIncident(trx, { organisationId: org.id, input: parsed, evidenceFileId: evidence.kept?.file.id ?? null, reportedBy: actor.userId, now })
    await recordAudit(trx, {
      actor: auditActorOf(actor),
      organisationId: org.id,
      action: 'content_incident.reported',
      entityType: 'content_incident',
      entityId: id,
      summary: { before: null, after: { kind: parsed.kind, urgency: parsed.urgency, seen_on: parsed.seenOn, where_seen: parsed.whereSeen, evidence_file_id: evidence.kept?.file.id ?? null, description_chars: parsed.description.length } },
      at: now,
    })
    const kind = labelOf(INCIDENT_KINDS, parsed.kind)
    for (const head of await repo.holdersOf(trx, [org.id], 'head')) {
      await queueMail(trx, { to: head.email, organisationId: org.id, ...incidentReportedMail({ organisation: orgNames(org), kind, urgent: parsed.urgency === 'urgent', link: linkTo(ctx, id), reporter: actor.displayName }) }, now)
    }
    return id
  })
  return { saved: true, id }
}

function standingOf(actor: Actor, incident: Incident, path: OrgPath): Standing {
  return {
    reporter: incident.reportedBy === actor.userId,
    head: hasRoleIn(actor, incident.organisationId, 'head'),
    oversight: path.slice(1).some((id) => hasRoleIn(actor, id, 'oversight')),
  }
}

const factsOf = (i: Incident) => ({ status: i.status, escalated: i.escalatedAt !== null })

async function loadVisible(db: Kysely<Database>, actor: Actor, id: string, options: { forUpdate?: boolean } = {}): Promise<{ incident: Incident; standing: Standing }> {
  if (!isUuid(id)) throw new NotFoundError('incident')
  const incident = await repo.findIncident(db, id, options)
  if (!incident) throw new NotFoundError('incident')
  const path = await organisationPath(db, incident.organisationId)
  const standing = standingOf(actor, incident, path ?? [incident.organisationId])
  // Not told apart from a missing one: whether an incident exists is itself internal.
  if (!canSee(standing, factsOf(incident))) throw new NotFoundError('incident')
  return { incident, standing }
}

export type IncidentList = { incidents: Incident[]; canReport: boolean; isHead: boolean; isOversight: boolean }

export async function listIncidents(ctx: UseCaseContext): Promise<IncidentList> {
  const { actor, db } = ctx
  const headOf = actor.memberships.filter((m) => m.role === 'head').map((m) => m.organisationId)
  const oversightRoots = actor.memberships.filter((m) => m.role === 'oversight').map((m) => m.organisationId)
  const overseenAgencies = await descendantIds(db, oversightRoots)
  const incidents = await repo.listVisibleIncidents(db, { userId: actor.userId, headOf, overseenAgencies })
  return { incidents, canReport: actor.memberships.length > 0, isHead: headOf.length > 0, isOversight: oversightRoots.length > 0 }
}

export type IncidentView = { incident: Incident; steps: IncidentStep[]; commands: Command[]; standing: Standing; evidence: StoredFile | null; oversightCount: number }

export async function incidentView(ctx: UseCaseContext, id: string): Promise<IncidentView> {
  const { incident, standing } = await loadVisible(ctx.db, ctx.actor, id)
  const evidence = incident.evidenceFileId ? ((await ctx.files.findFile(incident.evidenceFileId)) ?? null) : null
  const path = (await organisationPath(ctx.db, incident.organisationId)) ?? []
  const oversightCount = (await repo.holdersOf(ctx.db, path.slice(1), 'oversight')).length
  return { incident, steps: await repo.listSteps(ctx.db, incident.id), commands: allowedCommands(standing, factsOf(incident)), standing, evidence, oversightCount }
}

const NO_OVERSIGHT = { th: 'ไม่มีผู้กำกับติดตามในหน่วยงานเหนือหน่วยงานนี้ในระบบ จึงรายงานต่อไม่ได้', en: 'No one holds the oversight role above this agency, so it cannot be escalated' }

/**
 * One step on an incident, decided again under a row lock so two people acting at once cannot
 * both close it (or escalate a closed one).
 */
async function step(ctx: UseCaseContext, id: string, command: Command, parse: () => { note: string; actionKind?: (typeof ACTION_KINDS)[number]['key'] }): Promise<void> {
  // Visibility first: a person who may not see it learns nothing from the form's errors.
  const first = await loadVisible(ctx.db, ctx.actor, id)
  if (!can(first.standing, factsOf(first.incident), command)) throw new ForbiddenError(`may not ${command} this incident`)
  const input = parse()
  const { actor, now } = ctx
  await ctx.db.transaction().execute(async (trx: Transaction<Database>) => {
    const { incident, standing } = await loadVisible(trx, actor, id, { forUpdate: true })
    if (!can(standing, factsOf(incident), command)) throw new ForbiddenError(`may not ${command} this incident`)
    const status = nextStatus(incident.status, command)
    const stepKind = command === 'record_action' ? 'action' : command === 'escalate' ? 'escalated' : command === 'respond' ? 'oversight_response' : 'closed'
    const path = (await organisationPath(trx, incident.organisationId)) ?? []
    const oversight = command === 'escalate' ? await repo.holdersOf(trx, path.slice(1), 'oversight') : []
    if (command === 'escalate' && oversight.length === 0) throw new ValidationError({ escalation_note: NO_OVERSIGHT })
    await repo.insertStep(trx, { incidentId: incident.id, step: stepKind, actionKind: input.actionKind ?? null, note: input.note, byUser: actor.userId, byLabel: actor.displayName, at: now })
    if (status !== incident.status) await repo.setStatus(trx, incident.id, status, now, { escalated: command === 'escalate', ...(command === 'close' ? { closingSummary: input.note } : {}) })
    await recordAudit(trx, {
      actor: auditActorOf(actor),
      organisationId: incident.organisationId,
      action: `content_incident.${stepKind}`,
      entityType: 'content_incident',
      entityId: incident.id,
      summary: {
        before: { status: incident.status },
        after: { status, ...(input.actionKind ? { action_kind: input.actionKind } : {}), note: input.note, ...(command === 'escalate' ? { notified: oversight.map((o) => o.email) } : {}) },
      },
      at: now,
    })
    const org = { name_th: incident.organisationNameTh, name_en: incident.organisationNameEn }
    const kind = labelOf(INCIDENT_KINDS, incident.kind)
    for (const o of oversight) {
      await queueMail(trx, { to: o.email, organisationId: incident.organisationId, ...incidentEscalatedMail({ organisation: orgNames(org), kind, urgent: incident.urgency === 'urgent', link: linkTo(ctx, incident.id), head: actor.displayName }) }, now)
    }
    if (command === 'close' && incident.reportedBy && incident.reportedBy !== actor.userId) {
      const reporter = await repo.findUser(trx, incident.reportedBy)
      if (reporter) await queueMail(trx, { to: reporter.email, organisationId: incident.organisationId, ...incidentClosedMail({ organisation: orgNames(org), kind, link: linkTo(ctx, incident.id) }) }, now)
    }
  })
}

export const recordIncidentAction = (ctx: UseCaseContext, id: string, body: unknown) => step(ctx, id, 'record_action', () => parseActionForm(body))
export const escalateIncident = (ctx: UseCaseContext, id: string, body: unknown) => step(ctx, id, 'escalate', () => ({ note: parseEscalationNote(body) }))
export const closeIncident = (ctx: UseCaseContext, id: string, body: unknown) => step(ctx, id, 'close', () => ({ note: parseClosingSummary(body) }))
export const respondToIncident = (ctx: UseCaseContext, id: string, body: unknown) => step(ctx, id, 'respond', () => ({ note: parseResponseNote(body) }))

/** The evidence file, for those who may see the incident; or a file uploaded with the reporter's rejected form. */
export async function openEvidence(ctx: UseCaseContext, id: string): Promise<OpenedFile> {
  const { incident } = await loadVisible(ctx.db, ctx.actor, id)
  if (!incident.evidenceFileId) throw new NotFoundError('file')
  const opened = await ctx.files.openFile(incident.evidenceFileId)
  if (!opened) throw new NotFoundError('file')
  return opened
}
