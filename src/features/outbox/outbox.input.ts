const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** A page number from the query string; anything odd is page 1 rather than an error. */
export function pageFrom(query: unknown): number {
  const v = (query && typeof query === 'object' ? (query as Record<string, unknown>) : {}).page
  const raw = typeof v === 'string' ? v.trim() : ''
  const n = /^\d{1,6}$/.test(raw) ? Number(raw) : 1
  return n >= 1 ? n : 1
}

/** A mail id from the path, or undefined: a malformed id is simply a mail that does not exist. */
export function parseMailId(raw: string): string | undefined {
  return UUID.test(raw) ? raw.toLowerCase() : undefined
}
