import { describe, expect, it } from 'vitest'
import { MAIL_MAX_ATTEMPTS, afterMailFailure, classifySmtpFailure, smtpSecrets, smtpServerLabel } from './mail-delivery.domain.ts'

describe('what a failed send means', () => {
  it('gives up on a mail the server refused for good (5xx to the recipient or the message)', () => {
    expect(classifySmtpFailure({ code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO' })).toBe('permanent')
    expect(classifySmtpFailure({ code: 'EMESSAGE', responseCode: 554, command: 'DATA' })).toBe('permanent')
    expect(classifySmtpFailure({ code: 'EENVELOPE', command: 'API' })).toBe('permanent')
  })

  it('tries a deferred mail again later (4xx, and 503 which is about the session)', () => {
    expect(classifySmtpFailure({ code: 'EENVELOPE', responseCode: 451, command: 'RCPT TO' })).toBe('transient')
    expect(classifySmtpFailure({ code: 'EMESSAGE', responseCode: 452, command: 'DATA' })).toBe('transient')
    expect(classifySmtpFailure({ code: 'EENVELOPE', responseCode: 503, command: 'RCPT TO' })).toBe('transient')
    expect(classifySmtpFailure({})).toBe('transient')
  })

  it('blames the server or our account, not the mail, for connection, login and sender problems', () => {
    for (const code of ['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'EDNS', 'ETLS', 'EAUTH']) expect(classifySmtpFailure({ code }), code).toBe('unreachable')
    expect(classifySmtpFailure({ code: 'EAUTH', responseCode: 535, command: 'AUTH PLAIN' })).toBe('unreachable')
    expect(classifySmtpFailure({ code: 'EENVELOPE', responseCode: 421, command: 'RCPT TO' })).toBe('unreachable')
    expect(classifySmtpFailure({ code: 'EENVELOPE', responseCode: 553, command: 'MAIL FROM' })).toBe('unreachable')
  })
})

describe('after a failed send', () => {
  const now = new Date('2026-11-22T03:00:00Z')

  it('marks a refused mail failed at once', () => {
    expect(afterMailFailure('permanent', 1, now, 0.5)).toEqual({ status: 'failed' })
  })

  it('retries a minute or two later at first, and stops after the last attempt', () => {
    expect(afterMailFailure('transient', 1, now, 0)).toEqual({ status: 'queued', nextAttemptAt: new Date('2026-11-22T03:01:00Z') })
    expect(afterMailFailure('unreachable', 1, now, 1)).toEqual({ status: 'queued', nextAttemptAt: new Date('2026-11-22T03:02:00Z') })
    expect(afterMailFailure('transient', MAIL_MAX_ATTEMPTS - 1, now, 1).status).toBe('queued')
    expect(afterMailFailure('transient', MAIL_MAX_ATTEMPTS, now, 1)).toEqual({ status: 'failed' })
  })

  it('keeps trying for most of a day in all', () => {
    let total = 0
    for (let n = 1; n < MAIL_MAX_ATTEMPTS; n++) {
      const next = afterMailFailure('transient', n, now, 1)
      if (next.status !== 'queued') throw new Error('gave up early')
      total += next.nextAttemptAt.getTime() - now.getTime()
    }
    expect(total / 3_600_000).toBeGreaterThan(12)
    expect(total / 3_600_000).toBeLessThan(36)
  })
})

describe('the SMTP password', () => {
  it('is listed in every form it could take in an error text', () => {
    const secrets = smtpSecrets('smtp://mailer%40agency:p%40ss%3Aword@mail.example.go.th:587')
    expect(secrets).toContain('p%40ss%3Aword')
    expect(secrets).toContain('p@ss:word')
    expect(secrets).toContain(Buffer.from('p@ss:word').toString('base64'))
    expect(secrets).toContain(Buffer.from('\u0000mailer@agency\u0000p@ss:word').toString('base64'))
  })

  it('is left out of the server’s label', () => {
    expect(smtpServerLabel('smtps://u:secret@mail.example.go.th:465')).toBe('smtps://mail.example.go.th:465')
  })
})
