import { Secret, TOTP } from 'otpauth'
import QRCode from 'qrcode'

const PERIOD = 30

function totpFor(secretBase32: string, label: string): TOTP {
  return new TOTP({ issuer: 'Prongsai', label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secretBase32) })
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32
}

/** The step a code matched (allowing one step of clock drift either way), or null. */
export function matchTotp(secretBase32: string, code: string, now: Date): number | null {
  const clean = code.replace(/\s/g, '')
  if (!/^\d{6}$/.test(clean)) return null
  const delta = totpFor(secretBase32, 'x').validate({ token: clean, timestamp: now.getTime(), window: 1 })
  if (delta === null) return null
  return Math.floor(now.getTime() / 1000 / PERIOD) + delta
}

export function totpCodeAt(secretBase32: string, now: Date): string {
  return totpFor(secretBase32, 'x').generate({ timestamp: now.getTime() })
}

/** The enrolment QR code as an SVG data URL: shown as an <img>, so no markup from outside enters the page. */
export async function totpQrDataUrl(secretBase32: string, email: string): Promise<string> {
  const svg = await QRCode.toString(totpFor(secretBase32, email).toString(), { type: 'svg', margin: 1 })
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
}
