import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { NACC_ITA_SCHEME } from './oit-catalogue.domain.ts'
import { findCatalogue, listEntries } from './oit.repository.ts'
import { workspaceCompleteness } from './oit-workspace.domain.ts'

export type OitReadiness = {
  scheme: string
  fiscalYear: number
  /** Per cent of catalogue items the agency has finished, for indicators 9 and 10. */
  indicator9: number
  indicator10: number
  finished: number
  total: number
}

/**
 * How far the agency's OIT workspace is finished, per indicator, for an unofficial estimate
 * (surveys' self-assessment). Items whose indicator the catalogue does not say (FY 2568/2569)
 * count towards both. Undefined when there is no NACC catalogue for the year.
 */
export async function oitReadiness(db: Kysely<Database>, organisationId: string, fiscalYear: number, now: Date): Promise<OitReadiness | undefined> {
  const catalogue = await findCatalogue(db, NACC_ITA_SCHEME, fiscalYear)
  if (!catalogue) return undefined
  const entries = await listEntries(db, [organisationId], NACC_ITA_SCHEME, fiscalYear)
  const report = workspaceCompleteness(
    catalogue,
    entries.map((e) => ({ ...e, contentFiscalYear: null })),
    { today: todayInBangkok(now), dueSoonDays: 0 },
  )
  const byCode = new Map(report.items.map((i) => [i.code, i]))
  const share = (indicator: '9' | '10') => {
    const items = catalogue.items.filter((i) => i.indicator === null || i.indicator.code === indicator || i.indicator.code.startsWith(`${indicator}.`))
    if (items.length === 0) return 0
    const done = items.filter((i) => {
      const c = byCode.get(i.code)
      return c && !c.missing && ['ready', 'submitted', 'contested', 'confirmed'].includes(c.status)
    }).length
    return Math.round((done * 10_000) / items.length) / 100
  }
  return { scheme: NACC_ITA_SCHEME, fiscalYear, indicator9: share('9'), indicator10: share('10'), finished: report.finished, total: report.total }
}
