/**
 * Sign-in rules, pure. Five wrong passwords lock the account for fifteen minutes:
 * enough to stop guessing, short enough that a real officer is not stuck for a day.
 */
export const MAX_FAILED_SIGN_INS = 5
export const LOCK_MINUTES = 15

export type LockState = { failedLogins: number; lockedUntil: Date | null }

export function isLocked(state: LockState, now: Date): boolean {
  return !!state.lockedUntil && state.lockedUntil > now
}

export function afterFailedSignIn(state: LockState, now: Date): LockState & { justLocked: boolean } {
  // A lock that has run out starts a fresh count.
  const base = state.lockedUntil && state.lockedUntil <= now ? 0 : state.failedLogins
  const failedLogins = base + 1
  if (failedLogins >= MAX_FAILED_SIGN_INS) {
    return { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000), justLocked: true }
  }
  return { failedLogins, lockedUntil: null, justLocked: false }
}

export function minutesLeft(lockedUntil: Date, now: Date): number {
  return Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000))
}

/** Two-factor is needed when the person turned it on or any of their organisations requires it. */
export function secondFactorNeeded(user: { totpEnabled: boolean }, anyOrganisationRequires: boolean): 'challenge' | 'enrol' | 'none' {
  if (user.totpEnabled) return 'challenge'
  return anyOrganisationRequires ? 'enrol' : 'none'
}

/** TOTP codes are 30-second steps; a step once used is refused so a shoulder-surfed code cannot be replayed. */
export function totpStepAccepted(step: number, lastUsedStep: number | null): boolean {
  return lastUsedStep === null || step > lastUsedStep
}

export const SIGN_IN_MESSAGES = {
  wrong: { th: 'อีเมลหรือรหัสผ่านไม่ถูกต้อง', en: 'The email or password is not correct' },
  locked: (minutes: number) => ({
    th: `บัญชีนี้ถูกระงับชั่วคราวเพราะใส่รหัสผ่านผิดหลายครั้ง กรุณารอ ${minutes} นาทีแล้วลองใหม่ หรือตั้งรหัสผ่านใหม่ผ่านลิงก์ "ลืมรหัสผ่าน"`,
    en: `This account is locked for ${minutes} minutes after too many wrong passwords. Wait and try again, or reset your password with "Forgot your password".`,
  }),
  tooMany: (minutes: number) => ({
    th: `มีการพยายามเข้าสู่ระบบผิดหลายครั้ง กรุณารอ ${minutes} นาทีแล้วลองใหม่ หรือตั้งรหัสผ่านใหม่ผ่านลิงก์ "ลืมรหัสผ่าน"`,
    en: `Too many wrong attempts. Wait ${minutes} minutes and try again, or reset your password with "Forgot your password".`,
  }),
  badCode: { th: 'รหัสยืนยันไม่ถูกต้องหรือหมดอายุ กรุณาใส่รหัส 6 หลักล่าสุดจากแอปยืนยันตัวตน', en: 'The code is wrong or has expired. Enter the latest 6-digit code from your authenticator app' },
} as const
