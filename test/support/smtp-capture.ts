import type { AddressInfo } from 'node:net'
import { SMTPServer, type SMTPServerOptions } from 'smtp-server'

/** A message as the server received it, with the headers and body decoded the way a mail client would. */
export type CapturedMail = {
  envelopeFrom: string
  envelopeTo: string[]
  headers: Map<string, string>
  subject: string
  text: string
  raw: string
  /** Whether the message came over TLS (STARTTLS or implicit TLS). */
  secure: boolean
  /** The user who logged in, if anyone did. */
  user: string | null
}

/** What the server answers to a recipient: null accepts; otherwise an SMTP reply code and text. */
export type RecipientRule = (address: string, attempt: number) => { code: number; message: string } | null

export type SmtpCapture = {
  port: number
  /** `smtp://127.0.0.1:<port>` (`smtps://` for implicit TLS), with the login if one was asked for. */
  url: string
  messages: CapturedMail[]
  /** Recipients as offered, accepted or not, in order. */
  offered: string[]
  /** Every login tried, with whether the connection was encrypted at that moment. */
  logins: { user: string; secure: boolean }[]
  close(): Promise<void>
}

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code })
}

/**
 * A real SMTP server on 127.0.0.1 (random port) that keeps what it receives. `rules` decides
 * per recipient; `login` makes it demand AUTH with those credentials (or refuse every login).
 */
export async function startSmtpCapture(
  options: {
    rules?: RecipientRule
    login?: { user: string; pass: string; refuse?: boolean }
    delayMs?: number
    /** 'starttls' offers STARTTLS on a plain port (and takes a login only after it); 'implicit' speaks TLS from the first byte (smtps). */
    tls?: { mode: 'starttls' | 'implicit'; key: string; cert: string }
  } = {},
): Promise<SmtpCapture> {
  const messages: CapturedMail[] = []
  const offered: string[] = []
  const logins: { user: string; secure: boolean }[] = []
  const attempts = new Map<string, number>()
  const serverOptions: SMTPServerOptions = {
    logger: false,
    disabledCommands: [...(options.tls ? [] : ['STARTTLS']), ...(options.login ? [] : ['AUTH'])],
    authOptional: !options.login,
    // Over TLS a login is taken only once the connection is encrypted, as a real server would.
    allowInsecureAuth: !options.tls,
    ...(options.tls ? { key: options.tls.key, cert: options.tls.cert, secure: options.tls.mode === 'implicit' } : {}),
    size: 10 * 1024 * 1024,
    onAuth(auth, session, callback) {
      logins.push({ user: auth.username ?? '', secure: session.secure })
      const l = options.login
      if (l && !l.refuse && auth.username === l.user && auth.password === l.pass) return callback(null, { user: auth.username })
      callback(smtpError(535, 'Authentication credentials invalid'))
    },
    onRcptTo(address, _session, callback) {
      const n = (attempts.get(address.address) ?? 0) + 1
      attempts.set(address.address, n)
      offered.push(address.address)
      const verdict = options.rules?.(address.address, n) ?? null
      const answer = () => (verdict ? callback(smtpError(verdict.code, verdict.message)) : callback())
      if (options.delayMs) setTimeout(answer, options.delayMs)
      else answer()
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        messages.push({
          ...parseMessage(raw),
          raw,
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          secure: session.secure,
          user: typeof session.user === 'string' ? session.user : null,
        })
        callback()
      })
    },
  }
  const server = new SMTPServer(serverOptions)
  // A client that drops the connection (one refusing our certificate, say) is not the server's failure.
  server.on('error', () => undefined)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const port = (server.server.address() as AddressInfo).port
  const auth = options.login ? `${encodeURIComponent(options.login.user)}:${encodeURIComponent(options.login.pass)}@` : ''
  return {
    port,
    url: `${options.tls?.mode === 'implicit' ? 'smtps' : 'smtp'}://${auth}127.0.0.1:${port}`,
    messages,
    offered,
    logins,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= and ?Q?), joined when only whitespace separates them. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_m, _charset: string, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    )
}

function decodeQuotedPrintable(s: string): string {
  const bytes: number[] = []
  const text = s.replace(/=\r?\n/g, '')
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(text.slice(i + 1, i + 3), 16))
      i += 2
    } else {
      bytes.push(...Buffer.from(text[i]!, 'utf8'))
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

function parseMessage(raw: string): { headers: Map<string, string>; subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n')
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ')
  const body = raw.slice(split + 4)
  const headers = new Map<string, string>()
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase()
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : body
  return { headers, subject: decodeHeader(headers.get('subject') ?? ''), text: text.replace(/\r\n/g, '\n') }
}
