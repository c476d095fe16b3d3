import { afterFailure, type BackoffPolicy } from '../jobs/jobs.domain.ts'

/**
 * Pure rules of mail delivery: which SMTP failures are worth retrying, when the next try
 * is, and which strings must never be stored or logged.
 */

/** What nodemailer tells about a failure (its error's code, reply code and the command in flight). */
export type SmtpFailure = { code?: string | undefined; responseCode?: number | undefined; command?: string | undefined }

/**
 * - permanent: the server refused this message for good (a 5xx to the recipient or the data):
 *   sending it again would get the same answer.
 * - transient: this message was deferred (4xx): try it again later.
 * - unreachable: the server, or our account on it, is the problem, not the message (no
 *   connection, TLS, login, 421, a refused sender): try later and stop this run, since every
 *   other mail would meet the same wall.
 */
export type FailureKind = 'permanent' | 'transient' | 'unreachable'

const SERVER_PROBLEMS = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EREQUIRETLS', 'EPROTOCOL', 'EAUTH', 'ENOAUTH', 'EOAUTH2', 'EPROXY', 'ECONFIG', 'EMAXLIMIT'])
const MESSAGE_PROBLEMS = new Set(['EENVELOPE', 'EMESSAGE'])

export function classifySmtpFailure(f: SmtpFailure): FailureKind {
  if (f.code && SERVER_PROBLEMS.has(f.code)) return 'unreachable'
  if (f.responseCode === 421) return 'unreachable'
  // A refused sender is our configuration (MAIL_FROM), not the recipient's mailbox.
  if (f.command === 'MAIL FROM' && f.responseCode !== undefined) return 'unreachable'
  if (f.responseCode !== undefined) {
    // 503 "bad sequence" is the session's state, not a verdict on the message (RFC 5321).
    return f.responseCode >= 500 && f.responseCode < 600 && f.responseCode !== 503 ? 'permanent' : 'transient'
  }
  // Refused before anything was sent (an address nodemailer cannot parse, a message too large).
  if (f.code && MESSAGE_PROBLEMS.has(f.code)) return 'permanent'
  return 'transient'
}

/** Most of a day of trying (a mail server down overnight): 2, 4, 8 … minutes apart, at most 4 hours, with jitter. */
export const MAIL_MAX_ATTEMPTS = 12
export const MAIL_BACKOFF: BackoffPolicy = { baseMs: 2 * 60_000, maxMs: 4 * 3_600_000 }

export type AfterMailFailure = { status: 'failed' } | { status: 'queued'; nextAttemptAt: Date }

/** `attempts` counts the attempt that just failed. */
export function afterMailFailure(kind: FailureKind, attempts: number, now: Date, random: number): AfterMailFailure {
  if (kind === 'permanent') return { status: 'failed' }
  const next = afterFailure({ attempts, maxAttempts: MAIL_MAX_ATTEMPTS }, now, random, MAIL_BACKOFF)
  return next.status === 'failed' ? next : { status: 'queued', nextAttemptAt: next.runAt }
}

/**
 * Every form in which the SMTP password could surface in an error text: as typed, as written
 * in the URL (percent-encoded), and base64-encoded as AUTH LOGIN / PLAIN send it.
 */
export function smtpSecrets(smtpUrl: string): string[] {
  let url: URL
  try {
    url = new URL(smtpUrl)
  } catch {
    return [smtpUrl]
  }
  const raw = url.password
  if (!raw) return [smtpUrl]
  let decoded = raw
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    // keep the encoded form only
  }
  const user = (() => {
    try {
      return decodeURIComponent(url.username)
    } catch {
      return url.username
    }
  })()
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64')
  return [...new Set([smtpUrl, raw, decoded, b64(decoded), b64(`\u0000${user}\u0000${decoded}`)])]
}

/** The server's address as it may be shown and logged: scheme, host and port, never the login. */
export function smtpServerLabel(smtpUrl: string): string {
  try {
    const u = new URL(smtpUrl)
    return `${u.protocol}//${u.host}`
  } catch {
    return 'smtp'
  }
}
