import { open } from 'node:fs/promises'
import { fileTypeFromFile } from 'file-type'
import { isCompoundFile, legacyOfficeType } from './compound-file.ts'
import { MIME } from './file-kinds.ts'

/**
 * What a stored file really is, from its bytes only: the name and the browser's Content-Type
 * are claims anyone can forge. `mime` is null when the content matches no known format;
 * `looksLike` then names text formats worth refusing by name (SVG and HTML carry scripts).
 */
export type DetectedType = { mime: string } | { mime: null; looksLike: 'svg' | 'html' | 'xml' | 'text' | null }

export async function detectContentType(path: string, size: number): Promise<DetectedType> {
  const handle = await open(path, 'r')
  try {
    const readAt = async (offset: number, length: number) => {
      const buf = Buffer.alloc(Math.max(0, Math.min(length, size - offset)))
      const { bytesRead } = await handle.read(buf, 0, buf.length, offset)
      return buf.subarray(0, bytesRead)
    }
    const head = await readAt(0, 4096)
    // OOXML is recognised by file-type from the package's [Content_Types].xml (the main part's
    // declared type), not from "it is a zip"; a macro-enabled .docm gets its own type and is refused.
    const found = await fileTypeFromFile(path)
    if (found && isCompoundFile(head)) {
      const legacy = await legacyOfficeType(readAt, size)
      return { mime: legacy === 'doc' ? MIME.doc : legacy === 'xls' ? MIME.xls : found.mime }
    }
    if (found && found.mime !== 'application/xml') return { mime: found.mime }
    return { mime: null, looksLike: sniffText(head) }
  } finally {
    await handle.close()
  }
}

/** Text formats browsers would execute or render if ever served as they are. */
export function sniffText(head: Uint8Array): 'svg' | 'html' | 'xml' | 'text' | null {
  const text = Buffer.from(head.buffer, head.byteOffset, head.byteLength)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase()
  if (/<svg[\s>]/.test(text)) return 'svg'
  if (/^<!doctype html|<html[\s>]|<script[\s>]|<body[\s>]|<iframe[\s>]/.test(text)) return 'html'
  if (text.startsWith('<?xml')) return 'xml'
  return text.length > 0 && !/[\u0000-\u0008\u000e-\u001f]/.test(text) ? 'text' : null
}
