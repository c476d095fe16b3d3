import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { MaybeActor } from '../../platform/auth/actor.ts'
import { findSession, type SessionState } from '../../platform/auth/sessions.ts'
import { negotiateLocale, translator, type Bilingual, type Locale } from '../../platform/i18n/locale.ts'
import { UnauthenticatedError } from '../../errors.ts'
import type { PageContext } from '../page-context.ts'

export const SESSION_COOKIE = 'prongsai_session'
const LANG_COOKIE = 'lang'
const FLASH_COOKIE = 'flash'

declare module 'fastify' {
  interface FastifyRequest {
    actor: MaybeActor
    /** A signed-in session still waiting for its second factor; the actor stays null until then. */
    pendingSession: SessionState | null
    session: SessionState | null
    locale: Locale
    now: Date
    baseUrl: string
  }
}

export type RequestContextOptions = { db: Kysely<Database>; clock: () => Date; secureCookies: boolean; /** The public address (config baseUrl): pages name their own canonical URL with it. */ baseUrl: string }

/** Resolves who is asking and in which language, once, before any route runs. */
export function registerRequestContext(app: FastifyInstance, opts: RequestContextOptions): void {
  app.decorateRequest('actor', null)
  app.decorateRequest('pendingSession', null)
  app.decorateRequest('session', null)
  app.decorateRequest('locale', 'th')
  app.decorateRequest('now', null as unknown as Date)
  app.decorateRequest('baseUrl', '')
  app.addHook('onRequest', async (req) => {
    req.now = opts.clock()
    req.baseUrl = opts.baseUrl
    req.locale = negotiateLocale(req.cookies[LANG_COOKIE])
    // Static files and health probes need no session look-up.
    if (req.url.startsWith('/assets/') || req.url === '/healthz' || req.url === '/readyz') return
    const token = req.cookies[SESSION_COOKIE]
    if (!token) return
    const session = await findSession(opts.db, token, req.now)
    if (!session) return
    if (session.secondFactorDone) {
      req.session = session
      req.actor = session.actor
    } else {
      req.pendingSession = session
    }
  })
}

export function cookieOptions(secure: boolean, maxAgeSeconds?: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure,
    ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
  }
}

export function setFlash(reply: FastifyReply, message: Bilingual): void {
  reply.setCookie(FLASH_COOKIE, Buffer.from(JSON.stringify(message)).toString('base64url'), { path: '/', httpOnly: true, sameSite: 'lax' })
}

function takeFlash(req: FastifyRequest, reply: FastifyReply): Bilingual | undefined {
  // cookies is unset when the router refused the URL before any hook ran
  const raw = req.cookies?.[FLASH_COOKIE]
  if (!raw) return undefined
  reply.clearCookie(FLASH_COOKIE, { path: '/' })
  try {
    const v = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown
    if (v && typeof v === 'object' && typeof (v as Bilingual).th === 'string' && typeof (v as Bilingual).en === 'string') {
      return v as Bilingual
    }
  } catch {
    // a mangled flash cookie is simply dropped
  }
  return undefined
}

/** The CSRF cookie's name (the plugin's default), cleared at sign-in and sign-out so each session starts with a new secret. */
export const CSRF_COOKIE = '_csrf'

/**
 * What a CSRF token is bound to: the session cookie (hashed), or nothing for an anonymous
 * visitor. A token made before signing in, or for another session, does not verify.
 */
export function csrfBinding(req: FastifyRequest): string {
  const token = req.cookies?.[SESSION_COOKIE]
  return token ? createHash('sha256').update(`csrf:${token}`).digest('base64url') : 'anonymous'
}

const repliesWithCsrf = new WeakSet<FastifyReply>()

/** Whether the page rendered for this reply included a CSRF token (and so must not be shared). */
export function csrfTokenWasUsed(reply: FastifyReply): boolean {
  return repliesWithCsrf.has(reply)
}

export function pageContext(req: FastifyRequest, reply: FastifyReply): PageContext {
  let token: string | undefined
  return {
    locale: req.locale,
    t: translator(req.locale),
    actor: req.actor,
    // Made only when a page has a form: a page without one sets no CSRF cookie and can be cached.
    get csrfToken() {
      if (token === undefined) {
        token = reply.generateCsrf({ userInfo: csrfBinding(req) })
        repliesWithCsrf.add(reply)
      }
      return token
    },
    path: req.url,
    // The public address, never the host the request came in on (a proxy, localhost).
    // Absent on the pages Fastify answers before the request context runs (bytes it cannot route).
    ...(req.baseUrl ? { publicUrl: req.baseUrl.replace(/\/+$/, '') + (req.url.startsWith('/') ? req.url : '/') } : {}),
    flash: takeFlash(req, reply),
  }
}

export function requireActor(req: FastifyRequest) {
  if (!req.actor) throw new UnauthenticatedError()
  return req.actor
}

/** Sends a rendered page (kitajs renders to a string or a promise of one). */
export async function sendPage(reply: FastifyReply, html: string | Promise<string>, status = 200): Promise<FastifyReply> {
  return reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(await html)
}

const LOCAL_ORIGIN = 'http://local.invalid'

/**
 * Only paths on this site may be redirect targets, so ?next= and ?back= cannot send people
 * elsewhere. Browsers drop tabs and newlines anywhere in a URL, ignore leading spaces and
 * controls, and read `\` as `/`, so `/\t/evil.example` or `/\evil.example` would leave the site:
 * any control character is refused, and what remains must resolve to this origin. The result is
 * re-serialised (percent-encoded), so it is always a valid Location header.
 */
export function safeLocalPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return fallback
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback
  if (!value.startsWith('/')) return fallback
  // Judged both as given and as a browser or proxy might decode it once more.
  let decoded: string
  try {
    decoded = decodeURIComponent(value)
  } catch {
    return fallback
  }
  for (const form of [value, decoded]) {
    if (/[\u0000-\u001f\u007f]/.test(form)) return fallback
    if (form.replaceAll('\\', '/').startsWith('//')) return fallback
  }
  let url: URL
  try {
    url = new URL(value, LOCAL_ORIGIN)
  } catch {
    return fallback
  }
  if (url.origin !== LOCAL_ORIGIN) return fallback
  const path = `${url.pathname}${url.search}${url.hash}`
  // A path that would itself be read as another host (after the browser's own decoding) is refused too.
  if (path.startsWith('//') || path.startsWith('/\\') || /^\/(%2f|%5c)/i.test(path)) return fallback
  return path
}
