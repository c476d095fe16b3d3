// Table types of the security hardening (see ../tables.ts), from the migration 2026-12-07T1000-security.
import type { ColumnType, Generated } from 'kysely'

export interface RoleApprovalsTable {
  id: Generated<string>
  user_id: string
  organisation_id: string
  role: string
  requested_by: string
  requested_at: ColumnType<Date, Date, Date>
  status: ColumnType<'pending' | 'approved' | 'refused', 'pending' | undefined, 'approved' | 'refused'>
  decided_by: ColumnType<string | null, string | null | undefined, string | null>
  decided_at: ColumnType<Date | null, Date | null | undefined, Date | null>
}

export interface AbuseCountersTable {
  key: string
  failures: ColumnType<number, number | undefined, number>
  window_started_at: ColumnType<Date, Date, Date>
  blocked_until: ColumnType<Date | null, Date | null | undefined, Date | null>
}

export interface SecurityTables {
  role_approvals: RoleApprovalsTable
  abuse_counters: AbuseCountersTable
}
