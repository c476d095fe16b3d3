import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { ConfigError, loadConfig, type Config } from '../config.ts'
import { connect, type DatabaseHandle } from '../db/connect.ts'
import { DataDirLockedError } from '../db/data-dir-lock.ts'

/**
 * Shared start-up for operator commands (`npm run audit:verify`, …): the same configuration
 * and database as the app, and one exit code per way of failing so scripts can tell them apart.
 */
export const EXIT = { ok: 0, failed: 1, dataError: 65, noInput: 66, software: 70, cannotCreate: 73, locked: 75, config: 78 } as const

/** A failure the operator can act on: its message is printed as-is, without a stack trace. */
export class CommandExit extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message)
  }
}

export async function openCommandDatabase(
  env: Record<string, string | undefined> = process.env,
  options: { mayCreate?: boolean } = {},
): Promise<DatabaseHandle & { baseUrl: string; config: Config }> {
  let config
  try {
    config = loadConfig(env)
  } catch (err) {
    if (err instanceof ConfigError) throw new CommandExit(EXIT.config, err.message)
    throw err
  }
  // Opening a folder that holds no database would create an empty one, and a check of an
  // empty database "passes": a mistyped DATA_DIR must fail loudly instead.
  if (!options.mayCreate && !config.databaseUrl && !existsSync(join(config.dataDir, 'pgdata'))) {
    throw new CommandExit(
      EXIT.noInput,
      `ไม่พบฐานข้อมูลในโฟลเดอร์ ${config.dataDir} — ตรวจสอบค่า DATA_DIR หรือ DATABASE_URL\n` +
        `No database found in ${config.dataDir}. Check DATA_DIR, or set DATABASE_URL for a PostgreSQL server.`,
    )
  }
  try {
    return { ...(await connect(config)), baseUrl: config.baseUrl, config }
  } catch (err) {
    // The embedded database allows one process at a time: while the app runs, it holds the folder.
    if (err instanceof DataDirLockedError) throw new CommandExit(EXIT.locked, err.message)
    throw err
  }
}

/** Runs a command's body and turns its outcome into the process exit code. */
export function runCommand(body: () => Promise<number>): void {
  body().then(
    (code) => {
      process.exitCode = code
    },
    (err: unknown) => {
      if (err instanceof CommandExit) {
        console.error(err.message)
        process.exitCode = err.exitCode
        return
      }
      console.error('คำสั่งทำงานไม่สำเร็จ / The command failed:', err)
      process.exitCode = EXIT.software
    },
  )
}

/** The one file option of a command (`--out FILE`, `--in FILE`), as an absolute path; the usage line otherwise. */
export function parseOption(name: string, usage: string, args: string[] = process.argv.slice(2)): string {
  let value: string | undefined
  try {
    const parsed = parseArgs({ args, options: { [name]: { type: 'string' } } }).values[name]
    value = typeof parsed === 'string' ? parsed : undefined
  } catch {
    value = undefined
  }
  if (!value) throw new CommandExit(EXIT.failed, usage)
  return resolve(value)
}
