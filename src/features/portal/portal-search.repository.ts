import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { PortalListEntry } from './portal.repository.ts'

export type SearchHit = PortalListEntry & { bodyHtml: string }

/**
 * Published items matching every word of the query (segmented as the stored text was), or
 * holding the query as a substring once spaces are ignored (trigram index), best matches first.
 */
export async function searchPublished(
  db: Kysely<Database>,
  q: { organisationIds: readonly string[] | null; words: string; substring: string; limit: number; offset: number },
): Promise<{ total: number; hits: SearchHit[] }> {
  if ((q.organisationIds && q.organisationIds.length === 0) || !q.words) return { total: 0, hits: [] }
  const like = `%${q.substring.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  const words = q.words
  const matches = sql<boolean>`(to_tsvector('simple', i.search_text) @@ plainto_tsquery('simple', ${words}) OR replace(i.search_text, ' ', '') ILIKE ${like})`
  let base = db.selectFrom('portal_items as i').where('i.published', '=', true).where(matches)
  if (q.organisationIds) base = base.where('i.organisation_id', 'in', [...q.organisationIds])
  const { n } = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  const rows = await base
    .innerJoin('portal_item_versions as v', (j) => j.onRef('v.item_id', '=', 'i.id').onRef('v.version', '=', 'i.current_version'))
    .select([
      'i.id',
      'i.organisation_id',
      'i.item_key',
      'i.section',
      'i.published',
      'i.current_version',
      'v.title_th',
      'v.title_en',
      'v.fiscal_year',
      'v.created_at',
      'v.body_html',
      sql<number>`ts_rank(to_tsvector('simple', i.search_text), plainto_tsquery('simple', ${words}))`.as('rank'),
    ])
    .orderBy('rank', 'desc')
    .orderBy('v.created_at', 'desc')
    .orderBy('i.id')
    .limit(q.limit)
    .offset(q.offset)
    .execute()
  return {
    total: Number(n),
    hits: rows.map((r) => ({
      id: r.id,
      organisationId: r.organisation_id,
      itemKey: r.item_key,
      section: r.section,
      published: r.published,
      version: r.current_version,
      titleTh: r.title_th,
      titleEn: r.title_en,
      fiscalYear: r.fiscal_year,
      responsible: null,
      updatedAt: r.created_at,
      bodyHtml: r.body_html,
    })),
  }
}
