/**
 * Which portal content most likely answers a checklist item. Catalogues are data and change
 * every year, so the match is on the item's English name, not its code: the rules below name
 * the portal section (and, for complaint statistics, the page the complaints module publishes).
 * Only obvious matches are suggested; the officer confirms every link.
 */
import { acceptedContentYears, type OitItem } from './oit-catalogue.domain.ts'

/** Public pages other modules publish that answer an item outright (issue 5, measure 2 §2.2). */
export const MODULE_PAGES = ['budget', 'procurement-plan', 'procurement-monthly', 'procurement-annual', 'executives', 'donations'] as const
export type ModulePage = (typeof MODULE_PAGES)[number]

export type SuggestionTarget = { section: string; complaintStatistics?: boolean; modulePage?: ModulePage }

// First match wins: the more specific phrases come before the general ones.
const RULES: readonly [RegExp, SuggestionTarget][] = [
  [/complaint statistic/i, { section: 'complaints', complaintStatistics: true }],
  [/complaint/i, { section: 'complaints' }],
  [/procurement plan/i, { section: 'procurement-plan', modulePage: 'procurement-plan' }],
  [/monthly procurement|procurement.*monthly/i, { section: 'procurement-summary', modulePage: 'procurement-monthly' }],
  [/annual procurement|procurement.*(annual|report)/i, { section: 'procurement-summary', modulePage: 'procurement-annual' }],
  [/procurement/i, { section: 'procurement-summary' }],
  [/officer manual/i, { section: 'officer-manuals' }],
  [/service manual/i, { section: 'service-manuals' }],
  [/executive participation|integrity intent/i, { section: 'integrity' }],
  [/executive|structure/i, { section: 'structure', modulePage: 'executives' }],
  [/authority/i, { section: 'authority' }],
  [/contact|q&a|enquir/i, { section: 'contact' }],
  [/\blaws?\b/i, { section: 'laws' }],
  [/\bnews\b/i, { section: 'news' }],
  [/spending|budget/i, { section: 'budget', modulePage: 'budget' }],
  [/\bhr\b|human resources/i, { section: 'hr' }],
  [/code of ethics/i, { section: 'ethics' }],
  // The No Gift policy is published with the donations the agency accepted (gifts feature, F4).
  [/no gift/i, { section: 'integrity', modulePage: 'donations' }],
  [/integrity|corruption|risk|prevention|ita results|organisational culture/i, { section: 'integrity' }],
  [/participation|feedback/i, { section: 'participation' }],
  [/strategic plan|annual plan|plans and reports/i, { section: 'plans' }],
  [/report/i, { section: 'reports' }],
]

export function suggestTarget(item: Pick<OitItem, 'nameEn'>): SuggestionTarget | null {
  for (const [pattern, target] of RULES) if (pattern.test(item.nameEn)) return target
  return null
}

export type CandidateContent = { id: string; section: string; fiscalYear: number | null; published: boolean; updatedAt: Date }

/**
 * Among the agency's items of the suggested section: published before unpublished, of an
 * accepted fiscal year before any other, then the most recently updated.
 */
export function pickSuggestedContent<C extends CandidateContent>(item: OitItem, fiscalYear: number, target: SuggestionTarget | null, candidates: readonly C[]): C | undefined {
  if (!target) return undefined
  const accepted = acceptedContentYears(item.dataYear, fiscalYear)
  const score = (c: C) => (c.published ? 2 : 0) + (c.fiscalYear === null || accepted.includes(c.fiscalYear) ? 1 : 0)
  return candidates
    .filter((c) => c.section === target.section)
    .sort((a, b) => score(b) - score(a) || b.updatedAt.getTime() - a.updatedAt.getTime())[0]
}

/**
 * The module page for an item: the year in its path is the fiscal year the content is about
 * (the assessed year, or the one before for items that ask for last year's report).
 */
export function modulePagePath(page: ModulePage, slug: string, item: Pick<OitItem, 'dataYear'>, fiscalYear: number): string {
  const year = item.dataYear === 'previous' ? fiscalYear - 1 : fiscalYear
  const org = `/o/${encodeURIComponent(slug)}`
  switch (page) {
    case 'budget':
      return `${org}/budget/${year}`
    case 'procurement-plan':
      return `${org}/procurement/plan/${year}`
    case 'procurement-monthly':
      return `${org}/procurement/monthly/${year}`
    case 'procurement-annual':
      return `${org}/procurement/annual/${year}`
    case 'executives':
      return `${org}/executives`
    case 'donations':
      return `${org}/donations`
  }
}
