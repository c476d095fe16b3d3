import { readFirstSheetRows } from '../../platform/imports/sheet-rows.ts'
import { ForbiddenError, NotFoundError } from '../../errors.ts'
import { auditActorOf } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { bumpPublicGeneration, organisationScope } from '../../platform/public-content/generations.ts'
import { currentFiscalYear } from '../../platform/thai-calendar/index.ts'
import { findOrganisationBySlug, organisationPath, type OrganisationDetails, type OrganisationSummary } from '../organisations/index.ts'
import { canImportResults, canReadItaOf, importableAgencies, type ItaContext } from './ita-access.ts'
import { parseItaResultRows, parseItaResultsCsv, type ResultImportError } from './ita-results.input.ts'
import { findResult, listResultsOf, resultYearsOf, upsertResult, type StoredResult } from './ita-results.repository.ts'
import { INDICATOR_NUMBERS, itaTrend, rankWithinGroup, rulesForFiscalYear, scoreIta, toHundredths, type IndicatorScores, type ItaScore, type RankedEntry, type TrendPoint } from './ita-score.domain.ts'
import { ITA_SCORING_RULES } from './ita-scoring-rules.data.ts'
import { rankingExportBaseName, rankingExportTable } from './ita-ranking-export.ts'
import { renderExport, type ExportFile, type ExportFormat } from '../../platform/exports/index.ts'
import type { Locale } from '../../platform/i18n/locale.ts'

export type ScoredResult = StoredResult & { score: ItaScore | null }

export function scored(result: StoredResult): ScoredResult {
  const rules = rulesForFiscalYear(ITA_SCORING_RULES, result.fiscalYear)
  return { ...result, score: rules ? scoreIta(result.scores, rules) : null }
}

export type ImportSource = { kind: 'csv'; text: string } | { kind: 'xlsx'; path: string }
export type ImportOutcome = { ok: true; imported: { agency: string; fiscalYear: number }[] } | { ok: false; errors: readonly ResultImportError[] }

/**
 * B1: loads a results file. Nothing is written unless every row is right; then every
 * agency-year replaces what was there, in one transaction, each with its audit event.
 */
export async function importResults(ctx: ItaContext, source: ImportSource): Promise<ImportOutcome> {
  const { db, actor, now } = ctx
  if (!canImportResults(actor)) throw new ForbiddenError('may not import ITA results')
  const agencies = await importableAgencies(ctx)
  const bySlug = new Map(agencies.map((a) => [a.slug, a]))
  const resolveAgency = (key: string) => bySlug.get(key.toLowerCase())?.id
  let parsed
  if (source.kind === 'csv') parsed = parseItaResultsCsv(source.text, { resolveAgency })
  else {
    const sheet = await readFirstSheetRows(source.path, { minColumns: 4, trim: true })
    if (!sheet) return { ok: false, errors: [{ row: 1, column: null, th: 'อ่านไฟล์ Excel ไม่ได้', en: 'The Excel file could not be read' }] }
    parsed = parseItaResultRows(sheet.rows, { resolveAgency }, sheet.first)
  }
  if (!parsed.ok) return parsed
  const unscorable = parsed.results.filter((r) => !rulesForFiscalYear(ITA_SCORING_RULES, r.fiscalYear))
  if (unscorable.length > 0) {
    return {
      ok: false,
      errors: unscorable.map((r) => ({ row: 0, column: 'fiscal_year' as const, th: `ยังไม่มีเกณฑ์คะแนนของปีงบประมาณ ${r.fiscalYear}`, en: `There are no scoring rules for fiscal year ${r.fiscalYear}` })),
    }
  }
  const byId = new Map(agencies.map((a) => [a.id, a]))
  await db.transaction().execute(async (trx) => {
    for (const r of parsed.results) {
      const before = await upsertResult(trx, r.agencyId, r.fiscalYear, r.scores, actor.userId, now)
      await recordAudit(trx, {
        actor: auditActorOf(actor),
        organisationId: r.agencyId,
        action: before ? 'ita.results_replaced' : 'ita.results_imported',
        entityType: 'ita_result',
        entityId: `${r.agencyId}:${r.fiscalYear}`,
        summary: { before: before ? summaryOf(before.scores, r.fiscalYear) : null, after: summaryOf(r.scores, r.fiscalYear), note: `${byId.get(r.agencyId)?.slug ?? ''} ${r.fiscalYear}` },
        at: now,
      })
    }
    await bumpPublicGeneration(trx, ...new Set(parsed.results.map((r) => organisationScope(r.agencyId))))
  })
  return { ok: true, imported: parsed.results.map((r) => ({ agency: byId.get(r.agencyId)?.slug ?? r.agencyKey, fiscalYear: r.fiscalYear })) }
}

function summaryOf(scores: IndicatorScores, fiscalYear: number) {
  const total = scored({ organisationId: '', fiscalYear, scores, importedAt: new Date(0) }).score?.total ?? null
  return { fiscal_year: fiscalYear, total, ...Object.fromEntries(INDICATOR_NUMBERS.map((n) => [`indicator_${n}`, scores[n]])) }
}

export type RankingRow = { org: OrganisationSummary; result: ScoredResult | null; total: number | null; name: string }

export type ResultsOverview = {
  mayImport: boolean
  agencies: OrganisationSummary[]
  years: number[]
  year: number
  ranking: RankedEntry<RankingRow>[]
  /** Each year with results: the agencies' mean total and how many reach the target. */
  provinceTrend: ProvinceYear[]
}

export type ProvinceYear = { fiscalYear: number; mean: number; agencies: number; meeting: number }

function provinceYears(all: readonly ScoredResult[]): ProvinceYear[] {
  const years = [...new Set(all.map((r) => r.fiscalYear))].sort((a, b) => a - b)
  return years.map((fiscalYear) => {
    const totals = all.filter((r) => r.fiscalYear === fiscalYear && r.score).map((r) => r.score!)
    const hundredths = totals.reduce((sum, s) => sum + toHundredths(s.total), 0)
    return { fiscalYear, mean: totals.length ? Math.round(hundredths / totals.length) / 100 : 0, agencies: totals.length, meeting: totals.filter((s) => s.meetsTarget).length }
  })
}

/** Oversight's page: every agency overseen, ranked for one fiscal year (ties share a rank). */
export async function resultsOverview(ctx: ItaContext, requestedYear: number | undefined): Promise<ResultsOverview> {
  if (!canImportResults(ctx.actor)) throw new ForbiddenError('oversees no agency')
  const agencies = await importableAgencies(ctx)
  const years = await resultYearsOf(ctx.db, agencies.map((a) => a.id))
  const year = requestedYear ?? years[0] ?? currentFiscalYear(ctx.now) - 1
  const all = (await listResultsOf(ctx.db, agencies.map((a) => a.id))).map(scored)
  const results = new Map(all.filter((r) => r.fiscalYear === year).map((r) => [r.organisationId, r]))
  const rows = agencies.map((org) => {
    const result = results.get(org.id) ?? null
    return { org, result, total: result?.score?.total ?? null, name: org.name_th }
  })
  return { mayImport: true, agencies, years, year, ranking: rankWithinGroup(rows), provinceTrend: provinceYears(all) }
}

export type AgencyResults = {
  org: OrganisationDetails
  history: ScoredResult[]
  trend: TrendPoint[]
  selected: ScoredResult | null
}

async function agencyHistory(ctx: Pick<ItaContext, 'db'>, org: OrganisationDetails, year: number | undefined): Promise<AgencyResults> {
  const history = (await listResultsOf(ctx.db, [org.id])).map(scored)
  const trend = itaTrend(history.filter((h) => h.score).map((h) => ({ fiscalYear: h.fiscalYear, total: h.score!.total })))
  const selected = (year === undefined ? history.at(-1) : history.find((h) => h.fiscalYear === year)) ?? null
  return { org, history, trend, selected }
}

/** One agency's results by year: its own staff, and oversight above it. */
export async function agencyResults(ctx: ItaContext, slug: string | undefined, year: number | undefined): Promise<AgencyResults> {
  const org = slug ? await findOrganisationBySlug(ctx.db, slug) : await firstOwnAgency(ctx)
  if (!org) throw new NotFoundError('organisation')
  const path = await organisationPath(ctx.db, org.id)
  if (!path || !canReadItaOf(ctx.actor, path)) throw new NotFoundError('organisation')
  return agencyHistory(ctx, org, year)
}

async function firstOwnAgency(ctx: ItaContext): Promise<OrganisationDetails | undefined> {
  const first = ctx.actor.memberships[0]
  if (!first) throw new ForbiddenError('belongs to no agency')
  const row = await ctx.db.selectFrom('organisations').select('slug').where('id', '=', first.organisationId).executeTakeFirst()
  return row ? findOrganisationBySlug(ctx.db, row.slug) : undefined
}

/** The public page: anyone may read an agency's published results, the latest year or one asked for. */
export async function publicAgencyResults(ctx: Pick<ItaContext, 'db'>, org: OrganisationDetails, year?: number): Promise<AgencyResults> {
  const view = await agencyHistory(ctx, org, year)
  if (year !== undefined && !view.selected) throw new NotFoundError('ita results')
  return view
}

export async function resultFor(ctx: Pick<ItaContext, 'db'>, organisationId: string, fiscalYear: number): Promise<ScoredResult | undefined> {
  const r = await findResult(ctx.db, organisationId, fiscalYear)
  return r ? scored(r) : undefined
}

export function sameScores(a: IndicatorScores, b: IndicatorScores): boolean {
  return INDICATOR_NUMBERS.every((n) => toHundredths(a[n]) === toHundredths(b[n]))
}

/** The ranking of a year as a download, named for the body that oversees the agencies. */
export async function rankingFile(ctx: ItaContext, year: number | undefined, format: ExportFormat, locale: Locale): Promise<ExportFile> {
  const overview = await resultsOverview(ctx, year)
  const overseerId = ctx.actor.memberships.find((m) => m.role === 'oversight')?.organisationId
  const overseer = overseerId ? await ctx.db.selectFrom('organisations').select(['name_th', 'name_en']).where('id', '=', overseerId).executeTakeFirst() : undefined
  const name = (locale === 'en' && overseer?.name_en) || overseer?.name_th || (locale === 'th' ? 'หน่วยงานกำกับดูแล' : 'Oversight')
  return renderExport(rankingExportTable({ ranking: overview.ranking, year: overview.year, overseer: name, locale, format }), format, rankingExportBaseName(overview.year, locale))
}
