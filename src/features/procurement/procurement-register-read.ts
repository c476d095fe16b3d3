import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { fiscalYearOf, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { bidderNamesOf, type ProcurementMethod } from './procurement.domain.ts'
import { currentMonthContents } from './procurement.repository.ts'

export type ProcurementRegisterRow = { row: number; item: string; method: ProcurementMethod; bidders: string[]; winner: string; contractNo: string }

/**
 * The rows an agency recorded in its สขร.1 for one calendar month (`YYYY-MM`), drafts included,
 * with each row's bidders as names: what the conflict-of-interest screen takes its bidders from.
 * The caller has checked that the reader works for the agency.
 */
export async function procurementRowsOfMonth(db: Kysely<Database>, organisationId: string, month: string): Promise<ProcurementRegisterRow[]> {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return []
  const contents = await currentMonthContents(db, organisationId, fiscalYearOf(`${month}-01` as IsoDate))
  const content = contents.get(Number(month.slice(5, 7)))
  if (!content || content.noProcurement) return []
  return content.rows.map((r, row) => {
    const names = bidderNamesOf(r.bidders)
    return { row, item: r.item, method: r.method, bidders: names.length ? names : r.winner.trim() ? [r.winner.trim()] : [], winner: r.winner, contractNo: r.contractNo }
  })
}
