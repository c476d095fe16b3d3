// Table types of this feature (see ../tables.ts), from the migration 2026-11-22T1600-public-generations.
import type { ColumnType } from 'kysely'
import type { UpdatedAt } from '../column-types.ts'

export interface PublicGenerationsTable {
  scope: string
  generation: ColumnType<string, string | number | undefined, string | number>
  updated_at: UpdatedAt
}

export interface PublicContentTables {
  public_generations: PublicGenerationsTable
}
