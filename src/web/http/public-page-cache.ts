import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { onPublicContentChanged, readPublicGenerations } from '../../platform/public-content/generations.ts'
import { csrfTokenWasUsed } from './request-context.ts'

/**
 * Rendered public pages kept in memory, for citizens (nobody signed in): the same bytes for
 * everyone asking for the same address in the same language. An entry is valid while the
 * generations of the content it shows are those it was rendered at (generations.ts); each
 * instance re-reads them at most once per `recheckMs`, and at every request for a moment after
 * a write in this process, so a change is seen at once here and within `recheckMs` elsewhere.
 */
export type PublicPageCache = {
  serve(req: FastifyRequest, reply: FastifyReply, scopes: readonly string[], render: () => Promise<string> | string): Promise<FastifyReply>
  /**
   * A public value (an organisation looked up by its slug) kept under the same rule as pages:
   * valid while its scopes' generations stand. Failures are not kept.
   */
  memo<T>(scopes: readonly string[], key: string, compute: () => Promise<T>): Promise<T>
  stats(): { entries: number; bytes: number; hits: number; misses: number }
}

/** `gzip` is made on the first request that accepts it, once per rendering. */
type Entry = { html: string; etag: string; generations: string; bytes: number; gzip?: Buffer }

// Thai text is three bytes a letter in UTF-8 and pages repeat their markup: gzip takes most of a
// page away for phones on slow links. Small pages are not worth a header.
const GZIP_MIN_BYTES = 1024
const acceptsGzip = (req: FastifyRequest) => /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))

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
  let recheckEveryRequestUntil = 0
  onPublicContentChanged(() => {
    // The writer's transaction may not have committed yet: keep asking for a short while.
    recheckEveryRequestUntil = Date.now() + 2000
  })

  async function generationsOf(scopes: readonly string[]): Promise<string> {
    const now = Date.now()
    const stale = now < recheckEveryRequestUntil ? [...scopes] : scopes.filter((s) => {
      const k = known.get(s)
      return !k || now - k.checkedAt >= recheckMs
    })
    if (stale.length > 0) {
      const fresh = await readPublicGenerations(db, stale)
      for (const [scope, generation] of fresh) known.set(scope, { generation, checkedAt: now })
    }
    return scopes.map((s) => `${s}=${known.get(s)!.generation}`).join(';')
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

  function send(req: FastifyRequest, reply: FastifyReply, entry: Entry, state: 'hit' | 'miss') {
    const gzip = entry.bytes >= GZIP_MIN_BYTES && acceptsGzip(req)
    // Each encoding is its own representation, so it has its own validator.
    const etag = gzip ? `${entry.etag.slice(0, -1)}-gz"` : entry.etag
    reply.header('etag', etag).header('cache-control', 'no-cache').header('vary', 'Cookie, Accept-Encoding').header('x-page-cache', state)
    if (req.headers['if-none-match'] === etag) return reply.status(304).send()
    reply.status(200).type('text/html; charset=utf-8')
    if (!gzip) return reply.send(entry.html)
    entry.gzip ??= gzipSync(entry.html)
    return reply.header('content-encoding', 'gzip').send(entry.gzip)
  }

  return {
    async serve(req, reply, scopes, render) {
      const personal = req.actor !== null || req.pendingSession !== null || req.cookies.flash !== undefined
      if (personal || req.method !== 'GET') {
        return reply.status(200).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(await render())
      }
      const key = `${req.locale}|${req.url}`
      const generations = await generationsOf(scopes)
      const cached = entries.get(key)
      if (cached && cached.generations === generations) {
        hits++
        entries.delete(key)
        entries.set(key, cached)
        return send(req, reply, cached, 'hit')
      }
      misses++
      const html = await render()
      const entry: Entry = { html, etag: `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`, generations, bytes: Buffer.byteLength(html) }
      // A page that carries a CSRF token belongs to one visitor and is never shared.
      if (!csrfTokenWasUsed(reply)) store(key, entry)
      return send(req, reply, entry, 'miss')
    },
    async memo<T>(scopes: readonly string[], key: string, compute: () => Promise<T>): Promise<T> {
      const generations = await generationsOf(scopes)
      const kept = values.get(key)
      if (kept && kept.generations === generations) return kept.value as T
      const value = await compute()
      if (values.size >= maxEntries) values.delete(values.keys().next().value!)
      values.set(key, { value, generations })
      return value
    },
    stats: () => ({ entries: entries.size, bytes, hits, misses }),
  }
}
