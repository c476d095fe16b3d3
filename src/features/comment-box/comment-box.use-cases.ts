import { createHash, randomBytes, randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { hasRoleIn, organisationsOf } from '../../platform/auth/policy.ts'
import { newDataKey } from '../../platform/crypto/envelope.ts'
import { bumpPublicGeneration, organisationScope } from '../../platform/public-content/generations.ts'
import { ceToBe, isoDate, todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { WRONGDOING_KINDS, normaliseReceipt, receiptFromBytes, submitComplaint } from '../complaints/index.ts'
import { findOrganisationById, findOrganisationBySlug, isUuid, sortByThaiName, type OrganisationDetails, type OrganisationSummary } from '../organisations/index.ts'
import { TRIAGE_ROLES, commentReference, countsByHalfYear, type HalfYearCount } from './comment-box.domain.ts'
import type { CommentInput, TriageInput } from './comment-box.input.ts'
import * as keys from './comment-keys.ts'
import * as repo from './comment-box.repository.ts'
import type { CommentRow } from './comment-box.repository.ts'

export type { CommentRow }
export type PublicDeps = { db: Kysely<Database>; now: Date }
/** `privateKey` is the reader's own, from their session: it opens the sealed names of commenters. */
export type StaffContext = { db: Kysely<Database>; actor: Actor; now: Date; baseUrl: string; privateKey: string | null }

const COMMENTER_ACTOR = { id: null, label: 'commenter (comment box)' } as const
const hashCode = (compact: string) => createHash('sha256').update(`comment-box:${compact}`).digest('base64url')

export async function publicAgency(db: Kysely<Database>, slug: string): Promise<OrganisationDetails> {
  const org = await findOrganisationBySlug(db, slug)
  if (!org) throw new NotFoundError('organisation')
  return org
}

/**
 * A comment arrives. Nothing about where it came from is kept: no address, no browser. A named
 * commenter's name and contact are sealed with the comment's own key, readable only by the people
 * who triage the agency's comments. The follow-up code (if wanted) is shown once; only its hash is kept.
 */
export async function submitComment(d: PublicDeps, org: OrganisationDetails, input: CommentInput): Promise<{ reference: string; code: string | null }> {
  const today = todayInBangkok(d.now)
  const code = input.followUp ? receiptFromBytes(randomBytes(16)) : null
  const compact = code ? normaliseReceipt(code)! : null
  const id = randomUUID()
  const dataKey = input.anonymous ? null : newDataKey()
  const sealedIdentity = dataKey ? keys.sealIdentity(dataKey, id, { name: input.name ?? '', contact: input.contact ?? '' }) : null
  const followUp = compact ? keys.followUpKeys(id, compact) : null
  return d.db.transaction().execute(async (trx) => {
    const yearBe = ceToBe(Number(today.slice(0, 4)))
    const reference = commentReference(await repo.nextNumber(trx, org.id, yearBe), yearBe)
    await repo.insertComment(trx, { id, organisationId: org.id, reference, kind: input.kind, body: input.body, anonymous: input.anonymous, sealedIdentity, followUpHash: compact ? hashCode(compact) : null, followUpPublicKey: followUp?.publicKey ?? null, followUpPrivateKey: followUp?.wrappedPrivateKey ?? null, receivedOn: today, now: d.now })
    if (dataKey) await keys.shareWithReaders(trx, id, org.id, dataKey)
    await recordAudit(trx, { actor: COMMENTER_ACTOR, organisationId: org.id, action: 'comment.received', entityType: 'comment', entityId: id, summary: { after: { reference, kind: input.kind, anonymous: input.anonymous } }, at: d.now })
    await bumpPublicGeneration(trx, organisationScope(org.id))
    return { reference, code }
  })
}

/**
 * Rows written before names were sealed: each gets a data key now, sealed to the agency's
 * readers, and its plain name and contact are emptied in the same transaction.
 */
export async function sealPlainIdentities(db: Kysely<Database>): Promise<{ sealed: number }> {
  const rows = await repo.withPlainIdentity(db)
  for (const r of rows) {
    const dataKey = newDataKey()
    await db.transaction().execute(async (trx) => {
      await repo.replacePlainIdentity(trx, r.id, keys.sealIdentity(dataKey, r.id, { name: r.name ?? '', contact: r.contact ?? '' }))
      await keys.shareWithReaders(trx, r.id, r.organisation_id, dataKey)
    })
  }
  return { sealed: rows.length }
}

/** `complaintReceipt`: the receipt of the complaint the comment was forwarded as, which only the commenter's code opens. */
export type CommentFollowUp = { org: OrganisationDetails; comment: Omit<CommentRow, 'name' | 'contact' | 'sealed_identity' | 'follow_up_public_key'>; complaintReceipt: string | null }
export const WRONG_FOLLOW_UP = { th: 'ไม่พบความคิดเห็นที่ตรงกับเลขที่และรหัสติดตามนี้', en: 'No comment matches that reference and follow-up code' }

export async function followComment(d: PublicDeps, org: OrganisationDetails, reference: string, code: string): Promise<CommentFollowUp | null> {
  const compact = normaliseReceipt(code)
  const row = await repo.findByReference(d.db, org.id, reference.trim().replace(/\s+/g, ' '))
  if (!compact || !row?.follow_up_hash || hashCode(compact) !== row.follow_up_hash) return null
  const { name: _n, contact: _c, follow_up_hash: _h, sealed_identity: _s, follow_up_public_key: _p, follow_up_private_key: wrapped, sealed_complaint_receipt: sealedReceipt, ...comment } = row
  const complaintReceipt = wrapped && sealedReceipt ? keys.openReceiptWithCode(row.id, compact, wrapped, sealedReceipt) : null
  return { org, comment, complaintReceipt }
}

export type YouSaidWeDid = { org: OrganisationDetails; halves: HalfYearCount[]; changes: { kind: string; what_changed: string; triaged_on: string | null }[] }

/** What the portal publishes: counts per half-year and the changes the agency chose to publish. */
export async function youSaidWeDid(d: PublicDeps, org: OrganisationDetails): Promise<YouSaidWeDid> {
  const rows = await repo.publicRows(d.db, org.id)
  return {
    org,
    halves: countsByHalfYear(rows.map((r) => ({ received_on: isoDate(r.received_on), status: r.status }))),
    changes: rows
      .filter((r) => r.status === 'acted' && r.publish_change && r.what_changed)
      .sort((a, b) => (b.triaged_on ?? '').localeCompare(a.triaged_on ?? ''))
      .map((r) => ({ kind: r.kind, what_changed: r.what_changed!, triaged_on: r.triaged_on })),
  }
}

// ---- Staff ----

const canTriage = (actor: Actor, orgId: string) => hasRoleIn(actor, orgId, ...TRIAGE_ROLES)

export type StaffComments = { org: OrganisationDetails; choices: OrganisationSummary[]; rows: CommentRow[] }

export async function staffComments(ctx: StaffContext, orgId: string | null): Promise<StaffComments> {
  const ids = organisationsOf(ctx.actor).filter((id) => canTriage(ctx.actor, id))
  const choices = ids.length ? sortByThaiName(await ctx.db.selectFrom('organisations').select(['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en']).where('id', 'in', ids).execute()) : []
  const id = orgId ?? choices[0]?.id
  if (!id) throw new ForbiddenError('reads no comment box')
  if (!isUuid(id)) throw new NotFoundError('organisation')
  if (!canTriage(ctx.actor, id)) throw new ForbiddenError('not staff of this agency')
  const org = (await findOrganisationById(ctx.db, id))!
  return { org, choices, rows: await repo.listComments(ctx.db, org.id) }
}

async function commentInScope(ctx: StaffContext, id: string): Promise<CommentRow> {
  if (!isUuid(id)) throw new NotFoundError('comment')
  const c = await repo.findComment(ctx.db, id)
  // Another agency's comment is as absent as a missing one.
  if (!c || !canTriage(ctx.actor, c.organisation_id)) throw new NotFoundError('comment')
  return c
}

/** What the reader sees of who wrote it: nothing (anonymous), the name and contact, or that they hold no key to them. */
export type CommenterView = { kind: 'anonymous' } | { kind: 'named'; name: string; contact: string } | { kind: 'sealed' }

async function commenterOf(ctx: StaffContext, c: CommentRow): Promise<{ view: CommenterView; identity: keys.CommenterIdentity | null }> {
  if (c.anonymous || !c.sealed_identity) return { view: { kind: 'anonymous' }, identity: null }
  const dataKey = await keys.dataKeyForReader(ctx.db, c.id, ctx.actor.userId, ctx.privateKey)
  if (!dataKey) return { view: { kind: 'sealed' }, identity: null }
  // A colleague new in the role (or whose password was reset) gets a copy now.
  await keys.shareWithReaders(ctx.db, c.id, c.organisation_id, dataKey)
  const identity = keys.openIdentity(dataKey, c.id, c.sealed_identity)
  return { view: { kind: 'named', ...identity }, identity }
}

export async function staffComment(ctx: StaffContext, id: string): Promise<{ org: OrganisationDetails; comment: CommentRow; commenter: CommenterView; mayForward: boolean }> {
  let comment = await commentInScope(ctx, id)
  if (comment.name !== null || comment.contact !== null) {
    await sealPlainIdentities(ctx.db)
    comment = await commentInScope(ctx, id)
  }
  return { org: (await findOrganisationById(ctx.db, comment.organisation_id))!, comment, commenter: (await commenterOf(ctx, comment)).view, mayForward: hasRoleIn(ctx.actor, comment.organisation_id, 'complaint_officer') }
}

const ALREADY_TRIAGED = { action: { th: 'ความคิดเห็นนี้พิจารณาแล้ว', en: 'This comment has already been triaged' } }

/** A free-text contact goes where the complaint form would have put it. */
function contactFields(contact: string): { phone: string; email: string; address: string } {
  const c = contact.trim()
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(c)) return { phone: '', email: c, address: '' }
  if (/^[+\d\s()-]{6,}$/.test(c)) return { phone: c, email: '', address: '' }
  return { phone: '', email: '', address: c }
}

/**
 * Thank, act (saying what changed), or forward to the complaint desk. Forwarding files the
 * complaint through the complaints feature in the same transaction that marks the comment, so
 * either both happen or neither; the complaint's receipt is sealed for the commenter's code only.
 */
export async function triageComment(ctx: StaffContext, id: string, t: TriageInput): Promise<void> {
  const c = await commentInScope(ctx, id)
  if (c.status !== 'new') throw new ValidationError(ALREADY_TRIAGED)
  let identity: keys.CommenterIdentity | null = null
  if (t.action === 'forward') {
    if (!hasRoleIn(ctx.actor, c.organisation_id, 'complaint_officer')) throw new ForbiddenError('only a complaint officer files a complaint')
    if (!(WRONGDOING_KINDS as readonly string[]).includes(t.complaintKind)) throw new ValidationError({ complaint_kind: { th: 'เลือกลักษณะของเรื่องร้องเรียน', en: 'Choose the kind of complaint' } })
    if (!c.anonymous) {
      identity = (await commenterOf(ctx, c)).identity
      if (!identity) throw new ValidationError({ action: { th: 'ท่านยังไม่มีกุญแจเปิดชื่อผู้แสดงความคิดเห็นนี้ ขอให้เพื่อนร่วมงานที่เปิดได้เปิดความคิดเห็นนี้ก่อน แล้วลองอีกครั้ง', en: 'You hold no key to this commenter’s name yet: ask a colleague who can read it to open the comment, then try again' } })
    }
  }
  const status = t.action === 'thank' ? 'thanked' : t.action === 'act' ? 'acted' : 'forwarded'
  await ctx.db.transaction().execute(async (trx) => {
    if ((await repo.lockStatus(trx, c.id)) !== 'new') throw new ValidationError(ALREADY_TRIAGED)
    let complaint: { id: string; reference: string } | null = null
    let sealedReceipt: string | null = null
    if (t.action === 'forward') {
      const filed = await submitComplaint(
        { db: trx, now: ctx.now, baseUrl: ctx.baseUrl },
        {
          organisationId: c.organisation_id,
          draft: {
            intake: 'public',
            channel: 'web',
            kind: t.complaintKind,
            subjectText: `${c.reference}: ${c.body.slice(0, 120)}`,
            whatHappened: c.body,
            happenedWhen: '',
            happenedWhere: '',
            request: '',
            anonymous: c.anonymous,
            identity: { name: identity?.name ?? '', ...contactFields(identity?.contact ?? ''), witnesses: '' },
            wantsEmailUpdates: false,
          },
          evidence: [],
          filer: { by: 'officer', actor: ctx.actor },
        },
      )
      complaint = { id: filed.id, reference: filed.reference }
      sealedReceipt = c.follow_up_public_key ? keys.sealReceiptForCommenter(c.id, c.follow_up_public_key, filed.receipt) : null
    }
    await repo.triage(trx, c.id, { status, reply: t.reply || null, what_changed: t.action === 'act' ? t.whatChanged : null, publish_change: t.action === 'act' && t.publish, complaint_id: complaint?.id ?? null, complaint_reference: complaint?.reference ?? null, sealed_complaint_receipt: sealedReceipt, triaged_on: todayInBangkok(ctx.now), triaged_by: ctx.actor.userId })
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: c.organisation_id, action: `comment.${status}`, entityType: 'comment', entityId: c.id, summary: { before: { status: c.status }, after: { status, complaint_reference: complaint?.reference ?? null, published_change: t.action === 'act' && t.publish, receipt_passed_on: sealedReceipt !== null } }, at: ctx.now })
    await bumpPublicGeneration(trx, organisationScope(c.organisation_id))
  })
}
