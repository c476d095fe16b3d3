import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { pickEncoding } from './http/compression.ts'

/**
 * The site's own static files (public/) under content-hashed names: /assets/app.3f9c2a1b7d.css.
 * A name changes whenever the content does, so browsers keep a file a year without asking
 * again (`immutable`). Read and compressed once (they are a few tens of KB), on first use, and
 * served from memory; the plain names stay served by @fastify/static for anything older.
 */
const PUBLIC_DIR = fileURLToPath(new URL('../../public', import.meta.url))

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
}
const COMPRESSIBLE = new Set(['.css', '.js', '.svg', '.webmanifest', '.ico'])

type Variant = { body: Buffer; raw: string[] }
type Asset = { hashedPath: string; etag: string; identity: Variant; gzip?: Variant; br?: Variant }

let manifest: Map<string, Asset> | undefined
let byPath: Map<string, Asset> | undefined

function load(): Map<string, Asset> {
  if (manifest) return manifest
  manifest = new Map()
  byPath = new Map()
  for (const name of readdirSync(PUBLIC_DIR)) {
    const ext = extname(name)
    const type = TYPES[ext]
    if (!type) continue
    const body = readFileSync(join(PUBLIC_DIR, name))
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 10)
    const hashedPath = `/assets/${name.slice(0, -ext.length)}.${hash}${ext}`
    const etag = `"${hash}"`
    const variant = (b: Buffer, encoding?: 'gzip' | 'br'): Variant => {
      const raw = ['content-type', type, 'content-length', String(b.length), 'cache-control', 'public, max-age=31536000, immutable', 'etag', encoding ? `"${hash}-${encoding}"` : etag, 'x-content-type-options', 'nosniff']
      if (COMPRESSIBLE.has(ext)) raw.push('vary', 'Accept-Encoding')
      if (encoding) raw.push('content-encoding', encoding)
      return { body: b, raw }
    }
    const asset: Asset = { hashedPath, etag, identity: variant(body) }
    if (COMPRESSIBLE.has(ext) && body.length >= 512) {
      asset.gzip = variant(gzipSync(body, { level: 9 }), 'gzip')
      asset.br = variant(brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }), 'br')
    }
    manifest.set(name, asset)
    byPath.set(hashedPath, asset)
  }
  return manifest
}

/** The address to write in a page for public/<name>: hashed when the file exists. */
export function assetPath(name: string): string {
  return load().get(name)?.hashedPath ?? `/assets/${name}`
}

/** Answers a GET of a hashed asset from memory and says whether it did. */
export function serveHashedAsset(req: IncomingMessage, res: ServerResponse, requestId: string): boolean {
  if (!byPath) load()
  const asset = byPath!.get(req.url ?? '')
  if (!asset || (req.method !== 'GET' && req.method !== 'HEAD')) return false
  const encoding = pickEncoding(req.headers['accept-encoding'])
  const variant = (encoding !== 'identity' && asset[encoding]) || asset.identity
  const head = variant.raw.slice()
  head.push('x-request-id', requestId)
  // The name is the content: a browser holding any copy holds the right one.
  if (req.headers['if-none-match'] !== undefined) {
    res.writeHead(304, head.filter((_, i, all) => (i % 2 === 0 ? all[i] !== 'content-length' : all[i - 1] !== 'content-length')))
    res.end()
    return true
  }
  res.writeHead(200, head)
  res.end(req.method === 'HEAD' ? undefined : variant.body)
  return true
}
