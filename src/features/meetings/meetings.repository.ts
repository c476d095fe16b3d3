import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { IsoDate } from '../../platform/thai-calendar/index.ts'
import type { MemberRole, Vote } from './meetings.domain.ts'

type Db = Kysely<Database>

export type Meeting = { id: string; organisationId: string; title: string; numberLabel: string; heldOn: IsoDate; place: string; minutesApprovedAt: Date | null; minutesApprovedNote: string | null }
export type Member = { userId: string; name: string; position: string; role: MemberRole; attended: boolean }
export type Item = { id: string; position: number; title: string; resolution: string | null }
export type Interest = { itemId: string; userId: string; nature: string }
export type VoteRow = { itemId: string; userId: string; vote: Vote }

const toMeeting = (r: { id: string; organisation_id: string; title: string; number_label: string; held_on: string; place: string; minutes_approved_at: Date | null; minutes_approved_note: string | null }): Meeting => ({
  id: r.id,
  organisationId: r.organisation_id,
  title: r.title,
  numberLabel: r.number_label,
  heldOn: r.held_on as IsoDate,
  place: r.place,
  minutesApprovedAt: r.minutes_approved_at,
  minutesApprovedNote: r.minutes_approved_note,
})

export async function listMeetings(db: Db, org: string, onlyMember: string | null): Promise<Meeting[]> {
  let q = db.selectFrom('meetings as m').selectAll('m').where('m.organisation_id', '=', org)
  if (onlyMember) q = q.where((eb) => eb.exists(eb.selectFrom('meeting_members as x').select('x.user_id').whereRef('x.meeting_id', '=', 'm.id').where('x.user_id', '=', onlyMember)))
  return (await q.orderBy('m.held_on', 'desc').execute()).map(toMeeting)
}
export async function insertMeeting(db: Db, org: string, m: { title: string; numberLabel: string; place: string; heldOn: IsoDate }, by: string, now: Date): Promise<string> {
  return (await db.insertInto('meetings').values({ organisation_id: org, title: m.title, number_label: m.numberLabel, place: m.place, held_on: m.heldOn, created_by: by, created_at: now }).returning('id').executeTakeFirstOrThrow()).id
}
export async function findMeeting(db: Db, id: string): Promise<Meeting | undefined> {
  const r = await db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst()
  return r ? toMeeting(r) : undefined
}
export async function approveMinutes(db: Db, id: string, note: string, now: Date): Promise<void> {
  await db.updateTable('meetings').set({ minutes_approved_at: now, minutes_approved_note: note }).where('id', '=', id).where('minutes_approved_at', 'is', null).execute()
}
export async function members(db: Db, meetingId: string): Promise<Member[]> {
  const rows = await db.selectFrom('meeting_members as m').innerJoin('users as u', 'u.id', 'm.user_id').select(['m.user_id', 'u.display_name', 'u.position', 'm.role', 'm.attended']).where('m.meeting_id', '=', meetingId).orderBy('m.role').orderBy('u.display_name').execute()
  return rows.map((r) => ({ userId: r.user_id, name: r.display_name, position: r.position ?? '', role: r.role as MemberRole, attended: r.attended }))
}
export async function upsertMember(db: Db, meetingId: string, userId: string, role: MemberRole, attended: boolean): Promise<void> {
  await db.insertInto('meeting_members').values({ meeting_id: meetingId, user_id: userId, role, attended }).onConflict((oc) => oc.columns(['meeting_id', 'user_id']).doUpdateSet({ role, attended })).execute()
}
export async function items(db: Db, meetingId: string): Promise<Item[]> {
  return (await db.selectFrom('meeting_items').select(['id', 'position', 'title', 'resolution']).where('meeting_id', '=', meetingId).orderBy('position').execute()).map((r) => ({ ...r }))
}
export async function insertItem(db: Db, meetingId: string, title: string): Promise<string> {
  const last = await db.selectFrom('meeting_items').select((eb) => eb.fn.max('position').as('p')).where('meeting_id', '=', meetingId).executeTakeFirst()
  return (await db.insertInto('meeting_items').values({ meeting_id: meetingId, position: Number(last?.p ?? 0) + 1, title }).returning('id').executeTakeFirstOrThrow()).id
}
export async function setResolution(db: Db, itemId: string, resolution: string): Promise<void> {
  await db.updateTable('meeting_items').set({ resolution }).where('id', '=', itemId).execute()
}
export async function findItem(db: Db, itemId: string) {
  return db.selectFrom('meeting_items').select(['id', 'meeting_id']).where('id', '=', itemId).executeTakeFirst()
}
export async function interests(db: Db, meetingId: string): Promise<Interest[]> {
  return (await db.selectFrom('meeting_interests').select(['item_id', 'user_id', 'nature']).where('meeting_id', '=', meetingId).execute()).map((r) => ({ itemId: r.item_id, userId: r.user_id, nature: r.nature }))
}
export async function insertInterest(db: Db, meetingId: string, itemId: string, userId: string, nature: string, now: Date): Promise<void> {
  await db.insertInto('meeting_interests').values({ meeting_id: meetingId, item_id: itemId, user_id: userId, nature, declared_at: now }).onConflict((oc) => oc.columns(['item_id', 'user_id']).doUpdateSet({ nature })).execute()
}
export async function votes(db: Db, meetingId: string): Promise<VoteRow[]> {
  return (await db.selectFrom('meeting_votes').select(['item_id', 'user_id', 'vote']).where('meeting_id', '=', meetingId).execute()).map((r) => ({ itemId: r.item_id, userId: r.user_id, vote: r.vote as Vote }))
}
export async function upsertVote(db: Db, meetingId: string, itemId: string, userId: string, vote: Vote, now: Date): Promise<void> {
  await db.insertInto('meeting_votes').values({ meeting_id: meetingId, item_id: itemId, user_id: userId, vote, voted_at: now }).onConflict((oc) => oc.columns(['item_id', 'user_id']).doUpdateSet({ vote, voted_at: now })).execute()
}
export async function staffOf(db: Db, org: string): Promise<{ id: string; name: string }[]> {
  return (await db.selectFrom('memberships as m').innerJoin('users as u', 'u.id', 'm.user_id').select(['u.id', 'u.display_name']).where('m.organisation_id', '=', org).where('m.role', '<>', 'oversight').distinct().orderBy('u.display_name').execute()).map((r) => ({ id: r.id, name: r.display_name }))
}
export async function organisationOf(db: Db, id: string) {
  return db.selectFrom('organisations').select(['id', 'name_th', 'name_en']).where('id', '=', id).executeTakeFirst()
}
