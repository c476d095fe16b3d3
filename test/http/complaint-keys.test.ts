import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signIn, changePassword, resetPassword } from '../../src/features/accounts/accounts.use-cases.ts'
import { caseDetail, takeStep } from '../../src/features/complaints/complaint-handling.use-cases.ts'
import { deliverOutbox } from '../../src/platform/mail/outbox-delivery.ts'
import { ERASED_RECIPIENT, WITHHELD_RECIPIENT } from '../../src/platform/mail/outbox.ts'
import { openWithReceipt, submitComplaint, RECEIPT_PROBLEM } from '../../src/features/complaints/complaint-intake.use-cases.ts'
import type { ComplaintDraft } from '../../src/features/complaints/complaint-form.input.ts'
import { DEMO_PASSWORD } from '../../src/features/demo-data/demo-dataset.ts'
import { issueOneTimeToken } from '../../src/platform/auth/one-time-tokens.ts'
import { findSession } from '../../src/platform/auth/sessions.ts'
import { hashToken } from '../../src/platform/auth/tokens.ts'
import { openFromSession } from '../../src/platform/auth/user-keys.ts'
import { ValidationError } from '../../src/errors.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

/**
 * The life of the keys that guard a complainant's identity: made at sign-in, carried by the
 * session only in a form the database alone cannot open, kept across a password change, lost on a
 * reset and handed back by a colleague or by the complainant's next visit.
 */
let t: TestApp
const draft: ComplaintDraft = {
  intake: 'public',
  channel: 'web',
  kind: 'corruption',
  subjectText: 'งานพัสดุ',
  whatHappened: 'เรียกรับเงินเพื่อตรวจรับงานก่อสร้าง',
  happenedWhen: '',
  happenedWhere: '',
  request: '',
  anonymous: false,
  identity: { name: 'นางสาวกล้า ร้องเรียน', address: '', phone: '089 111 2222', email: '', witnesses: '' },
  wantsEmailUpdates: false,
}
const deps = () => ({ db: t.db, now: t.clock.now, baseUrl: 'http://localhost:3000' })
const accountDeps = () => ({ db: t.db, now: t.clock.now, ttlHours: 12, baseUrl: 'http://localhost:3000' })

beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => t?.close())

describe('keys to complaints', () => {
  it('signing in puts the private key in the session, encrypted so the database row alone opens nothing', async () => {
    const { token } = await signIn(accountDeps(), { email: 'wt-complaints@prongsai.test', password: DEMO_PASSWORD })
    const row = await t.db.selectFrom('sessions').select(['sealed_private_key', 'token_hash']).where('token_hash', '=', hashToken(token)).executeTakeFirstOrThrow()
    expect(row.sealed_private_key).toMatch(/^v1\./)
    const session = await findSession(t.db, token, t.clock.now)
    expect(session?.privateKey).toMatch(/^[A-Za-z0-9+/]{43}=$/)
    expect(row.sealed_private_key).not.toContain(session!.privateKey!)
    // What the database holds (the token's hash) does not open it.
    expect(openFromSession(row.token_hash, row.sealed_private_key)).toBeNull()
  })

  it('lets every complaint officer of the agency read a new complaint’s identity, and nobody else holds a key', async () => {
    const filed = await submitComplaint(deps(), { organisationId: await t.orgId('wiang-thong'), draft, evidence: [], filer: { by: 'citizen' } })
    const holders = await t.db.selectFrom('complaint_keys').innerJoin('users', 'users.id', 'complaint_keys.user_id').select('users.email').where('complaint_id', '=', filed.id).execute()
    expect(holders.map((h) => h.email).sort()).toEqual(['wt-complaints@prongsai.test', 'wt-investigator@prongsai.test'])
    const detail = await caseDetail(deps(), await t.reader('wt-complaints@prongsai.test'), filed.id, { revealIdentity: true })
    expect(detail.identity?.name).toBe('นางสาวกล้า ร้องเรียน')
  })

  it('keeps access across a password change, loses it on a reset, and gets it back when a colleague opens the case', async () => {
    const filed = await submitComplaint(deps(), { organisationId: await t.orgId('wiang-thong'), draft, evidence: [], filer: { by: 'citizen' } })
    const officer = await t.reader('wt-investigator@prongsai.test')
    const { token } = await signIn(accountDeps(), { email: 'wt-investigator@prongsai.test', password: DEMO_PASSWORD })
    await changePassword(accountDeps(), officer.actor, hashToken(token), { current: DEMO_PASSWORD, password: 'a-new-long-passphrase' })
    const afterChange = await findSession(t.db, (await signIn(accountDeps(), { email: 'wt-investigator@prongsai.test', password: 'a-new-long-passphrase' })).token, t.clock.now)
    expect((await caseDetail(deps(), { actor: officer.actor, privateKey: afterChange!.privateKey }, filed.id)).canRead).toBe(true)

    const reset = await issueOneTimeToken(t.db, { purpose: 'password_reset', email: 'wt-investigator@prongsai.test', userId: officer.actor.userId, now: t.clock.now })
    await resetPassword(accountDeps(), reset, 'after-the-reset-passphrase')
    const afterReset = await findSession(t.db, (await signIn(accountDeps(), { email: 'wt-investigator@prongsai.test', password: 'after-the-reset-passphrase' })).token, t.clock.now)
    const readerAfterReset = { actor: officer.actor, privateKey: afterReset!.privateKey }
    expect((await caseDetail(deps(), readerAfterReset, filed.id)).canRead).toBe(false)

    await caseDetail(deps(), await t.reader('wt-complaints@prongsai.test'), filed.id)
    const back = await caseDetail(deps(), readerAfterReset, filed.id, { revealIdentity: true })
    expect(back.identity?.phone).toBe('089 111 2222')
  })

  it('gives a newly appointed officer a copy when the complainant next follows up with the receipt', async () => {
    const filed = await submitComplaint(deps(), { organisationId: await t.orgId('nong-bua'), draft, evidence: [], filer: { by: 'citizen' } })
    const newcomer = await t.userId('nb-officer@prongsai.test')
    await t.db.insertInto('memberships').values({ user_id: newcomer, organisation_id: await t.orgId('nong-bua'), role: 'complaint_officer' }).execute()
    const reader = await t.reader('nb-officer@prongsai.test')
    expect((await caseDetail(deps(), reader, filed.id)).canRead).toBe(false)
    await openWithReceipt(deps(), filed.receipt.toLowerCase().replace(/-/g, ' '))
    expect((await caseDetail(deps(), reader, filed.id, { revealIdentity: true })).identity?.name).toBe('นางสาวกล้า ร้องเรียน')
  })

  it('destroys a person’s copies when their complaint-officer role is revoked', async () => {
    const filed = await submitComplaint(deps(), { organisationId: await t.orgId('wiang-thong'), draft, evidence: [], filer: { by: 'citizen' } })
    const investigator = await t.userId('wt-investigator@prongsai.test')
    const held = () => t.db.selectFrom('complaint_keys').select('user_id').where('complaint_id', '=', filed.id).where('user_id', '=', investigator).execute()
    expect(await held()).toHaveLength(1)
    await t.db.deleteFrom('memberships').where('user_id', '=', investigator).where('role', '=', 'complaint_officer').execute()
    expect(await held()).toHaveLength(0)
    await t.db.insertInto('memberships').values({ user_id: investigator, organisation_id: await t.orgId('wiang-thong'), role: 'complaint_officer' }).execute()
  })

  it('sends a named complainant their update, then erases their address from the outbox', async () => {
    const withMail: ComplaintDraft = { ...draft, identity: { ...draft.identity, email: 'kla@example.test' }, wantsEmailUpdates: true }
    const filed = await submitComplaint(deps(), { organisationId: await t.orgId('wiang-thong'), draft: withMail, evidence: [], filer: { by: 'citizen' } })
    await takeStep(deps(), await t.reader('wt-complaints@prongsai.test'), filed.id, { to: 'screening' })
    const queued = await t.db.selectFrom('outbox').select(['id', 'to_address', 'sealed_recipient']).where('erase_recipient', '=', true).where('status', '=', 'queued').execute()
    expect(queued).toHaveLength(1)
    // Withheld while it waits: a placeholder for admins, the address only encrypted.
    expect(queued[0]!.to_address).toBe(WITHHELD_RECIPIENT)
    expect(queued[0]!.sealed_recipient).toMatch(/^v1\./)
    expect(queued[0]!.sealed_recipient).not.toContain('kla@example.test')
    const sentTo: string[] = []
    await deliverOutbox({ db: t.db, clock: () => t.clock.now, from: 'test@prongsai.test', log: { warn: () => undefined }, transport: { send: async (m) => (sentTo.push(m.to), { messageId: 'x' }), close: () => undefined } })
    expect(sentTo).toContain('kla@example.test')
    const after = await t.db.selectFrom('outbox').select(['to_address', 'status', 'sealed_recipient']).where('id', '=', queued[0]!.id).executeTakeFirstOrThrow()
    expect(after).toEqual({ to_address: ERASED_RECIPIENT, status: 'sent', sealed_recipient: null })
    // Staff mail keeps its address: it is no secret and the outbox is how admins check delivery.
    expect(await t.db.selectFrom('outbox').select('id').where('to_address', '=', 'wt-complaints@prongsai.test').where('status', '=', 'sent').execute()).not.toHaveLength(0)
  })

  it('tells a malformed receipt from one that matches nothing', async () => {
    const malformed = await openWithReceipt(deps(), 'ABC').catch((e: unknown) => e)
    expect(malformed).toBeInstanceOf(ValidationError)
    expect((malformed as ValidationError).fields.receipt).toEqual(RECEIPT_PROBLEM.malformed)
    const unknown = await openWithReceipt(deps(), '0000-0000-0000-0000').catch((e: unknown) => e)
    expect((unknown as ValidationError).fields.receipt).toEqual(RECEIPT_PROBLEM.unknown)
  })
})
