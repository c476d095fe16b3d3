import { configDefaults, defineConfig } from 'vitest/config'

/**
 * Files that always run on an embedded PGlite data folder of their own (they start the app or an
 * operator command as a process with DATA_DIR and no DATABASE_URL): the same work on either run.
 * `.ci/run` sets PRONGSAI_EMBEDDED_ONLY_ELSEWHERE for its PostgreSQL run so they run once, in the
 * PGlite run; a developer's `npm test` with DATABASE_URL set still runs them.
 */
const EMBEDDED_ONLY = [
  'src/commands/backup-restore.test.ts',
  'src/commands/create-admin.test.ts',
  'src/commands/verify-audit.test.ts',
  'test/process/startup.test.ts',
]

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    exclude: [...configDefaults.exclude, ...(process.env.PRONGSAI_EMBEDDED_ONLY_ELSEWHERE ? EMBEDDED_ONLY : [])],
    globalSetup: ['test/support/global-setup.ts'],
    // LibreOffice conversions and real processes can take tens of seconds on a loaded 2-core CI machine.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // Each file opens its own database (PGlite costs ~250 MB): two at a time fits the 2-core machines.
    maxWorkers: 2,
    pool: 'forks',
  },
})
