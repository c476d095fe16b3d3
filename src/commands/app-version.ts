import { readFileSync } from 'node:fs'

/** The version in package.json, recorded in backups so a restore can say where a file came from. */
export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string }
  return pkg.version ?? 'unknown'
}
