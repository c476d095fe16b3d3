/**
 * The receipt a complainant keeps to follow their case. 16 characters from a 32-letter
 * alphabet without look-alikes (no I, L, O, U) give 80 random bits: not guessable, yet
 * short enough to copy onto paper as four groups of four.
 */
export const RECEIPT_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
export const RECEIPT_LENGTH = 16

/** Builds a receipt from random bytes (the caller supplies at least 16 of them). */
export function receiptFromBytes(bytes: Uint8Array): string {
  if (bytes.length < RECEIPT_LENGTH) throw new RangeError('need 16 random bytes')
  let s = ''
  for (let i = 0; i < RECEIPT_LENGTH; i++) s += RECEIPT_ALPHABET[bytes[i]! & 31]
  return formatReceipt(s)
}

export function formatReceipt(compact: string): string {
  return compact.match(/.{1,4}/g)!.join('-')
}

/**
 * Reads what a person typed: any case, spaces or dashes, and the letters people confuse
 * with digits (O for 0, I and L for 1). Returns the compact form, or null if it cannot be a receipt.
 */
export function normaliseReceipt(input: string): string | null {
  const s = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
  if (s.length !== RECEIPT_LENGTH) return null
  for (const ch of s) if (!RECEIPT_ALPHABET.includes(ch)) return null
  return s
}
