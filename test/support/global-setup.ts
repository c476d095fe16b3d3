import type { TestProject } from 'vitest/node'
import { buildTemplate } from './template-db.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    templateLocation: string
  }
}

/** Migrating and seeding once, then copying, keeps each test file's database at ~0.3 s. */
export default async function setup(project: TestProject) {
  project.provide('templateLocation', await buildTemplate())
}
