/**
 * Published complaint statistics (D6): an agency's figures for anyone, and oversight's
 * comparison of the agencies below it. Both count the public intake only and show no case,
 * so they are reads without an audit event (like browsing a public page).
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError } from '../../errors.ts'
import type { Actor } from '../../platform/auth/actor.ts'
import { renderChartPng, type ChartSpec } from '../../platform/charts/index.ts'
import { renderExport, type ExportFigure, type ExportFile, type ExportFormat } from '../../platform/exports/index.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import { currentFiscalYear, fiscalYearRange, isoDate, todayInBangkok, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { descendantIds, findOrganisationBySlug, isUuid } from '../organisations/index.ts'
import { canCompareAgencies } from './complaint-access.domain.ts'
import { deadlineCalculator, loadGuidelineSteps } from './complaint-guideline.use-cases.ts'
import { agenciesChart, comparisonExportBaseName, comparisonExportTable, sortForComparison, type AgencyComparisonRow } from './complaint-oversight-report.domain.ts'
import { yearStatistics, type StatInput, type YearStats } from './complaint-statistics.domain.ts'
import * as statsRepo from './complaint-statistics.repository.ts'
import {
  choosableYears,
  halvesChart,
  kindBreakdown,
  kindsChart,
  normaliseKinds,
  parseFiscalYear,
  statisticsExportBaseName,
  statisticsExportTable,
  type KindKey,
} from './complaint-statistics-report.domain.ts'
import type { ComplaintStatus, WrongdoingKind } from './complaint-workflow.domain.ts'
import * as repo from './complaints.repository.ts'

export type StatisticsDeps = { db: Kysely<Database>; now: Date }

type OrganisationHead = { id: string; slug: string; name_th: string; name_en: string; address: string }

export type PublishedStatistics = {
  organisation: OrganisationHead
  fiscalYear: number
  /** Years with complaints and the current one, newest first. */
  years: number[]
  stats: YearStats
  byKind: Record<KindKey, YearStats>
  /** Absent for a year without complaints: the page says so in their place. */
  charts: { halves: ChartSpec | undefined; kinds: ChartSpec | undefined }
  today: IsoDate
}

function chosenYear(raw: unknown, now: Date): number {
  const fy = parseFiscalYear(raw, currentFiscalYear(now))
  // A year from the future or not a year at all: no such page.
  if (fy === 'invalid') throw new NotFoundError('fiscal year')
  return fy ?? currentFiscalYear(now)
}

async function statInputs(db: Kysely<Database>, organisationIds: readonly string[], fiscalYear: number) {
  const rows = await repo.statisticRows(db, organisationIds, fiscalYearRange(fiscalYear))
  return rows.map((r) => ({ organisationId: r.organisation_id, receivedOn: isoDate(r.received_on), status: r.status as ComplaintStatus, kind: r.kind as WrongdoingKind | null }))
}

/** An agency's published figures for a fiscal year (default: the current one). Anyone may read them. */
export async function publishedStatistics(deps: StatisticsDeps, slug: string, fiscalYearParam: unknown): Promise<PublishedStatistics> {
  const org = await findOrganisationBySlug(deps.db, slug)
  if (!org) throw new NotFoundError('organisation')
  const fiscalYear = chosenYear(fiscalYearParam, deps.now)
  const rows: StatInput[] = normaliseKinds(await statInputs(deps.db, [org.id], fiscalYear))
  const withData = await statsRepo.fiscalYearsWithComplaints(deps.db, [org.id])
  const today = todayInBangkok(deps.now)
  const reviews = (await statsRepo.reviewRequestDays(deps.db, [org.id], fiscalYearRange(fiscalYear))).map((r) => isoDate(r.requested_on))
  const stats = yearStatistics(rows, fiscalYear, { today, reviews })
  return {
    organisation: { id: org.id, slug: org.slug, name_th: org.name_th, name_en: org.name_en, address: org.address },
    fiscalYear,
    years: choosableYears([...withData, fiscalYear], currentFiscalYear(deps.now)),
    stats,
    byKind: kindBreakdown(rows, fiscalYear, today),
    charts: { halves: halvesChart(stats), kinds: kindsChart(stats) },
    today,
  }
}

/** The same figures as Excel, Word (official style: letterhead, Thai digits, the chart) or CSV. */
export async function exportPublishedStatistics(deps: StatisticsDeps, slug: string, fiscalYearParam: unknown, format: ExportFormat, locale: Locale): Promise<ExportFile> {
  const s = await publishedStatistics(deps, slug, fiscalYearParam)
  const thaiDigits = format === 'docx' && locale === 'th'
  const name = locale === 'en' && s.organisation.name_en ? s.organisation.name_en : s.organisation.name_th
  const figures: ExportFigure[] = []
  const spec = format === 'docx' ? s.charts.halves : undefined
  if (spec) {
    const { image } = renderChartPng(spec, { locale, thaiDigits })
    figures.push({ title: spec.title, description: spec.description, png: image.png, widthPx: image.width, heightPx: image.height })
  }
  const table = statisticsExportTable({ stats: s.stats, byKind: s.byKind, organisation: { name, address: s.organisation.address || undefined }, today: s.today, locale, thaiDigits, groupPeriods: format === 'docx' })
  return renderExport({ ...table, figures }, format, statisticsExportBaseName(s.organisation.slug, s.fiscalYear, locale))
}

export type OversightDeps = StatisticsDeps & { actor: Actor }

export type AgencyComparison = {
  overseer: OrganisationHead
  /** Where the person holds oversight (more than one: the page offers a choice). */
  choices: { id: string; name_th: string; name_en: string }[]
  fiscalYear: number
  years: number[]
  rows: AgencyComparisonRow[]
  chart: ChartSpec | undefined
  today: IsoDate
}

const thaiOrder = new Intl.Collator('th')

/** Oversight's table of the agencies below one body it oversees: a handful of queries whatever the number of cases. */
export async function compareAgencies(deps: OversightDeps, organisationParam: unknown, fiscalYearParam: unknown): Promise<AgencyComparison> {
  const { db, actor, now } = deps
  const roots = actor.isPlatformAdmin ? await statsRepo.topLevelOrganisationIds(db) : actor.memberships.filter((m) => m.role === 'oversight').map((m) => m.organisationId)
  if (roots.length === 0) throw new ForbiddenError('not an oversight body')
  const choices = (await statsRepo.organisationSummaries(db, roots)).sort((a, b) => thaiOrder.compare(a.name_th, b.name_th))
  const wanted = typeof organisationParam === 'string' && organisationParam !== '' ? organisationParam : choices[0]?.id
  if (!wanted || !isUuid(wanted)) throw new NotFoundError('organisation')
  if (!canCompareAgencies(actor, wanted)) throw new ForbiddenError()
  const overseer = choices.find((c) => c.id === wanted) ?? (await statsRepo.organisationSummaries(db, [wanted]))[0]
  if (!overseer) throw new NotFoundError('organisation')
  const fiscalYear = chosenYear(fiscalYearParam, now)

  const agencies = await statsRepo.organisationSummaries(db, await descendantIds(db, [overseer.id]))
  const ids = agencies.map((a) => a.id)
  const inputs = await statInputs(db, ids, fiscalYear)
  const open = await statsRepo.openPublicCases(db, ids, fiscalYearRange(fiscalYear))
  const guidelines = await loadGuidelineSteps(db, [...new Set(open.map((c) => c.organisation_id))])
  const deadlineOf = await deadlineCalculator(db, now)
  const overdue = new Map<string, number>()
  for (const c of open) {
    if (deadlineOf(c, guidelines.get(c.organisation_id)!)?.urgency === 'overdue') overdue.set(c.organisation_id, (overdue.get(c.organisation_id) ?? 0) + 1)
  }
  const rows = agencies.map((a) => ({
    id: a.id,
    slug: a.slug,
    name_th: a.name_th,
    name_en: a.name_en,
    stats: yearStatistics(normaliseKinds(inputs.filter((r) => r.organisationId === a.id)), fiscalYear).year,
    overdue: overdue.get(a.id) ?? 0,
  }))
  return {
    overseer: { id: overseer.id, slug: overseer.slug, name_th: overseer.name_th, name_en: overseer.name_en, address: overseer.address },
    choices: choices.map((c) => ({ id: c.id, name_th: c.name_th, name_en: c.name_en })),
    fiscalYear,
    years: choosableYears([...(await statsRepo.fiscalYearsWithComplaints(db, ids)), fiscalYear], currentFiscalYear(now)),
    rows: sortForComparison(rows),
    chart: agenciesChart(rows, fiscalYear),
    today: todayInBangkok(now),
  }
}

export async function exportAgencyComparison(deps: OversightDeps, organisationParam: unknown, fiscalYearParam: unknown, locale: Locale): Promise<ExportFile> {
  const c = await compareAgencies(deps, organisationParam, fiscalYearParam)
  const name = locale === 'en' && c.overseer.name_en ? c.overseer.name_en : c.overseer.name_th
  const table = comparisonExportTable({ rows: c.rows, fiscalYear: c.fiscalYear, overseer: { name, address: c.overseer.address || undefined }, today: c.today, locale })
  return renderExport(table, 'xlsx', comparisonExportBaseName(c.fiscalYear, locale))
}
