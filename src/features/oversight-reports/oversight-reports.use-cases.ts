import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ConflictError, ForbiddenError, NotFoundError, type FieldErrors } from '../../errors.ts'
import { auditActorOf, signerLabel, type Actor } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { hasRoleIn, isStaffOf } from '../../platform/auth/policy.ts'
import type { FileService, OpenedFile, UploadOutcome } from '../../platform/files/index.ts'
import {
  answersFor,
  answerableItems,
  attachFile,
  checkLink,
  createResponse,
  diffAnswers,
  findDefinition,
  loadAnswers,
  loadSnapshot,
  readAnswers,
  saveAnswers,
  snapshotAnswers,
  validateAnswers,
  type Answers,
  type Fetcher,
  type FormDefinition,
  type ItemChange,
} from '../../platform/forms/index.ts'
import { queueMail } from '../../platform/mail/outbox.ts'
import { formatDateEn, formatDateTh, todayInBangkok, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { listPortalItems } from '../portal/index.ts'
import { isUuid } from '../organisations/index.ts'
import { acceptedMail, awaitingHeadMail, returnedMail, sentBackByHeadMail, submittedMail } from './oversight-report-mail.ts'
import { can, isLate, nextStatus, type Command, type ReportStatus, type Standing } from './oversight-report.domain.ts'
import { parseReason, parseReturn, parseSignOff } from './oversight-reports.input.ts'
import * as repo from './oversight-reports.repository.ts'
import type { ReportRow } from './oversight-reports.repository.ts'
import { openDuePeriods } from './oversight-schedules.use-cases.ts'

export type ReportContext = { db: Kysely<Database>; actor: Actor; now: Date; baseUrl: string; files: FileService; fetchStatus: Fetcher }
export type { ReportRow }

export const REPORT_FILE_PURPOSE = 'oversight_report_file'

function standingOf(actor: Actor, r: ReportRow): Standing {
  return {
    contributor: isStaffOf(actor, r.organisationId),
    coordinator: hasRoleIn(actor, r.organisationId, 'ita_coordinator', 'admin'),
    head: hasRoleIn(actor, r.organisationId, 'head'),
    oversight: hasRoleIn(actor, r.oversightOrgId, 'oversight'),
  }
}

const isOpen = (r: ReportRow, today: IsoDate) => r.closesOn === null || today <= r.closesOn

/**
 * Staff of the agency see their report; oversight sees it only once it has been submitted, and
 * then only as submitted (never a draft). Anyone else: not found, as if it did not exist.
 */
async function loadVisible(db: Kysely<Database>, actor: Actor, id: string, opts: { forUpdate?: boolean } = {}): Promise<{ report: ReportRow; standing: Standing }> {
  if (!isUuid(id)) throw new NotFoundError('report')
  const report = await repo.findReport(db, id, opts)
  if (!report) throw new NotFoundError('report')
  const standing = standingOf(actor, report)
  const agencySide = standing.contributor
  const oversightSide = standing.oversight && report.submissions > 0
  if (!agencySide && !oversightSide) throw new NotFoundError('report')
  return { report, standing }
}

export type MyReports = { reports: (ReportRow & { late: boolean })[] }

export async function listMyReports(ctx: ReportContext): Promise<MyReports> {
  await openDuePeriods(ctx.db, ctx.now, ctx.baseUrl)
  const orgs = [...new Set(ctx.actor.memberships.map((m) => m.organisationId))]
  const today = todayInBangkok(ctx.now)
  const reports = await repo.listReportsOfAgencies(ctx.db, orgs)
  return { reports: reports.map((r) => ({ ...r, late: isLate({ firstSubmittedOn: r.firstSubmittedAt ? todayInBangkok(r.firstSubmittedAt) : null }, r.deadline, today) })) }
}

export type ReportView = {
  report: ReportRow
  def: FormDefinition
  formVersion: number
  answers: Answers
  standing: Standing
  commands: Command[]
  late: boolean
  open: boolean
  history: repo.HistoryEntry[]
  reasons: repo.ReturnReason[]
  /** For the reviewer of a resubmission: what changed since the previous submission. */
  changes: ItemChange[] | null
  /** Who the head is, to pre-fill the signature. */
  signer: { name: string; position: string }
  /** Answers the platform knows, offered with their source. */
  prefill: { itemId: string; url: string; source: { th: string; en: string } }[]
  /** Problems that stop it going on (shown, not blocking a draft save). */
  problems: FieldErrors
}

export async function reportView(ctx: ReportContext, id: string): Promise<ReportView> {
  const { report, standing } = await loadVisible(ctx.db, ctx.actor, id)
  const stored = await findDefinition(ctx.db, report.formDefinitionId)
  if (!stored) throw new NotFoundError('form')
  const def = stored.definition
  const agencySide = standing.contributor
  // Oversight reads what was submitted last, never the agency's work in progress.
  const answers = agencySide
    ? report.responseId
      ? await loadAnswers(ctx.db, report.responseId)
      : {}
    : report.responseId
      ? ((await loadSnapshot(ctx.db, report.responseId, report.submissions)) ?? {})
      : {}
  let changes: ItemChange[] | null = null
  if (report.responseId && report.submissions > 1) {
    const before = (await loadSnapshot(ctx.db, report.responseId, report.submissions - 1)) ?? {}
    const after = (await loadSnapshot(ctx.db, report.responseId, report.submissions)) ?? {}
    changes = diffAnswers(def, before, after, 'th')
  }
  const today = todayInBangkok(ctx.now)
  const open = isOpen(report, today)
  const commands = (['save', 'send_to_head', 'send_back', 'sign_and_submit', 'accept', 'return'] as const).filter((c) => can(standing, report.status, c, { open }))
  const prefill = agencySide ? await prefillFor(ctx, report, def, answers) : []
  return {
    report,
    def,
    formVersion: stored.version,
    answers: answersFor(def, answers),
    standing,
    commands,
    late: isLate({ firstSubmittedOn: report.firstSubmittedAt ? todayInBangkok(report.firstSubmittedAt) : null }, report.deadline, today),
    open,
    history: await repo.listHistory(ctx.db, report.id),
    reasons: await repo.listReturnReasons(ctx.db, report.id),
    changes,
    signer: { name: signerLabel(ctx.actor, report.organisationId), position: await repo.userPosition(ctx.db, ctx.actor.userId) },
    prefill,
    problems: report.nothingToReport ? {} : validateAnswers(def, answers),
  }
}

/** Item 2.3 (a link item with prefillFrom 'portal:service_manual'): the agency's published service manuals. */
async function prefillFor(ctx: ReportContext, report: ReportRow, def: FormDefinition, answers: Answers): Promise<ReportView['prefill']> {
  const out: ReportView['prefill'] = []
  for (const item of answerableItems(def)) {
    if (item.type !== 'link' || item.prefillFrom !== 'portal:service_manual') continue
    const current = answers[item.id]
    if (current?.type === 'link' && current.url.trim()) continue
    const items = await listPortalItems(ctx.db, { organisationIds: [report.organisationId], publishedOnly: true, section: 'service-manuals', limit: 1 })
    const first = items[0]
    if (first) out.push({ itemId: item.id, url: `${ctx.baseUrl}/o/${report.organisationSlug}/p/${first.itemKey}`, source: { th: `เว็บไซต์เปิดเผยข้อมูลของหน่วยงาน: ${first.titleTh}`, en: `The agency's disclosure portal: ${first.titleEn || first.titleTh}` } })
  }
  return out
}

const names = (r: ReportRow) => ({
  agency: { th: r.organisationNameTh, en: r.organisationNameEn || r.organisationNameTh },
  report: { th: r.scheduleTitleTh, en: r.scheduleTitleEn || r.scheduleTitleTh },
  period: { th: r.periodKey, en: r.periodKey },
})

async function transition(trx: Transaction<Database>, ctx: ReportContext, r: ReportRow, to: ReportStatus, reason: string, extra: Record<string, unknown> = {}) {
  if (to === r.status) return
  await repo.insertHistory(trx, { reportId: r.id, from: r.status, to, reason, byUser: ctx.actor.userId, byLabel: ctx.actor.displayName, at: ctx.now })
  await recordAudit(trx, {
    actor: auditActorOf(ctx.actor),
    organisationId: r.organisationId,
    action: `oversight_report.${to}`,
    entityType: 'oversight_report',
    entityId: r.id,
    summary: { before: { status: r.status }, after: { status: to, ...(reason ? { reason } : {}), ...extra } },
    at: ctx.now,
  })
}

export type SaveOutcome = { status: ReportStatus; errors: FieldErrors; changed: string[] }

/**
 * Saves the draft as typed (every submit, also when it does not validate), attaches uploaded
 * files at once, checks changed links; with `sendToHead`, moves on only when the answers are
 * complete. Nothing typed is lost: the errors come back with the saved draft.
 */
export async function saveReport(ctx: ReportContext, id: string, body: unknown, uploads: ReadonlyMap<string, UploadOutcome>, intent: { sendToHead: boolean }): Promise<SaveOutcome> {
  const first = await loadVisible(ctx.db, ctx.actor, id)
  const today = todayInBangkok(ctx.now)
  if (!can(first.standing, first.report.status, 'save', { open: isOpen(first.report, today) })) throw new ForbiddenError('may not change this report now')
  const stored = await findDefinition(ctx.db, first.report.formDefinitionId)
  if (!stored) throw new NotFoundError('form')
  const def = stored.definition
  const before = first.report.responseId ? await loadAnswers(ctx.db, first.report.responseId) : {}
  let answers = readAnswers(def, body, before)
  const errors: FieldErrors = {}
  // Links are checked outside the transaction (the network is slow), only when they changed.
  const own = { website: first.report.organisationWebsite, platformBase: ctx.baseUrl, platformPath: `/o/${first.report.organisationSlug}` }
  for (const item of answerableItems(def)) {
    const a = answers[item.id]
    if (item.type !== 'link' || a?.type !== 'link' || !a.url.trim() || a.check) continue
    const prefilled = readPrefillSource(body, item.id)
    answers = { ...answers, [item.id]: { ...a, check: await checkLink(a.url, own, ctx.fetchStatus, ctx.now), ...(prefilled ? { source: prefilled } : {}) } }
  }
  const result = await ctx.db.transaction().execute(async (trx) => {
    const { report, standing } = await loadVisible(trx, ctx.actor, id, { forUpdate: true })
    if (!can(standing, report.status, 'save', { open: isOpen(report, today) })) throw new ForbiddenError('may not change this report now')
    const responseId = report.responseId ?? (await createResponse(trx, { definitionId: report.formDefinitionId, organisationId: report.organisationId, now: ctx.now }))
    if (!report.responseId) await repo.updateReport(trx, report.id, { response_id: responseId }, ctx.now)
    for (const item of answerableItems(def)) {
      if (item.type !== 'files') continue
      const up = uploads.get(`a__${item.id}__new`)
      if (!up) continue
      if ('problem' in up) {
        Object.assign(errors, Object.fromEntries(Object.values(up.problem).map((m) => [`a__${item.id}__new`, m])))
        continue
      }
      const file = await ctx.files.commit(up.upload, { organisationId: report.organisationId, uploadedBy: ctx.actor.userId, purpose: REPORT_FILE_PURPOSE, now: ctx.now }, trx)
      const caption = typeof (body as Record<string, unknown>)[`a__${item.id}__new_caption`] === 'string' ? String((body as Record<string, unknown>)[`a__${item.id}__new_caption`]) : ''
      answers = attachFile(answers, item, { fileId: file.id, name: file.originalName, mime: file.mime, caption })
    }
    const changed = await saveAnswers(trx, { responseId, answers, by: { userId: ctx.actor.userId, label: ctx.actor.displayName }, now: ctx.now })
    let status = nextStatus(report.status, 'save', report.submissions)
    if (status !== report.status) {
      await repo.updateReport(trx, report.id, { status }, ctx.now)
      await transition(trx, ctx, report, status, '')
    }
    if (changed.length) {
      await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: report.organisationId, action: 'oversight_report.answers_saved', entityType: 'oversight_report', entityId: report.id, summary: { before: null, after: { items: changed } }, at: ctx.now })
    }
    if (intent.sendToHead && Object.keys(errors).length === 0) {
      const problems = report.nothingToReport ? {} : validateAnswers(def, answers)
      Object.assign(errors, problems)
      if (Object.keys(problems).length === 0) {
        const from = { ...report, status }
        if (!can(standing, from.status, 'send_to_head', { open: true })) throw new ForbiddenError('only the ITA coordinator or the head sends the report to the head')
        await repo.updateReport(trx, report.id, { status: 'awaiting_head' }, ctx.now)
        await transition(trx, ctx, from, 'awaiting_head', '')
        status = 'awaiting_head'
        for (const head of await repo.holdersOf(trx, [report.organisationId], ['head'])) {
          await queueMail(trx, { to: head.email, organisationId: report.organisationId, ...awaitingHeadMail({ ...names(report), link: `${ctx.baseUrl}/staff/reports/${report.id}`, by: ctx.actor.displayName }) }, ctx.now)
        }
      }
    }
    return { status, changed }
  })
  return { ...result, errors }
}

function readPrefillSource(body: unknown, itemId: string): { th: string; en: string } | null {
  const b = body as Record<string, unknown>
  const th = b[`a__${itemId}__source_th`]
  const en = b[`a__${itemId}__source_en`]
  return typeof th === 'string' && th ? { th, en: typeof en === 'string' ? en : th } : null
}

/** "Nothing to report this period": a real submission (counted as received), with a reason, via the head. */
export async function declareNothingToReport(ctx: ReportContext, id: string, body: unknown): Promise<void> {
  const reason = parseReason(body, 'nothing_reason')
  await ctx.db.transaction().execute(async (trx) => {
    const { report, standing } = await loadVisible(trx, ctx.actor, id, { forUpdate: true })
    const today = todayInBangkok(ctx.now)
    if (!can(standing, report.status, 'save', { open: isOpen(report, today) }) || !(standing.coordinator || standing.head)) throw new ForbiddenError('may not declare this report empty')
    const mid: ReportRow = report.status === 'not_started' ? { ...report, status: 'draft' } : report
    if (report.status === 'not_started') {
      await repo.updateReport(trx, report.id, { status: 'draft' }, ctx.now)
      await transition(trx, ctx, report, 'draft', '')
    }
    await repo.updateReport(trx, report.id, { status: 'awaiting_head', nothing_to_report: true, nothing_reason: reason }, ctx.now)
    await transition(trx, ctx, mid, 'awaiting_head', reason, { nothing_to_report: true })
    for (const head of await repo.holdersOf(trx, [report.organisationId], ['head'])) {
      await queueMail(trx, { to: head.email, organisationId: report.organisationId, ...awaitingHeadMail({ ...names(report), link: `${ctx.baseUrl}/staff/reports/${report.id}`, by: ctx.actor.displayName }) }, ctx.now)
    }
  })
}

/** The head signs (name, position, time) and the report goes to the province, as a new submission. */
export async function signAndSubmit(ctx: ReportContext, id: string, body: unknown): Promise<void> {
  const first = await loadVisible(ctx.db, ctx.actor, id)
  if (!can(first.standing, first.report.status, 'sign_and_submit', { open: isOpen(first.report, todayInBangkok(ctx.now)) })) throw new ForbiddenError('only the head signs the report')
  const signOff = parseSignOff(body)
  await ctx.db.transaction().execute(async (trx) => {
    const { report, standing } = await loadVisible(trx, ctx.actor, id, { forUpdate: true })
    if (!can(standing, report.status, 'sign_and_submit', { open: true })) throw new ConflictError('รายงานนี้เปลี่ยนสถานะไปแล้ว', 'This report has moved on meanwhile')
    const submission = report.submissions + 1
    const responseId = report.responseId ?? (await createResponse(trx, { definitionId: report.formDefinitionId, organisationId: report.organisationId, now: ctx.now }))
    await snapshotAnswers(trx, { responseId, submission, now: ctx.now })
    const to = nextStatus(report.status, 'sign_and_submit', report.submissions)
    await repo.updateReport(
      trx,
      report.id,
      { status: to, response_id: responseId, submissions: submission, head_name: signOff.name, head_position: signOff.position, head_signed_at: ctx.now, last_submitted_at: ctx.now, ...(report.firstSubmittedAt ? {} : { first_submitted_at: ctx.now }) },
      ctx.now,
    )
    await transition(trx, ctx, report, to, '', { submission, signed_by: signOff })
    const late = !report.firstSubmittedAt && todayInBangkok(ctx.now) > report.deadline
    for (const o of await repo.holdersOf(trx, [report.oversightOrgId], ['oversight'])) {
      await queueMail(trx, { to: o.email, organisationId: report.oversightOrgId, ...submittedMail({ ...names(report), link: `${ctx.baseUrl}/staff/oversight/reports/${report.id}`, resubmission: submission > 1, late }) }, ctx.now)
    }
  })
}

/** The head sends it back to the coordinator, with a reason. */
export async function sendBackToCoordinator(ctx: ReportContext, id: string, body: unknown): Promise<void> {
  const first = await loadVisible(ctx.db, ctx.actor, id)
  if (!can(first.standing, first.report.status, 'send_back', { open: true })) throw new ForbiddenError('only the head sends a report back')
  const reason = parseReason(body, 'send_back_reason')
  await ctx.db.transaction().execute(async (trx) => {
    const { report, standing } = await loadVisible(trx, ctx.actor, id, { forUpdate: true })
    if (!can(standing, report.status, 'send_back', { open: true })) throw new ConflictError('รายงานนี้เปลี่ยนสถานะไปแล้ว', 'This report has moved on meanwhile')
    const to = nextStatus(report.status, 'send_back', report.submissions)
    await repo.updateReport(trx, report.id, { status: to, nothing_to_report: false }, ctx.now)
    await transition(trx, ctx, report, to, reason)
    for (const c of await repo.holdersOf(trx, [report.organisationId], ['ita_coordinator'])) {
      await queueMail(trx, { to: c.email, organisationId: report.organisationId, ...sentBackByHeadMail({ ...names(report), link: `${ctx.baseUrl}/staff/reports/${report.id}`, by: ctx.actor.displayName, reason }) }, ctx.now)
    }
  })
}

/** Oversight accepts the report as submitted. */
export async function acceptReport(ctx: ReportContext, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const { report, standing } = await loadVisible(trx, ctx.actor, id, { forUpdate: true })
    if (!can(standing, report.status, 'accept', { open: true })) throw new ForbiddenError('may not accept this report')
    await repo.updateReport(trx, report.id, { status: 'accepted', accepted_at: ctx.now }, ctx.now)
    await transition(trx, ctx, report, 'accepted', '', { submission: report.submissions })
    for (const p of await repo.holdersOf(trx, [report.organisationId], ['ita_coordinator', 'head'])) {
      await queueMail(trx, { to: p.email, organisationId: report.organisationId, ...acceptedMail({ ...names(report), link: `${ctx.baseUrl}/staff/reports/${report.id}` }) }, ctx.now)
    }
  })
}

/** Oversight returns it with reasons item by item (at least one) and an optional reply date. */
export async function returnReport(ctx: ReportContext, id: string, body: unknown): Promise<void> {
  const first = await loadVisible(ctx.db, ctx.actor, id)
  if (!can(first.standing, first.report.status, 'return', { open: true })) throw new ForbiddenError('may not return this report')
  const stored = await findDefinition(ctx.db, first.report.formDefinitionId)
  if (!stored) throw new NotFoundError('form')
  const input = parseReturn(body, stored.definition)
  const itemLabel = (itemId: string) => {
    const item = answerableItems(stored.definition).find((i) => i.id === itemId)
    return item ? (item.number ? `ข้อ ${item.number}` : item.title.th) : 'ทั้งฉบับ'
  }
  await ctx.db.transaction().execute(async (trx) => {
    const { report, standing } = await loadVisible(trx, ctx.actor, id, { forUpdate: true })
    if (!can(standing, report.status, 'return', { open: true })) throw new ConflictError('รายงานนี้เปลี่ยนสถานะไปแล้ว', 'This report has moved on meanwhile')
    await repo.insertReturnReasons(trx, report.id, report.submissions, input.reasons, ctx.now)
    await repo.updateReport(trx, report.id, { status: 'returned', reply_by: input.replyBy, nothing_to_report: false }, ctx.now)
    const summary = input.reasons.map((r) => `${itemLabel(r.itemId)}: ${r.reason}`)
    await transition(trx, ctx, report, 'returned', summary.join(' | '), { reasons: input.reasons, reply_by: input.replyBy })
    const replyBy = input.replyBy ? { th: formatDateTh(input.replyBy), en: formatDateEn(input.replyBy) } : null
    for (const p of await repo.holdersOf(trx, [report.organisationId], ['ita_coordinator', 'head'])) {
      await queueMail(trx, { to: p.email, organisationId: report.organisationId, ...returnedMail({ ...names(report), link: `${ctx.baseUrl}/staff/reports/${report.id}`, reasons: summary, replyBy }) }, ctx.now)
    }
  })
}

/** A file attached to the report, for those who may see the report (and, for oversight, only a submitted one). */
export async function openReportFile(ctx: ReportContext, id: string, fileId: string): Promise<OpenedFile> {
  const view = await reportView(ctx, id)
  const attached = Object.values(view.answers).some((a) => a.type === 'files' && a.files.some((f) => f.fileId === fileId))
  if (!attached) throw new NotFoundError('file')
  const opened = await ctx.files.openFile(fileId)
  if (!opened) throw new NotFoundError('file')
  return opened
}
