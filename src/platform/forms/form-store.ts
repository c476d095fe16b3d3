import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ConflictError, NotFoundError } from '../../errors.ts'
import type { Answers, AnswerValue } from './form-answers.ts'
import { changedItemIds } from './form-diff.ts'
import type { FormDefinition } from './form-definition.ts'
import { definitionProblems } from './form-definition.ts'

/**
 * The form engine's storage. Callers own the transaction and record their own audit event in it,
 * so an answer, its history row and the audit entry are written together or not at all.
 */
type Db = Kysely<Database>

export type StoredDefinition = { id: string; key: string; version: number; status: 'draft' | 'published'; definition: FormDefinition; publishedAt: Date | null }

const asJson = (v: unknown) => JSON.stringify(v)

export async function findDefinition(db: Db, id: string): Promise<StoredDefinition | undefined> {
  const row = await db.selectFrom('form_definitions').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? toStored(row) : undefined
}

/** The newest published version of a form. */
export async function latestPublished(db: Db, key: string): Promise<StoredDefinition | undefined> {
  const row = await db.selectFrom('form_definitions').selectAll().where('key', '=', key).where('status', '=', 'published').orderBy('version', 'desc').executeTakeFirst()
  return row ? toStored(row) : undefined
}

export async function listVersions(db: Db, key: string): Promise<StoredDefinition[]> {
  const rows = await db.selectFrom('form_definitions').selectAll().where('key', '=', key).orderBy('version', 'asc').execute()
  return rows.map(toStored)
}

function toStored(row: { id: string; key: string; version: number; status: 'draft' | 'published'; definition: unknown; published_at: Date | null }): StoredDefinition {
  return { id: row.id, key: row.key, version: row.version, status: row.status, definition: row.definition as FormDefinition, publishedAt: row.published_at }
}

/** A built-in template as version 1, published, once; later calls return the stored one unchanged. */
export async function ensureTemplate(db: Db, def: FormDefinition, now: Date): Promise<StoredDefinition> {
  const existing = await db.selectFrom('form_definitions').selectAll().where('key', '=', def.key).orderBy('version', 'asc').executeTakeFirst()
  if (existing) return toStored(existing)
  assertWellFormed(def)
  await db
    .insertInto('form_definitions')
    .values({ key: def.key, version: 1, status: 'published', title_th: def.title.th, definition: asJson(def), owner_organisation_id: null, created_at: now, published_at: now })
    .onConflict((oc) => oc.columns(['key', 'version']).doNothing())
    .execute()
  const row = await db.selectFrom('form_definitions').selectAll().where('key', '=', def.key).where('version', '=', 1).executeTakeFirstOrThrow()
  return toStored(row)
}

function assertWellFormed(def: FormDefinition) {
  const problems = definitionProblems(def)
  if (problems.length) throw new ConflictError(`แบบฟอร์มยังไม่สมบูรณ์: ${problems.join('; ')}`, `The form is not well formed: ${problems.join('; ')}`)
}

/** Editing a form: a new draft version after the newest one; published versions stay as they are. */
export async function createDraftVersion(trx: Db, input: { definition: FormDefinition; ownerOrganisationId: string | null; now: Date }): Promise<StoredDefinition> {
  const top = await trx.selectFrom('form_definitions').select((eb) => eb.fn.max('version').as('v')).where('key', '=', input.definition.key).executeTakeFirst()
  const version = Number(top?.v ?? 0) + 1
  const row = await trx
    .insertInto('form_definitions')
    .values({ key: input.definition.key, version, status: 'draft', title_th: input.definition.title.th, definition: asJson(input.definition), owner_organisation_id: input.ownerOrganisationId, created_at: input.now })
    .returningAll()
    .executeTakeFirstOrThrow()
  return toStored(row)
}

export async function updateDraftVersion(trx: Db, id: string, definition: FormDefinition): Promise<void> {
  const current = await findDefinition(trx, id)
  if (!current) throw new NotFoundError('form')
  if (current.status === 'published') throw new ConflictError('แบบฟอร์มฉบับนี้เผยแพร่แล้ว แก้ไขไม่ได้ ให้สร้างฉบับใหม่', 'This version is published and frozen; create a new version')
  if (definition.key !== current.key) throw new ConflictError('รหัสแบบฟอร์มเปลี่ยนไม่ได้', 'A form keeps its key across versions')
  await trx.updateTable('form_definitions').set({ definition: asJson(definition), title_th: definition.title.th }).where('id', '=', id).execute()
}

export async function publishVersion(trx: Db, id: string, now: Date): Promise<StoredDefinition> {
  const current = await findDefinition(trx, id)
  if (!current) throw new NotFoundError('form')
  if (current.status === 'published') return current
  assertWellFormed(current.definition)
  await trx.updateTable('form_definitions').set({ status: 'published', published_at: now }).where('id', '=', id).execute()
  return { ...current, status: 'published', publishedAt: now }
}

export async function createResponse(trx: Db, input: { definitionId: string; organisationId: string; now: Date }): Promise<string> {
  const def = await findDefinition(trx, input.definitionId)
  if (!def) throw new NotFoundError('form')
  if (def.status !== 'published') throw new ConflictError('แบบฟอร์มยังไม่เผยแพร่', 'The form is not published yet')
  const row = await trx
    .insertInto('form_responses')
    .values({ form_definition_id: input.definitionId, organisation_id: input.organisationId, created_at: input.now, updated_at: input.now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function loadAnswers(db: Db, responseId: string): Promise<Answers> {
  const rows = await db.selectFrom('form_answers').select(['item_id', 'value']).where('response_id', '=', responseId).execute()
  return Object.fromEntries(rows.map((r) => [r.item_id, r.value as AnswerValue]))
}

/** Answers of many responses at once (consolidated exports). */
export async function loadAnswersOf(db: Db, responseIds: string[]): Promise<Map<string, Answers>> {
  const out = new Map<string, Answers>()
  if (responseIds.length === 0) return out
  const rows = await db.selectFrom('form_answers').select(['response_id', 'item_id', 'value']).where('response_id', 'in', responseIds).execute()
  for (const r of rows) {
    const a = out.get(r.response_id) ?? {}
    a[r.item_id] = r.value as AnswerValue
    out.set(r.response_id, a)
  }
  return out
}

export type Changer = { userId: string | null; label: string }

/**
 * Saves the answers that differ from those stored, each with a history row, under a lock on the
 * response so two contributors saving at once both keep their items. Returns the items changed.
 */
export async function saveAnswers(trx: Db, input: { responseId: string; answers: Answers; by: Changer; now: Date }): Promise<string[]> {
  const response = await trx.selectFrom('form_responses').select(['id', 'revision']).where('id', '=', input.responseId).forUpdate().executeTakeFirst()
  if (!response) throw new NotFoundError('form response')
  const stored = await loadAnswers(trx, input.responseId)
  // Only the items the caller sent are considered, so a partial save never blanks the others.
  const sent = Object.keys(input.answers)
  const before: Answers = Object.fromEntries(sent.filter((id) => stored[id]).map((id) => [id, stored[id] as AnswerValue]))
  const changed = changedItemIds(before, input.answers)
  if (changed.length === 0) return []
  const revision = response.revision + 1
  for (const itemId of changed) {
    const value = input.answers[itemId]
    if (value === undefined) continue
    await trx
      .insertInto('form_answers')
      .values({ response_id: input.responseId, item_id: itemId, value: asJson(value), updated_by: input.by.userId, updated_at: input.now })
      .onConflict((oc) => oc.columns(['response_id', 'item_id']).doUpdateSet({ value: asJson(value), updated_by: input.by.userId, updated_at: input.now }))
      .execute()
    await trx
      .insertInto('form_answer_history')
      .values({ response_id: input.responseId, item_id: itemId, value: asJson(value), revision, changed_by: input.by.userId, changed_by_label: input.by.label, changed_at: input.now })
      .execute()
  }
  await trx.updateTable('form_responses').set({ revision, updated_at: input.now }).where('id', '=', input.responseId).execute()
  return changed
}

export type AnswerHistoryEntry = { itemId: string; value: AnswerValue | null; revision: number; by: string; at: Date }

export async function answerHistory(db: Db, responseId: string): Promise<AnswerHistoryEntry[]> {
  const rows = await db.selectFrom('form_answer_history').selectAll().where('response_id', '=', responseId).orderBy('revision', 'asc').orderBy('item_id', 'asc').execute()
  return rows.map((r) => ({ itemId: r.item_id, value: (r.value as AnswerValue | null) ?? null, revision: r.revision, by: r.changed_by_label, at: r.changed_at }))
}

/** Freezes the answers as they go on; submission numbers start at 1. */
export async function snapshotAnswers(trx: Db, input: { responseId: string; submission: number; now: Date }): Promise<Answers> {
  const answers = await loadAnswers(trx, input.responseId)
  await trx.insertInto('form_response_snapshots').values({ response_id: input.responseId, submission: input.submission, answers: asJson(answers), created_at: input.now }).execute()
  return answers
}

export async function loadSnapshot(db: Db, responseId: string, submission: number): Promise<Answers | undefined> {
  const row = await db.selectFrom('form_response_snapshots').select('answers').where('response_id', '=', responseId).where('submission', '=', submission).executeTakeFirst()
  return row ? (row.answers as Answers) : undefined
}
