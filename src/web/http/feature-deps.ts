import type { Kysely } from 'kysely'
import type { Config } from '../../config.ts'
import type { Database } from '../../db/tables.ts'
import type { Engine } from '../../db/connect.ts'
import type { PublicPageCache } from './public-page-cache.ts'

// Lives beside the HTTP layer, not in app.ts, so features never import the composition root.

export type AppDeps = {
  db: Kysely<Database>
  engine: Engine
  config: Config
  clock: () => Date
  /** Where log lines go (stdout by default); tests read them to prove nothing private is logged. */
  logStream?: NodeJS.WritableStream
}

/** What every feature's route plugin receives. */
export type FeatureDeps = AppDeps & { secureCookies: boolean; publicPages: PublicPageCache }
