import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'
import { connectToServer, type DatabaseHandle } from '../../src/db/connect.ts'
import { publishedService } from './services-support.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { serverUrlFor } from '../support/template-db.ts'

/**
 * Finding 7 for every public intake: what a source may post (webboard questions, comments,
 * information requests, online service requests) and the wrong follow-up codes it may try are
 * counted per source in the database, so two instances behind a balancer share one count, and
 * there is no overall cap a few addresses could use up to shut everyone else out.
 */

/** One browser at one address: the page's CSRF token and cookies, then the form. */
async function postFrom(app: FastifyInstance, ip: string, pageUrl: string, form: Record<string, string>, actionUrl = pageUrl): Promise<LightMyRequestResponse> {
  const page = await app.inject({ method: 'GET', url: pageUrl, remoteAddress: ip })
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1]
  if (!csrf) throw new Error(`no form on ${pageUrl}: ${page.statusCode}`)
  const cookie = (page.cookies as { name: string; value: string }[]).map((c) => `${c.name}=${c.value}`).join('; ')
  return app.inject({
    method: 'POST',
    url: actionUrl,
    remoteAddress: ip,
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrf, ...form }).toString(),
  })
}

let t: TestApp
let second: FastifyInstance
let secondHandle: DatabaseHandle | null = null
let serviceKey = ''

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-09T03:00:00Z') })
  // On PostgreSQL the second instance has its own connection pool, as another process would;
  // the embedded engine serves one process, so both instances share its handle there.
  const db = process.env.DATABASE_URL ? (secondHandle = connectToServer(await serverUrlOf(t), 4)).db : t.db
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_DATA: 'false', SIGN_IN_RATE_PER_MINUTE: '1000' })
  second = await createApp({ db, engine: t.engine, config, clock: () => t.clock.now })
  await second.ready()
  serviceKey = (await publishedService(t, await t.asUser('wt-officer@prongsai.test'), 'wiang-thong')).key
})
afterAll(async () => {
  await second?.close()
  await secondHandle?.close()
  await t?.close()
})

type Intake = { name: string; page: string; action?: string; form: (i: number) => Record<string, string>; accepted: number }
const intakes: Intake[] = [
  { name: 'webboard questions', page: '/o/wiang-thong/webboard/ask', form: (i) => ({ topic: 'services', name: 'ชาวบ้าน', title: `ถามครั้งที่ ${i}`, body: 'งานทะเบียนเปิดวันเสาร์ไหม' }), accepted: 200 },
  { name: 'comments', page: '/o/wiang-thong/comments/new', form: (i) => ({ kind: 'suggestion', body: `ข้อเสนอแนะที่ ${i}`, identity: 'anonymous', name: '', contact: '', follow_up: 'no' }), accepted: 200 },
  { name: 'information requests', page: '/o/wiang-thong/information/request', form: (i) => ({ name: 'นางสาวขอข้อมูล ใฝ่รู้', contact: 'khor@example.test', what: `สำเนาสัญญาฉบับที่ ${i}`, delivery: 'email' }), accepted: 200 },
  { name: 'online service requests', page: 'SERVICE', form: (i) => ({ applicant_name: `นายออนไลน์ ${i}`, applicant_contact: 'online@example.com', details: '' }), accepted: 201 },
]
const pageOf = (x: Intake) => (x.page === 'SERVICE' ? `/o/wiang-thong/services/${serviceKey}/apply` : x.page)

describe('posts from one source, through two instances on one database', () => {
  it.each(intakes.map((x, n) => [x.name, x, n] as const))('%s: five in ten minutes across both instances, the sixth refused on either, another source unaffected', async (_name, x, n) => {
    const ip = `203.0.113.${10 + n}`
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) statuses.push((await postFrom(i % 2 ? second : t.app, ip, pageOf(x), x.form(i))).statusCode)
    expect(statuses).toEqual(Array(5).fill(x.accepted))
    for (const app of [t.app, second]) {
      const refused = await postFrom(app, ip, pageOf(x), x.form(9))
      expect(refused.statusCode).toBe(429)
      expect(refused.headers['x-error-code']).toBe('rate_limited')
    }
    expect((await postFrom(second, `198.51.100.${10 + n}`, pageOf(x), x.form(10))).statusCode).toBe(x.accepted)
  })
})

type CodeForm = { name: string; page: string; form: (i: number) => Record<string, string> }
const codeForms: CodeForm[] = [
  { name: 'comment follow-up', page: '/o/wiang-thong/comments/follow-up', form: (i) => ({ reference: `ความคิดเห็น-2570-${String(i).padStart(5, '0')}`, code: 'AAAA-BBBB-CCCC-DDDD' }) },
  { name: 'information request follow-up', page: '/o/wiang-thong/information/follow-up', form: (i) => ({ number: `${i}/2570`, code: 'AAAA-BBBB-CCCC-DDDD' }) },
  { name: 'service request follow-up', page: '/o/wiang-thong/services/follow-up', form: (i) => ({ reference: `คข-2570-${String(i).padStart(5, '0')}`, code: 'AAAA-BBBB-CCCC-DDDD' }) },
]

describe('wrong follow-up codes from one source, through two instances', () => {
  it.each(codeForms.map((x, n) => [x.name, x, n] as const))('%s: ten wrong across both instances, then 429 on either; another source still gets its answer', async (_name, x, n) => {
    const ip = `203.0.113.${50 + n}`
    const statuses: number[] = []
    for (let i = 0; i < 10; i++) statuses.push((await postFrom(i % 2 ? second : t.app, ip, x.page, x.form(i))).statusCode)
    expect(statuses).toEqual(Array(10).fill(422))
    for (const app of [t.app, second]) {
      const refused = await postFrom(app, ip, x.page, x.form(11))
      expect(refused.statusCode).toBe(429)
      expect(refused.headers['x-error-code']).toBe('rate_limited')
    }
    expect((await postFrom(t.app, `198.51.100.${50 + n}`, x.page, x.form(12))).statusCode).toBe(422)
  })

  it('have no overall limit: 63 wrong codes in a minute from seven sources (past the old cap of 60) lock no one else out', async () => {
    const page = '/o/wiang-thong/comments/follow-up'
    for (let s = 0; s < 7; s++) {
      const answers = await Promise.all(Array.from({ length: 9 }, (_, i) => postFrom(s % 2 ? second : t.app, `192.0.2.${s + 1}`, page, codeForms[0]!.form(100 + s * 10 + i))))
      expect(answers.map((a) => a.statusCode)).toEqual(Array(9).fill(422))
    }
    expect((await postFrom(t.app, '198.51.100.99', page, codeForms[0]!.form(999))).statusCode).toBe(422)
    expect((await postFrom(second, '198.51.100.98', page, codeForms[0]!.form(998))).statusCode).toBe(422)
  })

  it('keep no address in the database, only keyed hashes per window', async () => {
    const rows = await t.db.selectFrom('abuse_counters').select('key').execute()
    const kinds = new Set(rows.map((r) => r.key.split(':')[0]))
    for (const kind of ['webboard-post', 'comment', 'information-request', 'service-request', 'comment-code', 'information-request-code', 'service-request-code']) expect(kinds).toContain(kind)
    expect(JSON.stringify(rows)).not.toMatch(/203\.0\.113|198\.51\.100|192\.0\.2/)
  })
})

/** The URL of the test app's own database on the server (CI's PostgreSQL run). */
async function serverUrlOf(app: TestApp): Promise<string> {
  const r = await app.db.selectNoFrom((eb) => eb.fn<string>('current_database').as('name')).executeTakeFirstOrThrow()
  return serverUrlFor(process.env.DATABASE_URL!, r.name)
}
