import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError } from '../../errors.ts'
import type { Actor } from '../../platform/auth/actor.ts'
import { overdueBelow } from '../complaints/index.ts'
import { resultsOverview } from '../ita-results/index.ts'
import { completenessBelow } from '../oit/index.ts'
import { oversightDashboard, REPORT_STATUS_LABELS } from '../oversight-reports/index.ts'
import { descendantIds } from '../organisations/index.ts'
import { sortStandings, type AgencyStanding, type SortKey } from './oversight-home.domain.ts'

type Deps = { db: Kysely<Database>; actor: Actor; now: Date; baseUrl: string }

export type OversightHome = { rows: AgencyStanding[]; sort: SortKey; itaYear: number | null; reportsShown: boolean }

async function oversightRoots(db: Kysely<Database>, actor: Actor): Promise<string[]> {
  const roots = actor.isPlatformAdmin
    ? (await db.selectFrom('organisations').select('id').where('parent_id', 'is', null).execute()).map((r) => r.id)
    : [...new Set(actor.memberships.filter((m) => m.role === 'oversight').map((m) => m.organisationId))]
  if (roots.length === 0) throw new ForbiddenError('not an oversight body')
  return roots
}

/**
 * The oversight home: every agency below the bodies the actor oversees, with what each module
 * already tells oversight about it (each module authorises and scopes its own figures).
 */
export async function oversightHome(deps: Deps, sort: SortKey): Promise<OversightHome> {
  const { db, actor, now } = deps
  const roots = await oversightRoots(db, actor)
  const below = await descendantIds(db, roots)
  if (below.length === 0) return { rows: [], sort, itaYear: null, reportsShown: false }
  const orgs = await db.selectFrom('organisations').select(['id', 'slug', 'name_th', 'name_en']).where('id', 'in', below).execute()

  // One pass per module for all the bodies: a platform administrator's roots are every province.
  const { percentFinished: oit } = await completenessBelow({ db, actor, now }, roots)
  const overdue = await overdueBelow({ db, actor, now }, roots)

  const ita = await resultsOverview({ db, actor, now }, undefined)
  const scores = new Map(ita.ranking.flatMap(({ entry }) => (entry.result?.score ? [[entry.org.id, { fiscalYear: entry.result.fiscalYear, total: entry.result.score.total, rating: entry.result.score.rating }] as const] : [])))

  // A platform administrator holds no oversight role: the reporting cycle is not theirs to see.
  const dashboard = actor.memberships.some((m) => m.role === 'oversight') ? await oversightDashboard({ db, actor, now, baseUrl: deps.baseUrl }) : null
  const reports = new Map<string, { status: string; late: boolean; period: { th: string; en: string }; startsOn: string }>()
  for (const board of dashboard?.boards ?? []) {
    for (const period of board.periods.filter((p) => p.opened)) {
      for (const agency of board.agencies) {
        const cell = agency.cells[period.key]
        const seen = reports.get(agency.id)
        if (cell && (!seen || seen.startsOn <= period.startsOn)) reports.set(agency.id, { status: cell.status, late: cell.late, period: period.label, startsOn: period.startsOn })
      }
    }
  }

  const rows = orgs.map((o): AgencyStanding => {
    const report = reports.get(o.id)
    return {
      ...o,
      oitPercent: oit.get(o.id) ?? null,
      ita: scores.get(o.id) ?? null,
      overdueComplaints: overdue.get(o.id) ?? 0,
      report: report ? { status: report.status, statusLabel: REPORT_STATUS_LABELS[report.status as keyof typeof REPORT_STATUS_LABELS], late: report.late, period: report.period } : null,
    }
  })
  return { rows: sortStandings(rows, sort), sort, itaYear: ita.ranking.length ? ita.year : null, reportsShown: dashboard !== null }
}
