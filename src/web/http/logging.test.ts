import { describe, expect, it } from 'vitest'
import { prettyLine } from './logging.ts'

describe('log lines on a terminal', () => {
  it('shows a request as one short line: time, level, method, path, status, duration', () => {
    const line = prettyLine(JSON.stringify({ level: 30, time: Date.UTC(2026, 11, 7, 8, 5, 9), pid: 1, hostname: 'h', reqId: 'abc', req: { method: 'GET', url: '/o/x', id: 'abc' }, res: { statusCode: 200 }, responseTime: 1.234, msg: 'request completed' }))
    expect(line).toMatch(/^\d\d:\d\d:\d\d INFO  GET \/o\/x 200 1\.2 ms\n$/)
  })

  it('keeps other fields and an error’s stack, and passes through what is not JSON', () => {
    const line = prettyLine(JSON.stringify({ level: 50, time: 0, msg: 'mail failed', attempt: 2, err: { message: 'boom', stack: 'Error: boom\n    at x' } }))
    expect(line).toContain('ERROR mail failed {"attempt":2}')
    expect(line).toContain('Error: boom\n    at x')
    expect(prettyLine('plain text\n')).toBe('plain text\n')
  })
})
