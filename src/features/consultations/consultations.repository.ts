import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/tables.ts'

type Db = Kysely<Database> | Transaction<Database>

export type ConsultationRow = { id: string; organisation_id: string; title: string; question: string; documents: string; opens_on: string; closes_on: string; heard: string | null; will_do: string | null; summarised_on: string | null }
const COLUMNS = ['id', 'organisation_id', 'title', 'question', 'documents', 'opens_on', 'closes_on', 'heard', 'will_do', 'summarised_on'] as const

export async function listConsultations(db: Db, organisationId: string): Promise<ConsultationRow[]> {
  return db.selectFrom('consultations').select(COLUMNS).where('organisation_id', '=', organisationId).orderBy('opens_on', 'desc').execute()
}
export async function findConsultation(db: Db, id: string): Promise<ConsultationRow | undefined> {
  return db.selectFrom('consultations').select(COLUMNS).where('id', '=', id).executeTakeFirst()
}
export async function insertConsultation(trx: Transaction<Database>, v: { organisationId: string; title: string; question: string; documents: string; opensOn: string; closesOn: string; by: string; now: Date }): Promise<string> {
  const r = await trx.insertInto('consultations').values({ organisation_id: v.organisationId, title: v.title, question: v.question, documents: v.documents, opens_on: v.opensOn, closes_on: v.closesOn, created_by: v.by, created_at: v.now }).returning('id').executeTakeFirstOrThrow()
  return r.id
}
export async function saveSummary(trx: Transaction<Database>, id: string, v: { heard: string; willDo: string; on: string }): Promise<void> {
  await trx.updateTable('consultations').set({ heard: v.heard, will_do: v.willDo, summarised_on: v.on }).where('id', '=', id).execute()
}
export async function insertComment(trx: Transaction<Database>, v: { consultationId: string; name: string; body: string; holdReasons: string[]; on: string; now: Date }): Promise<string> {
  const r = await trx
    .insertInto('consultation_comments')
    .values({ consultation_id: v.consultationId, author_name: v.name, body: v.body, hold_reasons: JSON.stringify(v.holdReasons), moderation: v.holdReasons.length ? 'held' : 'published', created_on: v.on, created_at: v.now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}
export type CommentRow = { id: string; author_name: string; body: string; hold_reasons: string[]; moderation: 'held' | 'published' | 'rejected'; created_on: string }
export async function commentsOf(db: Db, consultationId: string): Promise<CommentRow[]> {
  return db.selectFrom('consultation_comments').select(['id', 'author_name', 'body', 'hold_reasons', 'moderation', 'created_on']).where('consultation_id', '=', consultationId).orderBy('created_at').execute()
}
/** The moderation queue: every held comment on the agency's consultations, oldest first. */
export async function heldComments(db: Db, organisationId: string): Promise<(CommentRow & { consultation_id: string; title: string })[]> {
  return db
    .selectFrom('consultation_comments')
    .innerJoin('consultations', 'consultations.id', 'consultation_comments.consultation_id')
    .select(['consultation_comments.id', 'consultation_comments.author_name', 'consultation_comments.body', 'consultation_comments.hold_reasons', 'consultation_comments.moderation', 'consultation_comments.created_on', 'consultation_comments.consultation_id', 'consultations.title'])
    .where('consultations.organisation_id', '=', organisationId)
    .where('consultation_comments.moderation', '=', 'held')
    .orderBy('consultation_comments.created_at')
    .execute()
}
export async function lockComment(trx: Transaction<Database>, id: string): Promise<{ id: string; consultation_id: string; organisation_id: string; moderation: string } | undefined> {
  return trx
    .selectFrom('consultation_comments')
    .innerJoin('consultations', 'consultations.id', 'consultation_comments.consultation_id')
    .select(['consultation_comments.id', 'consultation_comments.consultation_id', 'consultations.organisation_id', 'consultation_comments.moderation'])
    .where('consultation_comments.id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}
export async function moderate(trx: Transaction<Database>, id: string, v: { moderation: 'published' | 'rejected'; by: string; on: string }): Promise<void> {
  await trx.updateTable('consultation_comments').set({ moderation: v.moderation, moderated_by: v.by, moderated_on: v.on }).where('id', '=', id).execute()
}

export type AttachedFile = { file_id: string; owner_id: string; name: string; mime: string; size: number }
/** A consultation's documents, or a hearing's photos, with what the file service recorded of them. */
export async function filesOf(db: Db, kind: 'document' | 'photo', ownerIds: readonly string[]): Promise<AttachedFile[]> {
  if (ownerIds.length === 0) return []
  const owner = kind === 'document' ? 'consultation_files.consultation_id' : 'consultation_files.hearing_id'
  const rows = await db
    .selectFrom('consultation_files')
    .innerJoin('files', 'files.id', 'consultation_files.file_id')
    .select(['consultation_files.file_id', `${owner} as owner_id`, 'files.original_name', 'files.mime', 'files.size'])
    .where('consultation_files.kind', '=', kind)
    .where(owner, 'in', ownerIds)
    .orderBy('consultation_files.created_at')
    .execute()
  return rows.map((r) => ({ file_id: r.file_id, owner_id: r.owner_id!, name: r.original_name, mime: r.mime, size: Number(r.size) }))
}
export async function insertFile(trx: Transaction<Database>, v: { kind: 'document' | 'photo'; ownerId: string; fileId: string; now: Date }): Promise<void> {
  await trx.insertInto('consultation_files').values({ kind: v.kind, consultation_id: v.kind === 'document' ? v.ownerId : null, hearing_id: v.kind === 'photo' ? v.ownerId : null, file_id: v.fileId, created_at: v.now }).execute()
}
export async function findHearing(db: Db, id: string): Promise<{ id: string; organisation_id: string } | undefined> {
  return db.selectFrom('public_hearings').select(['id', 'organisation_id']).where('id', '=', id).executeTakeFirst()
}
export async function hearingsOf(db: Db, organisationId: string): Promise<{ id: string; subject: string; held_on: string; place: string; attendance: number; minutes: string; consultation_id: string | null }[]> {
  return db.selectFrom('public_hearings').select(['id', 'subject', 'held_on', 'place', 'attendance', 'minutes', 'consultation_id']).where('organisation_id', '=', organisationId).orderBy('held_on', 'desc').execute()
}
export async function insertHearing(trx: Transaction<Database>, v: { organisationId: string; consultationId: string | null; subject: string; heldOn: string; place: string; attendance: number; minutes: string; by: string; now: Date }): Promise<string> {
  const r = await trx.insertInto('public_hearings').values({ organisation_id: v.organisationId, consultation_id: v.consultationId, subject: v.subject, held_on: v.heldOn, place: v.place, attendance: v.attendance, minutes: v.minutes, created_by: v.by, created_at: v.now }).returning('id').executeTakeFirstOrThrow()
  return r.id
}

/** The agency's own held words (the webboard's setting), for comments here too. */
export async function agencyWordList(db: Db, organisationId: string): Promise<string> {
  const row = await db.selectFrom('voice_settings').select('webboard_blocked_words').where('organisation_id', '=', organisationId).executeTakeFirst()
  return row?.webboard_blocked_words ?? ''
}
