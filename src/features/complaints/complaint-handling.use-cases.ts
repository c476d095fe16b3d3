/**
 * A complaint as staff handle it: the list, the case, the steps of the workflow, messages to the
 * complainant and internal notes. Identity and the thread open only with the reader's own sealed
 * copy of the complaint key; every opening of identity is audited.
 */
import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError, ValidationError, type FieldErrors } from '../../errors.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { bumpPublicGeneration, organisationScope } from '../../platform/public-content/generations.ts'
import { actingCapacity, actingPhraseTh, auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { renderMail } from '../../platform/mail/mail-templates.ts'
import { queueMail } from '../../platform/mail/outbox.ts'
import { todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { descendantIds, isUuid, organisationPath } from '../organisations/index.ts'
import { HANDLER_ROLE, canHandleComplaint, canOrderComplaint, canSeeComplaint, type CaseScope } from './complaint-access.domain.ts'
import type { ComplainantIdentity } from './complaint-form.input.ts'
import { deadlineCalculator, loadGuideline, orderDueDate, type Deadline } from './complaint-guideline.use-cases.ts'
import type { Guideline, Urgency } from './complaint-deadlines.domain.ts'
import * as keys from './complaint-keys.ts'
import { INTAKES, checkOrder, checkTransition, orderedStatus, type ComplaintStatus, type HeadOrder, type Intake, type ProposalKind, type Transition } from './complaint-workflow.domain.ts'
import * as repo from './complaints.repository.ts'
import { MESSAGE_LIMIT, type ComplaintDeps } from './complaint-intake.use-cases.ts'

/** The signed-in person and, for this request only, their private key (null if the session holds none). */
export type Reader = { actor: Actor; privateKey: string | null }

async function loadScoped(db: Kysely<Database>, actor: Actor, id: string) {
  const c = await repo.findComplaint(db, id)
  if (!c) throw new NotFoundError('complaint')
  const path = await organisationPath(db, c.organisation_id)
  if (!path) throw new NotFoundError('complaint')
  const scope: CaseScope = { organisationPath: path, intake: c.intake as Intake, subjectUserIds: await repo.subjectsOf(db, c.id) }
  // Someone who may not see a case is told it does not exist, so ids cannot be probed.
  if (!canSeeComplaint(actor, scope)) throw new NotFoundError('complaint')
  return { c, scope }
}

export type CaseListItem = Awaited<ReturnType<typeof repo.listComplaints>>[number] & { deadline: Deadline }

export type CaseListFilter = { view: 'open' | 'due_soon' | 'overdue' | 'closed' | 'all'; intake: Intake | null; mine: boolean }

/** The cases of one agency the person may see, with their due dates. */
export async function listCases(deps: ComplaintDeps, actor: Actor, organisationId: string, filter: CaseListFilter): Promise<CaseListItem[]> {
  const path = await organisationPath(deps.db, organisationId)
  if (!path) throw new NotFoundError('organisation')
  const intakes = INTAKES.filter((intake) => (filter.intake === null || filter.intake === intake) && canSeeComplaint(actor, { organisationPath: path, intake, subjectUserIds: [] }))
  if (intakes.length === 0) throw new ForbiddenError()
  const rows = await repo.listComplaints(deps.db, {
    organisationId,
    intakes,
    excludeSubjectUserId: actor.userId,
    ...(filter.view === 'closed' ? { statuses: ['closed'] } : filter.view === 'all' ? {} : { statuses: ['received', 'screening', 'awaiting_order', 'not_accepted', 'accepted', 'assigned', 'investigating', 'outcome'] }),
  })
  const guideline = await loadGuideline(deps.db, organisationId)
  const deadlineOf = await deadlineCalculator(deps.db, deps.now)
  const wanted: Urgency | null = filter.view === 'due_soon' ? 'due_soon' : filter.view === 'overdue' ? 'overdue' : null
  return rows
    .map((r) => ({ ...r, deadline: deadlineOf(r, guideline.steps) }))
    .filter((r) => (wanted ? r.deadline?.urgency === wanted : true))
    .filter((r) => (filter.mine ? r.assigned_to === actor.userId : true))
}

/** Organisations whose complaints this person can list (any intake), for the page's chooser. */
export function organisationsWithCases(actor: Actor): string[] {
  const ids = new Set<string>()
  for (const m of actor.memberships) if (m.role === 'complaint_officer' || m.role === 'head') ids.add(m.organisationId)
  return [...ids]
}

export type StaffAgency = { id: string; name_th: string; name_en: string; overseen: boolean }

/**
 * The agencies a person's complaint pages are about: those they belong to, then (for oversight)
 * the agencies below the bodies they oversee, whose public cases they may list.
 */
export async function staffAgencies(db: Kysely<Database>, actor: Actor): Promise<StaffAgency[]> {
  const own = [...new Set(actor.memberships.map((m) => m.organisationId))]
  const below = await descendantIds(db, actor.memberships.filter((m) => m.role === 'oversight').map((m) => m.organisationId))
  const ids = [...own, ...below.filter((id) => !own.includes(id))]
  if (ids.length === 0) return []
  const rows = await db.selectFrom('organisations').select(['id', 'name_th', 'name_en']).where('id', 'in', ids).execute()
  const byId = new Map(rows.map((r) => [r.id, r]))
  const collator = new Intl.Collator('th')
  const pick = (list: string[], overseen: boolean) => list.flatMap((id) => (byId.has(id) ? [{ ...byId.get(id)!, overseen }] : [])).sort((a, b) => collator.compare(a.name_th, b.name_th))
  return [...pick(own, false), ...pick(ids.filter((id) => !own.includes(id)), true)]
}

export type CaseDetail = {
  complaint: repo.ComplaintRow
  organisation: { name_th: string; name_en: string }
  canHandle: boolean
  /** The reader is the agency's head and may order on a waiting proposal. */
  canOrder: boolean
  /** Every proposal and order, oldest first; the last undecided one is what the head is asked. */
  orders: repo.OrderRow[]
  /** An open request by the complainant to review the outcome. */
  reviewRequested: boolean
  /** The reader holds a copy of the key: identity (on request), thread and evidence are open to them. */
  canRead: boolean
  deadline: Deadline
  /** The agency's step rules: which unit is responsible for the step the case is in, and its time frame. */
  guideline: Guideline
  events: Awaited<ReturnType<typeof repo.eventsOf>>
  messages: { id: string; author: 'complainant' | 'staff' | 'note'; authorName: string | null; body: string; at: Date; attachments: keys.AttachmentSummary[] }[]
  evidence: keys.AttachmentSummary[]
  handlers: { id: string; display_name: string; has_key: boolean }[]
  /** Handlers who hold no copy of this case's key (approved into the role after it was filed): a reader may transfer one. */
  withoutCaseKey: { id: string; display_name: string }[]
  staff: { id: string; display_name: string; position: string }[]
  subjects: { id: string; display_name: string }[]
  assignedName: string | null
  identity: ComplainantIdentity | null
}

async function withoutCaseKey(db: Kysely<Database>, complaintId: string, handlers: { id: string; display_name: string }[]): Promise<{ id: string; display_name: string }[]> {
  const holders = new Set(await repo.keyHolderIds(db, complaintId))
  return handlers.filter((h) => !holders.has(h.id)).map((h) => ({ id: h.id, display_name: h.display_name }))
}

async function openFor(db: Kysely<Database>, reader: Reader, c: repo.ComplaintRow): Promise<Buffer | null> {
  return keys.dataKeyForReader(db, c.id, reader.actor.userId, reader.privateKey)
}

export async function caseDetail(deps: ComplaintDeps, reader: Reader, id: string, opts: { revealIdentity?: boolean } = {}): Promise<CaseDetail> {
  const { db, now } = deps
  const { c, scope } = await loadScoped(db, reader.actor, id)
  const canHandle = canHandleComplaint(reader.actor, scope)
  const dataKey = canHandle ? await openFor(db, reader, c) : null
  if (dataKey) {
    const shared = await keys.shareWithHandlers(db, c, dataKey)
    if (shared.length > 0) {
      await db.transaction().execute((trx) =>
        recordAudit(trx, { actor: auditActorOf(reader.actor), organisationId: c.organisation_id, action: 'complaint.key_shared', entityType: 'complaint', entityId: c.id, summary: { after: { shared_with: shared } }, at: now }),
      )
    }
  }
  let identity: ComplainantIdentity | null = null
  if (opts.revealIdentity) {
    if (!dataKey) throw new ForbiddenError('no key to this complaint')
    identity = keys.openIdentity(dataKey, c.id, c.sealed_identity)
    await db.transaction().execute((trx) =>
      recordAudit(trx, { actor: auditActorOf(reader.actor), organisationId: c.organisation_id, action: 'complaint.identity_read', entityType: 'complaint', entityId: c.id, summary: { note: `reference ${c.reference}` }, at: now }),
    )
  }
  const attachments = dataKey ? await keys.listAttachments(db, c.id, dataKey) : []
  const messages = dataKey
    ? (await repo.messagesOf(db, c.id, true)).map((m) => ({
        id: m.id,
        author: m.author,
        authorName: m.author_name,
        body: keys.openMessage(dataKey, c.id, m.id, m.sealed_body),
        at: m.created_at,
        attachments: attachments.filter((a) => a.messageId === m.id),
      }))
    : []
  const guideline = await loadGuideline(db, c.organisation_id)
  const deadlineOf = await deadlineCalculator(db, now)
  const handlers = canHandle ? await repo.peopleWithRole(db, c.organisation_id, HANDLER_ROLE[c.intake as Intake]) : []
  const subjectIds = new Set(scope.subjectUserIds)
  const staff = canHandle ? await repo.staffOf(db, c.organisation_id) : []
  const assigned = c.assigned_to ? await db.selectFrom('users').select('display_name').where('id', '=', c.assigned_to).executeTakeFirst() : undefined
  return {
    complaint: c,
    organisation: await db.selectFrom('organisations').select(['name_th', 'name_en']).where('id', '=', c.organisation_id).executeTakeFirstOrThrow(),
    canHandle,
    canOrder: canOrderComplaint(reader.actor, scope),
    orders: await repo.ordersOf(db, c.id),
    reviewRequested: await repo.hasOpenReview(db, c.id),
    canRead: !!dataKey,
    deadline: deadlineOf(c, guideline.steps),
    guideline: guideline.steps,
    events: await repo.eventsOf(db, c.id),
    messages,
    evidence: attachments.filter((a) => a.messageId === null),
    handlers: handlers.filter((h) => !subjectIds.has(h.id)).map((h) => ({ id: h.id, display_name: h.display_name, has_key: h.has_key })),
    withoutCaseKey: dataKey ? await withoutCaseKey(db, c.id, handlers.filter((h) => !subjectIds.has(h.id) && h.has_key)) : [],
    staff: staff.filter((s) => !subjectIds.has(s.id)),
    subjects: canHandle ? (await repo.staffOf(db, c.organisation_id)).filter((s) => subjectIds.has(s.id)) : [],
    assignedName: assigned?.display_name ?? null,
    identity,
  }
}

/** Takes one step of the workflow (002 m5 §2.3–2.4, 004 §3.4); the complainant is told if they asked to be. */
export async function takeStep(deps: ComplaintDeps, reader: Reader, id: string, t: Transition): Promise<void> {
  const { db, now } = deps
  const { c, scope } = await loadScoped(db, reader.actor, id)
  if (!canHandleComplaint(reader.actor, scope)) throw new ForbiddenError()
  const problem = checkTransition(c.status as ComplaintStatus, t)
  if (problem) throw new ValidationError({ to: problem })
  if (t.to === 'assigned') {
    if (!(await isHandler(db, c, t.officerId))) {
      throw new ValidationError({ officer: { th: 'เลือกผู้รับผิดชอบจากเจ้าหน้าที่ที่รับเรื่องร้องเรียนของหน่วยงาน', en: 'Choose one of the agency’s complaint handlers' } })
    }
    if (scope.subjectUserIds.includes(t.officerId)) {
      throw new ValidationError({ officer: { th: 'มอบหมายให้ผู้ถูกร้องเรียนไม่ได้', en: 'A complaint cannot be assigned to the person it is about' } })
    }
  }
  const dataKey = await openFor(db, reader, c)
  const today = todayInBangkok(now)
  const sameStep = c.status === t.to
  const org = await db.selectFrom('organisations').select(['name_th', 'name_en']).where('id', '=', c.organisation_id).executeTakeFirstOrThrow()
  const orderDue = t.to === 'awaiting_order' ? await orderDueDate(db, c.organisation_id, today) : null
  await db.transaction().execute(async (trx) => {
    if (t.to === 'awaiting_order') {
      // The proposal first: the database lets a case wait for the head only with one.
      const p = t.proposal
      await repo.insertProposal(trx, {
        complaint_id: c.id,
        proposal: p.kind,
        from_status: c.status,
        proposed_by: reader.actor.userId,
        proposed_at: now,
        order_due_on: orderDue!,
        reason: p.reason.trim(),
        ground: p.kind === 'not_accept' ? p.ground : null,
        outcome: p.kind === 'findings' ? p.outcome : null,
        committee: p.kind === 'investigate' ? p.committee.trim() : null,
        refer_to: p.kind === 'refer' ? p.referTo.trim() : null,
      })
    }
    await trx
      .updateTable('complaints')
      .set({
        status: t.to,
        // A transfer to another officer keeps the clock of the step it is in.
        step_started_on: sameStep ? c.step_started_on : today,
        updated_at: now,
        ...(t.to === 'assigned' ? { assigned_to: t.officerId } : {}),
        ...(t.to === 'closed' ? { result_for_complainant: t.resultForComplainant.trim() } : {}),
      })
      .where('id', '=', c.id)
      .execute()
    let sharedWithAssignee = false
    if (t.to === 'assigned' && dataKey) sharedWithAssignee = await keys.shareWithUser(trx, c.id, dataKey, t.officerId)
    const detail: Record<string, unknown> = {}
    if (t.to === 'assigned') detail.officer_id = t.officerId
    if (t.to === 'awaiting_order') Object.assign(detail, { proposal: t.proposal.kind, order_due_on: orderDue })
    await repo.insertEvent(trx, { complaintId: c.id, at: now, actorUserId: reader.actor.userId, kind: sameStep ? 'transferred' : t.to === 'awaiting_order' ? 'proposed' : 'status', fromStatus: c.status, toStatus: t.to, detail })
    // Completed and in-progress counts are published.
    if (!sameStep) await bumpPublicGeneration(trx, organisationScope(c.organisation_id))
    await recordAudit(trx, {
      actor: auditActorOf(reader.actor),
      organisationId: c.organisation_id,
      action: sameStep ? 'complaint.transferred' : t.to === 'awaiting_order' ? 'complaint.proposed' : 'complaint.status_changed',
      entityType: 'complaint',
      entityId: c.id,
      summary: { before: { status: c.status, assigned_to: c.assigned_to }, after: { status: t.to, ...detail, ...(t.to === 'assigned' ? { key_shared: sharedWithAssignee } : {}) } },
      at: now,
    })
    if (t.to === 'assigned') {
      const officer = await trx.selectFrom('users').select('email').where('id', '=', t.officerId).executeTakeFirst()
      if (officer) await queueMail(trx, { to: officer.email, organisationId: c.organisation_id, ...renderMail('complaintArrived', { reference: `${c.reference} (มอบหมายให้ท่าน / assigned to you)`, organisation: { th: org.name_th, en: org.name_en || org.name_th }, link: `${deps.baseUrl}/staff/complaints/${c.id}` }) }, now)
    }
    if (t.to === 'awaiting_order') {
      // The head is asked by mail, with the case's link only.
      for (const head of await repo.peopleWithRole(trx, c.organisation_id, 'head')) {
        if (head.id === reader.actor.userId || scope.subjectUserIds.includes(head.id)) continue
        await queueMail(trx, { to: head.email, organisationId: c.organisation_id, ...renderMail('complaintArrived', { reference: `${c.reference} (รอท่านสั่งการ / awaiting your order)`, organisation: { th: org.name_th, en: org.name_en || org.name_th }, link: `${deps.baseUrl}/staff/complaints/${c.id}` }) }, now)
      }
    }
    if (!sameStep && c.wants_email_updates && dataKey) await notifyComplainant(trx, deps, c, dataKey, { th: org.name_th, en: org.name_en || org.name_th })
  })
}

/**
 * The head's order (สั่งการ) on the waiting proposal: carried out as proposed, or sent back to the
 * step it came from. Either way with a note; the case moves in the same transaction as the order.
 */
export async function orderOnProposal(deps: ComplaintDeps, reader: Reader, id: string, o: HeadOrder): Promise<void> {
  const { db, now } = deps
  const { c, scope } = await loadScoped(db, reader.actor, id)
  if (!canOrderComplaint(reader.actor, scope)) throw new ForbiddenError()
  const problem = checkOrder(c.status as ComplaintStatus, o)
  if (problem) throw new ValidationError({ [c.status === 'awaiting_order' ? 'order_note' : 'decision']: problem })
  const open = await repo.openProposal(db, c.id)
  if (!open) throw new ValidationError({ decision: { th: 'เรื่องนี้ไม่มีข้อเสนอที่รอสั่งการ', en: 'There is no proposal waiting for an order' } })
  // Separation of duties: whoever proposed on a public complaint does not also order it.
  if (c.intake === 'public' && open.proposed_by === reader.actor.userId) throw new ForbiddenError('the proposer cannot order')
  const kind = open.proposal as ProposalKind
  const to: ComplaintStatus = o.decision === 'ordered' ? orderedStatus(kind) : (open.from_status as ComplaintStatus)
  const today = todayInBangkok(now)
  const note = o.note.trim()
  const org = await db.selectFrom('organisations').select(['name_th', 'name_en']).where('id', '=', c.organisation_id).executeTakeFirstOrThrow()
  const dataKey = await openFor(db, reader, c)
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('complaint_orders').set({ decision: o.decision, decided_by: reader.actor.userId, decided_at: now, order_note: note }).where('id', '=', open.id).execute()
    const carried = o.decision === 'ordered'
    await trx
      .updateTable('complaints')
      .set({
        status: to,
        step_started_on: today,
        updated_at: now,
        ...(carried && kind === 'not_accept' ? { ground: open.ground, ground_reason: open.reason } : {}),
        ...(carried && kind === 'findings' ? { outcome: open.outcome, outcome_summary: open.reason } : {}),
        ...(carried && kind === 'refer' ? { outcome: 'referred', outcome_summary: `${open.refer_to ?? ''}: ${open.reason}` } : {}),
      })
      .where('id', '=', c.id)
      .execute()
    // An acting or delegated head's order says in whose place it was given.
    const acting = actingCapacity(reader.actor, c.organisation_id, 'head')
    const detail = { ...(acting ? { acting_for: actingPhraseTh(acting) } : {}), proposal: kind, decision: o.decision, ...(carried && kind === 'not_accept' ? { ground: open.ground } : {}), ...(carried && kind === 'findings' ? { outcome: open.outcome } : {}), ...(carried && kind === 'refer' ? { outcome: 'referred' } : {}) }
    await repo.insertEvent(trx, { complaintId: c.id, at: now, actorUserId: reader.actor.userId, kind: o.decision, fromStatus: c.status, toStatus: to, detail })
    await bumpPublicGeneration(trx, organisationScope(c.organisation_id))
    await recordAudit(trx, { actor: auditActorOf(reader.actor), organisationId: c.organisation_id, action: o.decision === 'ordered' ? 'complaint.ordered' : 'complaint.order_returned', entityType: 'complaint', entityId: c.id, summary: { before: { status: c.status }, after: { status: to, ...detail } }, at: now })
    if (carried && c.wants_email_updates && dataKey) await notifyComplainant(trx, deps, c, dataKey, { th: org.name_th, en: org.name_en || org.name_th })
  })
}

async function isHandler(db: Kysely<Database>, c: repo.ComplaintRow, userId: string): Promise<boolean> {
  const people = await repo.peopleWithRole(db, c.organisation_id, HANDLER_ROLE[c.intake as Intake])
  return people.some((p) => p.id === userId)
}

async function notifyComplainant(db: Kysely<Database>, deps: ComplaintDeps, c: repo.ComplaintRow, dataKey: Buffer, organisation: { th: string; en: string }): Promise<void> {
  const identity = keys.openIdentity(dataKey, c.id, c.sealed_identity)
  if (!identity.email) return
  await queueMail(db, { to: identity.email, privateRecipient: true, organisationId: c.organisation_id, ...renderMail('complaintUpdated', { reference: c.reference, organisation, link: `${deps.baseUrl}/complaints/follow-up` }) }, deps.now)
}

/** A message to the complainant (they see it with their receipt) or an internal note (they never do). */
export async function addStaffMessage(deps: ComplaintDeps, reader: Reader, id: string, input: { kind: 'staff' | 'note'; body: string; evidence: readonly keys.EvidenceFile[] }): Promise<void> {
  const { db, now } = deps
  const { c, scope } = await loadScoped(db, reader.actor, id)
  if (!canHandleComplaint(reader.actor, scope)) throw new ForbiddenError()
  const dataKey = await openFor(db, reader, c)
  if (!dataKey) throw new ForbiddenError('no key to this complaint')
  const text = input.body.trim()
  const field = input.kind === 'note' ? 'note' : 'message'
  if (!text) throw new ValidationError({ [field]: { th: 'พิมพ์ข้อความก่อนส่ง', en: 'Write something first' } })
  if (text.length > MESSAGE_LIMIT) throw new ValidationError({ [field]: { th: `ข้อความยาวเกิน ${MESSAGE_LIMIT.toLocaleString('th-TH')} ตัวอักษร`, en: `The message is longer than ${MESSAGE_LIMIT.toLocaleString('en')} characters` } })
  if (input.kind === 'staff' && c.status === 'closed') throw new ValidationError({ message: { th: 'เรื่องนี้ยุติแล้ว', en: 'This complaint is closed' } })
  const org = await db.selectFrom('organisations').select(['name_th', 'name_en']).where('id', '=', c.organisation_id).executeTakeFirstOrThrow()
  await db.transaction().execute(async (trx) => {
    const messageId = randomUUID()
    await trx.insertInto('complaint_messages').values({ id: messageId, complaint_id: c.id, author: input.kind, author_user_id: reader.actor.userId, sealed_body: keys.sealMessage(dataKey, c.id, messageId, text), created_at: now }).execute()
    await keys.storeAttachments(trx, c.id, messageId, dataKey, input.evidence, now)
    await repo.insertEvent(trx, { complaintId: c.id, at: now, actorUserId: reader.actor.userId, kind: input.kind === 'note' ? 'note' : 'staff_message' })
    await recordAudit(trx, { actor: auditActorOf(reader.actor), organisationId: c.organisation_id, action: input.kind === 'note' ? 'complaint.note_added' : 'complaint.message_sent', entityType: 'complaint', entityId: c.id, summary: { after: { attachments: input.evidence.length } }, at: now })
    if (input.kind === 'staff' && c.wants_email_updates) await notifyComplainant(trx, deps, c, dataKey, { th: org.name_th, en: org.name_en || org.name_th })
  })
}

/**
 * Records that a staff member is the subject of the complaint: from then on they see nothing of
 * it, and their copy of the key is destroyed. The assigned officer must be changed first.
 */
export async function markSubject(deps: ComplaintDeps, reader: Reader, id: string, userId: string): Promise<void> {
  const { db, now } = deps
  const { c, scope } = await loadScoped(db, reader.actor, id)
  if (!canHandleComplaint(reader.actor, scope)) throw new ForbiddenError()
  const member = await db.selectFrom('memberships').select('user_id').where('organisation_id', '=', c.organisation_id).where('user_id', '=', userId).executeTakeFirst()
  if (!member) throw new ValidationError({ subject_user: { th: 'เลือกเจ้าหน้าที่ของหน่วยงาน', en: 'Choose a member of the agency’s staff' } })
  if (userId === reader.actor.userId) throw new ValidationError({ subject_user: { th: 'หากท่านเป็นผู้ถูกร้องเรียน โปรดให้เจ้าหน้าที่อื่นบันทึก', en: 'If the complaint is about you, ask a colleague to record it' } })
  if (c.assigned_to === userId) throw new ValidationError({ subject_user: { th: 'โอนเรื่องให้ผู้รับผิดชอบคนอื่นก่อน', en: 'Transfer the case to another officer first' } })
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('complaint_subjects').values({ complaint_id: c.id, user_id: userId }).onConflict((oc) => oc.doNothing()).execute()
    await trx.deleteFrom('complaint_keys').where('complaint_id', '=', c.id).where('user_id', '=', userId).execute()
    await repo.insertEvent(trx, { complaintId: c.id, at: now, actorUserId: reader.actor.userId, kind: 'subject_recorded' })
    await recordAudit(trx, { actor: auditActorOf(reader.actor), organisationId: c.organisation_id, action: 'complaint.subject_recorded', entityType: 'complaint', entityId: c.id, summary: { after: { subject_user_id: userId } }, at: now })
  })
}

export async function staffAttachment(deps: ComplaintDeps, reader: Reader, id: string, attachmentId: string): Promise<keys.EvidenceFile> {
  const { c, scope } = await loadScoped(deps.db, reader.actor, id)
  if (!canHandleComplaint(reader.actor, scope)) throw new NotFoundError('attachment')
  const dataKey = await openFor(deps.db, reader, c)
  if (!dataKey) throw new NotFoundError('attachment')
  const f = await keys.openAttachment(deps.db, c.id, attachmentId, dataKey).catch(() => null)
  if (!f) throw new NotFoundError('attachment')
  await deps.db.transaction().execute((trx) =>
    recordAudit(trx, { actor: auditActorOf(reader.actor), organisationId: c.organisation_id, action: 'complaint.evidence_opened', entityType: 'complaint', entityId: c.id, summary: { note: attachmentId }, at: deps.now }),
  )
  return f
}

/**
 * An officer who holds a case's key hands a sealed copy to a colleague who handles the agency's
 * cases but lacks one (approved into the role after the case was filed). Deliberate, by a named
 * person, and audited: the only way a newly approved officer reaches an older complainant's identity.
 */
/** Handing over the key cannot be taken back, so `confirmed` must say the officer meant it. */
export async function transferKey(deps: ComplaintDeps, reader: Reader, id: string, officerId: string, confirmed: boolean): Promise<void> {
  const { db, now } = deps
  const { c, scope } = await loadScoped(db, reader.actor, id)
  if (!canHandleComplaint(reader.actor, scope)) throw new ForbiddenError()
  const dataKey = await openFor(db, reader, c)
  if (!dataKey) throw new ForbiddenError('no key to this complaint')
  const errors: FieldErrors = {}
  if (!isUuid(officerId) || !(await isHandler(db, c, officerId)) || scope.subjectUserIds.includes(officerId)) {
    errors.officer = { th: 'เลือกเจ้าหน้าที่ผู้รับผิดชอบเรื่องร้องเรียนของหน่วยงาน', en: 'Choose a complaint handler of this agency' }
  }
  if (!confirmed) errors.key_confirm = { th: 'ยืนยันการมอบสิทธิ์ (ย้อนกลับไม่ได้)', en: 'Confirm giving access (it cannot be undone)' }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
  await db.transaction().execute(async (trx) => {
    const held = await trx.selectFrom('complaint_keys').select('user_id').where('complaint_id', '=', c.id).where('user_id', '=', officerId).executeTakeFirst()
    if (held) return
    if (!(await keys.shareWithUser(trx, c.id, dataKey, officerId))) {
      throw new ValidationError({ officer: { th: 'เจ้าหน้าที่ผู้นี้ยังไม่เคยเข้าสู่ระบบ จึงยังไม่มีกุญแจ', en: 'This person has not signed in yet, so has no key' } })
    }
    await recordAudit(trx, { actor: auditActorOf(reader.actor), organisationId: c.organisation_id, action: 'complaint.key_transferred', entityType: 'complaint', entityId: c.id, summary: { after: { shared_with: [officerId] } }, at: now })
  })
}
