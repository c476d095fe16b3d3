import { sql, type Kysely } from 'kysely'
import type { Database, NewOrganisation, Organisation, OrganisationUpdate } from '../../db/tables.ts'
import type { OrgPath } from '../../platform/auth/policy.ts'

export type OrganisationSummary = Pick<Organisation, 'id' | 'parent_id' | 'slug' | 'kind' | 'name_th' | 'name_en'>
const SUMMARY = ['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en'] as const
export type OrganisationDetails = Organisation & { has_logo: boolean }

export async function listAllOrganisations(db: Kysely<Database>): Promise<OrganisationSummary[]> {
  return db.selectFrom('organisations').select(SUMMARY).execute()
}

export async function findOrganisationBySlug(db: Kysely<Database>, slug: string): Promise<OrganisationDetails | undefined> {
  return db.selectFrom('organisations').selectAll().select(sql<boolean>`logo_file_id IS NOT NULL`.as('has_logo')).where('slug', '=', slug).executeTakeFirst()
}

export async function findOrganisationById(db: Kysely<Database>, id: string): Promise<OrganisationDetails | undefined> {
  return db.selectFrom('organisations').selectAll().select(sql<boolean>`logo_file_id IS NOT NULL`.as('has_logo')).where('id', '=', id).executeTakeFirst()
}

/** The stored logo's file id (the file service holds the bytes). */
export async function findLogoFileId(db: Kysely<Database>, slug: string): Promise<string | null> {
  const r = await db.selectFrom('organisations').select('logo_file_id').where('slug', '=', slug).executeTakeFirst()
  return r?.logo_file_id ?? null
}

/** [self, parent, grandparent, …]: what the pure policy functions need. */
export async function organisationPath(db: Kysely<Database>, id: string): Promise<OrgPath | null> {
  const rows = await sql<{ id: string; depth: number }>`
    WITH RECURSIVE up(id, parent_id, depth) AS (
      SELECT id, parent_id, 0 FROM organisations WHERE id = ${id}
      UNION ALL
      SELECT o.id, o.parent_id, up.depth + 1 FROM organisations o JOIN up ON o.id = up.parent_id WHERE up.depth < 20
    )
    SELECT id, depth FROM up ORDER BY depth`.execute(db)
  return rows.rows.length ? rows.rows.map((r) => r.id) : null
}

/** Every organisation below the given ones (not including them). */
export async function descendantIds(db: Kysely<Database>, rootIds: readonly string[]): Promise<string[]> {
  if (rootIds.length === 0) return []
  const rows = await sql<{ id: string }>`
    WITH RECURSIVE down(id, depth) AS (
      SELECT id, 0 FROM organisations WHERE parent_id = ANY(${rootIds as string[]}::uuid[])
      UNION ALL
      SELECT o.id, down.depth + 1 FROM organisations o JOIN down ON o.parent_id = down.id WHERE down.depth < 20
    )
    SELECT DISTINCT id FROM down`.execute(db)
  return rows.rows.map((r) => r.id)
}

export async function insertOrganisation(db: Kysely<Database>, values: NewOrganisation): Promise<Organisation> {
  return db.insertInto('organisations').values(values).returningAll().executeTakeFirstOrThrow()
}

export async function updateOrganisation(db: Kysely<Database>, id: string, values: OrganisationUpdate): Promise<void> {
  await db.updateTable('organisations').set(values).where('id', '=', id).execute()
}

export async function slugTaken(db: Kysely<Database>, slug: string, exceptId?: string): Promise<boolean> {
  let q = db.selectFrom('organisations').select('id').where('slug', '=', slug)
  if (exceptId) q = q.where('id', '<>', exceptId)
  return !!(await q.executeTakeFirst())
}

export async function setLogo(db: Kysely<Database>, id: string, fileId: string | null, now: Date): Promise<void> {
  await db.updateTable('organisations').set({ logo_file_id: fileId, updated_at: now }).where('id', '=', id).execute()
}

export type PublicOrganisationRecord = Omit<OrganisationDetails, 'created_at' | 'updated_at' | 'logo_file_id' | 'require_staff_totp'> & {
  parent_slug: string | null
}

function publicOrganisationQuery(db: Kysely<Database>) {
  return db
    .selectFrom('organisations as o')
    .leftJoin('organisations as p', 'p.id', 'o.parent_id')
    .select([
      'o.id',
      'o.parent_id',
      'o.slug',
      'o.kind',
      'o.name_th',
      'o.name_en',
      'o.address',
      'o.phone',
      'o.email',
      'o.website',
      'p.slug as parent_slug',
      sql<boolean>`o.logo_file_id IS NOT NULL`.as('has_logo'),
    ])
}

/** Everything about every organisation that is public by nature (names, contacts, place in the tree). */
export async function listPublicOrganisationRecords(db: Kysely<Database>, filter: { parentSlug?: string } = {}): Promise<PublicOrganisationRecord[]> {
  let q = publicOrganisationQuery(db)
  if (filter.parentSlug !== undefined) q = q.where('p.slug', '=', filter.parentSlug)
  return q.execute()
}

export async function findPublicOrganisationRecord(db: Kysely<Database>, slug: string): Promise<PublicOrganisationRecord | undefined> {
  return publicOrganisationQuery(db).where('o.slug', '=', slug).executeTakeFirst()
}

/**
 * Organisations whose Thai or English name contains `text` (case aside), the most specific first
 * (shortest name), within `scopeIds` when given: what search offers before documents.
 */
export async function findOrganisationsByName(db: Kysely<Database>, text: string, scopeIds: readonly string[] | null, limit: number): Promise<OrganisationSummary[]> {
  const needle = text.toLowerCase()
  if (!needle || (scopeIds && scopeIds.length === 0)) return []
  // strpos, not LIKE: the text is taken literally (no % or _ wildcards to escape).
  let q = db
    .selectFrom('organisations')
    .select(SUMMARY)
    .where(sql<boolean>`(strpos(lower(name_th), ${needle}) > 0 OR strpos(lower(name_en), ${needle}) > 0)`)
  if (scopeIds) q = q.where('id', 'in', [...scopeIds])
  return q.orderBy(sql`length(name_th)`).orderBy('name_th').limit(limit).execute()
}
