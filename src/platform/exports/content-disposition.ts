/**
 * `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266 with RFC 5987 encoding): browsers
 * that read filename* get the Thai name, older ones the ASCII stand-in. Quotes, backslashes,
 * control characters and path separators never reach the header.
 */
export function attachmentDisposition(filename: string): string {
  const cleaned = filename.replace(/[\u0000-\u001f\u007f"\\/]/g, '_').trim() || 'download'
  const ascii = cleaned.replace(/[^\x20-\x7e]+/g, '_').replace(/_+/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(cleaned)}`
}

function rfc5987(text: string): string {
  // encodeURIComponent leaves ' ( ) * unescaped, which RFC 5987's attr-char does not allow.
  return encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}
