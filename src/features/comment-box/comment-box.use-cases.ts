import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { hasRoleIn, organisationsOf } from '../../platform/auth/policy.ts'
import { bumpPublicGeneration, organisationScope } from '../../platform/public-content/generations.ts'
import { ceToBe, isoDate, todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { WRONGDOING_KINDS, normaliseReceipt, receiptFromBytes, submitComplaint } from '../complaints/index.ts'
import { findOrganisationById, findOrganisationBySlug, isUuid, sortByThaiName, type OrganisationDetails, type OrganisationSummary } from '../organisations/index.ts'
import { TRIAGE_ROLES, commentReference, countsByHalfYear, type HalfYearCount } from './comment-box.domain.ts'
import type { CommentInput, TriageInput } from './comment-box.input.ts'
import * as repo from './comment-box.repository.ts'
import type { CommentRow } from './comment-box.repository.ts'

export type { CommentRow }
export type PublicDeps = { db: Kysely<Database>; now: Date }
export type StaffContext = { db: Kysely<Database>; actor: Actor; now: Date; baseUrl: string }

const COMMENTER_ACTOR = { id: null, label: 'commenter (comment box)' } as const
const hashCode = (compact: string) => createHash('sha256').update(`comment-box:${compact}`).digest('base64url')

export async function publicAgency(db: Kysely<Database>, slug: string): Promise<OrganisationDetails> {
  const org = await findOrganisationBySlug(db, slug)
  if (!org) throw new NotFoundError('organisation')
  return org
}

/**
 * A comment arrives. Nothing about where it came from is kept: no address, no browser, and for
 * an anonymous comment no name or contact. The follow-up code (if wanted) is shown once; only
 * its hash is kept.
 */
export async function submitComment(d: PublicDeps, org: OrganisationDetails, input: CommentInput): Promise<{ reference: string; code: string | null }> {
  const today = todayInBangkok(d.now)
  const code = input.followUp ? receiptFromBytes(randomBytes(16)) : null
  return d.db.transaction().execute(async (trx) => {
    const yearBe = ceToBe(Number(today.slice(0, 4)))
    const reference = commentReference(await repo.nextNumber(trx, org.id, yearBe), yearBe)
    const id = await repo.insertComment(trx, { organisationId: org.id, reference, kind: input.kind, body: input.body, anonymous: input.anonymous, name: input.name, contact: input.contact, followUpHash: code ? hashCode(normaliseReceipt(code)!) : null, receivedOn: today, now: d.now })
    await recordAudit(trx, { actor: COMMENTER_ACTOR, organisationId: org.id, action: 'comment.received', entityType: 'comment', entityId: id, summary: { after: { reference, kind: input.kind, anonymous: input.anonymous } }, at: d.now })
    await bumpPublicGeneration(trx, organisationScope(org.id))
    return { reference, code }
  })
}

export type CommentFollowUp = { org: OrganisationDetails; comment: Omit<CommentRow, 'name' | 'contact'> }
export const WRONG_FOLLOW_UP = { th: 'ไม่พบความคิดเห็นที่ตรงกับเลขที่และรหัสติดตามนี้', en: 'No comment matches that reference and follow-up code' }

export async function followComment(d: PublicDeps, org: OrganisationDetails, reference: string, code: string): Promise<CommentFollowUp | null> {
  const compact = normaliseReceipt(code)
  const row = await repo.findByReference(d.db, org.id, reference.trim().replace(/\s+/g, ' '))
  if (!compact || !row?.follow_up_hash || hashCode(compact) !== row.follow_up_hash) return null
  const { name: _n, contact: _c, follow_up_hash: _h, ...comment } = row
  return { org, comment }
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

export async function staffComment(ctx: StaffContext, id: string): Promise<{ org: OrganisationDetails; comment: CommentRow; mayForward: boolean }> {
  const comment = await commentInScope(ctx, id)
  return { org: (await findOrganisationById(ctx.db, comment.organisation_id))!, comment, mayForward: hasRoleIn(ctx.actor, comment.organisation_id, 'complaint_officer') }
}

/**
 * Thank, act (saying what changed), or forward to the complaint desk: the complaint is filed by the
 * complaint officer through the complaints feature, and the comment keeps its reference.
 */
export async function triageComment(ctx: StaffContext, id: string, t: TriageInput): Promise<void> {
  const c = await commentInScope(ctx, id)
  if (c.status !== 'new') throw new ValidationError({ action: { th: 'ความคิดเห็นนี้พิจารณาแล้ว', en: 'This comment has already been triaged' } })
  let complaint: { id: string; reference: string } | null = null
  if (t.action === 'forward') {
    if (!hasRoleIn(ctx.actor, c.organisation_id, 'complaint_officer')) throw new ForbiddenError('only a complaint officer files a complaint')
    if (!(WRONGDOING_KINDS as readonly string[]).includes(t.complaintKind)) throw new ValidationError({ complaint_kind: { th: 'เลือกลักษณะของเรื่องร้องเรียน', en: 'Choose the kind of complaint' } })
    const filed = await submitComplaint(
      { db: ctx.db, now: ctx.now, baseUrl: ctx.baseUrl },
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
          identity: { name: c.name ?? '', address: '', phone: '', email: '', witnesses: '' },
          wantsEmailUpdates: false,
        },
        evidence: [],
        filer: { by: 'officer', actor: ctx.actor },
      },
    )
    complaint = { id: filed.id, reference: filed.reference }
  }
  const status = t.action === 'thank' ? 'thanked' : t.action === 'act' ? 'acted' : 'forwarded'
  await ctx.db.transaction().execute(async (trx) => {
    await repo.triage(trx, c.id, { status, reply: t.reply || null, what_changed: t.action === 'act' ? t.whatChanged : null, publish_change: t.action === 'act' && t.publish, complaint_id: complaint?.id ?? null, complaint_reference: complaint?.reference ?? null, triaged_on: todayInBangkok(ctx.now), triaged_by: ctx.actor.userId })
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: c.organisation_id, action: `comment.${status}`, entityType: 'comment', entityId: c.id, summary: { before: { status: c.status }, after: { status, complaint_reference: complaint?.reference ?? null, published_change: t.action === 'act' && t.publish } }, at: ctx.now })
    await bumpPublicGeneration(trx, organisationScope(c.organisation_id))
  })
}
