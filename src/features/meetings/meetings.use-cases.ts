import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { rolesIn } from '../../platform/auth/policy.ts'
import { isUuid } from '../organisations/index.ts'
import { canOrganise, itemQuorum, mayVote } from './meetings.domain.ts'
import { MEETING_FIELDS, parseInterest, parseItem, parseMeeting, parseMember, parseResolution, parseVote, valuesOf } from './meetings.input.ts'
import * as repo from './meetings.repository.ts'

export type UseCaseContext = { db: Kysely<Database>; actor: Actor; now: Date }

async function agencyOf(ctx: UseCaseContext) {
  const id = ctx.actor.memberships.find((m) => m.role !== 'oversight')?.organisationId
  if (!id) throw new ForbiddenError('works for no agency')
  return { organisationId: id, roles: rolesIn(ctx.actor, id) }
}
const audit = (ctx: UseCaseContext, org: string, action: string, id: string, summary: Record<string, unknown>) => ({ actor: auditActorOf(ctx.actor), organisationId: org, action, entityType: 'meeting', entityId: id, summary, at: ctx.now })

export async function meetingsList(ctx: UseCaseContext) {
  const { organisationId, roles } = await agencyOf(ctx)
  const organises = canOrganise(roles)
  return { meetings: await repo.listMeetings(ctx.db, organisationId, organises ? null : ctx.actor.userId), organises }
}

export async function createMeeting(ctx: UseCaseContext, body: unknown): Promise<string> {
  const { organisationId, roles } = await agencyOf(ctx)
  if (!canOrganise(roles)) throw new ForbiddenError('may not organise meetings')
  const input = parseMeeting(valuesOf(body, MEETING_FIELDS))
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertMeeting(trx, organisationId, input, ctx.actor.userId, ctx.now)
    await recordAudit(trx, audit(ctx, organisationId, 'meeting.created', id, { after: { title: input.title, held_on: input.heldOn } }))
    return id
  })
}

async function load(ctx: UseCaseContext, id: string) {
  if (!isUuid(id)) throw new NotFoundError('meeting')
  const meeting = await repo.findMeeting(ctx.db, id)
  if (!meeting) throw new NotFoundError('meeting')
  const roles = rolesIn(ctx.actor, meeting.organisationId)
  const members = await repo.members(ctx.db, id)
  const me = members.find((m) => m.userId === ctx.actor.userId)
  if (!canOrganise(roles) && !me) throw new NotFoundError('meeting')
  return { meeting, members, me, organises: canOrganise(roles) || me?.role === 'chair' || me?.role === 'secretary' }
}

export type MeetingView = Awaited<ReturnType<typeof meetingView>>

export async function meetingView(ctx: UseCaseContext, id: string) {
  const base = await load(ctx, id)
  const [items, interests, votes, staff] = await Promise.all([repo.items(ctx.db, id), repo.interests(ctx.db, id), repo.votes(ctx.db, id), base.organises ? repo.staffOf(ctx.db, base.meeting.organisationId) : Promise.resolve([])])
  const perItem = items.map((item) => {
    const recused = new Set(interests.filter((i) => i.itemId === item.id).map((i) => i.userId))
    const standing = itemQuorum(base.members, recused)
    return {
      item,
      recused: interests.filter((i) => i.itemId === item.id),
      votes: votes.filter((v) => v.itemId === item.id),
      standing,
      myVote: votes.find((v) => v.itemId === item.id && v.userId === ctx.actor.userId)?.vote ?? null,
      iMayVote: mayVote(base.me, recused.has(ctx.actor.userId), standing),
      iAmRecused: recused.has(ctx.actor.userId),
    }
  })
  return { ...base, items: perItem, staff }
}

async function organised(ctx: UseCaseContext, id: string) {
  const base = await load(ctx, id)
  if (!base.organises || base.meeting.minutesApprovedAt) throw new ForbiddenError('may not change this meeting')
  return base
}

export async function addMember(ctx: UseCaseContext, id: string, body: unknown): Promise<void> {
  const { meeting } = await organised(ctx, id)
  const staff = await repo.staffOf(ctx.db, meeting.organisationId)
  const input = parseMember(valuesOf(body, ['user_id', 'role']), new Set(staff.map((s) => s.id)))
  const attended = valuesOf(body, ['absent']).absent !== 'yes'
  await ctx.db.transaction().execute(async (trx) => {
    await repo.upsertMember(trx, id, input.userId, input.role, attended)
    await recordAudit(trx, audit(ctx, meeting.organisationId, 'meeting.member_set', id, { after: { user_id: input.userId, role: input.role, attended } }))
  })
}

export async function addItem(ctx: UseCaseContext, id: string, body: unknown): Promise<void> {
  const { meeting } = await organised(ctx, id)
  const title = parseItem(valuesOf(body, ['item_title']))
  await ctx.db.transaction().execute(async (trx) => {
    const itemId = await repo.insertItem(trx, id, title)
    await recordAudit(trx, audit(ctx, meeting.organisationId, 'meeting.item_added', id, { after: { item_id: itemId, title } }))
  })
}

async function itemOf(ctx: UseCaseContext, itemId: string) {
  if (!isUuid(itemId)) throw new NotFoundError('item')
  const item = await repo.findItem(ctx.db, itemId)
  if (!item) throw new NotFoundError('item')
  return { item, ...(await load(ctx, item.meeting_id)) }
}

/** A member declares an interest in an item: from then on they have left the room for it. */
export async function declareInterest(ctx: UseCaseContext, itemId: string, body: unknown): Promise<string> {
  const { item, meeting, me } = await itemOf(ctx, itemId)
  if (!me) throw new ForbiddenError('only a member declares an interest')
  if (meeting.minutesApprovedAt) throw new ConflictError('รายงานการประชุมรับรองแล้ว', 'the minutes are approved')
  const nature = parseInterest(valuesOf(body, ['nature']))
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertInterest(trx, meeting.id, itemId, ctx.actor.userId, nature, ctx.now)
    await recordAudit(trx, audit(ctx, meeting.organisationId, 'meeting.interest_declared', meeting.id, { after: { item_id: item.id, nature } }))
  })
  return meeting.id
}

/** A member's vote on an item: refused (403) when recused, absent or without a quorum; the database refuses a recused vote too. */
export async function castVote(ctx: UseCaseContext, itemId: string, body: unknown): Promise<string> {
  const { item, meeting, me, members } = await itemOf(ctx, itemId)
  const vote = parseVote(valuesOf(body, ['vote']))
  await ctx.db.transaction().execute(async (trx) => {
    const interests = (await repo.interests(trx, meeting.id)).filter((i) => i.itemId === item.id)
    const recused = new Set(interests.map((i) => i.userId))
    if (meeting.minutesApprovedAt || !mayVote(me, recused.has(ctx.actor.userId), itemQuorum(members, recused))) throw new ForbiddenError('may not vote on this item')
    await repo.upsertVote(trx, meeting.id, item.id, ctx.actor.userId, vote, ctx.now)
    await recordAudit(trx, audit(ctx, meeting.organisationId, 'meeting.voted', meeting.id, { after: { item_id: item.id, vote } }))
  })
  return meeting.id
}

export async function recordResolution(ctx: UseCaseContext, itemId: string, body: unknown): Promise<string> {
  const { item, meeting, organises } = await itemOf(ctx, itemId)
  if (!organises || meeting.minutesApprovedAt) throw new ForbiddenError('may not record the resolution')
  const resolution = parseResolution(valuesOf(body, ['resolution']))
  await ctx.db.transaction().execute(async (trx) => {
    await repo.setResolution(trx, item.id, resolution)
    await recordAudit(trx, audit(ctx, meeting.organisationId, 'meeting.resolution', meeting.id, { after: { item_id: item.id, resolution } }))
  })
  return meeting.id
}

/** The minutes are approved at the next meeting; after that nothing of this one changes. */
export async function approveMinutes(ctx: UseCaseContext, id: string, body: unknown): Promise<void> {
  const { meeting } = await organised(ctx, id)
  const note = (valuesOf(body, ['approval_note']).approval_note ?? '').trim().slice(0, 300)
  await ctx.db.transaction().execute(async (trx) => {
    await repo.approveMinutes(trx, id, note, ctx.now)
    await recordAudit(trx, audit(ctx, meeting.organisationId, 'meeting.minutes_approved', id, { after: { note } }))
  })
}

export async function minutesData(ctx: UseCaseContext, id: string) {
  const view = await meetingView(ctx, id)
  return { view, organisation: (await repo.organisationOf(ctx.db, view.meeting.organisationId))! }
}
