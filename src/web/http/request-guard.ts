import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'

/**
 * Refuses, once for every request and before any handler runs, what no page of this site can
 * mean and what would otherwise reach PostgreSQL or a response header: a NUL byte or another
 * control character (CR/LF included) in the path or query, percent-escapes that are not UTF-8,
 * and NUL or control characters in any field of a parsed body. The answer is 400 with the
 * ordinary error page (the error handler renders it).
 */

const CONTROL_IN_URL = /[\u0000-\u001f\u007f]/
// In form fields, tab, CR and LF are ordinary text (textareas); the rest of C0 is not.
const CONTROL_IN_FIELD = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/
const utf8 = new TextDecoder('utf-8', { fatal: true })

/** The URL with every run of percent-escapes decoded as UTF-8, or undefined when a run is not UTF-8. */
export function decodeUrlStrictly(rawUrl: string): string | undefined {
  try {
    return rawUrl.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => utf8.decode(Buffer.from(run.replaceAll('%', ''), 'hex')))
  } catch {
    return undefined
  }
}

/** Why this URL is refused, or undefined when it is acceptable. */
export function urlProblem(rawUrl: string): 'invalid_utf8' | 'control_character' | undefined {
  if (CONTROL_IN_URL.test(rawUrl)) return 'control_character'
  const decoded = decodeUrlStrictly(rawUrl)
  if (decoded === undefined) return 'invalid_utf8'
  if (CONTROL_IN_URL.test(decoded)) return 'control_character'
  return undefined
}

/** Whether any string (key or value) in a parsed body holds a control character that is never text. */
export function bodyHasControlCharacters(value: unknown, depth = 0): boolean {
  if (depth > 32) return true
  if (typeof value === 'string') return CONTROL_IN_FIELD.test(value)
  if (Array.isArray(value)) return value.some((v) => bodyHasControlCharacters(v, depth + 1))
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [k, v] of Object.entries(value)) if (CONTROL_IN_FIELD.test(k) || bodyHasControlCharacters(v, depth + 1)) return true
  }
  return false
}

/** A 400 the error handler maps to code `bad_request` and the Thai error page. */
export class BadRequestInput extends Error {
  readonly statusCode = 400
  readonly code = 'bad_request'
  constructor(readonly reason: string) {
    super(`bad request: ${reason}`)
  }
}

/**
 * A Location header must be ASCII without controls: a target built from user input (Thai
 * characters, a newline) would make Node throw while writing headers, which answers 500.
 */
export function safeLocationHeader(location: string): string {
  if (!/[^\x21-\x7e]/.test(location)) return location
  if (CONTROL_IN_URL.test(location)) return '/'
  try {
    return encodeURI(location)
  } catch {
    return '/'
  }
}

/** The machine-readable reason for a refusal no error handler described (the same codes as src/errors.ts). */
const STATUS_CODES: Record<number, string> = { 400: 'bad_request', 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found', 409: 'conflict', 413: 'payload_too_large', 422: 'validation_failed', 429: 'rate_limited' }

export function registerRequestGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (req: FastifyRequest) => {
    const problem = urlProblem(req.url)
    if (problem) throw new BadRequestInput(problem)
  })
  app.addHook('preValidation', async (req: FastifyRequest) => {
    if (req.body !== undefined && req.body !== null && bodyHasControlCharacters(req.body)) throw new BadRequestInput('control_character_in_body')
  })
  app.addHook('onSend', async (_req: FastifyRequest, reply: FastifyReply) => {
    const location = reply.getHeader('location')
    if (typeof location === 'string') reply.header('location', safeLocationHeader(location))
    // Pages that re-render a form with its errors (422) or say "not found" themselves still tell machines why.
    const fallback = STATUS_CODES[reply.statusCode]
    if (fallback && !reply.hasHeader('x-error-code')) reply.header('x-error-code', fallback)
  })
}
