import { hash, verify } from '@node-rs/argon2'

// OWASP's argon2id baseline (19 MiB, 2 passes): ~11 ms a hash on the 2-core machines.
const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id: a const enum, not importable under verbatimModuleSyntax */, memoryCost: 19456, timeCost: 2, parallelism: 1 }

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS)
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    // Spend the same time as a real check so a missing account is not revealed by timing.
    await hash(password, OPTIONS)
    return false
  }
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

/** Password rules, pure: returns the problem or null. */
export function passwordProblem(password: string): { th: string; en: string } | null {
  if (password.length < 10) {
    return { th: 'รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร', en: 'Password must be at least 10 characters long' }
  }
  if (password.length > 200) {
    return { th: 'รหัสผ่านต้องยาวไม่เกิน 200 ตัวอักษร', en: 'Password must be at most 200 characters long' }
  }
  return null
}
