import nodemailer from 'nodemailer'
import type { SmtpFailure } from './mail-delivery.domain.ts'

export type OutgoingMessage = { from: string; to: string; subject: string; text: string }

/** What the delivery job needs from a mail server; tests may wrap it to watch what is sent. */
export type MailTransport = {
  send(message: OutgoingMessage): Promise<{ messageId: string }>
  close(): void
}

/** The error of a failed send, with the SMTP details nodemailer attaches. */
export class MailSendError extends Error {
  constructor(
    message: string,
    readonly failure: SmtpFailure,
  ) {
    super(message)
  }
}

/**
 * Whether a login rides in the URL over `smtp://`: then STARTTLS is required, not just taken when
 * offered, since someone on the path could strip the offer and read the password in clear.
 */
export function mustRequireStartTls(smtpUrl: string): boolean {
  try {
    const u = new URL(smtpUrl)
    return u.protocol === 'smtp:' && (u.username !== '' || u.password !== '')
  } catch {
    return false
  }
}

/**
 * SMTP through nodemailer: `smtp://user:pass@host:587` (STARTTLS; required when there is a login)
 * or `smtps://…:465`. Certificates are verified; a private CA can be named with `?tls.ca=<PEM>`.
 * One pooled connection, since the delivery job sends one mail at a time.
 */
export function createSmtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    requireTLS: mustRequireStartTls(smtpUrl),
    pool: true,
    maxConnections: 1,
    maxMessages: 100,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    // Mail here is plain text composed by the app: no attachment may be read from disk or fetched.
    disableFileAccess: true,
    disableUrlAccess: true,
    logger: false,
  })
  return {
    async send(m) {
      try {
        const info = await transporter.sendMail({
          from: m.from,
          to: m.to,
          subject: m.subject,
          text: m.text,
          // RFC 3834: out-of-office robots should not answer mail nobody reads.
          headers: { 'Auto-Submitted': 'auto-generated' },
        })
        return { messageId: String(info.messageId ?? '') }
      } catch (err) {
        const e = (err ?? {}) as { message?: unknown; code?: unknown; responseCode?: unknown; command?: unknown }
        throw new MailSendError(typeof e.message === 'string' ? e.message : String(err), {
          code: typeof e.code === 'string' ? e.code : undefined,
          responseCode: typeof e.responseCode === 'number' ? e.responseCode : undefined,
          command: typeof e.command === 'string' ? e.command : undefined,
        })
      }
    },
    close() {
      transporter.close()
    },
  }
}
