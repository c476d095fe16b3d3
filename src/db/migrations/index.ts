import type { Migration } from 'kysely'
import * as foundation from './2026-11-22T0000-foundation.ts'

/** Every migration in order; the key is its permanent name in kysely_migration. */
export const migrations: Record<string, Migration> = {
  '2026-11-22T0000-foundation': foundation,
}
