import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { listResultsOf } from './ita-results.repository.ts'
import { scored, type ScoredResult } from './ita-results.use-cases.ts'

/**
 * One agency's official result of one fiscal year as imported (B1), scored by that year's rules,
 * or null when none was imported. For comparisons made elsewhere (the surveys' self-assessment
 * sets its estimate beside last year's official figures); the caller has already decided that
 * its actor may read the agency.
 */
export async function officialResultOf(db: Kysely<Database>, organisationId: string, fiscalYear: number): Promise<ScoredResult | null> {
  const [result] = await listResultsOf(db, [organisationId], fiscalYear)
  return result ? scored(result) : null
}
