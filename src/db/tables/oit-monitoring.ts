// Table types of this feature (see ../tables.ts). Filled in with the migration 2026-12-04T1400-oit-monitoring.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface OitMonitoringTables {}
