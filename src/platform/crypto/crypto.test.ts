import { describe, expect, it } from 'vitest'
import { decryptBytes, decryptJson, encryptBytes, encryptJson, generateKeyPair, newDataKey, openSealed, sealForRecipient } from './envelope.ts'
import { keyFromPassword, newSalt, receiptSecrets, unwrapPrivateKey, wrapPrivateKey } from './key-wrapping.ts'

describe('envelope encryption', () => {
  it('lets each named reader, and only them, open a record’s data key', () => {
    const alice = generateKeyPair()
    const bob = generateKeyPair()
    const mallory = generateKeyPair()
    const key = newDataKey()
    const secret = encryptJson(key, { name: 'นางสาวผู้ร้อง กล้าหาญ', phone: '081 234 5678' }, 'complaint:1:identity')
    const forAlice = sealForRecipient(key, alice.publicKey, 'complaint:1')
    const forBob = sealForRecipient(key, bob.publicKey, 'complaint:1')
    expect(decryptJson(openSealed(forAlice, alice.privateKey, 'complaint:1'), secret, 'complaint:1:identity')).toEqual({ name: 'นางสาวผู้ร้อง กล้าหาญ', phone: '081 234 5678' })
    expect(openSealed(forBob, bob.privateKey, 'complaint:1').equals(key)).toBe(true)
    expect(() => openSealed(forAlice, mallory.privateKey, 'complaint:1')).toThrow()
    expect(secret).not.toContain('ผู้ร้อง')
  })

  it('refuses a ciphertext moved to another record or tampered with', () => {
    const key = newDataKey()
    const secret = encryptJson(key, { a: 1 }, 'complaint:1:identity')
    expect(() => decryptJson(key, secret, 'complaint:2:identity')).toThrow()
    const parts = secret.split('.')
    const body = Buffer.from(parts[3]!, 'base64')
    body[0] = body[0]! ^ 1
    expect(() => decryptJson(key, [parts[0], parts[1], parts[2], body.toString('base64')].join('.'), 'complaint:1:identity')).toThrow()
  })
})

describe('keys that come from secrets people hold', () => {
  it('keeps a private key usable only with the right password', async () => {
    const pair = generateKeyPair()
    const salt = newSalt()
    const wrapped = wrapPrivateKey(pair.privateKey, await keyFromPassword('a-long-passphrase', salt), 'user-1')
    expect(unwrapPrivateKey(wrapped, await keyFromPassword('a-long-passphrase', salt), 'user-1')).toBe(pair.privateKey)
    const wrong = await keyFromPassword('wrong-passphrase', salt)
    expect(() => unwrapPrivateKey(wrapped, wrong, 'user-1')).toThrow()
  })

  it('derives the same look-up hash every time, differently per deployment, and a key that is not the hash', async () => {
    const saltA = Buffer.alloc(16, 1)
    const saltB = Buffer.alloc(16, 2)
    const a1 = await receiptSecrets('ABCD0123EFGH4567', saltA)
    const a2 = await receiptSecrets('ABCD0123EFGH4567', saltA)
    expect(a2.lookupHash).toBe(a1.lookupHash)
    expect(a2.key.equals(a1.key)).toBe(true)
    expect((await receiptSecrets('ABCD0123EFGH4567', saltB)).lookupHash).not.toBe(a1.lookupHash)
    expect((await receiptSecrets('ABCD0123EFGH4568', saltA)).lookupHash).not.toBe(a1.lookupHash)
    expect(a1.lookupHash).toMatch(/^[0-9a-f]{64}$/)
    expect(a1.key.length).toBe(32)
    expect(a1.lookupHash).not.toContain(a1.key.toString('hex').slice(0, 16))
  })

  it('encrypts files bound to their record', () => {
    const key = newDataKey()
    const sealed = encryptBytes(key, Buffer.from('%PDF-1.4 evidence'), 'att:1')
    expect(decryptBytes(key, sealed, 'att:1').toString()).toBe('%PDF-1.4 evidence')
    expect(() => decryptBytes(key, sealed, 'att:2')).toThrow()
    expect(sealed.includes(Buffer.from('evidence'))).toBe(false)
  })
})
