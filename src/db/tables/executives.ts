// Table types of this feature (see ../tables.ts). Filled in with the migration 2026-12-04T1200-executives.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ExecutivesTables {}
