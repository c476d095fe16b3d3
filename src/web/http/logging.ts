import type { IncomingMessage } from 'node:http'
import { performance } from 'node:perf_hooks'
import type { FastifyInstance, FastifyRequest } from 'fastify'

/**
 * Logs say what happened without saying who: no IP address, no user agent, no
 * query string, and long path segments (reset links, invitation tokens) masked.
 */
export function scrubUrl(url: string): string {
  const path = url.split('?')[0] ?? ''
  return path.replace(/[A-Za-z0-9_-]{20,}/g, '***')
}

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' }

/**
 * One short line a record for a person at a terminal: `15:02:11 INFO  GET /o/x 200 1.2 ms`.
 * Machines (a pipe, a file, a log collector) get pino's JSON lines unchanged.
 */
export function prettyLine(json: string): string {
  let r: Record<string, unknown>
  try {
    r = JSON.parse(json) as Record<string, unknown>
  } catch {
    return json
  }
  const { level, time, msg, pid: _pid, hostname: _host, reqId, req, res, responseTime, err, ...rest } = r as Record<string, unknown> & { req?: { method?: string; url?: string }; res?: { statusCode?: number }; err?: { stack?: string; message?: string } }
  const when = typeof time === 'number' ? new Date(time).toTimeString().slice(0, 8) : ''
  const head = `${when} ${(LEVELS[level as number] ?? String(level)).padEnd(5)}`
  if (req && res && msg === 'request completed') {
    return `${head} ${req.method} ${req.url} ${res.statusCode} ${typeof responseTime === 'number' ? responseTime.toFixed(1) : '?'} ms\n`
  }
  const extra = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : ''
  const stack = err ? `\n${err.stack ?? err.message ?? ''}` : ''
  return `${head} ${String(msg ?? '')}${reqId ? ` (${String(reqId)})` : ''}${extra}${stack}\n`
}

export function loggerOptions(level: string, pretty = process.stdout.isTTY === true) {
  return {
    level,
    serializers: {
      req: (req: FastifyRequest) => ({ method: req.method, url: scrubUrl(req.url), id: req.id }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    redact: { paths: ['req.headers', 'headers.cookie', 'headers.authorization', 'password', '*.password'], remove: true },
    ...(pretty ? { stream: { write: (line: string) => void process.stdout.write(prettyLine(line)) } } : {}),
  }
}

/**
 * One line per request, when it is answered (Fastify's own logging writes two). Returns the
 * logger for answers made before Fastify (cached public pages, hashed static files).
 */
export function registerRequestLogging(app: FastifyInstance): (req: IncomingMessage, status: number, id: string, started: number) => void {
  const infoOn = ['trace', 'debug', 'info'].includes(app.log.level)
  app.addHook('onResponse', (req, reply, done) => {
    if (infoOn) req.log.info({ req, res: reply, responseTime: reply.elapsedTime }, 'request completed')
    done()
  })
  return (req, status, id, started) => {
    if (!infoOn) return
    app.log.info({ reqId: id, req: { method: req.method, url: req.url, id }, res: { statusCode: status }, responseTime: performance.now() - started }, 'request completed')
  }
}
