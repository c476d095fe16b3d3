import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError } from '../../errors.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { findDefinition } from '../../platform/forms/form-store.ts'
import { fiscalYearOf, todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { ITA_INDICATORS, ITA_SCORING_RULES, officialResultOf, rulesForFiscalYear, scoreIta, type ScoredResult, type IndicatorNumber, type IndicatorScores, type ItaScore } from '../ita-results/index.ts'
import { oitReadiness, type OitReadiness } from '../oit/index.ts'
import { minimumSample, type SampleGroupKey } from './survey.domain.ts'
import { biggestGains, DEFAULT_POINT_MAPPING, indicatorScoresFromSurvey, type PointMapping } from './survey-prediction.domain.ts'
import * as repo from './surveys.repository.ts'
import { surveysWorkspace, type Survey, type UseCaseContext } from './surveys.use-cases.ts'

export type SampleProgress = { survey: Survey; responses: number; minimum: number; short: number; byDay: { day: string; count: number; cumulative: number }[]; notAnswered: number }

export type SelfAssessment = {
  orgId: string
  orgSlug: string
  orgName: string
  fiscalYear: number
  mapping: PointMapping
  mappingStored: boolean
  iit: SampleProgress | null
  eit: SampleProgress | null
  oit: OitReadiness | null
  /** Indicator → estimated score, or null where there is nothing to estimate from. */
  indicators: { number: number; th: string; en: string; tool: string; score: number | null; answers: number }[]
  /** Only when every indicator has an estimate. */
  predicted: ItaScore | null
  rulesVerified: boolean
  gains: { indicator: number; gain: number }[]
  /** Last fiscal year's official result where it was imported (B1), to set the estimate beside. */
  lastOfficial: ScoredResult | null
}

export async function pointMappingFor(db: Kysely<Database>, fiscalYear: number): Promise<{ mapping: PointMapping; stored: boolean }> {
  const stored = await repo.findPointMapping(db, fiscalYear)
  return stored ? { mapping: stored, stored: true } : { mapping: DEFAULT_POINT_MAPPING, stored: false }
}

async function progressOf(db: Kysely<Database>, survey: Survey | undefined): Promise<SampleProgress | null> {
  if (!survey) return null
  const days = await repo.countsByDay(db, survey.id)
  let running = 0
  const byDay = days.map((d) => ({ ...d, cumulative: (running += d.count) }))
  const minimum = minimumSample(survey.kind, survey.sampleGroup as SampleGroupKey, survey.headcount, survey.minimumOverride)
  const invitees = survey.mode === 'confidential' ? await repo.listInvitees(db, survey.id) : []
  return { survey, responses: running, minimum, short: Math.max(0, minimum - running), byDay, notAnswered: invitees.filter((i) => !i.answered).length }
}

/**
 * B3: the agency's own rehearsal — sample against the minimum, and an unofficial estimate of
 * each indicator, the total and the label by the year's rules. IIT from the newest IIT-style
 * survey of the fiscal year, EIT from the newest EIT-style one, OIT from the workspace.
 */
export async function selfAssessment(ctx: UseCaseContext, slug: string | undefined, fiscalYearAsked: number | null): Promise<SelfAssessment> {
  const ws = await surveysWorkspace(ctx, slug)
  const fiscalYear = fiscalYearAsked ?? fiscalYearOf(todayInBangkok(ctx.now))
  const ofYear = ws.surveys.filter((s) => s.fiscalYear === fiscalYear)
  const iitSurvey = ofYear.find((s) => s.kind === 'iit')
  const eitSurvey = ofYear.find((s) => s.kind === 'eit')
  const { mapping, stored } = await pointMappingFor(ctx.db, fiscalYear)
  const scores = new Map<number, { score: number; answers: number }>()
  for (const s of [iitSurvey, eitSurvey]) {
    if (!s) continue
    const def = await findDefinition(ctx.db, s.formDefinitionId)
    if (!def) continue
    for (const [k, v] of indicatorScoresFromSurvey(def.definition, (await repo.tallyChoices(ctx.db, [s.id])).get(s.id)!, mapping)) scores.set(k, v)
  }
  const oit = (await oitReadiness(ctx.db, ws.org.id, fiscalYear, ctx.now)) ?? null
  if (oit) {
    scores.set(9, { score: oit.indicator9, answers: oit.total })
    scores.set(10, { score: oit.indicator10, answers: oit.total })
  }
  const rules = rulesForFiscalYear(ITA_SCORING_RULES, fiscalYear) ?? ITA_SCORING_RULES[ITA_SCORING_RULES.length - 1]!
  const complete = ITA_INDICATORS.every((i) => scores.has(i.number))
  const predicted = complete ? scoreIta(Object.fromEntries(ITA_INDICATORS.map((i) => [i.number, scores.get(i.number)!.score])) as unknown as IndicatorScores, rules) : null
  const known = new Map([...scores].map(([k, v]) => [k, v.score]))
  return {
    orgId: ws.org.id, orgSlug: ws.org.slug, orgName: ws.org.name_th, fiscalYear, mapping, mappingStored: stored,
    iit: await progressOf(ctx.db, iitSurvey), eit: await progressOf(ctx.db, eitSurvey), oit,
    indicators: ITA_INDICATORS.map((i) => ({ number: i.number, th: i.th, en: i.en, tool: i.tool, score: scores.get(i.number as IndicatorNumber)?.score ?? null, answers: scores.get(i.number)?.answers ?? 0 })),
    predicted, rulesVerified: rules.verified, gains: biggestGains(known, rules.weights),
    lastOfficial: await officialResultOf(ctx.db, ws.org.id, fiscalYear - 1),
  }
}

/** The point mapping is shared data (one per fiscal year, every agency's estimate uses it): platform admins keep it. */
export async function savePointMapping(ctx: UseCaseContext, fiscalYear: number, mapping: PointMapping): Promise<void> {
  if (!ctx.actor.isPlatformAdmin) throw new ForbiddenError('may not edit the point mapping')
  await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.findPointMapping(trx, fiscalYear)
    await repo.savePointMapping(trx, fiscalYear, { ...mapping, verified: false }, ctx.actor.userId, ctx.now)
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: null, action: 'survey.point_mapping_saved', entityType: 'survey_point_mapping', entityId: String(fiscalYear), summary: { before: before ?? null, after: { fiscal_year: fiscalYear, ...mapping } }, at: ctx.now })
  })
}

export type { Actor }
