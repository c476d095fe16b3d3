import { sql, type Kysely } from 'kysely'
import type { Database, NewOrganisation, Organisation, OrganisationUpdate } from '../../db/tables.ts'
import type { OrgPath } from '../../platform/auth/policy.ts'

export type OrganisationSummary = Pick<Organisation, 'id' | 'parent_id' | 'slug' | 'kind' | 'name_th' | 'name_en'>
const SUMMARY = ['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en'] as const
export type OrganisationDetails = Omit<Organisation, 'logo'> & { has_logo: boolean }

export async function listAllOrganisations(db: Kysely<Database>): Promise<OrganisationSummary[]> {
  return db.selectFrom('organisations').select(SUMMARY).execute()
}

export async function findOrganisationBySlug(db: Kysely<Database>, slug: string): Promise<OrganisationDetails | undefined> {
  return db
    .selectFrom('organisations')
    .selectAll()
    .select(sql<boolean>`logo IS NOT NULL`.as('has_logo'))
    .where('slug', '=', slug)
    .executeTakeFirst()
    .then((r) => (r ? stripLogo(r) : undefined))
}

export async function findOrganisationById(db: Kysely<Database>, id: string): Promise<OrganisationDetails | undefined> {
  return db
    .selectFrom('organisations')
    .selectAll()
    .select(sql<boolean>`logo IS NOT NULL`.as('has_logo'))
    .where('id', '=', id)
    .executeTakeFirst()
    .then((r) => (r ? stripLogo(r) : undefined))
}

function stripLogo<T extends { logo: Buffer | null }>(row: T): Omit<T, 'logo'> {
  const { logo: _logo, ...rest } = row
  return rest
}

export async function findLogo(db: Kysely<Database>, slug: string): Promise<{ logo: Buffer; logo_type: string } | undefined> {
  const r = await db.selectFrom('organisations').select(['logo', 'logo_type']).where('slug', '=', slug).executeTakeFirst()
  return r?.logo && r.logo_type ? { logo: r.logo, logo_type: r.logo_type } : undefined
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

export async function setLogo(db: Kysely<Database>, id: string, logo: { bytes: Buffer; type: string } | null, now: Date): Promise<void> {
  await db
    .updateTable('organisations')
    .set({ logo: logo?.bytes ?? null, logo_type: logo?.type ?? null, updated_at: now })
    .where('id', '=', id)
    .execute()
}

/** Size and type of the stored logo without reading the image itself. */
export async function logoFacts(db: Kysely<Database>, id: string): Promise<{ logo_type: string; bytes: number; sha256: string } | null> {
  const r = await db
    .selectFrom('organisations')
    .select(['logo_type', sql<number | null>`octet_length(logo)`.as('bytes'), sql<string | null>`encode(sha256(logo), 'hex')`.as('sha256')])
    .where('id', '=', id)
    .executeTakeFirst()
  return r?.logo_type && r.bytes !== null && r.sha256 ? { logo_type: r.logo_type, bytes: Number(r.bytes), sha256: r.sha256 } : null
}

export type PublicOrganisationRecord = Omit<OrganisationDetails, 'created_at' | 'updated_at' | 'logo_type' | 'require_staff_totp'> & {
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
      sql<boolean>`o.logo IS NOT NULL`.as('has_logo'),
    ])
}

/** Everything about every organisation that is public by nature (names, contacts, place in the tree). */
export async function listPublicOrganisationRecords(db: Kysely<Database>): Promise<PublicOrganisationRecord[]> {
  return publicOrganisationQuery(db).execute()
}

export async function findPublicOrganisationRecord(db: Kysely<Database>, slug: string): Promise<PublicOrganisationRecord | undefined> {
  return publicOrganisationQuery(db).where('o.slug', '=', slug).executeTakeFirst()
}
