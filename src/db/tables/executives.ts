// Table types of this feature (see ../tables.ts), from the migration 2026-12-04T1200-executives.
import type { ColumnType, Generated } from 'kysely'
import type { CreatedAt, UpdatedAt } from '../column-types.ts'

export interface ExecutivesTable {
  id: Generated<string>
  organisation_id: string
  group_key: string
  name_th: string
  name_en: ColumnType<string, string | undefined, string>
  position_th: string
  position_en: ColumnType<string, string | undefined, string>
  phone: ColumnType<string, string | undefined, string>
  email: ColumnType<string, string | undefined, string>
  photo_file_id: ColumnType<string | null, string | null | undefined, string | null>
  term_start: ColumnType<string | null, string | null | undefined, string | null>
  sort_order: number
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface ExecutivesTables {
  executives: ExecutivesTable
}
