/**
 * A complaint arriving, and the complainant following it with their receipt. The complainant
 * has no account: the receipt is the only way in, and what it opens is derived from it.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { bumpPublicGeneration, organisationScope } from '../../platform/public-content/generations.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { newDataKey } from '../../platform/crypto/envelope.ts'
import { renderMail } from '../../platform/mail/mail-templates.ts'
import { queueMail } from '../../platform/mail/outbox.ts'
import { fiscalYearOf, todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { HANDLER_ROLE, canEnterComplaint, canUseInternalChannel } from './complaint-access.domain.ts'
import type { ComplaintDraft } from './complaint-form.input.ts'
import * as keys from './complaint-keys.ts'
import type { ComplaintStatus, Intake } from './complaint-workflow.domain.ts'
import * as repo from './complaints.repository.ts'
import { deadlineCalculator, loadGuideline } from './complaint-guideline.use-cases.ts'
import { stepOf, type GuidelineStep } from './complaint-deadlines.domain.ts'
import { normaliseReceipt, receiptFromBytes } from './receipt.domain.ts'

export type ComplaintDeps = { db: Kysely<Database>; now: Date; baseUrl: string }

/** Who filed it: a citizen on the web form, an officer entering another channel, or staff on an internal channel. */
export type Filer = { by: 'citizen' } | { by: 'officer'; actor: Actor } | { by: 'staff'; actor: Actor }

export type Filed = { id: string; reference: string; receipt: string; organisationId: string }

export const RECEIPT_PROBLEM = {
  malformed: { th: 'รหัสติดตามเรื่องมี 16 ตัวอักษร (ตัวเลขและอักษรภาษาอังกฤษ) เช่น 7K2M-9QXT-4HBD-R8CW', en: 'A receipt has 16 letters and digits, like 7K2M-9QXT-4HBD-R8CW' },
  unknown: { th: 'ไม่พบเรื่องร้องเรียนที่ตรงกับรหัสนี้ กรุณาตรวจสอบรหัสอีกครั้ง', en: 'No complaint matches this receipt. Check it and try again' },
}

const COMPLAINANT_ACTOR = { id: null, label: 'ผู้ร้องเรียน / complainant' } as const

async function organisationNames(db: Kysely<Database>, id: string) {
  const o = await db.selectFrom('organisations').select(['name_th', 'name_en', 'slug']).where('id', '=', id).executeTakeFirstOrThrow()
  return { th: o.name_th, en: o.name_en || o.name_th, slug: o.slug }
}

/** The same form sent twice: the first one filed the complaint and showed its receipt. */
export class AlreadySubmittedError extends ConflictError {}

const alreadySubmitted = () =>
  new AlreadySubmittedError(
    'เรื่องร้องเรียนจากแบบฟอร์มนี้ได้รับไว้แล้วเมื่อส่งครั้งแรก จึงไม่บันทึกซ้ำ ติดตามเรื่องได้ที่หน้า “ติดตามเรื่องร้องเรียน” ด้วยรหัสติดตามเรื่องที่แสดงในครั้งนั้น',
    'The complaint from this form was received the first time it was sent, so it was not filed twice. Follow it on the “Follow a complaint” page with the receipt shown then.',
  )

function submissionHashOf(token: string): string {
  return createHash('sha256').update(`prongsai/complaint-submission/v1\n${token}`).digest('hex')
}

export async function submitComplaint(
  deps: ComplaintDeps,
  input: { organisationId: string; draft: ComplaintDraft; evidence: readonly keys.EvidenceFile[]; filer: Filer; /** Demo data only: a published, known receipt. */ fixedReceipt?: string },
): Promise<Filed> {
  const { db, now } = deps
  const { draft, filer } = input
  if (filer.by === 'officer' && !canEnterComplaint(filer.actor, input.organisationId)) throw new ForbiddenError()
  if (filer.by === 'staff' && !canUseInternalChannel(filer.actor, input.organisationId)) throw new ForbiddenError()
  if (filer.by !== 'staff' && draft.intake !== 'public') throw new ForbiddenError()
  if (filer.by === 'staff' && draft.intake === 'public') throw new ForbiddenError()

  const submissionHash = draft.submission ? submissionHashOf(draft.submission) : null
  if (submissionHash && (await repo.complaintOfSubmission(db, submissionHash))) throw alreadySubmitted()
  const receipt = input.fixedReceipt ?? receiptFromBytes(randomBytes(16))
  const secrets = await keys.secretsOfReceipt(db, normaliseReceipt(receipt)!)
  const id = randomUUID()
  const dataKey = newDataKey()
  const today = todayInBangkok(now)
  const org = await organisationNames(db, input.organisationId)

  // A caller that passes its own transaction (the comment box forwarding a comment) commits the complaint with its own change.
  const inTransaction = <T>(fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> => (db.isTransaction ? fn(db as Transaction<Database>) : db.transaction().execute(fn))
  const filed = await inTransaction(async (trx) => {
    // Two copies of one form racing each other: the unique index lets one in.
    if (submissionHash) await repo.lockSubmission(trx, submissionHash)
    if (submissionHash && (await repo.complaintOfSubmission(trx, submissionHash))) throw alreadySubmitted()
    const fy = fiscalYearOf(today)
    const n = await repo.nextComplaintNumber(trx, input.organisationId, fy)
    const reference = `${fy}/${String(n).padStart(4, '0')}`
    await trx
      .insertInto('complaints')
      .values({
        id,
        organisation_id: input.organisationId,
        reference,
        intake: draft.intake,
        channel: draft.channel,
        kind: draft.kind,
        subject_text: draft.subjectText,
        what_happened: draft.whatHappened,
        happened_when: draft.happenedWhen,
        happened_where: draft.happenedWhere,
        request: draft.request,
        anonymous: draft.anonymous,
        has_witnesses: draft.identity.witnesses.length > 0,
        evidence_count: input.evidence.length,
        sealed_identity: keys.sealIdentity(dataKey, id, draft.identity),
        wants_email_updates: draft.wantsEmailUpdates,
        receipt_hash: secrets.lookupHash,
        submission_hash: submissionHash,
        complainant_key: keys.sealForComplainant(dataKey, id, secrets.key),
        status: 'received' satisfies ComplaintStatus,
        received_on: today,
        step_started_on: today,
        // An internal report does not record its reporter's account: the identity they chose to give is sealed like anyone's.
        created_by: filer.by === 'officer' ? filer.actor.userId : null,
        created_at: now,
        updated_at: now,
      })
      .execute()
    await keys.shareWithHandlers(trx, { id, organisation_id: input.organisationId, intake: draft.intake }, dataKey)
    if (filer.by === 'officer') await keys.shareWithUser(trx, id, dataKey, filer.actor.userId)
    await keys.storeAttachments(trx, id, null, dataKey, input.evidence, now)
    await repo.insertEvent(trx, { complaintId: id, at: now, actorUserId: filer.by === 'officer' ? filer.actor.userId : null, kind: 'received', toStatus: 'received', detail: { channel: draft.channel } })
    await recordAudit(trx, {
      actor: filer.by === 'officer' ? auditActorOf(filer.actor) : COMPLAINANT_ACTOR,
      organisationId: input.organisationId,
      action: 'complaint.received',
      entityType: 'complaint',
      entityId: id,
      summary: { after: { reference, intake: draft.intake, channel: draft.channel, kind: draft.kind, anonymous: draft.anonymous, evidence: input.evidence.length } },
      at: now,
    })
    // The published statistics count it (public intake only, but the bump is cheap either way).
    await bumpPublicGeneration(trx, organisationScope(input.organisationId))
    const handlers = await repo.peopleWithRole(trx, input.organisationId, HANDLER_ROLE[draft.intake])
    for (const h of handlers) {
      if (filer.by === 'officer' && h.id === filer.actor.userId) continue
      await queueMail(trx, { to: h.email, organisationId: input.organisationId, ...renderMail('complaintArrived', { reference, organisation: org, link: `${deps.baseUrl}/staff/complaints/${id}` }) }, now)
    }
    return { id, reference, receipt, organisationId: input.organisationId }
  })
  return filed
}

/** The complaint a receipt opens and the key to it; a wrong or malformed receipt is a field error. */
export async function openWithReceipt(deps: ComplaintDeps, typed: string): Promise<{ complaintId: string; key: Buffer }> {
  const compact = normaliseReceipt(typed)
  if (!compact) throw new ValidationError({ receipt: RECEIPT_PROBLEM.malformed })
  const secrets = await keys.secretsOfReceipt(deps.db, compact)
  const c = await repo.findComplaintByReceiptHash(deps.db, secrets.lookupHash)
  if (!c?.complainant_key) throw new ValidationError({ receipt: RECEIPT_PROBLEM.unknown })
  const dataKey = keys.openForComplainant(c.complainant_key, c.id, secrets.key)
  // A handler who joined (or reset their password) since the last visit gets a copy now.
  await keys.shareWithHandlers(deps.db, c, dataKey)
  return { complaintId: c.id, key: dataKey }
}

export type ComplainantCase = {
  id: string
  reference: string
  organisation: { th: string; en: string; slug: string }
  intake: Intake
  kind: string | null
  channel: string
  status: ComplaintStatus
  receivedOn: string
  anonymous: boolean
  subjectText: string
  whatHappened: string
  happenedWhen: string
  happenedWhere: string
  request: string
  outcome: string | null
  resultForComplainant: string | null
  notAcceptedReason: string | null
  ground: string | null
  wantsEmailUpdates: boolean
  /** The step the case is in and the day the agency's guideline gives it to be done by (none once closed). */
  nextStep: { step: GuidelineStep; due: string } | null
  /** The complainant has asked for a review of the outcome, not yet answered. */
  reviewRequested: boolean
  history: { at: Date; status: ComplaintStatus }[]
  messages: { id: string; from: 'complainant' | 'agency'; body: string; at: Date; attachments: keys.AttachmentSummary[] }[]
  evidence: keys.AttachmentSummary[]
}

async function nextStepOf(deps: ComplaintDeps, c: repo.ComplaintRow): Promise<ComplainantCase['nextStep']> {
  const step = stepOf(c.status as ComplaintStatus)
  if (!step) return null
  const deadline = (await deadlineCalculator(deps.db, deps.now))(c, (await loadGuideline(deps.db, c.organisation_id)).steps)
  return deadline ? { step, due: deadline.due } : null
}

/** What the complainant sees: status, the result, the agency's messages; never internal notes or staff names. */
export async function complainantCase(deps: ComplaintDeps, complaintId: string, dataKey: Buffer): Promise<ComplainantCase> {
  const c = await repo.findComplaint(deps.db, complaintId)
  if (!c) throw new NotFoundError('complaint')
  // Proves the key is this complaint's before anything is shown.
  keys.openIdentity(dataKey, c.id, c.sealed_identity)
  const events = await repo.eventsOf(deps.db, c.id)
  const attachments = await keys.listAttachments(deps.db, c.id, dataKey)
  const messages = (await repo.messagesOf(deps.db, c.id, false)).map((m) => ({
    id: m.id,
    from: m.author === 'complainant' ? ('complainant' as const) : ('agency' as const),
    body: keys.openMessage(dataKey, c.id, m.id, m.sealed_body),
    at: m.created_at,
    attachments: attachments.filter((a) => a.messageId === m.id),
  }))
  return {
    id: c.id,
    reference: c.reference,
    organisation: await organisationNames(deps.db, c.organisation_id),
    intake: c.intake as Intake,
    kind: c.kind,
    channel: c.channel,
    status: c.status as ComplaintStatus,
    receivedOn: c.received_on,
    anonymous: c.anonymous,
    subjectText: c.subject_text,
    whatHappened: c.what_happened,
    happenedWhen: c.happened_when,
    happenedWhere: c.happened_where,
    request: c.request,
    outcome: c.status === 'closed' ? c.outcome : null,
    resultForComplainant: c.status === 'closed' ? c.result_for_complainant : null,
    notAcceptedReason: c.status === 'not_accepted' || (c.status === 'closed' && c.ground) ? c.ground_reason : null,
    ground: c.ground,
    wantsEmailUpdates: c.wants_email_updates,
    nextStep: await nextStepOf(deps, c),
    reviewRequested: await repo.hasOpenReview(deps.db, c.id),
    history: events.filter((e) => e.to_status && e.from_status !== e.to_status).map((e) => ({ at: e.at, status: e.to_status as ComplaintStatus })),
    messages,
    evidence: attachments.filter((a) => a.messageId === null),
  }
}

export const MESSAGE_LIMIT = 5000

export async function addComplainantMessage(deps: ComplaintDeps, complaintId: string, dataKey: Buffer, body: string, evidence: readonly keys.EvidenceFile[]): Promise<void> {
  const { db, now } = deps
  const text = body.trim()
  if (!text && evidence.length === 0) throw new ValidationError({ body: { th: 'พิมพ์ข้อความหรือแนบหลักฐานก่อนส่ง', en: 'Write a message or attach evidence before sending' } })
  if (text.length > MESSAGE_LIMIT) throw new ValidationError({ body: { th: `ข้อความยาวเกิน ${MESSAGE_LIMIT.toLocaleString('th-TH')} ตัวอักษร`, en: `The message is longer than ${MESSAGE_LIMIT.toLocaleString('en')} characters` } })
  const c = await repo.findComplaint(db, complaintId)
  if (!c) throw new NotFoundError('complaint')
  keys.openIdentity(dataKey, c.id, c.sealed_identity)
  if (c.status === 'closed') throw new ValidationError({ body: { th: 'เรื่องนี้ยุติแล้ว ส่งข้อความเพิ่มไม่ได้ หากมีข้อเท็จจริงใหม่ โปรดยื่นเรื่องใหม่', en: 'This complaint is closed. If you have new facts, please file a new complaint' } })
  const org = await organisationNames(db, c.organisation_id)
  await db.transaction().execute(async (trx) => {
    const messageId = randomUUID()
    await trx.insertInto('complaint_messages').values({ id: messageId, complaint_id: c.id, author: 'complainant', author_user_id: null, sealed_body: keys.sealMessage(dataKey, c.id, messageId, text), created_at: now }).execute()
    await keys.storeAttachments(trx, c.id, messageId, dataKey, evidence, now)
    await trx.updateTable('complaints').set({ evidence_count: c.evidence_count + evidence.length, updated_at: now }).where('id', '=', c.id).execute()
    await repo.insertEvent(trx, { complaintId: c.id, at: now, actorUserId: null, kind: 'complainant_message', detail: { attachments: evidence.length } })
    await recordAudit(trx, { actor: COMPLAINANT_ACTOR, organisationId: c.organisation_id, action: 'complaint.complainant_message', entityType: 'complaint', entityId: c.id, summary: { after: { attachments: evidence.length } }, at: now })
    const notify = c.assigned_to
      ? await trx.selectFrom('users').select(['id', 'email']).where('id', '=', c.assigned_to).execute()
      : await repo.peopleWithRole(trx, c.organisation_id, HANDLER_ROLE[c.intake as Intake])
    for (const u of notify) await queueMail(trx, { to: u.email, organisationId: c.organisation_id, ...renderMail('complaintArrived', { reference: `${c.reference} (ข้อความใหม่ / new message)`, organisation: org, link: `${deps.baseUrl}/staff/complaints/${c.id}` }) }, now)
  })
}

export async function complainantAttachment(deps: ComplaintDeps, complaintId: string, dataKey: Buffer, attachmentId: string): Promise<keys.EvidenceFile> {
  const f = await keys.openAttachment(deps.db, complaintId, attachmentId, dataKey).catch(() => null)
  if (!f) throw new NotFoundError('attachment')
  return f
}



/**
 * A complainant who disagrees with the result asks for a review: their reasons go into the sealed
 * thread, a review row (with no words of theirs) is counted, and the agency's head is told.
 */
export async function requestReview(deps: ComplaintDeps, complaintId: string, dataKey: Buffer, reasons: string): Promise<void> {
  const { db, now } = deps
  const text = reasons.trim()
  if (!text) throw new ValidationError({ review: { th: 'เขียนเหตุผลที่ไม่เห็นด้วยกับผลการพิจารณา', en: 'Say why you disagree with the result' } })
  if (text.length > MESSAGE_LIMIT) throw new ValidationError({ review: { th: `ข้อความยาวเกิน ${MESSAGE_LIMIT.toLocaleString('th-TH')} ตัวอักษร`, en: `Longer than ${MESSAGE_LIMIT.toLocaleString('en')} characters` } })
  const c = await repo.findComplaint(db, complaintId)
  if (!c) throw new NotFoundError('complaint')
  keys.openIdentity(dataKey, c.id, c.sealed_identity)
  if (c.status !== 'closed') throw new ValidationError({ review: { th: 'ขอให้ทบทวนได้เมื่อหน่วยงานแจ้งผลและยุติเรื่องแล้ว', en: 'A review can be asked for once the agency has reported the result' } })
  if (await repo.hasOpenReview(db, c.id)) throw new ValidationError({ review: { th: 'ท่านขอให้ทบทวนผลไว้แล้ว หน่วยงานจะแจ้งผลการทบทวนให้ทราบ', en: 'You have already asked for a review; the agency will tell you its answer' } })
  const org = await organisationNames(db, c.organisation_id)
  await db.transaction().execute(async (trx) => {
    const messageId = randomUUID()
    await trx.insertInto('complaint_messages').values({ id: messageId, complaint_id: c.id, author: 'complainant', author_user_id: null, sealed_body: keys.sealMessage(dataKey, c.id, messageId, `ขอให้ทบทวนผลการพิจารณา / Review requested: ${text}`), created_at: now }).execute()
    await trx.insertInto('complaint_reviews').values({ complaint_id: c.id, requested_at: now, requested_on: todayInBangkok(now) }).execute()
    await repo.insertEvent(trx, { complaintId: c.id, at: now, actorUserId: null, kind: 'review_requested' })
    await recordAudit(trx, { actor: COMPLAINANT_ACTOR, organisationId: c.organisation_id, action: 'complaint.review_requested', entityType: 'complaint', entityId: c.id, summary: {}, at: now })
    // Review requests are counted in the published statistics.
    await bumpPublicGeneration(trx, organisationScope(c.organisation_id))
    for (const u of await repo.peopleWithRole(trx, c.organisation_id, 'head')) {
      await queueMail(trx, { to: u.email, organisationId: c.organisation_id, ...renderMail('complaintArrived', { reference: `${c.reference} (ผู้ร้องเรียนขอให้ทบทวนผล / review requested)`, organisation: org, link: `${deps.baseUrl}/staff/complaints/${c.id}` }) }, now)
    }
  })
}
