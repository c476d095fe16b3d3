import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { FastifyInstance } from 'fastify'

/**
 * Compression of what the app sends. Thai text is three bytes a letter in UTF-8 and pages repeat
 * their markup: compression takes most of a page away for phones on slow links. Cached pages and
 * static files are compressed once, at their best; other HTML answers per request, quickly. All
 * of it runs in libuv's thread pool, not on the event loop.
 */
export type Encoding = 'identity' | 'gzip' | 'br'

/** Small answers are not worth a header. */
export const COMPRESS_MIN_BYTES = 1024

const gzipAsync = promisify(gzip)
const brotliAsync = promisify(brotliCompress)

/** Brotli where the browser takes it (every current one over HTTPS), else gzip, else the bytes as they are. */
export function pickEncoding(acceptEncoding: string | string[] | undefined): Encoding {
  if (acceptEncoding === undefined) return 'identity'
  const a = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : acceptEncoding
  // "br;q=0" and "gzip;q=0" refuse; nobody sends them, but honour them.
  if (/\bbr\b(?!;q=0(?:\.0*)?\b)/.test(a)) return 'br'
  if (/\bgzip\b(?!;q=0(?:\.0*)?\b)/.test(a)) return 'gzip'
  return 'identity'
}

/** Both encodings at their best, for bytes sent many times (cached pages, static files). */
export async function compressBoth(body: Buffer): Promise<{ gzip: Buffer; br: Buffer }> {
  const [gz, br] = await Promise.all([
    gzipAsync(body, { level: 9 }),
    brotliAsync(body, { params: { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_QUALITY]: 10, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  ])
  return { gzip: gz, br }
}

/** One answer, sent once: fast settings (brotli 4 is smaller than gzip 6 and about as quick). */
function compressOnce(body: Buffer, encoding: 'gzip' | 'br'): Promise<Buffer> {
  if (encoding === 'gzip') return gzipAsync(body, { level: 6 })
  return brotliAsync(body, { params: { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
}

/**
 * Compresses every HTML (and JSON) answer a browser accepts compressed that is not compressed
 * already: forms, search results, staff pages. Cached public pages arrive compressed.
 */
export function registerCompression(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    if (reply.hasHeader('content-encoding') || req.method === 'HEAD') return payload
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload
    const type = String(reply.getHeader('content-type') ?? '')
    if (!/^(?:text\/html|application\/json|text\/csv|image\/svg\+xml)/.test(type)) return payload
    const encoding = pickEncoding(req.headers['accept-encoding'])
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload
    const vary = reply.getHeader('vary')
    if (!/accept-encoding/i.test(String(vary ?? ''))) reply.header('vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding')
    if (encoding === 'identity' || body.length < COMPRESS_MIN_BYTES) return payload
    const out = await compressOnce(body, encoding)
    reply.header('content-encoding', encoding).header('content-length', out.length)
    // A validator made for the plain bytes does not stand for these.
    const etag = reply.getHeader('etag')
    if (typeof etag === 'string' && etag.endsWith('"')) reply.header('etag', `${etag.slice(0, -1)}-${encoding === 'gzip' ? 'gz' : 'br'}"`)
    return out
  })
}
