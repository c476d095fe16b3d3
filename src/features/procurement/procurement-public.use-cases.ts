import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { NotFoundError } from '../../errors.ts'
import { findOrganisationBySlug, type OrganisationDetails } from '../organisations/index.ts'
import { annualReport, isCalendarMonth, type AnnualReport, type MonthContent, type PlanContent } from './procurement.domain.ts'
import { findRecord, findVersion, listVersions, publishedMonthContents, publishedYears, type RecordKey, type VersionSummary } from './procurement.repository.ts'
import { planTimeliness, type PlanTimeliness } from './procurement-timeliness.ts'

/** Public reads need no actor: only published records are ever returned. */
export type PublicContext = { db: Kysely<Database> }

export async function findProcurementOrganisation(ctx: PublicContext, slug: string): Promise<OrganisationDetails> {
  const org = typeof slug === 'string' && /^[a-z0-9-]{1,80}$/.test(slug) ? await findOrganisationBySlug(ctx.db, slug) : undefined
  if (!org) throw new NotFoundError('organisation')
  return org
}

export function parseFiscalYear(v: string): number {
  if (!/^[0-9]{4}$/.test(v)) throw new NotFoundError('fiscal year')
  const y = Number(v)
  if (y < 2500 || y > 2700) throw new NotFoundError('fiscal year')
  return y
}

export function parseMonth(v: string): number {
  const m = /^[0-9]{1,2}$/.test(v) ? Number(v) : NaN
  if (!isCalendarMonth(m)) throw new NotFoundError('month')
  return m
}

const parseVersion = (v: string | undefined) => (v === undefined ? undefined : /^[1-9][0-9]{0,6}$/.test(v) ? Number(v) : -1)

export async function publicYears(ctx: PublicContext, org: OrganisationDetails): Promise<number[]> {
  return publishedYears(ctx.db, org.id)
}

export type PublicRecord<C> = { key: RecordKey; version: number; currentVersion: number; updatedAt: Date; savedAt: Date; content: C; versions: VersionSummary[] }

async function publishedRecord<C extends PlanContent | MonthContent>(ctx: PublicContext, key: RecordKey, versionText: string | undefined): Promise<PublicRecord<C> | null> {
  const record = await findRecord(ctx.db, key)
  if (!record || !record.published) {
    if (versionText !== undefined) throw new NotFoundError('procurement record')
    return null
  }
  const version = parseVersion(versionText) ?? record.currentVersion
  const shown = version >= 1 && version <= record.currentVersion ? await findVersion<C>(ctx.db, key, version) : undefined
  if (!shown) throw new NotFoundError('procurement record version')
  return { key, version, currentVersion: record.currentVersion, updatedAt: record.updatedAt, savedAt: shown.createdAt, content: shown.content, versions: await listVersions(ctx.db, key) }
}

export type PublicPlanView = { fiscalYear: number; plan: PublicRecord<PlanContent> | null; timeliness: PlanTimeliness | null; years: number[] }

export async function publicPlan(ctx: PublicContext, org: OrganisationDetails, fiscalYear: number, version?: string): Promise<PublicPlanView> {
  const plan = await publishedRecord<PlanContent>(ctx, { organisationId: org.id, fiscalYear, kind: 'plan', month: 0 }, version)
  return { fiscalYear, plan, timeliness: plan ? await planTimeliness(ctx.db, plan.content) : null, years: await publishedYears(ctx.db, org.id) }
}

export type PublicMonthView = { fiscalYear: number; month: number; record: PublicRecord<MonthContent> | null }

export async function publicMonth(ctx: PublicContext, org: OrganisationDetails, fiscalYear: number, month: number, version?: string): Promise<PublicMonthView> {
  return { fiscalYear, month, record: await publishedRecord<MonthContent>(ctx, { organisationId: org.id, fiscalYear, kind: 'month', month }, version) }
}

export type PublicYearView = { fiscalYear: number; months: Awaited<ReturnType<typeof publishedMonthContents>>; report: AnnualReport; years: number[]; planPublished: boolean }

/** Every published month of the year and the annual report computed from them. */
export async function publicYear(ctx: PublicContext, org: OrganisationDetails, fiscalYear: number): Promise<PublicYearView> {
  const months = await publishedMonthContents(ctx.db, org.id, fiscalYear)
  const plan = await findRecord(ctx.db, { organisationId: org.id, fiscalYear, kind: 'plan', month: 0 })
  return { fiscalYear, months, report: annualReport(months), years: await publishedYears(ctx.db, org.id), planPublished: !!plan?.published }
}
