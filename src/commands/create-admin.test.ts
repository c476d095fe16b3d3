import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, expect, it } from 'vitest'
import { openPglite } from '../db/connect.ts'
import { findUsableToken } from '../platform/auth/one-time-tokens.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'prongsai-admin-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/commands/create-admin.ts', ...args], { cwd: root, env: { PATH: process.env.PATH, DATA_DIR: dir, BASE_URL: 'https://prongsai.example.go.th' }, encoding: 'utf8' })

it('creates the first platform administrator of an empty deployment and prints a one-time link to set the password', async () => {
  const r = run('--email', 'Chief@Agency.go.th', '--name', 'นางสาวหัวหน้า ระบบ')
  expect(r.status).toBe(0)
  const token = /https:\/\/prongsai\.example\.go\.th\/reset-password\/([A-Za-z0-9_-]+)/.exec(r.stdout)![1]!
  const handle = await openPglite(dir)
  try {
    const user = await handle.db.selectFrom('users').selectAll().where('email', '=', 'chief@agency.go.th').executeTakeFirstOrThrow()
    expect(user.is_platform_admin).toBe(true)
    expect(user.password_hash).toBeNull()
    expect(await findUsableToken(handle.db, 'password_reset', token, new Date())).not.toBeNull()
    expect(await handle.db.selectFrom('organisations').select('id').execute()).toEqual([])
  } finally {
    await handle.close()
  }
})

it('explains its usage in Thai and English when the e-mail or name is missing', () => {
  const r = run('--email', 'not-an-email')
  expect(r.status).toBe(1)
  expect(r.stderr).toContain('usage: npm run create-admin')
})
