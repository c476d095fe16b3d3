import type { Migration } from 'kysely'
import * as foundation from './2026-11-22T0000-foundation.ts'
import * as jobs from './2026-11-22T1017-jobs.ts'
import * as files from './2026-11-22T1130-files.ts'
import * as complaints from './2026-11-22T1500-complaints.ts'
import * as publicGenerations from './2026-11-22T1600-public-generations.ts'
import * as portal from './2026-11-22T1700-portal.ts'
import * as itaResults from './2026-11-22T1800-ita-results.ts'
import * as oit from './2026-11-22T1900-oit.ts'

/** Every migration in order; the key is its permanent name in kysely_migration. */
export const migrations: Record<string, Migration> = {
  '2026-11-22T0000-foundation': foundation,
  '2026-11-22T1017-jobs': jobs,
  '2026-11-22T1130-files': files,
  '2026-11-22T1500-complaints': complaints,
  '2026-11-22T1600-public-generations': publicGenerations,
  '2026-11-22T1700-portal': portal,
  '2026-11-22T1800-ita-results': itaResults,
  '2026-11-22T1900-oit': oit,
}
