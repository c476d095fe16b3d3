import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    globalSetup: ['test/support/global-setup.ts'],
    // LibreOffice conversions and real processes can take tens of seconds on a loaded 2-core CI machine.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // Each file opens its own database (PGlite costs ~250 MB): two at a time fits the 2-core machines.
    maxWorkers: 2,
    pool: 'forks',
  },
})
