import { hashRaw } from '@node-rs/argon2'
import { randomBytes, scrypt as scryptCb } from 'node:crypto'
import { promisify } from 'node:util'
import { decryptWithKey, encryptWithKey } from './envelope.ts'

const scrypt = promisify(scryptCb) as (password: string, salt: Buffer, keylen: number, options: { N: number; r: number; p: number; maxmem: number }) => Promise<Buffer>

/**
 * A person's private key is kept encrypted under a key derived from their password
 * (argon2id, its own salt), so a copy of the database alone opens nothing.
 */
export function newSalt(): string {
  return randomBytes(16).toString('base64')
}

export async function keyFromPassword(password: string, salt: string): Promise<Buffer> {
  return hashRaw(password, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32, salt: Buffer.from(salt, 'base64') })
}

export function wrapPrivateKey(privateKey: string, kek: Buffer, userId: string): string {
  return encryptWithKey(kek, Buffer.from(privateKey, 'base64'), `private-key:${userId}`)
}

export function unwrapPrivateKey(wrapped: string, kek: Buffer, userId: string): string {
  return decryptWithKey(kek, wrapped, `private-key:${userId}`).toString('base64')
}

/**
 * What a complainant's receipt opens, from one slow derivation (scrypt with one salt per
 * deployment): the first half is the hash the complaint is found by; the second half is the
 * complainant's own key to their case, never stored. A stolen table cannot be searched by brute
 * force at any useful speed, and the receipt itself is never stored.
 */
export async function receiptSecrets(receipt: string, deploymentSalt: Buffer): Promise<{ lookupHash: string; key: Buffer }> {
  const out = await scrypt(receipt, deploymentSalt, 64, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 })
  return { lookupHash: out.subarray(0, 32).toString('hex'), key: Buffer.from(out.subarray(32)) }
}
