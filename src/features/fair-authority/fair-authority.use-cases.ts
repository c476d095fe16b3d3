import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError } from '../../errors.ts'
import { auditActorOf, signerLabel, type Actor } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { currentFiscalYear, fiscalYearOf, todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { findOrganisationById, findOrganisationBySlug, organisationPath, type OrganisationDetails } from '../organisations/index.ts'
import { canDecide, canPublishCriteria, canRead, maxOf, showsInFull, yearlySummary, type Kind, type KindSummary } from './fair-authority.domain.ts'
import { CRITERIA_FIELDS, DECISION_FIELDS, parseCriteria, parseDecision, valuesOf } from './fair-authority.input.ts'
import * as repo from './fair-authority.repository.ts'
import type { Criteria, Decision, Member } from './fair-authority.repository.ts'

export type UseCaseContext = { db: Kysely<Database>; actor: Actor; now: Date }
export type { Criteria, Decision, Member }
export { CRITERIA_FIELDS, DECISION_FIELDS, valuesOf }

type Access = { agency: OrganisationDetails; mayPublish: boolean; mayDecide: boolean }

async function access(ctx: UseCaseContext, slug?: string): Promise<Access> {
  let id: string | undefined
  if (slug) id = (await findOrganisationBySlug(ctx.db, slug))?.id
  else id = ctx.actor.memberships.find((m) => m.role !== 'committee' && m.role !== 'oversight')?.organisationId ?? ctx.actor.memberships[0]?.organisationId
  if (!id) throw new NotFoundError('organisation')
  const [agency, path] = await Promise.all([findOrganisationById(ctx.db, id), organisationPath(ctx.db, id)])
  if (!agency || !path) throw new NotFoundError('organisation')
  if (!canRead(ctx.actor, path)) throw new ForbiddenError('not a member of this agency')
  return { agency, mayPublish: canPublishCriteria(ctx.actor, path), mayDecide: canDecide(ctx.actor, path) }
}

/** The criteria in force per kind: the latest version. */
const inForce = (all: readonly Criteria[]) => (kind: Kind) => all.find((c) => c.kind === kind) ?? null

export type Register = Access & {
  fiscalYear: number
  criteria: Criteria[]
  current: Partial<Record<Kind, Criteria>>
  summary: KindSummary[]
  decisions: (Decision & { inFull: boolean })[]
  members: Member[]
}

/** /staff/fair-authority: criteria, the year's decisions (evaluation scores only one's own unless one decides) and the summary. */
export async function register(ctx: UseCaseContext, q: { slug?: string | undefined; year?: number | undefined }): Promise<Register> {
  const a = await access(ctx, q.slug)
  const fiscalYear = q.year && q.year >= 2500 && q.year <= 2700 ? q.year : currentFiscalYear(ctx.now)
  const [criteria, decisions, members] = await Promise.all([repo.listCriteria(ctx.db, a.agency.id), repo.listDecisions(ctx.db, a.agency.id, fiscalYear), a.mayDecide ? repo.membersOf(ctx.db, a.agency.id) : Promise.resolve([])])
  const find = inForce(criteria)
  const current: Partial<Record<Kind, Criteria>> = {}
  for (const k of ['evaluation', 'assignment', 'training'] as const) {
    const c = find(k)
    if (c) current[k] = c
  }
  const viewer = { userId: ctx.actor.userId, manages: a.mayDecide || a.mayPublish }
  return {
    ...a,
    fiscalYear,
    criteria,
    current,
    summary: yearlySummary(decisions.map((d) => ({ kind: d.kind, outcome: d.outcome, total: d.total, max: maxOf(d.criteriaItems) }))),
    decisions: decisions.map((d) => ({ ...d, inFull: showsInFull(d.kind, viewer, d.subjectUserId) })),
    members,
  }
}

/** A new version of the criteria for one kind; earlier versions stay, with the decisions made under them. */
export async function publishCriteria(ctx: UseCaseContext, slug: string | undefined, body: unknown): Promise<number> {
  const a = await access(ctx, slug)
  if (!a.mayPublish) throw new ForbiddenError('only the head or an administrator publishes criteria')
  const input = parseCriteria(valuesOf(body, CRITERIA_FIELDS))
  return ctx.db.transaction().execute(async (trx) => {
    const { id, version } = await repo.insertCriteria(trx, a.agency.id, input, signerLabel(ctx.actor, a.agency.id), ctx.now)
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: a.agency.id, action: 'authority_criteria.published', entityType: 'authority_criteria', entityId: id, summary: { before: null, after: { kind: input.kind, version, items: input.items.length } }, at: ctx.now })
    return version
  })
}

/** One decision under the criteria in force, with each score; the total is computed, never typed. */
export async function recordDecision(ctx: UseCaseContext, slug: string | undefined, body: unknown): Promise<string> {
  const a = await access(ctx, slug)
  if (!a.mayDecide) throw new ForbiddenError('only the head decides')
  const [criteria, members] = await Promise.all([repo.listCriteria(ctx.db, a.agency.id), repo.membersOf(ctx.db, a.agency.id)])
  const find = inForce(criteria)
  const input = parseDecision(valuesOf(body, DECISION_FIELDS), (k) => find(k)?.items ?? null, new Set(members.map((m) => m.id)))
  const c = find(input.kind)!
  const today = todayInBangkok(ctx.now)
  const total = input.scores.reduce((s, x) => s + x, 0)
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertDecision(trx, {
      organisationId: a.agency.id,
      criteriaId: c.id,
      fiscalYear: fiscalYearOf(today),
      input,
      subjectName: members.find((m) => m.id === input.subjectUserId)!.name,
      total,
      byLabel: signerLabel(ctx.actor, a.agency.id),
      on: today,
      now: ctx.now,
    })
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: a.agency.id, action: 'authority_decision.recorded', entityType: 'authority_decision', entityId: id, summary: { before: null, after: { kind: input.kind, criteria_version: c.version, total, outcome: input.outcome } }, at: ctx.now })
    return id
  })
}
