import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { Role } from '../../platform/auth/roles.ts'

type Db = Kysely<Database> | Transaction<Database>

/** The agency's voice settings: the webboard's, and the information requests' (practice, not law). */
export type VoiceSettings = { answerDays: number; premoderate: boolean; blockedWords: string; requestAnswerDays: number; requestExtensionDays: number; requestVeryOverdueDays: number }

export async function readSettings(db: Db, organisationId: string): Promise<VoiceSettings> {
  const row = await db
    .selectFrom('voice_settings')
    .select(['webboard_answer_days', 'webboard_premoderate', 'webboard_blocked_words', 'request_answer_days', 'request_extension_days', 'request_very_overdue_days'])
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst()
  return row
    ? { answerDays: row.webboard_answer_days, premoderate: row.webboard_premoderate, blockedWords: row.webboard_blocked_words, requestAnswerDays: row.request_answer_days, requestExtensionDays: row.request_extension_days, requestVeryOverdueDays: row.request_very_overdue_days }
    : { answerDays: 5, premoderate: true, blockedWords: '', requestAnswerDays: 15, requestExtensionDays: 15, requestVeryOverdueDays: 10 }
}

export async function saveSettings(db: Db, organisationId: string, s: VoiceSettings, by: string, now: Date): Promise<void> {
  const values = {
    webboard_answer_days: s.answerDays,
    webboard_premoderate: s.premoderate,
    webboard_blocked_words: s.blockedWords,
    request_answer_days: s.requestAnswerDays,
    request_extension_days: s.requestExtensionDays,
    request_very_overdue_days: s.requestVeryOverdueDays,
    updated_by: by,
    updated_at: now,
  }
  await db
    .insertInto('voice_settings')
    .values({ organisation_id: organisationId, ...values })
    .onConflict((oc) => oc.column('organisation_id').doUpdateSet(values))
    .execute()
}

const POST_COLUMNS = [
  'id',
  'organisation_id',
  'question_id',
  'kind',
  'topic',
  'service_key',
  'title',
  'body',
  'author_name',
  'author_position',
  'status',
  'hold_reasons',
  'helpful',
  'assigned_to',
  'due_on',
  'published_on',
  'answered_on',
  'created_at',
] as const

export type Post = {
  id: string
  organisation_id: string
  question_id: string | null
  kind: 'question' | 'reply' | 'answer'
  topic: string | null
  service_key: string | null
  title: string | null
  body: string
  author_name: string
  author_position: string | null
  status: 'pending' | 'published' | 'rejected'
  hold_reasons: string[]
  helpful: boolean | null
  assigned_to: string | null
  due_on: string | null
  published_on: string | null
  answered_on: string | null
  created_at: Date
}

export type NewPost = {
  organisationId: string
  questionId: string | null
  kind: 'question' | 'reply' | 'answer'
  topic?: string | null
  serviceKey?: string | null
  title?: string | null
  body: string
  authorName: string
  authorPosition?: string | null
  authorUserId?: string | null
  status: 'pending' | 'published'
  holdReasons: string[]
  askerCodeHash?: string | null
  publishedOn: string | null
  dueOn: string | null
  now: Date
}

export async function insertPost(db: Db, p: NewPost): Promise<string> {
  const row = await db
    .insertInto('webboard_posts')
    .values({
      organisation_id: p.organisationId,
      question_id: p.questionId,
      kind: p.kind,
      topic: p.topic ?? null,
      service_key: p.serviceKey ?? null,
      title: p.title ?? null,
      body: p.body,
      author_name: p.authorName,
      author_position: p.authorPosition ?? null,
      author_user_id: p.authorUserId ?? null,
      status: p.status,
      hold_reasons: JSON.stringify(p.holdReasons),
      asker_code_hash: p.askerCodeHash ?? null,
      published_on: p.publishedOn,
      due_on: p.dueOn,
      created_at: p.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function findPost(db: Db, id: string): Promise<Post | undefined> {
  return db.selectFrom('webboard_posts').select(POST_COLUMNS).where('id', '=', id).executeTakeFirst()
}

export async function askerCodeHashOf(db: Db, id: string): Promise<string | null> {
  const row = await db.selectFrom('webboard_posts').select('asker_code_hash').where('id', '=', id).executeTakeFirst()
  return row?.asker_code_hash ?? null
}

/** Published questions of one agency, newest first, with how many official answers each has. */
export async function publishedQuestions(db: Db, organisationId: string, topic: string | null, limit: number, serviceKey: string | null = null): Promise<(Post & { answers: number })[]> {
  let q = db
    .selectFrom('webboard_posts as q')
    .select(POST_COLUMNS.map((c) => `q.${c}` as const))
    .select((eb) => eb.selectFrom('webboard_posts as a').select(eb.fn.countAll<string>().as('n')).whereRef('a.question_id', '=', 'q.id').where('a.kind', '=', 'answer').as('answers'))
    .where('q.organisation_id', '=', organisationId)
    .where('q.kind', '=', 'question')
    .where('q.status', '=', 'published')
  if (topic) q = q.where('q.topic', '=', topic)
  if (serviceKey) q = q.where('q.service_key', '=', serviceKey)
  const rows = await q.orderBy('q.published_on', 'desc').orderBy('q.created_at', 'desc').limit(limit).execute()
  return rows.map((r) => ({ ...r, answers: Number(r.answers ?? 0) }))
}

/** Answers and replies under a question: official answers first (oldest first), then replies. */
export async function postsUnder(db: Db, questionId: string, statuses: readonly Post['status'][]): Promise<Post[]> {
  const rows = await db.selectFrom('webboard_posts').select(POST_COLUMNS).where('question_id', '=', questionId).where('status', 'in', [...statuses]).orderBy('created_at').execute()
  return [...rows.filter((r) => r.kind === 'answer'), ...rows.filter((r) => r.kind !== 'answer')]
}

export async function pendingPosts(db: Db, organisationId: string): Promise<(Post & { question_title: string | null })[]> {
  return db
    .selectFrom('webboard_posts as p')
    .leftJoin('webboard_posts as q', 'q.id', 'p.question_id')
    .select(POST_COLUMNS.map((c) => `p.${c}` as const))
    .select('q.title as question_title')
    .where('p.organisation_id', '=', organisationId)
    .where('p.status', '=', 'pending')
    .orderBy('p.created_at')
    .execute()
}

export async function unansweredQuestions(db: Db, organisationIds: readonly string[]): Promise<Post[]> {
  if (organisationIds.length === 0) return []
  return db
    .selectFrom('webboard_posts')
    .select(POST_COLUMNS)
    .where('organisation_id', 'in', [...organisationIds])
    .where('kind', '=', 'question')
    .where('status', '=', 'published')
    .where('answered_on', 'is', null)
    .orderBy('due_on')
    .execute()
}

export async function answeredQuestionDates(db: Db, organisationId: string): Promise<{ published_on: string; answered_on: string; due_on: string }[]> {
  const rows = await db
    .selectFrom('webboard_posts')
    .select(['published_on', 'answered_on', 'due_on'])
    .where('organisation_id', '=', organisationId)
    .where('kind', '=', 'question')
    .where('status', '=', 'published')
    .where('answered_on', 'is not', null)
    .execute()
  return rows.filter((r): r is { published_on: string; answered_on: string; due_on: string } => r.published_on !== null && r.answered_on !== null && r.due_on !== null)
}

export async function setPostStatus(db: Db, id: string, status: 'published' | 'rejected', fields: { body?: string; publishedOn?: string | null; dueOn?: string | null; by: string; now: Date }): Promise<void> {
  await db
    .updateTable('webboard_posts')
    .set({
      status,
      moderated_by: fields.by,
      moderated_at: fields.now,
      ...(fields.body !== undefined ? { body: fields.body } : {}),
      ...(fields.publishedOn !== undefined ? { published_on: fields.publishedOn } : {}),
      ...(fields.dueOn !== undefined ? { due_on: fields.dueOn } : {}),
    })
    .where('id', '=', id)
    .execute()
}

export async function recordRedaction(db: Db, r: { postId: string; occurrences: number; characters: number; reason: string; by: string; now: Date }): Promise<void> {
  await db.insertInto('webboard_redactions').values({ post_id: r.postId, occurrences: r.occurrences, characters: r.characters, reason: r.reason, by_user: r.by, at: r.now }).execute()
}

export async function redactionsOf(db: Db, postIds: readonly string[]): Promise<{ post_id: string; occurrences: number; reason: string; at: Date; by_name: string | null }[]> {
  if (postIds.length === 0) return []
  return db
    .selectFrom('webboard_redactions as r')
    .leftJoin('users as u', 'u.id', 'r.by_user')
    .select(['r.post_id', 'r.occurrences', 'r.reason', 'r.at', 'u.display_name as by_name'])
    .where('r.post_id', 'in', [...postIds])
    .orderBy('r.at')
    .execute()
}

export async function markAnswered(db: Db, questionId: string, on: string): Promise<void> {
  await db.updateTable('webboard_posts').set({ answered_on: on }).where('id', '=', questionId).where('answered_on', 'is', null).execute()
}

export async function setHelpful(db: Db, questionId: string, helpful: boolean): Promise<void> {
  await db.updateTable('webboard_posts').set({ helpful }).where('id', '=', questionId).execute()
}

export async function assign(db: Db, questionId: string, userId: string | null): Promise<void> {
  await db.updateTable('webboard_posts').set({ assigned_to: userId }).where('id', '=', questionId).execute()
}

export async function positionOf(db: Db, userId: string): Promise<string> {
  const row = await db.selectFrom('users').select('position').where('id', '=', userId).executeTakeFirst()
  return row?.position ?? ''
}

export async function holdersOf(db: Db, organisationId: string, roles: readonly Role[]): Promise<{ id: string; email: string; display_name: string }[]> {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.email', 'u.display_name'])
    .distinct()
    .where('m.organisation_id', '=', organisationId)
    .where('m.role', 'in', [...roles])
    .where('u.is_active', '=', true)
    .orderBy('u.display_name')
    .execute()
}

export async function userById(db: Db, id: string): Promise<{ id: string; email: string; display_name: string } | undefined> {
  return db.selectFrom('users').select(['id', 'email', 'display_name']).where('id', '=', id).where('is_active', '=', true).executeTakeFirst()
}

/** Reminders already sent, so each question is reminded once per urgency. */
export async function claimReminder(db: Db, questionId: string, urgency: string, now: Date): Promise<boolean> {
  const r = await db.insertInto('webboard_reminders').values({ question_id: questionId, urgency, sent_at: now }).onConflict((oc) => oc.doNothing()).returning('question_id').executeTakeFirst()
  return r !== undefined
}

export async function allUnansweredDueBy(db: Db, date: string): Promise<Post[]> {
  return db.selectFrom('webboard_posts').select(POST_COLUMNS).where('kind', '=', 'question').where('status', '=', 'published').where('answered_on', 'is', null).where('due_on', '<=', date).execute()
}

/** The published official answers of many questions at once (the JSON list), oldest first. */
export async function officialAnswersOf(db: Db, questionIds: readonly string[]): Promise<Post[]> {
  if (questionIds.length === 0) return []
  return db.selectFrom('webboard_posts').select(POST_COLUMNS).where('question_id', 'in', [...questionIds]).where('kind', '=', 'answer').where('status', '=', 'published').orderBy('created_at').execute()
}
