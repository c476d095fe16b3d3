import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { onPublicContentChanged, readPublicGenerations } from '../../platform/public-content/generations.ts'
import { negotiateLocale } from '../../platform/i18n/locale.ts'
import { compressBoth, COMPRESS_MIN_BYTES, pickEncoding, type Encoding } from './compression.ts'
import { csrfTokenWasUsed } from './request-context.ts'

/**
 * Rendered public pages kept in memory, for citizens (nobody signed in): the same bytes for
 * everyone asking for the same address in the same language. An entry is valid while the
 * generations of the content it shows are those it was rendered at (generations.ts); each
 * instance re-reads them at most once per `recheckMs`, and at every request for a moment after
 * a write in this process, so a change is seen at once here and within `recheckMs` elsewhere.
 *
 * Each entry holds its bytes plain, gzip and brotli, made once when it is rendered. A hit that
 * the route itself confirmed less than `recheckMs` ago is answered by `serveRaw` straight from the
 * HTTP server, before Fastify: no routing, hooks or database (see app.ts). Everything else — a
 * miss, an entry not confirmed lately, anyone with a session or flash cookie — goes the whole way
 * through the route, which re-checks the generations and whatever else the route decides (an
 * organisation gone, a new day).
 */
export type PublicPageCache = {
  serve(req: FastifyRequest, reply: FastifyReply, scopes: readonly string[], render: () => Promise<string> | string, options?: { type?: string }): Promise<FastifyReply>
  /**
   * A public value (an organisation looked up by its slug) kept under the same rule as pages:
   * valid while its scopes' generations stand. Failures are not kept.
   */
  memo<T>(scopes: readonly string[], key: string, compute: () => Promise<T>): Promise<T>
  /** Answers a citizen's GET from memory when that is safe, and says whether it did. */
  serveRaw(req: IncomingMessage, res: ServerResponse, requestId: string): boolean
  stats(): { entries: number; bytes: number; hits: number; misses: number; rawHits: number }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's public-page cache (its counters are what tests and benches read). */
    publicPages: PublicPageCache
  }
}

type Representation = { body: Buffer; etag: string; headers: Record<string, string | number>; raw: string[] }
type Entry = {
  generations: string
  /** The content type: HTML for pages, JSON for the public API answers kept the same way. */
  type: string
  bytes: number
  /** Until when serveRaw may answer without the route (the route confirmed it and its generations). */
  rawUntil: number
  /** Headers every answer carried when it was rendered (helmet's), for serveRaw. */
  baseHeaders: Record<string, string | number | string[]>
  reps: Record<Encoding, Representation | undefined>
}

// Set per answer (or by serveRaw itself), never copied from the rendering request.
const OWN_HEADERS = new Set(['content-type', 'content-length', 'content-encoding', 'etag', 'cache-control', 'vary', 'x-page-cache', 'x-request-id', 'set-cookie'])

/** The cookies that make a page personal: a session (even a stale one: the route decides) or a flash message. */
const PERSONAL_COOKIE = /(?:^|;\s*)(?:prongsai_session|flash)=/
const LANG_COOKIE = /(?:^|;\s*)lang=([^;]*)/

export function createPublicPageCache(db: Kysely<Database>, options: { maxEntries?: number; maxBytes?: number; recheckMs?: number } = {}): PublicPageCache {
  const maxEntries = options.maxEntries ?? 2000
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024
  const recheckMs = options.recheckMs ?? 1000
  const entries = new Map<string, Entry>()
  const values = new Map<string, { value: unknown; generations: string }>()
  const known = new Map<string, { generation: string; checkedAt: number }>()
  let bytes = 0
  let hits = 0
  let misses = 0
  let rawHits = 0
  let recheckEveryRequestUntil = 0
  // One read of the generations at a time outside the moment after a write: under load, the
  // requests that find a scope stale share the read instead of each making their own.
  let inFlight: { scopes: Set<string>; done: Promise<void> } | undefined
  onPublicContentChanged(() => {
    // The writer's transaction may not have committed yet: keep asking for a short while.
    recheckEveryRequestUntil = Date.now() + 2000
  })

  async function refresh(scopes: string[], now: number): Promise<void> {
    const fresh = await readPublicGenerations(db, scopes)
    for (const [scope, generation] of fresh) known.set(scope, { generation, checkedAt: now })
  }

  /** The generations of `scopes` and the time of the oldest check among them. */
  async function generationsOf(scopes: readonly string[]): Promise<{ generations: string; checkedAt: number }> {
    const now = Date.now()
    if (now < recheckEveryRequestUntil) {
      await refresh([...scopes], now)
    } else {
      const stale = scopes.filter((s) => {
        const k = known.get(s)
        return !k || now - k.checkedAt >= recheckMs
      })
      if (stale.length > 0) {
        const shared = inFlight
        if (shared && stale.every((s) => shared.scopes.has(s))) await shared.done
        else {
          const mine = { scopes: new Set(stale), done: refresh(stale, now) }
          inFlight = mine
          try {
            await mine.done
          } finally {
            if (inFlight === mine) inFlight = undefined
          }
        }
      }
    }
    let checkedAt = Infinity
    const parts: string[] = []
    for (const s of scopes) {
      const k = known.get(s)!
      checkedAt = Math.min(checkedAt, k.checkedAt)
      parts.push(`${s}=${k.generation}`)
    }
    return { generations: parts.join(';'), checkedAt: checkedAt === Infinity ? now : checkedAt }
  }

  function store(key: string, entry: Entry) {
    const old = entries.get(key)
    if (old) {
      bytes -= old.bytes
      entries.delete(key)
    }
    entries.set(key, entry)
    bytes += entry.bytes
    // Oldest first: a Map iterates in insertion order and hits re-insert.
    for (const [k, e] of entries) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break
      entries.delete(k)
      bytes -= e.bytes
    }
  }

  async function build(html: string, type: string, generations: string, baseHeaders: Entry['baseHeaders'], rawUntil: number): Promise<Entry> {
    const plain = Buffer.from(html)
    const tag = createHash('sha256').update(plain).digest('base64url').slice(0, 27)
    const compressed = plain.length >= COMPRESS_MIN_BYTES ? await compressBoth(plain) : undefined
    const rep = (body: Buffer, encoding: Encoding): Representation => {
      // Each encoding is its own representation, so it has its own validator.
      const etag = encoding === 'identity' ? `"${tag}"` : `"${tag}-${encoding === 'gzip' ? 'gz' : 'br'}"`
      const headers: Representation['headers'] = {
        'content-type': type,
        'content-length': body.length,
        etag,
        'cache-control': 'no-cache',
        vary: 'Cookie, Accept-Encoding',
        'x-page-cache': 'hit',
      }
      if (encoding !== 'identity') headers['content-encoding'] = encoding
      const raw: string[] = []
      for (const [k, v] of Object.entries({ ...baseHeaders, ...headers })) for (const one of Array.isArray(v) ? v : [v]) raw.push(k, String(one))
      return { body, etag, headers, raw }
    }
    return {
      generations,
      type,
      bytes: plain.length + (compressed ? compressed.gzip.length + compressed.br.length : 0),
      rawUntil,
      baseHeaders,
      reps: { identity: rep(plain, 'identity'), gzip: compressed && rep(compressed.gzip, 'gzip'), br: compressed && rep(compressed.br, 'br') },
    }
  }

  function chosen(entry: Entry, acceptEncoding: string | undefined): Representation {
    const encoding = pickEncoding(acceptEncoding)
    return entry.reps[encoding] ?? entry.reps.identity!
  }

  function send(req: FastifyRequest, reply: FastifyReply, entry: Entry, state: 'hit' | 'miss') {
    const rep = chosen(entry, req.headers['accept-encoding'])
    reply.header('etag', rep.etag).header('cache-control', 'no-cache').header('vary', 'Cookie, Accept-Encoding').header('x-page-cache', state)
    if (req.headers['if-none-match'] === rep.etag) return reply.status(304).send()
    reply.status(200).type(entry.type)
    if (rep.headers['content-encoding']) reply.header('content-encoding', rep.headers['content-encoding'])
    return reply.send(rep.body)
  }

  function baseHeadersOf(reply: FastifyReply): Entry['baseHeaders'] {
    const out: Entry['baseHeaders'] = {}
    for (const [k, v] of Object.entries(reply.getHeaders())) if (v !== undefined && !OWN_HEADERS.has(k)) out[k] = v
    return out
  }

  return {
    async serve(req, reply, scopes, render, options) {
      const type = options?.type ?? 'text/html; charset=utf-8'
      const personal = req.actor !== null || req.pendingSession !== null || req.cookies.flash !== undefined
      if (personal || req.method !== 'GET') {
        return reply.status(200).type(type).header('cache-control', 'no-store').send(await render())
      }
      const key = `${req.locale}|${req.url}`
      const { generations, checkedAt } = await generationsOf(scopes)
      const rawUntil = checkedAt + recheckMs
      const cached = entries.get(key)
      if (cached && cached.generations === generations) {
        hits++
        cached.rawUntil = rawUntil
        entries.delete(key)
        entries.set(key, cached)
        return send(req, reply, cached, 'hit')
      }
      misses++
      const html = await render()
      // A page that carries a CSRF token belongs to one visitor and is never shared.
      if (csrfTokenWasUsed(reply)) return reply.status(200).type(type).header('cache-control', 'no-store').send(html)
      const entry = await build(html, type, generations, baseHeadersOf(reply), rawUntil)
      store(key, entry)
      return send(req, reply, entry, 'miss')
    },

    async memo<T>(scopes: readonly string[], key: string, compute: () => Promise<T>): Promise<T> {
      const { generations } = await generationsOf(scopes)
      const kept = values.get(key)
      if (kept && kept.generations === generations) return kept.value as T
      const value = await compute()
      if (values.size >= maxEntries) values.delete(values.keys().next().value!)
      values.set(key, { value, generations })
      return value
    },

    serveRaw(req, res, requestId) {
      if (req.method !== 'GET' || entries.size === 0) return false
      const cookie = req.headers.cookie
      if (cookie !== undefined && PERSONAL_COOKIE.test(cookie)) return false
      const lang = cookie === undefined ? undefined : LANG_COOKIE.exec(cookie)?.[1]
      const entry = entries.get(`${negotiateLocale(lang)}|${req.url}`)
      if (!entry) return false
      const now = Date.now()
      if (now >= entry.rawUntil || now < recheckEveryRequestUntil) return false
      const rep = chosen(entry, req.headers['accept-encoding'])
      rawHits++
      if (req.headers['if-none-match'] === rep.etag) {
        res.writeHead(304, { ...entry.baseHeaders, etag: rep.etag, 'cache-control': 'no-cache', vary: 'Cookie, Accept-Encoding', 'x-page-cache': 'hit', 'x-request-id': requestId })
        res.end()
        return true
      }
      // A flat list of names and values, made once: node:http writes it as it stands.
      const head = rep.raw.slice()
      head.push('x-request-id', requestId)
      res.writeHead(200, head)
      res.end(rep.body)
      return true
    },

    stats: () => ({ entries: entries.size, bytes, hits, misses, rawHits }),
  }
}
