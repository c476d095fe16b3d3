import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'

/**
 * Versions of public content, for the public-page cache. Areas are named by scope strings:
 * `directory` (the list of organisations) and `org:<id>` (one agency's public pages).
 */
export const DIRECTORY_SCOPE = 'directory'
export const organisationScope = (organisationId: string) => `org:${organisationId}`

type Listener = () => void
const listeners = new Set<Listener>()

/** Called (in this process) whenever a write bumps a scope, so caches here re-check at once. */
export function onPublicContentChanged(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * Marks public content as changed, inside the writer's transaction: the new generation becomes
 * visible to every instance exactly when the change itself does.
 */
export async function bumpPublicGeneration(db: Kysely<Database>, ...scopes: string[]): Promise<void> {
  for (const scope of new Set(scopes)) {
    await db
      .insertInto('public_generations')
      .values({ scope, generation: 2 })
      .onConflict((oc) => oc.column('scope').doUpdateSet({ generation: sql`public_generations.generation + 1`, updated_at: sql`now()` }))
      .execute()
  }
  for (const l of listeners) l()
}

/** The current generation of each scope asked for (1 for a scope never bumped). */
export async function readPublicGenerations(db: Kysely<Database>, scopes: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>(scopes.map((s) => [s, '1']))
  if (scopes.length === 0) return out
  const rows = await db.selectFrom('public_generations').select(['scope', 'generation']).where('scope', 'in', [...scopes]).execute()
  for (const r of rows) out.set(r.scope, String(r.generation))
  return out
}
