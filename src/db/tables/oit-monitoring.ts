// Table types of this feature (see ../tables.ts), from the migration 2026-12-04T1400-oit-monitoring.
import type { Generated } from 'kysely'

export interface OitMonitoringNoticesTable {
  id: Generated<string>
  user_id: string
  organisation_id: string
  scheme: string
  fiscal_year: number
  item_code: string
  state: string
  sent_at: Date
}

export interface OitMonitoringTables {
  oit_monitoring_notices: OitMonitoringNoticesTable
}
