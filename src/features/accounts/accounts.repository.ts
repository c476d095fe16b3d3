import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/tables.ts'

type Db = Kysely<Database> | Transaction<Database>

export type AccountRow = {
  id: string
  email: string
  display_name: string
  password_hash: string | null
  is_active: boolean
  totp_enabled: boolean
  totp_secret: string | null
  totp_last_step: number | null
  failed_logins: number
  locked_until: Date | null
}

const ACCOUNT = ['id', 'email', 'display_name', 'password_hash', 'is_active', 'totp_enabled', 'totp_secret', 'totp_last_step', 'failed_logins', 'locked_until'] as const

export async function findAccountByEmail(db: Db, email: string): Promise<AccountRow | undefined> {
  return db.selectFrom('users').select(ACCOUNT).where('email', '=', email.trim().toLowerCase()).executeTakeFirst()
}

export async function findAccountById(db: Db, id: string): Promise<AccountRow | undefined> {
  return db.selectFrom('users').select(ACCOUNT).where('id', '=', id).executeTakeFirst()
}

export async function anyOrganisationRequiresTotp(db: Db, userId: string): Promise<boolean> {
  const r = await db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select('organisations.id')
    .where('memberships.user_id', '=', userId)
    .where('organisations.require_staff_totp', '=', true)
    .limit(1)
    .executeTakeFirst()
  return !!r
}

export async function setLockState(db: Db, userId: string, failedLogins: number, lockedUntil: Date | null, now: Date): Promise<void> {
  await db.updateTable('users').set({ failed_logins: failedLogins, locked_until: lockedUntil, updated_at: now }).where('id', '=', userId).execute()
}

export async function setPasswordHash(db: Db, userId: string, passwordHash: string, now: Date): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash, failed_logins: 0, locked_until: null, updated_at: now }).where('id', '=', userId).execute()
}

export async function setTotp(db: Db, userId: string, values: { secret: string | null; enabled: boolean; lastStep?: number | null }, now: Date): Promise<void> {
  await db
    .updateTable('users')
    .set({ totp_secret: values.secret, totp_enabled: values.enabled, ...(values.lastStep !== undefined ? { totp_last_step: values.lastStep } : {}), updated_at: now })
    .where('id', '=', userId)
    .execute()
}

export async function recordTotpStep(db: Db, userId: string, step: number): Promise<void> {
  await db.updateTable('users').set({ totp_last_step: step }).where('id', '=', userId).execute()
}

export async function findMemberOrgNames(db: Db, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select(['organisations.id', 'organisations.slug', 'organisations.name_th', 'organisations.name_en', 'organisations.kind', 'memberships.role'])
    .where('memberships.user_id', '=', userId)
    .execute()
}
