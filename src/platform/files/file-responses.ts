import type { FastifyReply, FastifyRequest } from 'fastify'
import { extensionOf, isImageMime, MIME } from './file-kinds.ts'
import type { OpenedFile, Thumbnail } from './file-service.ts'

// A stored file is never a page of this site: it may load nothing, run nothing, and is sandboxed
// (a unique origin without cookies) should a browser render it anyway.
const FILE_CSP = "default-src 'none'; sandbox"
// Chromium refuses to start its PDF viewer in a sandboxed document; without scripts of its own a PDF
// cannot reach the site, and frame-ancestors keeps other sites from framing it.
const PDF_CSP = "default-src 'none'; frame-ancestors 'self'"

const SAME_EXTENSION: Record<string, string[]> = { jpg: ['jpg', 'jpeg'] }

/** The name offered for saving: the person's own name, with the extension of what the file really is. */
export function downloadName(originalName: string, mime: string): string {
  const ext = extensionOf(mime)
  const base = originalName.trim() || 'file'
  const has = /\.([A-Za-z0-9]{1,8})$/.exec(base)?.[1]?.toLowerCase()
  return has && (SAME_EXTENSION[ext] ?? [ext]).includes(has) ? base : `${base}.${ext}`
}

function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/**
 * `attachment; filename="<ASCII stand-in>"; filename*=UTF-8''<percent-encoded>` (RFC 6266 with
 * RFC 5987): every current browser uses filename* and saves the Thai name; the plain filename is
 * for the rest. Quotes, backslashes and control characters never reach the header.
 */
export function contentDisposition(type: 'attachment' | 'inline', name: string): string {
  const clean = name.normalize('NFC').replace(/[\u0000-\u001f\u007f"\\]/g, '_')
  const ascii = clean.replace(/[^\x20-\x7e]/g, '_').replace(/_+/g, '_')
  return `${type}; filename="${ascii}"; filename*=UTF-8''${rfc5987(clean)}`
}

function securityHeaders(reply: FastifyReply, mime: string, inline: boolean): void {
  reply.header('x-content-type-options', 'nosniff')
  reply.header('content-security-policy', inline && mime === MIME.pdf ? PDF_CSP : FILE_CSP)
}

/**
 * Sends a stored file: Content-Type from what the content was found to be at upload, a download
 * by default; `inline` is honoured for images and PDFs only (anything else would be a
 * document a browser might run).
 */
export function sendStoredFile(
  req: FastifyRequest,
  reply: FastifyReply,
  opened: OpenedFile,
  options: { inline?: boolean; cacheControl?: string } = {},
): FastifyReply {
  const { file } = opened
  const inline = !!options.inline && (isImageMime(file.mime) || file.mime === MIME.pdf)
  const etag = `"${file.sha256}"`
  securityHeaders(reply, file.mime, inline)
  reply.header('cache-control', options.cacheControl ?? 'private, no-cache')
  reply.header('etag', etag)
  if (matchesEtag(req, etag)) {
    opened.stream.destroy()
    return reply.code(304).send()
  }
  return reply
    .type(file.mime)
    .header('content-length', String(file.size))
    .header('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', downloadName(file.originalName, file.mime)))
    .send(opened.stream)
}

/** Sends a thumbnail shown in pages, revalidated by its ETag (the source's digest and the width). */
export function sendThumbnail(
  req: FastifyRequest,
  reply: FastifyReply,
  thumb: Thumbnail,
  options: { cacheControl?: string; crossOrigin?: boolean } = {},
): FastifyReply {
  securityHeaders(reply, thumb.mime, true)
  reply.header('cache-control', options.cacheControl ?? 'private, no-cache')
  reply.header('etag', thumb.etag)
  if (options.crossOrigin) reply.header('cross-origin-resource-policy', 'cross-origin')
  if (matchesEtag(req, thumb.etag)) return reply.code(304).send()
  const name = `${thumb.file.originalName.replace(/\.[A-Za-z0-9]{1,8}$/, '') || 'image'}-${thumb.width}.webp`
  return reply.type(thumb.mime).header('content-disposition', contentDisposition('inline', name)).send(thumb.bytes)
}

function matchesEtag(req: FastifyRequest, etag: string): boolean {
  const given = req.headers['if-none-match']
  if (!given) return false
  return given
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*')
}
