import type { FastifyRequest } from 'fastify'

/**
 * Logs say what happened without saying who: no IP address, no user agent, no
 * query string, and long path segments (reset links, invitation tokens) masked.
 */
export function scrubUrl(url: string): string {
  const path = url.split('?')[0] ?? ''
  return path.replace(/[A-Za-z0-9_-]{20,}/g, '***')
}

export function loggerOptions(level: string) {
  return {
    level,
    serializers: {
      req: (req: FastifyRequest) => ({ method: req.method, url: scrubUrl(req.url), id: req.id }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    redact: { paths: ['req.headers', 'headers.cookie', 'headers.authorization', 'password', '*.password'], remove: true },
  }
}
