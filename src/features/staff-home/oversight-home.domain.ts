import type { Bilingual } from '../../platform/i18n/locale.ts'

/** One agency on the oversight home: what each module says about it, null where it says nothing yet. */
export type AgencyStanding = {
  id: string
  slug: string
  name_th: string
  name_en: string
  /** Share of OIT items finished this fiscal year, 0–100; null without a catalogue. */
  oitPercent: number | null
  ita: { fiscalYear: number; total: number; rating: Bilingual } | null
  overdueComplaints: number
  /** The latest period opened for the agency: its report's state and whether it is late. */
  report: { status: string; statusLabel: Bilingual; late: boolean; period: Bilingual } | null
}

export const SORT_KEYS = ['name', 'oit', 'ita', 'overdue', 'report'] as const
export type SortKey = (typeof SORT_KEYS)[number]

export function parseSort(param: unknown): SortKey {
  return SORT_KEYS.find((k) => k === param) ?? 'name'
}

/** Report states from most in need of a call to least. */
const REPORT_ORDER = ['not_started', 'returned', 'draft', 'awaiting_head', 'submitted', 'resubmitted', 'accepted']

const thai = new Intl.Collator('th')
const byName = (a: AgencyStanding, b: AgencyStanding) => thai.compare(a.name_th, b.name_th)
/** Missing figures go last whichever way a column sorts. */
const lastIfNull = (a: number | null, b: number | null, cmp: (x: number, y: number) => number) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : cmp(a, b))

function reportRank(r: AgencyStanding['report']): number | null {
  if (!r) return null
  const i = REPORT_ORDER.indexOf(r.status)
  return (r.late ? 0 : 10) + (i < 0 ? 9 : i)
}

/**
 * Each column sorts where oversight should look first: the least complete OIT, the lowest ITA
 * score, the most overdue complaints, late and unstarted reports; the name breaks ties.
 */
export function sortStandings(rows: readonly AgencyStanding[], key: SortKey): AgencyStanding[] {
  const compare: Record<SortKey, (a: AgencyStanding, b: AgencyStanding) => number> = {
    name: () => 0,
    oit: (a, b) => lastIfNull(a.oitPercent, b.oitPercent, (x, y) => x - y),
    ita: (a, b) => lastIfNull(a.ita?.total ?? null, b.ita?.total ?? null, (x, y) => x - y),
    overdue: (a, b) => b.overdueComplaints - a.overdueComplaints,
    report: (a, b) => lastIfNull(reportRank(a.report), reportRank(b.report), (x, y) => x - y),
  }
  return [...rows].sort((a, b) => compare[key](a, b) || byName(a, b))
}
