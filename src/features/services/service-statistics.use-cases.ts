import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError } from '../../errors.ts'
import type { Actor } from '../../platform/auth/actor.ts'
import { currentFiscalYear, fiscalYearRange, todayInBangkok, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { findOrganisationBySlug, organisationPath, type OrganisationDetails } from '../organisations/index.ts'
import { NotFoundError } from '../../errors.ts'
import { canReadServiceStatistics } from './service-manual.domain.ts'
import { figuresFromCounts, NO_COMPLETIONS, type CompletionFigures } from './service-statistics.domain.ts'
import * as stats from './service-statistics.repository.ts'
import * as services from './services.repository.ts'
import type { ServiceWithVersion } from './services.repository.ts'
import { editableAgencies } from './services.use-cases.ts'

export type ServiceCompletion = { service: ServiceWithVersion; figures: CompletionFigures; lateNotices: number }
export type CompletionReport = { org: OrganisationDetails; fiscalYear: number; rows: ServiceCompletion[]; overdueNow: number; choices: { slug: string; name_th: string; name_en: string }[] }

/** The fiscal year a query asks for (Buddhist Era); the current one when missing, in the future or more than ten years back. */
export function fyOf(raw: unknown, now: Date): number {
  const current = currentFiscalYear(now)
  const n = typeof raw === 'string' && /^25[0-9]{2}$/.test(raw) ? Number(raw) : current
  return n > current || n < current - 10 ? current : n
}

/** Fiscal years offered: this one and the four before. */
export function fiscalYearChoices(now: Date): number[] {
  const fy = currentFiscalYear(now)
  return [fy, fy - 1, fy - 2, fy - 3, fy - 4]
}

/**
 * The head's figures for a fiscal year: per service, how long closed requests took (median and
 * 90th percentile, in the manual's unit) against the time promised, the share whose result went
 * out by the deadline in force, and how many needed a delay notice.
 */
export async function completionReport(ctx: { db: Kysely<Database>; actor: Actor; now: Date }, slug: string | undefined, fiscalYear: number): Promise<CompletionReport> {
  const choices = await editableAgencies(ctx)
  const chosen = slug ? await findOrganisationBySlug(ctx.db, slug) : choices[0] ? await findOrganisationBySlug(ctx.db, choices[0].slug) : undefined
  if (!chosen) throw slug ? new NotFoundError('organisation') : new ForbiddenError('keeps no services')
  const path = await organisationPath(ctx.db, chosen.id)
  if (!path || !canReadServiceStatistics(ctx.actor, path)) throw new ForbiddenError('may not read these statistics')
  const range = fiscalYearRange(fiscalYear)
  const counts = await stats.completionByService(ctx.db, chosen.id, range)
  const list = await services.listServices(ctx.db, chosen.id, 'current')
  const rows = list.map((service) => {
    const mine = counts.find((c) => c.serviceId === service.id)
    return { service, figures: mine ? figuresFromCounts(mine) : NO_COMPLETIONS, lateNotices: mine?.lateNotices ?? 0 }
  })
  return { org: chosen, fiscalYear, rows, overdueNow: await stats.overdueNow(ctx.db, chosen.id, todayInBangkok(ctx.now)), choices: choices.map((c) => ({ slug: c.slug, name_th: c.name_th, name_en: c.name_en })) }
}

export type MonthlyServiceStatistics = { org: OrganisationDetails; fiscalYear: number; months: string[]; rows: { serviceId: string; key: string; name: string; nameEn: string; byMonth: number[]; filed: number; closed: number }[] }

/** The twelve 'YYYY-MM' months of a fiscal year, October first. */
export function fiscalMonths(start: IsoDate): string[] {
  const [y, m] = start.split('-').map(Number) as [number, number]
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((m - 1 + i) % 12) + 1
    const year = y + Math.floor((m - 1 + i) / 12)
    return `${year}-${String(month).padStart(2, '0')}`
  })
}

/** Public service statistics (seed 003 m6.5): requests filed per service and month of a fiscal year. */
export async function publicServiceStatistics(deps: { db: Kysely<Database> }, org: OrganisationDetails, fiscalYear: number): Promise<MonthlyServiceStatistics> {
  const range = fiscalYearRange(fiscalYear)
  const months = fiscalMonths(range.start)
  const counts = await stats.requestsByServiceAndMonth(deps.db, org.id, range)
  const list = await services.listServices(deps.db, org.id, 'published')
  const ids = new Set([...list.map((s) => s.id)])
  const rows = list.map((s) => {
    const mine = counts.filter((c) => c.serviceId === s.id)
    return { serviceId: s.id, key: s.key, name: s.current.nameTh, nameEn: s.current.manual.nameEn, byMonth: months.map((m) => mine.find((c) => c.month === m)?.filed ?? 0), filed: mine.reduce((a, c) => a + c.filed, 0), closed: mine.reduce((a, c) => a + c.closed, 0) }
  })
  // Requests of services since taken off the list still count, as one row.
  const rest = counts.filter((c) => !ids.has(c.serviceId))
  if (rest.length) rows.push({ serviceId: '', key: '', name: 'งานบริการอื่น (ยกเลิกแล้ว)', nameEn: 'Other (withdrawn) services', byMonth: months.map((m) => rest.filter((c) => c.month === m).reduce((a, c) => a + c.filed, 0)), filed: rest.reduce((a, c) => a + c.filed, 0), closed: rest.reduce((a, c) => a + c.closed, 0) })
  return { org, fiscalYear, months, rows }
}
