import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { hasRoleIn, organisationsOf } from '../../platform/auth/policy.ts'
import { bumpPublicGeneration, organisationScope } from '../../platform/public-content/generations.ts'
import { addCalendarDays, isoDate, todayInBangkok, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { loadHolidayDates } from '../holidays/index.ts'
import { publishedManualLinks } from '../services/index.ts'
import { formatReceipt, normaliseReceipt, receiptFromBytes } from '../complaints/index.ts'
import { findOrganisationById, findOrganisationBySlug, isUuid, sortByThaiName, type OrganisationDetails, type OrganisationSummary } from '../organisations/index.ts'
import { ANSWERER_ROLES, MODERATOR_ROLES, answerDueOn, answerUrgency, responseFigures, type AnswerUrgency, type ResponseFigures } from './webboard.domain.ts'
import { blockedWords, holdReasons, redact } from './webboard-moderation.domain.ts'
import type { ModerationDecision, QuestionInput, SettingsInput } from './webboard.input.ts'
import * as repo from './webboard.repository.ts'
import type { Post } from './webboard.repository.ts'

export type { Post }
export type PublicDeps = { db: Kysely<Database>; now: Date }
export type StaffContext = { db: Kysely<Database>; actor: Actor; now: Date; baseUrl: string }

/** Citizens have no account: the audit trail names them by the channel only. */
const CITIZEN_ACTOR = { id: null, label: 'citizen (webboard)' } as const

const hashCode = (compact: string) => createHash('sha256').update(`webboard:${compact}`).digest('base64url')

/** Holidays for a year either side of a day: enough for any webboard due date. */
const holidaysAround = (db: Kysely<Database>, day: IsoDate) => loadHolidayDates(db, addCalendarDays(day, -370), addCalendarDays(day, 370))

export async function publicAgency(db: Kysely<Database>, slug: string): Promise<OrganisationDetails> {
  const org = await findOrganisationBySlug(db, slug)
  if (!org) throw new NotFoundError('organisation')
  return org
}

/** One of the agency's published citizen services, which a question may be about. */
export type ServiceChoice = { key: string; name: string }

export async function servicesOf(db: Kysely<Database>, org: OrganisationDetails): Promise<ServiceChoice[]> {
  return (await publishedManualLinks(db, org.id, org.slug, '')).manuals.map((m) => ({ key: m.serviceKey, name: m.nameTh }))
}

export type PublicBoard = { org: OrganisationDetails; topic: string | null; service: ServiceChoice | null; services: ServiceChoice[]; questions: (Post & { answers: number })[]; figures: ResponseFigures }

export async function publicBoard(d: PublicDeps, org: OrganisationDetails, topic: string | null, serviceKey: string | null = null): Promise<PublicBoard> {
  const services = await servicesOf(d.db, org)
  const service = services.find((s) => s.key === serviceKey) ?? null
  const questions = await repo.publishedQuestions(d.db, org.id, topic, 100, service?.key ?? null)
  const answered = await repo.answeredQuestionDates(d.db, org.id)
  const unanswered = (await repo.unansweredQuestions(d.db, [org.id])).length
  const holidays = await holidaysAround(d.db, todayInBangkok(d.now))
  const figures = responseFigures(
    answered.map((a) => ({ publishedOn: isoDate(a.published_on), answeredOn: isoDate(a.answered_on), dueOn: isoDate(a.due_on) })),
    unanswered,
    holidays,
  )
  return { org, topic, service, services, questions, figures }
}

/** The published questions with their official answers, for the JSON API. */
export async function publishedQuestionsWithAnswers(d: PublicDeps, slug: string, topic: string | null, serviceKey: string | null): Promise<PublicBoard & { answers: Post[] }> {
  const org = await publicAgency(d.db, slug)
  const board = await publicBoard(d, org, topic, serviceKey)
  return { ...board, answers: await repo.officialAnswersOf(d.db, board.questions.map((q) => q.id)) }
}

export type PublicQuestion = { org: OrganisationDetails; question: Post; posts: Post[]; service: ServiceChoice | null }

async function publishedQuestionOf(db: Kysely<Database>, org: OrganisationDetails, id: string): Promise<Post> {
  if (!isUuid(id)) throw new NotFoundError('question')
  const q = await repo.findPost(db, id)
  // Another agency's question is as absent as a missing one.
  if (!q || q.kind !== 'question' || q.status !== 'published' || q.organisation_id !== org.id) throw new NotFoundError('question')
  return q
}

export async function publicQuestion(d: PublicDeps, org: OrganisationDetails, id: string): Promise<PublicQuestion> {
  const question = await publishedQuestionOf(d.db, org, id)
  const service = question.service_key ? ((await servicesOf(d.db, org)).find((s) => s.key === question.service_key) ?? null) : null
  return { org, question, posts: await repo.postsUnder(d.db, question.id, ['published']), service }
}

export type Asked = { id: string; code: string; published: boolean }

/**
 * A citizen asks. Anything the automatic rules catch waits for the moderator, and so does
 * everything else when the agency pre-moderates. The asker's code (shown once) lets them say
 * later whether the answer helped; only its hash is kept.
 */
export async function askQuestion(d: PublicDeps, org: OrganisationDetails, input: QuestionInput): Promise<Asked> {
  if (input.serviceKey && !(await servicesOf(d.db, org)).some((s) => s.key === input.serviceKey)) throw new ValidationError({ service: { th: 'เลือกงานบริการจากรายการของหน่วยงาน', en: 'Choose one of the agency’s services' } })
  const settings = await repo.readSettings(d.db, org.id)
  const reasons = holdReasons(`${input.name}\n${input.title}\n${input.body}`, blockedWords(settings.blockedWords))
  const publishNow = reasons.length === 0 && !settings.premoderate
  const today = todayInBangkok(d.now)
  const due = publishNow ? answerDueOn(today, settings.answerDays, await holidaysAround(d.db, today)) : null
  const code = receiptFromBytes(randomBytes(16))
  const id = await d.db.transaction().execute(async (trx) => {
    const id = await repo.insertPost(trx, {
      organisationId: org.id,
      questionId: null,
      kind: 'question',
      topic: input.topic,
      serviceKey: input.serviceKey,
      title: input.title,
      body: input.body,
      authorName: input.name,
      status: publishNow ? 'published' : 'pending',
      holdReasons: reasons,
      askerCodeHash: hashCode(normaliseReceipt(code)!),
      publishedOn: publishNow ? today : null,
      dueOn: due,
      now: d.now,
    })
    await recordAudit(trx, { actor: CITIZEN_ACTOR, organisationId: org.id, action: 'webboard.question_asked', entityType: 'webboard_post', entityId: id, summary: { after: { topic: input.topic, service_key: input.serviceKey, status: publishNow ? 'published' : 'pending', hold_reasons: reasons } }, at: d.now })
    if (publishNow) await bumpPublicGeneration(trx, organisationScope(org.id))
    return id
  })
  return { id, code, published: publishNow }
}

/** A public reply under a published question: the same checks as a question. */
export async function replyToQuestion(d: PublicDeps, org: OrganisationDetails, questionId: string, input: { name: string; body: string }): Promise<{ published: boolean }> {
  const question = await publishedQuestionOf(d.db, org, questionId)
  const settings = await repo.readSettings(d.db, org.id)
  const reasons = holdReasons(`${input.name}\n${input.body}`, blockedWords(settings.blockedWords))
  const publishNow = reasons.length === 0 && !settings.premoderate
  await d.db.transaction().execute(async (trx) => {
    const id = await repo.insertPost(trx, { organisationId: org.id, questionId: question.id, kind: 'reply', body: input.body, authorName: input.name, status: publishNow ? 'published' : 'pending', holdReasons: reasons, publishedOn: publishNow ? todayInBangkok(d.now) : null, dueOn: null, now: d.now })
    await recordAudit(trx, { actor: CITIZEN_ACTOR, organisationId: org.id, action: 'webboard.reply_posted', entityType: 'webboard_post', entityId: id, summary: { after: { question_id: question.id, status: publishNow ? 'published' : 'pending', hold_reasons: reasons } }, at: d.now })
    if (publishNow) await bumpPublicGeneration(trx, organisationScope(org.id))
  })
  return { published: publishNow }
}

export const WRONG_CODE = { th: 'รหัสผู้ถามไม่ตรงกับคำถามนี้', en: 'That asker’s code does not match this question' }

/** The asker (proven by their code) says whether the official answer helped. */
export async function markHelpful(d: PublicDeps, org: OrganisationDetails, questionId: string, code: string, helpful: boolean): Promise<'ok' | 'wrong_code'> {
  const question = await publishedQuestionOf(d.db, org, questionId)
  const compact = normaliseReceipt(code)
  const stored = await repo.askerCodeHashOf(d.db, question.id)
  if (!compact || !stored || hashCode(compact) !== stored) return 'wrong_code'
  if (!question.answered_on) throw new ValidationError({ helpful: { th: 'คำถามนี้ยังไม่มีคำตอบอย่างเป็นทางการ', en: 'This question has no official answer yet' } })
  await d.db.transaction().execute(async (trx) => {
    await repo.setHelpful(trx, question.id, helpful)
    await recordAudit(trx, { actor: CITIZEN_ACTOR, organisationId: org.id, action: 'webboard.helpful_marked', entityType: 'webboard_post', entityId: question.id, summary: { before: { helpful: question.helpful }, after: { helpful } }, at: d.now })
    await bumpPublicGeneration(trx, organisationScope(org.id))
  })
  return 'ok'
}

export { formatReceipt as formatAskerCode }

// ---- Staff side ----

const canModerate = (actor: Actor, orgId: string) => hasRoleIn(actor, orgId, ...MODERATOR_ROLES)
const canAnswer = (actor: Actor, orgId: string) => hasRoleIn(actor, orgId, ...ANSWERER_ROLES)
const canConfigure = (actor: Actor, orgId: string) => hasRoleIn(actor, orgId, 'admin', 'head')

async function staffAgencies(ctx: StaffContext): Promise<OrganisationSummary[]> {
  const ids = organisationsOf(ctx.actor).filter((id) => canModerate(ctx.actor, id))
  if (ids.length === 0) return []
  return sortByThaiName(await ctx.db.selectFrom('organisations').select(['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en']).where('id', 'in', ids).execute())
}

async function staffAgency(ctx: StaffContext, orgId: string | null): Promise<{ org: OrganisationDetails; choices: OrganisationSummary[] }> {
  const choices = await staffAgencies(ctx)
  const id = orgId ?? choices[0]?.id
  if (!id) throw new ForbiddenError('moderates no webboard')
  if (!isUuid(id)) throw new NotFoundError('organisation')
  if (!canModerate(ctx.actor, id)) throw new ForbiddenError('not a moderator of this agency')
  const org = await findOrganisationById(ctx.db, id)
  if (!org) throw new NotFoundError('organisation')
  return { org, choices }
}

export type StaffQuestionRow = Post & { urgency: AnswerUrgency | null; assignee: string | null }
export type StaffBoard = {
  org: OrganisationDetails
  choices: OrganisationSummary[]
  pending: (Post & { question_title: string | null })[]
  unanswered: StaffQuestionRow[]
  settings: repo.VoiceSettings
  canConfigure: boolean
}

export async function staffBoard(ctx: StaffContext, orgId: string | null): Promise<StaffBoard> {
  const { org, choices } = await staffAgency(ctx, orgId)
  const today = todayInBangkok(ctx.now)
  const people = new Map((await repo.holdersOf(ctx.db, org.id, ANSWERER_ROLES)).map((p) => [p.id, p.display_name]))
  const unanswered = (await repo.unansweredQuestions(ctx.db, [org.id])).map((q) => ({ ...q, urgency: q.due_on ? answerUrgency(isoDate(q.due_on), today) : null, assignee: q.assigned_to ? (people.get(q.assigned_to) ?? null) : null }))
  return { org, choices, pending: await repo.pendingPosts(ctx.db, org.id), unanswered, settings: await repo.readSettings(ctx.db, org.id), canConfigure: canConfigure(ctx.actor, org.id) }
}

/** The board a post belongs to, for showing a rejected moderation form again. */
export async function staffBoardOfPost(ctx: StaffContext, postId: string): Promise<StaffBoard> {
  const post = await postInScope(ctx, postId)
  return staffBoard(ctx, post.organisation_id)
}

export type StaffQuestion = {
  org: OrganisationDetails
  question: Post
  posts: Post[]
  redactions: Awaited<ReturnType<typeof repo.redactionsOf>>
  answerers: { id: string; display_name: string }[]
  canAnswer: boolean
  urgency: AnswerUrgency | null
}

async function postInScope(ctx: StaffContext, id: string): Promise<Post> {
  if (!isUuid(id)) throw new NotFoundError('post')
  const post = await repo.findPost(ctx.db, id)
  // Another agency's post is as absent as a missing one.
  if (!post || !canModerate(ctx.actor, post.organisation_id)) throw new NotFoundError('post')
  return post
}

export async function staffQuestion(ctx: StaffContext, id: string): Promise<StaffQuestion> {
  const question = await postInScope(ctx, id)
  if (question.kind !== 'question') throw new NotFoundError('question')
  const org = (await findOrganisationById(ctx.db, question.organisation_id))!
  const posts = await repo.postsUnder(ctx.db, question.id, ['pending', 'published', 'rejected'])
  return {
    org,
    question,
    posts,
    redactions: await repo.redactionsOf(ctx.db, [question.id, ...posts.map((p) => p.id)]),
    answerers: await repo.holdersOf(ctx.db, org.id, ANSWERER_ROLES),
    canAnswer: canAnswer(ctx.actor, org.id),
    urgency: question.due_on && !question.answered_on ? answerUrgency(isoDate(question.due_on), todayInBangkok(ctx.now)) : null,
  }
}

/**
 * The moderator publishes or rejects a waiting post, after removing personal data if need be.
 * The redaction is recorded (how much, why, by whom), never the text removed.
 */
export async function moderatePost(ctx: StaffContext, id: string, m: ModerationDecision): Promise<Post> {
  const post = await postInScope(ctx, id)
  if (post.status !== 'pending') throw new ValidationError({ decision: { th: 'โพสต์นี้ผ่านการพิจารณาแล้ว', en: 'This post has already been moderated' } })
  let body = post.body
  let redaction: { occurrences: number; characters: number } | null = null
  if (m.redact) {
    const r = redact(post.body, m.redact)
    if (r.occurrences === 0) throw new ValidationError({ redact: { th: 'ไม่พบข้อความนี้ในโพสต์ คัดลอกข้อความให้ตรงทุกตัวอักษร', en: 'That text is not in the post; copy it exactly' } })
    body = r.text
    redaction = { occurrences: r.occurrences, characters: r.characters }
  }
  const today = todayInBangkok(ctx.now)
  const publishing = m.decision === 'publish'
  let due: string | null = null
  if (publishing && post.kind === 'question') {
    const settings = await repo.readSettings(ctx.db, post.organisation_id)
    due = answerDueOn(today, settings.answerDays, await holidaysAround(ctx.db, today))
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (redaction) await repo.recordRedaction(trx, { postId: post.id, ...redaction, reason: m.reason, by: ctx.actor.userId, now: ctx.now })
    await repo.setPostStatus(trx, post.id, publishing ? 'published' : 'rejected', {
      body,
      ...(publishing ? { publishedOn: today, ...(post.kind === 'question' ? { dueOn: due } : {}) } : {}),
      by: ctx.actor.userId,
      now: ctx.now,
    })
    await recordAudit(trx, {
      actor: auditActorOf(ctx.actor),
      organisationId: post.organisation_id,
      action: publishing ? 'webboard.post_published' : 'webboard.post_rejected',
      entityType: 'webboard_post',
      entityId: post.id,
      summary: { before: { status: post.status }, after: { status: publishing ? 'published' : 'rejected', redaction: redaction ? { ...redaction, reason: m.reason } : null, due_on: due } },
      at: ctx.now,
    })
    if (publishing) await bumpPublicGeneration(trx, organisationScope(post.organisation_id))
  })
  return post
}

/** The official answer, signed with the officer's name and position, published at once. */
export async function answerQuestion(ctx: StaffContext, id: string, answer: string): Promise<void> {
  const question = await postInScope(ctx, id)
  if (question.kind !== 'question') throw new NotFoundError('question')
  if (!canAnswer(ctx.actor, question.organisation_id)) throw new ForbiddenError('may not answer for this agency')
  if (question.status !== 'published') throw new ValidationError({ answer: { th: 'ตอบได้เฉพาะคำถามที่เผยแพร่แล้ว', en: 'Only a published question can be answered' } })
  const position = (await repo.positionOf(ctx.db, ctx.actor.userId)) || 'เจ้าหน้าที่'
  const today = todayInBangkok(ctx.now)
  await ctx.db.transaction().execute(async (trx) => {
    const answerId = await repo.insertPost(trx, { organisationId: question.organisation_id, questionId: question.id, kind: 'answer', body: answer, authorName: ctx.actor.displayName, authorPosition: position, authorUserId: ctx.actor.userId, status: 'published', holdReasons: [], publishedOn: today, dueOn: null, now: ctx.now })
    await repo.markAnswered(trx, question.id, today)
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: question.organisation_id, action: 'webboard.answered', entityType: 'webboard_post', entityId: answerId, summary: { after: { question_id: question.id, chars: answer.length, on_time: question.due_on ? today <= question.due_on : null } }, at: ctx.now })
    await bumpPublicGeneration(trx, organisationScope(question.organisation_id))
  })
}

export async function assignQuestion(ctx: StaffContext, id: string, userId: string): Promise<void> {
  const question = await postInScope(ctx, id)
  if (question.kind !== 'question') throw new NotFoundError('question')
  const answerers = await repo.holdersOf(ctx.db, question.organisation_id, ANSWERER_ROLES)
  const to = userId ? answerers.find((a) => a.id === userId) : null
  if (userId && !to) throw new ValidationError({ assignee: { th: 'เลือกเจ้าหน้าที่ของหน่วยงานนี้', en: 'Choose an officer of this agency' } })
  await ctx.db.transaction().execute(async (trx) => {
    await repo.assign(trx, question.id, to?.id ?? null)
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: question.organisation_id, action: 'webboard.assigned', entityType: 'webboard_post', entityId: question.id, summary: { before: { assigned_to: question.assigned_to }, after: { assigned_to: to?.id ?? null } }, at: ctx.now })
  })
}

export async function settingsOf(ctx: StaffContext, orgId: string): Promise<{ org: OrganisationDetails; settings: repo.VoiceSettings }> {
  const { org } = await staffAgency(ctx, orgId)
  if (!canConfigure(ctx.actor, org.id)) throw new ForbiddenError('may not change webboard settings')
  return { org, settings: await repo.readSettings(ctx.db, org.id) }
}

export async function saveWebboardSettings(ctx: StaffContext, orgId: string, s: SettingsInput): Promise<void> {
  const { org, settings: before } = await settingsOf(ctx, orgId)
  await ctx.db.transaction().execute(async (trx) => {
    await repo.saveSettings(trx, org.id, s, ctx.actor.userId, ctx.now)
    const { blockedWords: _b, ...beforeDays } = before
    const { blockedWords: _w, ...afterDays } = s
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: org.id, action: 'voice.settings_changed', entityType: 'organisation', entityId: org.id, summary: { before: beforeDays, after: { ...afterDays, blocked_words: s.blockedWords.split('\n').filter(Boolean).length } }, at: ctx.now })
  })
}
