import type { TestProject } from 'vitest/node'
import { chromium } from 'playwright-core'
import { buildTemplate } from './template-db.ts'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    templateLocation: string
    /** A Chromium every browser test connects to, or '' (each file then starts its own). */
    chromiumEndpoint: string
  }
}

/** Migrating and seeding once, then copying, keeps each test file's database at ~0.3 s. */
export default async function setup(project: TestProject) {
  // Chromium takes seconds to start on a busy machine: once a run instead of once a file, when
  // asked (CI: a run with every browser test); a run of a few files does without.
  const shared = process.env.PRONGSAI_SHARED_CHROMIUM === '1'
  const [template, server] = await Promise.all([buildTemplate(), shared ? chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }) : undefined])
  project.provide('templateLocation', template)
  project.provide('chromiumEndpoint', server?.wsEndpoint() ?? '')
  return async () => {
    await server?.close()
  }
}
