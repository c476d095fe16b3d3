import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldErrors } from '../../errors.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import type { Answers } from '../../platform/forms/form-answers.ts'
import type { FormDefinition } from '../../platform/forms/form-definition.ts'
import { ensureTemplate, findDefinition } from '../../platform/forms/form-store.ts'
import { validateAnswers } from '../../platform/forms/form-validation.ts'
import { queueMail } from '../../platform/mail/outbox.ts'
import { bumpPublicGeneration, organisationScope } from '../../platform/public-content/generations.ts'
import { fiscalYearOf, isoDate, todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { findOrganisationById, findOrganisationBySlug, isUuid, organisationPath, sortByThaiName, type OrganisationDetails, type OrganisationSummary } from '../organisations/index.ts'
import { publishedManualLinks } from '../services/index.ts'
import { canManageSurveys, SURVEY_ROLES } from './survey-access.domain.ts'
import { canMove, commentsOf, defaultSampleGroup, halfYearOf, minimumSample, questionResults, satisfactionPublication, shownGroup, withoutComments, type QuestionResult, type SampleGroupKey, type SurveyStatus } from './survey.domain.ts'
import { TEMPLATE_OF } from './survey-templates.data.ts'
import type { SurveyInput } from './surveys.input.ts'
import * as repo from './surveys.repository.ts'
import type { Invitee, Survey, SurveyComment } from './surveys.repository.ts'

export type { Survey, SurveyComment, Invitee }
export type UseCaseContext = { db: Kysely<Database>; actor: Actor; now: Date; baseUrl: string }

/** Tokens and codes are kept only as this hash, bound to the survey. */
export function tokenHash(surveyId: string, token: string): string {
  return createHash('sha256').update(`survey:${surveyId}:${normaliseCode(token)}`).digest('base64url')
}
/** Printed codes are typed by hand: case, spaces and dashes do not matter. */
export function normaliseCode(code: string): string {
  return code.trim().toUpperCase().replace(/[\s-]/g, '')
}
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
function newCode(): string {
  const bytes = randomBytes(10)
  let s = ''
  for (let i = 0; i < 10; i++) s += CODE_ALPHABET[bytes[i]! % CODE_ALPHABET.length]
  return `${s.slice(0, 5)}-${s.slice(5)}`
}
const newLinkToken = () => randomBytes(24).toString('base64url')
export const surveyUrl = (baseUrl: string, id: string) => `${baseUrl}/s/${id}`

async function loadManagedOrg(db: Kysely<Database>, actor: Actor, organisationId: string): Promise<OrganisationDetails> {
  if (!isUuid(organisationId)) throw new NotFoundError('organisation')
  const org = await findOrganisationById(db, organisationId)
  if (!org) throw new NotFoundError('organisation')
  const path = await organisationPath(db, organisationId)
  if (!path || !canManageSurveys(actor, path)) throw new ForbiddenError('may not run the surveys of this agency')
  return org
}

async function loadManaged(db: Kysely<Database>, actor: Actor, id: string, forUpdate = false): Promise<{ survey: Survey; org: OrganisationDetails }> {
  if (!isUuid(id)) throw new NotFoundError('survey')
  const survey = await repo.findSurvey(db, id, { forUpdate })
  if (!survey) throw new NotFoundError('survey')
  return { survey, org: await loadManagedOrg(db, actor, survey.organisationId) }
}

async function managedAgencies(ctx: UseCaseContext): Promise<OrganisationSummary[]> {
  const ids = ctx.actor.memberships.filter((m) => SURVEY_ROLES.includes(m.role)).map((m) => m.organisationId)
  let q = ctx.db.selectFrom('organisations').select(['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en'])
  if (!ctx.actor.isPlatformAdmin) {
    if (ids.length === 0) return []
    q = q.where('id', 'in', [...new Set(ids)])
  }
  return sortByThaiName(await q.execute())
}

async function resolveOrg(ctx: UseCaseContext, slug: string | undefined): Promise<{ org: OrganisationDetails; choices: OrganisationSummary[] }> {
  const choices = await managedAgencies(ctx)
  let id: string
  if (slug) {
    const o = await findOrganisationBySlug(ctx.db, slug)
    if (!o) throw new NotFoundError('organisation')
    id = o.id
  } else {
    const first = choices[0]
    if (!first) throw new ForbiddenError('runs no surveys')
    id = first.id
  }
  return { org: await loadManagedOrg(ctx.db, ctx.actor, id), choices }
}

export type ServiceChoice = { key: string; name: string }

async function servicesOf(ctx: { db: Kysely<Database>; baseUrl: string }, org: OrganisationDetails): Promise<ServiceChoice[]> {
  const links = await publishedManualLinks(ctx.db, org.id, org.slug, ctx.baseUrl)
  return links.manuals.map((m) => ({ key: m.serviceKey, name: m.nameTh }))
}

export type SurveysWorkspace = { org: OrganisationDetails; choices: OrganisationSummary[]; surveys: (Survey & { responses: number })[]; services: ServiceChoice[]; defaultGroup: SampleGroupKey; today: string; satisfaction: ReturnType<typeof satisfactionPublication> }

export async function surveysWorkspace(ctx: UseCaseContext, slug: string | undefined): Promise<SurveysWorkspace> {
  const { org, choices } = await resolveOrg(ctx, slug)
  const surveys = await repo.listSurveys(ctx.db, org.id)
  const counts = await repo.countResponses(ctx.db, surveys.map((s) => s.id))
  const today = todayInBangkok(ctx.now)
  const satisfaction = satisfactionPublication(surveys.filter((s) => s.kind === 'satisfaction' && s.publishedAt).map((s) => s.closesOn), today)
  return { org, choices, surveys: surveys.map((s) => ({ ...s, responses: counts.get(s.id) ?? 0 })), services: await servicesOf(ctx, org), defaultGroup: defaultSampleGroup(org.kind), today, satisfaction }
}

export async function surveyFormContext(ctx: UseCaseContext, organisationId: string): Promise<{ org: OrganisationDetails; services: ServiceChoice[]; defaultGroup: SampleGroupKey }> {
  const org = await loadManagedOrg(ctx.db, ctx.actor, organisationId)
  return { org, services: await servicesOf(ctx, org), defaultGroup: defaultSampleGroup(org.kind) }
}

export async function createSurvey(ctx: UseCaseContext, organisationId: string, input: SurveyInput): Promise<{ id: string }> {
  const org = await loadManagedOrg(ctx.db, ctx.actor, organisationId)
  let serviceName = input.serviceName
  if (input.kind === 'satisfaction' && input.serviceKey) {
    const service = (await servicesOf(ctx, org)).find((s) => s.key === input.serviceKey)
    if (!service) throw new ValidationError({ service_key: { th: 'ไม่พบงานบริการนี้ในรายการของหน่วยงาน', en: "The service is not in the agency's list" } })
    serviceName = service.name
  }
  return ctx.db.transaction().execute(async (trx) => {
    const def = await ensureTemplate(trx, TEMPLATE_OF[input.kind], ctx.now)
    const id = await repo.insertSurvey(trx, {
      organisationId: org.id, formDefinitionId: def.id, kind: input.kind, mode: input.mode, titleTh: input.titleTh, titleEn: input.titleEn, audience: input.audience,
      opensOn: input.opensOn, closesOn: input.closesOn, fiscalYear: fiscalYearOf(isoDate(input.opensOn)), serviceKey: input.kind === 'satisfaction' ? input.serviceKey : null,
      serviceName: input.kind === 'satisfaction' ? serviceName : '', sampleGroup: input.sampleGroup, headcount: input.headcount, minimumOverride: input.minimumOverride,
      createdBy: ctx.actor.userId, now: ctx.now,
    })
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: org.id, action: 'survey.created', entityType: 'survey', entityId: id, summary: { before: null, after: { kind: input.kind, mode: input.mode, title: input.titleTh, opens_on: input.opensOn, closes_on: input.closesOn } }, at: ctx.now })
    return { id }
  })
}

export type SurveyDetail = {
  survey: Survey
  org: OrganisationDetails
  definition: FormDefinition
  responses: number
  minimum: number
  byDay: { day: string; count: number; cumulative: number }[]
  invitees: Invitee[]
  tokens: { codes: number; invitations: number; answered: number }
  publicUrl: string
}

export async function surveyDetail(ctx: UseCaseContext, id: string): Promise<SurveyDetail> {
  const { survey, org } = await loadManaged(ctx.db, ctx.actor, id)
  const def = await findDefinition(ctx.db, survey.formDefinitionId)
  if (!def) throw new NotFoundError('form')
  const days = await repo.countsByDay(ctx.db, survey.id)
  let running = 0
  const byDay = days.map((d) => ({ ...d, cumulative: (running += d.count) }))
  return {
    survey, org, definition: def.definition, responses: running,
    minimum: minimumSample(survey.kind, survey.sampleGroup as SampleGroupKey, survey.headcount, survey.minimumOverride),
    byDay, invitees: survey.mode === 'confidential' ? await repo.listInvitees(ctx.db, survey.id) : [], tokens: await repo.tokenCounts(ctx.db, survey.id), publicUrl: surveyUrl(ctx.baseUrl, survey.id),
  }
}

export async function changeStatus(ctx: UseCaseContext, id: string, to: SurveyStatus): Promise<Survey> {
  return ctx.db.transaction().execute(async (trx) => {
    const { survey, org } = await loadManaged(trx, ctx.actor, id, true)
    if (!canMove(survey.status, to)) throw new ConflictError('เปลี่ยนสถานะนี้ไม่ได้', `A ${survey.status} survey cannot become ${to}`)
    if (to === 'open' && survey.publishedAt) await repo.setPublished(trx, survey.id, null)
    await repo.setStatus(trx, survey.id, to)
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: org.id, action: `survey.${to === 'open' ? 'opened' : 'closed'}`, entityType: 'survey', entityId: survey.id, summary: { before: { status: survey.status }, after: { status: to } }, at: ctx.now })
    if (survey.publishedAt) await bumpPublicGeneration(trx, organisationScope(org.id))
    return { ...survey, status: to }
  })
}

function invitationText(survey: Survey, org: OrganisationDetails, link: string, reminder: boolean): { subject: string; text: string } {
  const subject = `${reminder ? 'เตือน: ' : ''}ขอเชิญตอบแบบสำรวจ ${survey.titleTh} / ${reminder ? 'Reminder: ' : ''}Please answer the survey`
  const text = [
    `${org.name_th} ขอเชิญท่านตอบแบบสำรวจ "${survey.titleTh}" ภายในวันที่ ${survey.closesOn}`,
    'ลิงก์นี้ใช้ได้ครั้งเดียวและเป็นของท่านเท่านั้น หน่วยงานจะรู้เพียงว่าท่านตอบแล้วหรือยัง ไม่รู้ว่าท่านตอบอย่างไร',
    link,
    '',
    `${org.name_en || org.name_th} invites you to answer "${survey.titleEn || survey.titleTh}" by ${survey.closesOn}. The link is yours and works once; the agency learns only whether you have answered, never what you answered.`,
  ].join('\n')
  return { subject, text }
}

/** Per-person links by e-mail (confidential surveys): each a one-time token kept only as a hash. */
export async function inviteByEmail(ctx: UseCaseContext, id: string, invitees: { name: string; email: string }[] | 'staff'): Promise<{ invited: number }> {
  return ctx.db.transaction().execute(async (trx) => {
    const { survey, org } = await loadManaged(trx, ctx.actor, id, true)
    if (survey.mode !== 'confidential') throw new ConflictError('ส่งคำเชิญรายบุคคลได้เฉพาะแบบสำรวจที่ใช้รหัสครั้งเดียว', 'Personal invitations are for confidential surveys')
    if (survey.status === 'closed') throw new ConflictError('แบบสำรวจปิดรับแล้ว', 'The survey is closed')
    const list = invitees === 'staff' ? await repo.agencyStaff(trx, org.id) : invitees
    const already = new Set((await repo.listInvitees(trx, survey.id)).map((i) => i.email))
    const fresh = list.filter((i, n) => !already.has(i.email) && list.findIndex((j) => j.email === i.email) === n)
    const rows = fresh.map((i) => ({ invitee: i, token: newLinkToken() }))
    await repo.insertTokens(trx, rows.map((r) => ({ surveyId: survey.id, tokenHash: tokenHash(survey.id, r.token), kind: 'invitation' as const, name: r.invitee.name, email: r.invitee.email, now: ctx.now })))
    for (const r of rows) {
      const mail = invitationText(survey, org, `${surveyUrl(ctx.baseUrl, survey.id)}?t=${r.token}`, false)
      await queueMail(trx, { to: r.invitee.email, subject: mail.subject, text: mail.text, organisationId: org.id }, ctx.now)
    }
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: org.id, action: 'survey.invited', entityType: 'survey', entityId: survey.id, summary: { before: null, after: { invited: rows.length } }, at: ctx.now })
    return { invited: rows.length }
  })
}

/** A fresh link to each invitee who has not answered; the old link stops working. */
export async function remindInvitees(ctx: UseCaseContext, id: string): Promise<{ reminded: number }> {
  return ctx.db.transaction().execute(async (trx) => {
    const { survey, org } = await loadManaged(trx, ctx.actor, id, true)
    if (survey.status !== 'open') throw new ConflictError('เตือนได้เฉพาะเมื่อเปิดรับคำตอบ', 'Reminders only while the survey is open')
    const waiting = (await repo.listInvitees(trx, survey.id)).filter((i) => !i.answered && i.email)
    for (const i of waiting) {
      const token = newLinkToken()
      await repo.replaceToken(trx, i.id, tokenHash(survey.id, token), ctx.now)
      const mail = invitationText(survey, org, `${surveyUrl(ctx.baseUrl, survey.id)}?t=${token}`, true)
      await queueMail(trx, { to: i.email!, subject: mail.subject, text: mail.text, organisationId: org.id }, ctx.now)
    }
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: org.id, action: 'survey.reminded', entityType: 'survey', entityId: survey.id, summary: { before: null, after: { reminded: waiting.length } }, at: ctx.now })
    return { reminded: waiting.length }
  })
}

/** One-time codes for a printed sheet; shown once, kept only as hashes. */
export async function makeCodes(ctx: UseCaseContext, id: string, count: number): Promise<{ survey: Survey; org: OrganisationDetails; codes: string[]; publicUrl: string }> {
  return ctx.db.transaction().execute(async (trx) => {
    const { survey, org } = await loadManaged(trx, ctx.actor, id, true)
    if (survey.mode !== 'confidential') throw new ConflictError('รหัสครั้งเดียวใช้ได้เฉพาะแบบสำรวจที่ใช้รหัส', 'One-time codes are for confidential surveys')
    const codes = Array.from({ length: count }, newCode)
    await repo.insertTokens(trx, codes.map((c) => ({ surveyId: survey.id, tokenHash: tokenHash(survey.id, c), kind: 'code' as const, name: '', email: null, now: ctx.now })))
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: org.id, action: 'survey.codes_made', entityType: 'survey', entityId: survey.id, summary: { before: null, after: { codes: count } }, at: ctx.now })
    return { survey, org, codes, publicUrl: surveyUrl(ctx.baseUrl, survey.id) }
  })
}

export async function posterOf(ctx: UseCaseContext, id: string): Promise<{ survey: Survey; org: OrganisationDetails; publicUrl: string }> {
  const { survey, org } = await loadManaged(ctx.db, ctx.actor, id)
  return { survey, org, publicUrl: surveyUrl(ctx.baseUrl, survey.id) }
}

// ---- Results ----

export type TrendPoint = { surveyId: string; label: { th: string; en: string }; responses: number; overallMean: number | null; shown: boolean }
export type SurveyResults = {
  survey: Survey
  org: OrganisationDetails
  definition: FormDefinition
  responses: number
  shown: boolean
  questions: QuestionResult[]
  comments: SurveyComment[]
  trend: TrendPoint[]
}

/** The mean of the question means on the scale (satisfaction: 1–5), for the trend line. */
function overallMean(questions: QuestionResult[]): number | null {
  const means = questions.map((q) => q.mean).filter((m): m is number => m !== null)
  return means.length ? means.reduce((a, b) => a + b, 0) / means.length : null
}

async function resultsOf(db: Kysely<Database>, survey: Survey, org: OrganisationDetails, onlyPublished: boolean): Promise<SurveyResults> {
  const def = await findDefinition(db, survey.formDefinitionId)
  if (!def) throw new NotFoundError('form')
  // Trend: the same kind (and service) of survey across half-years, published ones and this one.
  const siblings = (await repo.listSurveys(db, org.id))
    .filter((s) => s.kind === survey.kind && s.serviceName === survey.serviceName && (s.id === survey.id || s.publishedAt) && s.closesOn <= survey.closesOn)
    .sort((a, b) => a.closesOn.localeCompare(b.closesOn))
    .slice(-6)
  if (!siblings.some((s) => s.id === survey.id)) siblings.push(survey)
  // Counts and option tallies of this survey and its siblings: two grouped queries, whatever the number of answers.
  const ids = siblings.map((s) => s.id)
  const counts = await repo.countResponses(db, ids)
  const tallies = await repo.tallyChoices(db, ids)
  const responses = counts.get(survey.id) ?? 0
  const shown = shownGroup(responses)
  const questions = shown ? questionResults(def.definition, tallies.get(survey.id)!) : []
  const comments = shown ? await repo.listComments(db, survey.id, onlyPublished ? 'approved' : undefined) : []
  const trend: TrendPoint[] = siblings.map((s) => {
    const n = counts.get(s.id) ?? 0
    const ok = shownGroup(n)
    const h = halfYearOf(s.closesOn)
    return { surveyId: s.id, label: { th: `${h.half === 1 ? 'ครึ่งแรก' : 'ครึ่งหลัง'} ${h.fiscalYear}`, en: `H${h.half} FY${h.fiscalYear}` }, responses: n, overallMean: ok ? overallMean(questionResults(def.definition, tallies.get(s.id)!)) : null, shown: ok }
  })
  return { survey, org, definition: def.definition, responses, shown, questions, comments, trend }
}

export async function surveyResults(ctx: UseCaseContext, id: string): Promise<SurveyResults> {
  const { survey, org } = await loadManaged(ctx.db, ctx.actor, id)
  return resultsOf(ctx.db, survey, org, false)
}

export async function moderateComment(ctx: UseCaseContext, id: string, commentId: string, decision: 'approved' | 'rejected'): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const { survey, org } = await loadManaged(trx, ctx.actor, id)
    if (!isUuid(commentId) || !(await repo.moderateComment(trx, survey.id, commentId, decision, ctx.actor.userId, ctx.now))) throw new NotFoundError('comment')
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: org.id, action: `survey.comment_${decision}`, entityType: 'survey_comment', entityId: commentId, summary: { before: null, after: { status: decision } }, at: ctx.now })
    if (survey.publishedAt) await bumpPublicGeneration(trx, organisationScope(org.id))
  })
}

export async function publishResults(ctx: UseCaseContext, id: string, publish: boolean): Promise<Survey> {
  return ctx.db.transaction().execute(async (trx) => {
    const { survey, org } = await loadManaged(trx, ctx.actor, id, true)
    if (publish && survey.status !== 'closed') throw new ConflictError('ปิดรับคำตอบก่อนจึงเผยแพร่ผลได้', 'Close the survey before publishing its results')
    const n = (await repo.countResponses(trx, [survey.id])).get(survey.id) ?? 0
    if (publish && !shownGroup(n)) throw new ConflictError('มีผู้ตอบน้อยกว่า 5 คน เผยแพร่ผลไม่ได้', 'Fewer than 5 answers: results cannot be published')
    await repo.setPublished(trx, survey.id, publish ? ctx.now : null)
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: org.id, action: publish ? 'survey.published' : 'survey.unpublished', entityType: 'survey', entityId: survey.id, summary: { before: { published: !!survey.publishedAt }, after: { published: publish } }, at: ctx.now })
    await bumpPublicGeneration(trx, organisationScope(org.id))
    return { ...survey, publishedAt: publish ? ctx.now : null }
  })
}

// ---- Answering (citizens, staff by link; no actor) ----

export type AnswerPage = { survey: Survey; org: OrganisationDetails; definition: FormDefinition; accepting: boolean; reason: { th: string; en: string } | null }

export async function answerPage(db: Kysely<Database>, id: string, now: Date): Promise<AnswerPage> {
  if (!isUuid(id)) throw new NotFoundError('survey')
  const survey = await repo.findSurvey(db, id)
  if (!survey || survey.status === 'draft') throw new NotFoundError('survey')
  const org = await findOrganisationById(db, survey.organisationId)
  const def = await findDefinition(db, survey.formDefinitionId)
  if (!org || !def) throw new NotFoundError('survey')
  const today = todayInBangkok(now)
  const reason =
    survey.status !== 'open' ? { th: 'แบบสำรวจนี้ปิดรับคำตอบแล้ว', en: 'This survey is closed' }
    : today < survey.opensOn ? { th: `แบบสำรวจนี้เปิดรับคำตอบตั้งแต่วันที่ ${survey.opensOn}`, en: `This survey opens on ${survey.opensOn}` }
    : today > survey.closesOn ? { th: 'แบบสำรวจนี้หมดเวลารับคำตอบแล้ว', en: 'This survey has ended' }
    : null
  return { survey, org, definition: def.definition, accepting: reason === null, reason }
}

export type Submission = { answers: Answers; token: string; deviceId: string | null }

/**
 * One answer, in one transaction: the token (or device) is marked used and the answer written
 * with nothing that points back to it — only the day. No actor, no audit entry (an entry would
 * carry the instant), no address or agent.
 */
export async function submitAnswer(db: Kysely<Database>, id: string, sub: Submission, now: Date): Promise<void> {
  const page = await answerPage(db, id, now)
  const { survey, definition } = page
  if (!page.accepting) throw new ConflictError(page.reason!.th, page.reason!.en)
  const errors: FieldErrors = validateAnswers(definition, sub.answers)
  if (survey.mode === 'confidential' && !sub.token.trim()) errors['code'] = { th: 'กรอกรหัสตอบแบบสำรวจ', en: 'Enter your survey code' }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  const day = todayInBangkok(now)
  await db.transaction().execute(async (trx) => {
    if (survey.mode === 'confidential') {
      const state = await repo.useToken(trx, survey.id, tokenHash(survey.id, sub.token))
      if (state === 'used') throw new ConflictError('รหัสนี้ใช้ตอบแบบสำรวจไปแล้ว', 'This code has already been used')
      if (state === 'unknown') throw new ValidationError({ code: { th: 'ไม่พบรหัสนี้ ตรวจสอบรหัสอีกครั้ง', en: 'Unknown code; please check it' } })
    }
    if (survey.mode === 'open' && sub.deviceId) {
      const fresh = await repo.claimDevice(trx, survey.id, createHash('sha256').update(`device:${survey.id}:${sub.deviceId}`).digest('base64url'))
      if (!fresh) throw new ConflictError('เครื่องนี้ตอบแบบสำรวจนี้ไปแล้ว ขอบคุณค่ะ', 'This device has already answered this survey, thank you')
    }
    await repo.insertResponse(trx, survey.id, day, withoutComments(definition, sub.answers))
    await repo.insertComments(trx, survey.id, day, commentsOf(definition, sub.answers).map((c) => ({ ...c, text: c.text.slice(0, 2000) })))
  })
}

/** Whether a link's token (or this device) has answered already, to say so before the form is filled in. */
export async function alreadyAnswered(db: Kysely<Database>, survey: Survey, token: string, deviceId: string | null): Promise<boolean> {
  if (survey.mode === 'confidential' && token) return (await repo.tokenState(db, survey.id, tokenHash(survey.id, token))) === 'used'
  if (survey.mode === 'open' && deviceId) return repo.deviceAnswered(db, survey.id, createHash('sha256').update(`device:${survey.id}:${deviceId}`).digest('base64url'))
  return false
}

// ---- Public results ----

export async function publicSurveyList(db: Kysely<Database>, slug: string): Promise<{ org: OrganisationDetails; surveys: Survey[] }> {
  const org = await findOrganisationBySlug(db, slug)
  if (!org) throw new NotFoundError('organisation')
  return { org, surveys: await repo.listPublished(db, org.id) }
}

export async function publicSurveyResults(db: Kysely<Database>, slug: string, id: string): Promise<SurveyResults> {
  const org = await findOrganisationBySlug(db, slug)
  if (!org || !isUuid(id)) throw new NotFoundError('survey')
  const survey = await repo.findSurvey(db, id)
  if (!survey || survey.organisationId !== org.id || !survey.publishedAt) throw new NotFoundError('survey')
  return resultsOf(db, survey, org, true)
}
