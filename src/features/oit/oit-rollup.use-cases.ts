/** Every agency's OIT completeness below several oversight bodies at once: the oversight home's column. */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError } from '../../errors.ts'
import type { Actor } from '../../platform/auth/actor.ts'
import { descendantIds, organisationPath } from '../organisations/index.ts'
import { canOverseeBelow } from './oit-access.domain.ts'
import { ensureCataloguesSeeded } from './oit-catalogue.use-cases.ts'
import { chooseScheme } from './oit-scheme.domain.ts'
import { catalogueYears, chooseYear, completenessOf } from './oit-workspace.use-cases.ts'
import * as repo from './oit.repository.ts'

/**
 * Percent finished per agency (agencies with a list for the year only) for the default scheme and
 * the year the province report opens on. One pass for all bodies: the platform administrator's
 * home covers the whole country, where a report per province would repeat the set-up 77 times.
 */
export async function completenessBelow(ctx: { db: Kysely<Database>; actor: Actor; now: Date }, rootIds: readonly string[]): Promise<{ fiscalYear: number | null; percentFinished: Map<string, number> }> {
  const { db, actor, now } = ctx
  for (const root of rootIds) {
    if (!canOverseeBelow(actor, (await organisationPath(db, root)) ?? [])) throw new ForbiddenError('may not oversee this body')
  }
  await ensureCataloguesSeeded(db, now)
  const scheme = chooseScheme(undefined, await repo.listSchemes(db))
  const fiscalYear = chooseYear(undefined, await catalogueYears(db, scheme), now)
  const catalogue = await repo.findCatalogue(db, scheme, fiscalYear)
  const percentFinished = new Map<string, number>()
  if (!catalogue) return { fiscalYear: null, percentFinished }
  const agencies = await descendantIds(db, [...rootIds])
  for (const [id, { report }] of await completenessOf(db, catalogue, agencies, now)) if (report.total > 0) percentFinished.set(id, report.percentFinished)
  return { fiscalYear, percentFinished }
}
