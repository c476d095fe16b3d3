import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { NotFoundError } from '../../errors.ts'
import { descendantIds, findOrganisationBySlug, findOrganisationsByName, sortByThaiName, type OrganisationDetails, type OrganisationSummary } from '../organisations/index.ts'
import type { PortalListEntry } from './portal.repository.ts'
import { searchPublished } from './portal-search.repository.ts'
import { plainTextOf } from './portal-rich-text.ts'
import { normaliseQuery, segmentWords } from './portal-search-text.ts'

type Deps = { db: Kysely<Database> }

export const SEARCH_PAGE_SIZE = 20
const SNIPPET_LENGTH = 240

export type SearchResult = PortalListEntry & { organisation: OrganisationSummary; snippet: string }
export type SearchResults = { q: string; total: number; page: number; pageCount: number; results: SearchResult[] }

/** A few lines of the text around the first word searched for. */
function snippetOf(html: string, words: readonly string[]): string {
  const text = plainTextOf(html)
  if (text.length <= SNIPPET_LENGTH) return text
  const lower = text.toLowerCase()
  const at = words.map((w) => lower.indexOf(w)).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? 0
  const start = Math.max(0, at - 60)
  return `${start > 0 ? '…' : ''}${text.slice(start, start + SNIPPET_LENGTH).trim()}…`
}

async function run(db: Kysely<Database>, organisationIds: readonly string[] | null, rawQuery: unknown, page: number): Promise<SearchResults> {
  const q = normaliseQuery(rawQuery)
  const words = segmentWords(q)
  const safePage = Number.isSafeInteger(page) && page >= 1 ? page : 1
  if (words.length === 0) return { q, total: 0, page: 1, pageCount: 1, results: [] }
  const { total, hits } = await searchPublished(db, {
    organisationIds,
    words: words.join(' '),
    substring: words.join(''),
    limit: SEARCH_PAGE_SIZE,
    offset: (safePage - 1) * SEARCH_PAGE_SIZE,
  })
  const orgIds = [...new Set(hits.map((h) => h.organisationId))]
  const orgs = orgIds.length
    ? await db.selectFrom('organisations').select(['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en']).where('id', 'in', orgIds).execute()
    : []
  const byId = new Map(orgs.map((o) => [o.id, o]))
  return {
    q,
    total,
    page: safePage,
    pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)),
    results: hits.map(({ bodyHtml, ...h }) => ({ ...h, organisation: byId.get(h.organisationId)!, snippet: snippetOf(bodyHtml, words) })),
  }
}

/** Published items of one agency's portal. */
export async function searchAgencyPortal({ db }: Deps, slug: string, q: unknown, page: number): Promise<{ org: OrganisationDetails } & SearchResults> {
  const org = await findOrganisationBySlug(db, slug)
  if (!org) throw new NotFoundError('organisation')
  return { org, ...(await run(db, [org.id], q, page)) }
}

/** How many agencies whose name matches are offered above the documents. */
export const AGENCY_MATCHES = 5

/**
 * Published items of every agency in a province (the province's own office and everything below it),
 * or of all agencies; on the first page, also the agencies whose name matches, since people search
 * for an agency by its name ("เวียงทอง") as often as for a document.
 */
export async function searchPortals(
  { db }: Deps,
  provinceSlug: string | undefined,
  q: unknown,
  page: number,
): Promise<{ province: OrganisationDetails | null; provinces: OrganisationSummary[]; agencies: OrganisationSummary[] } & SearchResults> {
  const provinces = sortByThaiName(await db.selectFrom('organisations').select(['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en']).where('parent_id', 'is', null).execute())
  let province: OrganisationDetails | null = null
  let scope: string[] | null = null
  if (provinceSlug) {
    province = (await findOrganisationBySlug(db, provinceSlug)) ?? null
    if (!province) throw new NotFoundError('organisation')
    scope = [province.id, ...(await descendantIds(db, [province.id]))]
  }
  const results = await run(db, scope, q, page)
  const agencies = results.q && results.page === 1 ? await findOrganisationsByName(db, results.q, scope, AGENCY_MATCHES) : []
  return { province, provinces, agencies, ...results }
}
