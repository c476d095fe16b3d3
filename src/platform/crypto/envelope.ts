import { createCipheriv, createDecipheriv, createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, hkdfSync, randomBytes, type KeyObject } from 'node:crypto'

/**
 * Envelope encryption for what only named people may read (a complainant's identity):
 * each record has its own random data key; the data key is sealed separately for each
 * reader's X25519 public key. Reading needs the reader's private key, which the server
 * never stores in the clear (see key-wrapping.ts).
 *
 * Formats are versioned strings so that algorithms can change without ambiguity.
 */
const AES = 'aes-256-gcm'
const SEAL_INFO = Buffer.from('prongsai/seal/v1')

export type KeyPair = { publicKey: string; privateKey: string }

/** X25519 keys as base64 of their raw 32 bytes (DER prefixes stripped), easy to store and compare. */
export function generateKeyPair(): KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('x25519')
  return {
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('base64'),
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(-32).toString('base64'),
  }
}

const SPKI_PREFIX = Buffer.from('302a300506032b656e032100', 'hex')
const PKCS8_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex')

function publicKeyObject(raw: string): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, Buffer.from(raw, 'base64')]), format: 'der', type: 'spki' })
}
function privateKeyObject(raw: string): KeyObject {
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, Buffer.from(raw, 'base64')]), format: 'der', type: 'pkcs8' })
}

export function newDataKey(): Buffer {
  return randomBytes(32)
}

/** AES-256-GCM with a random nonce; `context` is bound as associated data so a ciphertext cannot be moved to another record. */
export function encryptWithKey(key: Buffer, plaintext: Buffer, context: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv(AES, key, iv)
  cipher.setAAD(Buffer.from(context))
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()])
  return `v1.${iv.toString('base64')}.${cipher.getAuthTag().toString('base64')}.${body.toString('base64')}`
}

export function decryptWithKey(key: Buffer, sealed: string, context: string): Buffer {
  const [version, iv, tag, body] = sealed.split('.')
  if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('unknown ciphertext format')
  const decipher = createDecipheriv(AES, key, Buffer.from(iv, 'base64'))
  decipher.setAAD(Buffer.from(context))
  decipher.setAuthTag(Buffer.from(tag, 'base64'))
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()])
}

/** The binary form of encryptWithKey for files: nonce (12) | tag (16) | ciphertext. */
export function encryptBytes(key: Buffer, plaintext: Buffer, context: string): Buffer {
  const iv = randomBytes(12)
  const cipher = createCipheriv(AES, key, iv)
  cipher.setAAD(Buffer.from(context))
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body])
}

export function decryptBytes(key: Buffer, sealed: Buffer, context: string): Buffer {
  if (sealed.length < 28) throw new Error('ciphertext too short')
  const decipher = createDecipheriv(AES, key, sealed.subarray(0, 12))
  decipher.setAAD(Buffer.from(context))
  decipher.setAuthTag(sealed.subarray(12, 28))
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()])
}

export function encryptJson(key: Buffer, value: unknown, context: string): string {
  return encryptWithKey(key, Buffer.from(JSON.stringify(value), 'utf8'), context)
}

export function decryptJson<T>(key: Buffer, sealed: string, context: string): T {
  return JSON.parse(decryptWithKey(key, sealed, context).toString('utf8')) as T
}

/** Seals a data key for one reader: ephemeral X25519 agreement, HKDF, AES-GCM (an ECIES construction). */
export function sealForRecipient(dataKey: Buffer, recipientPublicKey: string, context: string): string {
  const eph = generateKeyPairSync('x25519')
  const shared = diffieHellman({ privateKey: eph.privateKey, publicKey: publicKeyObject(recipientPublicKey) })
  const ephRaw = eph.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32)
  const kek = Buffer.from(hkdfSync('sha256', shared, ephRaw, SEAL_INFO, 32))
  return `s1.${ephRaw.toString('base64')}.${encryptWithKey(kek, dataKey, context)}`
}

export function openSealed(sealed: string, recipientPrivateKey: string, context: string): Buffer {
  const [version, ephB64, ...rest] = sealed.split('.')
  if (version !== 's1' || !ephB64) throw new Error('unknown sealed-key format')
  const shared = diffieHellman({ privateKey: privateKeyObject(recipientPrivateKey), publicKey: publicKeyObject(ephB64) })
  const kek = Buffer.from(hkdfSync('sha256', shared, Buffer.from(ephB64, 'base64'), SEAL_INFO, 32))
  return decryptWithKey(kek, rest.join('.'), context)
}
