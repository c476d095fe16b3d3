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
  const r = await trx.insertInto('consultation_comments').values({ consultation_id: v.consultationId, author_name: v.name, body: v.body, hold_reasons: JSON.stringify(v.holdReasons), created_on: v.on, created_at: v.now }).returning('id').executeTakeFirstOrThrow()
  return r.id
}
export async function commentsOf(db: Db, consultationId: string): Promise<{ id: string; author_name: string; body: string; hold_reasons: string[]; created_on: string }[]> {
  return db.selectFrom('consultation_comments').select(['id', 'author_name', 'body', 'hold_reasons', 'created_on']).where('consultation_id', '=', consultationId).orderBy('created_at').execute()
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
