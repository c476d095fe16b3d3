// Table types of this feature (see ../tables.ts), from the migration 2026-11-22T1700-portal.
import type { ColumnType, Generated } from 'kysely'
import type { CreatedAt, UpdatedAt } from '../column-types.ts'

export interface PortalCountersTable {
  organisation_id: string
  section: string
  last_number: number
}

export interface PortalItemsTable {
  id: Generated<string>
  organisation_id: string
  section: string
  number: number
  item_key: string
  published: ColumnType<boolean, boolean | undefined, boolean>
  published_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
  current_version: ColumnType<number, number | undefined, number>
  search_text: ColumnType<string, string | undefined, string>
  created_by: ColumnType<string | null, string | null | undefined, string | null>
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export type PortalLink = { label: string; url: string }

export interface PortalItemVersionsTable {
  item_id: string
  version: number
  title_th: string
  title_en: ColumnType<string, string | undefined, never>
  body_source: ColumnType<string, string | undefined, never>
  body_html: ColumnType<string, string | undefined, never>
  links: ColumnType<PortalLink[], string | undefined, never>
  fiscal_year: ColumnType<number | null, number | null | undefined, never>
  responsible_user_id: ColumnType<string | null, string | null | undefined, never>
  created_by: ColumnType<string | null, string | null | undefined, never>
  created_at: ColumnType<Date, Date | string, never>
}

export interface PortalVersionFilesTable {
  item_id: string
  version: number
  position: number
  file_id: string
}

export interface PortalTables {
  portal_counters: PortalCountersTable
  portal_items: PortalItemsTable
  portal_item_versions: PortalItemVersionsTable
  portal_version_files: PortalVersionFilesTable
}
