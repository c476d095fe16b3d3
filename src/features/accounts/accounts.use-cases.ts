import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { consumeToken, findUsableToken, issueOneTimeToken, TOKEN_LIFETIME_HOURS } from '../../platform/auth/one-time-tokens.ts'
import { hashPassword, verifyPassword } from '../../platform/auth/passwords.ts'
import { isRole } from '../../platform/auth/roles.ts'
import { createSession, deleteSessionsOfUser, markSecondFactorDone, type SessionState } from '../../platform/auth/sessions.ts'
import { matchTotp, newTotpSecret } from '../../platform/auth/totp.ts'
import { replaceUserKeys, rewrapUserKey, unlockOrCreateUserKeys } from '../../platform/auth/user-keys.ts'
import { renderMail } from '../../platform/mail/mail-templates.ts'
import { queueMail } from '../../platform/mail/outbox.ts'
import { SIGN_IN_MESSAGES, secondFactorNeeded, totpStepAccepted } from './accounts.domain.ts'
import { SECOND_FACTOR_THROTTLE, SIGN_IN_THROTTLE, clearFailures, recordFailure, secondsBlocked, throttleKey } from '../../platform/auth/attempt-throttle.ts'
import { sharedSecret } from '../../platform/crypto/app-secrets.ts'
import { decryptWithKey, encryptWithKey } from '../../platform/crypto/envelope.ts'
import { insertJob } from '../../platform/jobs/index.ts'
import * as repo from './accounts.repository.ts'

export type AccountDeps = { db: Kysely<Database>; now: Date; ttlHours: number; baseUrl: string; /** The client address (req.ip): throttles count per account and source. */ source?: string }

export type SignInResult = { token: string; next: 'done' | 'challenge' | 'enrol' }

const actorLabel = (u: { id: string; display_name: string; email: string }) => ({ id: u.id, label: `${u.display_name} <${u.email}>` })

export async function signIn(deps: AccountDeps, input: { email: string; password: string }): Promise<SignInResult> {
  const { db, now } = deps
  // Counted per address typed AND source: the same answer whether or not the account exists, and a
  // stranger guessing from elsewhere slows only themselves, never locking the officer out.
  const key = throttleKey('sign-in', input.email.trim().toLowerCase(), deps.source ?? '')
  const waiting = await secondsBlocked(db, key, now)
  if (waiting > 0) throw new ValidationError({ email: SIGN_IN_MESSAGES.tooMany(Math.max(1, Math.ceil(waiting / 60))) })
  const user = await repo.findAccountByEmail(db, input.email)
  // verifyPassword hashes a dummy for a missing account, so both take the same time.
  const ok = await verifyPassword(user?.password_hash ?? null, input.password)
  if (!user || !ok || !user.is_active) {
    const delay = await recordFailure(db, key, now, SIGN_IN_THROTTLE)
    if (delay > 0 && user) {
      await db.transaction().execute((trx) =>
        recordAudit(trx, { actor: actorLabel(user), organisationId: null, action: 'auth.throttled', entityType: 'user', entityId: user.id, summary: { after: { wait_seconds: delay } }, at: now }),
      )
    }
    throw new ValidationError({ email: SIGN_IN_MESSAGES.wrong })
  }
  await clearFailures(db, key)
  const need = secondFactorNeeded({ totpEnabled: user.totp_enabled }, await repo.anyOrganisationRequiresTotp(db, user.id))
  const privateKey = await unlockOrCreateUserKeys(db, user.id, input.password)
  return db.transaction().execute(async (trx) => {
    await repo.setLockState(trx, user.id, 0, null, now)
    const token = await createSession(trx, { userId: user.id, now, ttlHours: deps.ttlHours, secondFactorDone: need === 'none', privateKey })
    if (need === 'none') {
      await recordAudit(trx, { actor: actorLabel(user), organisationId: null, action: 'auth.signed_in', entityType: 'user', entityId: user.id, summary: {}, at: now })
    }
    return { token, next: need === 'none' ? 'done' : need }
  })
}

/** The second step of sign-in for people who already use an authenticator app. */
export async function completeSecondFactor(deps: AccountDeps, session: SessionState, code: string): Promise<void> {
  const { db, now } = deps
  const user = await repo.findAccountById(db, session.actor.userId)
  if (!user?.totp_enabled || !user.totp_secret) throw new NotFoundError('second factor')
  // Wrong codes count per account, whatever the source: whoever is here already has the password.
  const key = throttleKey('second-factor', user.id)
  const waiting = await secondsBlocked(db, key, now)
  if (waiting > 0) throw new ValidationError({ code: SIGN_IN_MESSAGES.tooMany(Math.max(1, Math.ceil(waiting / 60))) })
  const step = matchTotp(user.totp_secret, code, now)
  if (step === null || !totpStepAccepted(step, user.totp_last_step)) {
    const delay = await recordFailure(db, key, now, SECOND_FACTOR_THROTTLE)
    if (delay > 0) {
      await db.transaction().execute((trx) =>
        recordAudit(trx, { actor: actorLabel(user), organisationId: null, action: 'auth.throttled', entityType: 'user', entityId: user.id, summary: { after: { wait_seconds: delay, factor: 'totp' } }, at: now }),
      )
    }
    throw new ValidationError({ code: SIGN_IN_MESSAGES.badCode })
  }
  await clearFailures(db, key)
  await db.transaction().execute(async (trx) => {
    await repo.recordTotpStep(trx, user.id, step)
    await markSecondFactorDone(trx, session.tokenHash)
    await recordAudit(trx, { actor: actorLabel(user), organisationId: null, action: 'auth.signed_in', entityType: 'user', entityId: user.id, summary: { note: 'with authenticator code' }, at: now })
  })
}

/** Creates (or re-shows) the secret a person scans before their first code is accepted. */
export async function beginTotpEnrolment(deps: AccountDeps, userId: string): Promise<{ secret: string; email: string }> {
  const user = await repo.findAccountById(deps.db, userId)
  if (!user) throw new NotFoundError('user')
  if (user.totp_enabled) throw new ConflictError('เปิดใช้การยืนยันตัวตนสองขั้นตอนอยู่แล้ว', 'Two-step verification is already on')
  if (user.totp_secret) return { secret: user.totp_secret, email: user.email }
  const secret = newTotpSecret()
  await repo.setTotp(deps.db, userId, { secret, enabled: false }, deps.now)
  return { secret, email: user.email }
}

/** Turns two-step verification on once the person proves their app produces the right codes. */
export async function confirmTotpEnrolment(deps: AccountDeps, userId: string, code: string, pendingSessionHash?: string): Promise<void> {
  const { db, now } = deps
  const user = await repo.findAccountById(db, userId)
  if (!user?.totp_secret || user.totp_enabled) throw new NotFoundError('enrolment')
  const step = matchTotp(user.totp_secret, code, now)
  if (step === null) throw new ValidationError({ code: SIGN_IN_MESSAGES.badCode })
  await db.transaction().execute(async (trx) => {
    await repo.setTotp(trx, userId, { secret: user.totp_secret, enabled: true, lastStep: step }, now)
    if (pendingSessionHash) await markSecondFactorDone(trx, pendingSessionHash)
    await recordAudit(trx, { actor: actorLabel(user), organisationId: null, action: 'auth.totp_enabled', entityType: 'user', entityId: userId, summary: { before: { totp_enabled: false }, after: { totp_enabled: true } }, at: now })
  })
}

export async function disableTotp(deps: AccountDeps, actor: Actor, code: string): Promise<void> {
  const { db, now } = deps
  if (await repo.anyOrganisationRequiresTotp(db, actor.userId)) {
    throw new ConflictError('หน่วยงานของคุณกำหนดให้เจ้าหน้าที่ต้องใช้การยืนยันตัวตนสองขั้นตอน จึงปิดไม่ได้', 'Your organisation requires two-step verification for staff, so it cannot be turned off')
  }
  const user = await repo.findAccountById(db, actor.userId)
  if (!user?.totp_enabled || !user.totp_secret) throw new NotFoundError('second factor')
  const step = matchTotp(user.totp_secret, code, now)
  if (step === null || !totpStepAccepted(step, user.totp_last_step)) throw new ValidationError({ code: SIGN_IN_MESSAGES.badCode })
  await db.transaction().execute(async (trx) => {
    await repo.setTotp(trx, actor.userId, { secret: null, enabled: false, lastStep: null }, now)
    await recordAudit(trx, { actor: auditActorOf(actor), organisationId: null, action: 'auth.totp_disabled', entityType: 'user', entityId: actor.userId, summary: { before: { totp_enabled: true }, after: { totp_enabled: false } }, at: now })
  })
}

export async function changePassword(deps: AccountDeps, actor: Actor, currentSessionHash: string, input: { current: string; password: string }): Promise<void> {
  const { db, now } = deps
  const user = await repo.findAccountById(db, actor.userId)
  if (!user) throw new NotFoundError('user')
  if (!(await verifyPassword(user.password_hash, input.current))) {
    throw new ValidationError({ current: { th: 'รหัสผ่านปัจจุบันไม่ถูกต้อง', en: 'Your current password is not correct' } })
  }
  const passwordHash = await hashPassword(input.password)
  await db.transaction().execute(async (trx) => {
    await repo.setPasswordHash(trx, user.id, passwordHash, now)
    await rewrapUserKey(trx, user.id, input.current, input.password)
    // Anyone else signed in as this person (a stolen session) is signed out.
    await deleteSessionsOfUser(trx, user.id, currentSessionHash)
    await recordAudit(trx, { actor: auditActorOf(actor), organisationId: null, action: 'auth.password_changed', entityType: 'user', entityId: user.id, summary: {}, at: now })
  })
}

/** Always answers the same way, so the form cannot be used to learn who has an account. */
export const PASSWORD_RESET_JOB = 'accounts.password-reset'
const RESET_PAYLOAD_SECRET = 'job-payload'

/**
 * The request does the same work for every address typed: one job holding the address sealed
 * (the jobs table is no place for a list of typed addresses). Whether an account exists is only
 * found out by the job, off the request, so neither the answer nor its timing can tell.
 */
export async function requestPasswordReset(deps: AccountDeps, email: string): Promise<void> {
  const key = await sharedSecret(deps.db, RESET_PAYLOAD_SECRET)
  const sealed = encryptWithKey(key, Buffer.from(email.trim().toLowerCase()), PASSWORD_RESET_JOB)
  await insertJob(deps.db, { kind: PASSWORD_RESET_JOB, payload: { email: sealed }, runAt: deps.now, maxAttempts: 3 }, deps.now)
}

/** The job: a reset link to an active account with that address; nothing at all otherwise. */
export async function sendPasswordReset(deps: Pick<AccountDeps, 'db' | 'now' | 'baseUrl'>, payload: unknown): Promise<{ sent: boolean }> {
  const { db, now } = deps
  const sealed = (payload as { email?: unknown } | null)?.email
  if (typeof sealed !== 'string') return { sent: false }
  const email = decryptWithKey(await sharedSecret(db, RESET_PAYLOAD_SECRET), sealed, PASSWORD_RESET_JOB).toString()
  const user = await repo.findAccountByEmail(db, email)
  if (!user || !user.is_active) return { sent: false }
  await db.transaction().execute(async (trx) => {
    const token = await issueOneTimeToken(trx, { purpose: 'password_reset', email: user.email, userId: user.id, now })
    const link = `${deps.baseUrl}/reset-password/${token}`
    const mail = renderMail('passwordReset', { name: user.display_name, link, validHours: TOKEN_LIFETIME_HOURS.password_reset })
    await queueMail(trx, { to: user.email, ...mail }, now)
    await recordAudit(trx, { actor: actorLabel(user), organisationId: null, action: 'auth.password_reset_requested', entityType: 'user', entityId: user.id, summary: {}, at: now })
  })
  return { sent: true }
}

export async function checkResetToken(deps: AccountDeps, token: string): Promise<boolean> {
  return !!(await findUsableToken(deps.db, 'password_reset', token, deps.now))
}

export async function resetPassword(deps: AccountDeps, token: string, password: string): Promise<void> {
  const { db, now } = deps
  const passwordHash = await hashPassword(password)
  await db.transaction().execute(async (trx) => {
    const t = await findUsableToken(trx, 'password_reset', token, now)
    if (!t?.userId || !(await consumeToken(trx, t.tokenHash, now))) throw new NotFoundError('reset link')
    await repo.setPasswordHash(trx, t.userId, passwordHash, now)
    await replaceUserKeys(trx, t.userId, password)
    await deleteSessionsOfUser(trx, t.userId)
    const user = await repo.findAccountById(trx, t.userId)
    await recordAudit(trx, { actor: user ? actorLabel(user) : { id: t.userId, label: t.email }, organisationId: null, action: 'auth.password_reset', entityType: 'user', entityId: t.userId, summary: { note: 'unlocked and all sessions ended' }, at: now })
  })
}

export type InvitationView = { email: string; organisationName: string; role: string; hasAccount: boolean }

export async function viewInvitation(deps: AccountDeps, token: string): Promise<InvitationView | null> {
  const t = await findUsableToken(deps.db, 'invitation', token, deps.now)
  if (!t?.organisationId || !t.role) return null
  const org = await deps.db.selectFrom('organisations').select(['name_th', 'name_en']).where('id', '=', t.organisationId).executeTakeFirst()
  if (!org) return null
  return { email: t.email, organisationName: org.name_th, role: t.role, hasAccount: !!(await repo.findAccountByEmail(deps.db, t.email)) }
}

/** Accepting creates the account (or adds the role to an existing one) and signs the person in. */
export async function acceptInvitation(deps: AccountDeps, token: string, newAccount: { displayName: string; position: string; password: string } | null): Promise<{ sessionToken: string | null }> {
  const { db, now } = deps
  const passwordHash = newAccount ? await hashPassword(newAccount.password) : null
  return db.transaction().execute(async (trx) => {
    const t = await findUsableToken(trx, 'invitation', token, now)
    if (!t?.organisationId || !t.role || !isRole(t.role)) throw new NotFoundError('invitation')
    let user = await repo.findAccountByEmail(trx, t.email)
    if (!user) {
      if (!newAccount || !passwordHash) throw new NotFoundError('invitation')
      const created = await trx
        .insertInto('users')
        .values({ email: t.email, display_name: newAccount.displayName, position: newAccount.position, password_hash: passwordHash, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow()
      user = await repo.findAccountById(trx, created.id)
      await recordAudit(trx, { actor: { id: created.id, label: `${newAccount.displayName} <${t.email}>` }, organisationId: t.organisationId, action: 'user.created', entityType: 'user', entityId: created.id, summary: { after: { email: t.email, display_name: newAccount.displayName }, note: 'accepted invitation' }, at: now })
    }
    if (!user || !(await consumeToken(trx, t.tokenHash, now))) throw new NotFoundError('invitation')
    await trx.insertInto('memberships').values({ user_id: user.id, organisation_id: t.organisationId, role: t.role, created_at: now }).onConflict((oc) => oc.doNothing()).execute()
    await recordAudit(trx, { actor: actorLabel(user), organisationId: t.organisationId, action: 'membership.granted', entityType: 'user', entityId: user.id, summary: { after: { organisation_id: t.organisationId, role: t.role }, note: 'accepted invitation' }, at: now })
    // Only a brand-new account is signed in here; an existing one signs in with its own password (and second factor).
    const privateKey = newAccount ? await unlockOrCreateUserKeys(trx, user.id, newAccount.password) : null
    const sessionToken = newAccount ? await createSession(trx, { userId: user.id, now, ttlHours: deps.ttlHours, secondFactorDone: !(await repo.anyOrganisationRequiresTotp(trx, user.id)), privateKey }) : null
    return { sessionToken }
  })
}
