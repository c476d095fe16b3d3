import { parseArgs } from 'node:util'
import { migrateToLatest } from '../db/migrate.ts'
import { recordAudit } from '../platform/audit/audit-log.ts'
import { SYSTEM_ACTOR } from '../platform/auth/actor.ts'
import { issueOneTimeToken } from '../platform/auth/one-time-tokens.ts'
import { CommandExit, EXIT, openCommandDatabase, runCommand } from './command-database.ts'

/**
 * The first platform administrator of a deployment without demo data. No password is
 * taken on the command line (it would stay in shell history): the command prints a
 * one-time link, valid for an hour, where the administrator chooses it.
 */
runCommand(async () => {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } })
  const email = values.email?.trim().toLowerCase() ?? ''
  const name = values.name?.trim() ?? ''
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || !name) {
    throw new CommandExit(EXIT.failed, 'ใช้ / usage: npm run create-admin -- --email admin@agency.go.th --name "ชื่อ นามสกุล"')
  }
  const handle = await openCommandDatabase(process.env, { mayCreate: true })
  try {
    await migrateToLatest(handle.db)
    const now = new Date()
    const token = await handle.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('users').select(['id', 'is_platform_admin']).where('email', '=', email).executeTakeFirst()
      const userId = existing
        ? existing.id
        : (await trx.insertInto('users').values({ email, display_name: name, is_platform_admin: true, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow()).id
      if (existing && !existing.is_platform_admin) {
        await trx.updateTable('users').set({ is_platform_admin: true, updated_at: now }).where('id', '=', userId).execute()
      }
      await recordAudit(trx, { actor: SYSTEM_ACTOR, organisationId: null, action: existing ? 'user.made_platform_admin' : 'user.created', entityType: 'user', entityId: userId, summary: { after: { email, is_platform_admin: true }, note: 'create-admin command' }, at: now })
      return issueOneTimeToken(trx, { purpose: 'password_reset', email, userId, now })
    })
    console.log(`ผู้ดูแลระบบ ${email} พร้อมแล้ว — เปิดลิงก์นี้ภายใน 1 ชั่วโมงเพื่อตั้งรหัสผ่าน (ใช้ได้ครั้งเดียว):`)
    console.log(`Administrator ${email} is ready. Open this link within 1 hour to choose a password (it works once):`)
    console.log(`${handle.baseUrl}/reset-password/${token}`)
    return EXIT.ok
  } finally {
    await handle.close()
  }
})
