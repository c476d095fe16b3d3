import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { createApp } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'
import type { Actor } from '../../src/platform/auth/actor.ts'
import { createSession, loadActor } from '../../src/platform/auth/sessions.ts'
import { unlockOrCreateUserKeys } from '../../src/platform/auth/user-keys.ts'
import { DEMO_PASSWORD } from '../../src/features/demo-data/demo-dataset.ts'
import { SESSION_COOKIE } from '../../src/web/http/request-context.ts'
import { createTestDb } from './test-db.ts'

export type TestApp = Awaited<ReturnType<typeof createTestApp>>

/**
 * The real application on a private database, driven with inject(). `now` can be
 * moved by tests that need time to pass (lockouts, expiring links).
 */
export async function createTestApp(options: { now?: Date; env?: Record<string, string>; /** Receives the log lines (set LOG_LEVEL in env), for tests that prove nothing private is logged. */ logStream?: NodeJS.WritableStream } = {}) {
  const handle = await createTestDb()
  const clock = { now: options.now ?? new Date('2026-11-22T03:00:00Z') }
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_DATA: 'false', SIGN_IN_RATE_PER_MINUTE: '1000', ...options.env })
  const app = await createApp({ db: handle.db, engine: handle.engine, config, clock: () => clock.now, ...(options.logStream ? { logStream: options.logStream } : {}) })
  await app.ready()
  return {
    app,
    db: handle.db,
    engine: handle.engine,
    clock,
    async userId(email: string): Promise<string> {
      const u = await handle.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()
      return u.id
    },
    async orgId(slug: string): Promise<string> {
      const o = await handle.db.selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()
      return o.id
    },
    /**
     * A demo user as the use cases see them after signing in: their actor and their private key
     * (unlocked with the demo password), for tests that call use cases directly.
     */
    async reader(email: string): Promise<{ actor: Actor; privateKey: string }> {
      const id = await this.userId(email)
      const actor = await loadActor(handle.db, id)
      if (!actor) throw new Error(`no active user ${email}`)
      return { actor, privateKey: await unlockOrCreateUserKeys(handle.db, id, DEMO_PASSWORD) }
    },
    /**
     * A browser-like client with a cookie jar; `asUser` skips the password form (sign-in has its
     * own tests) but, like sign-in, unlocks the demo user's private key into the session.
     */
    client(): Client {
      return new Client(app)
    },
    async asUser(email: string): Promise<Client> {
      const c = new Client(app)
      const userId = await this.userId(email)
      // Users without a password (invited, never signed in) have no key to unlock.
      const hasPassword = await handle.db.selectFrom('users').select('password_hash').where('id', '=', userId).executeTakeFirst()
      const privateKey = hasPassword?.password_hash ? await unlockOrCreateUserKeys(handle.db, userId, DEMO_PASSWORD).catch(() => null) : null
      const token = await createSession(handle.db, { userId, now: clock.now, ttlHours: 12, secondFactorDone: true, privateKey })
      c.cookies.set(SESSION_COOKIE, token)
      return c
    },
    async close() {
      await app.close()
      await handle.close()
    },
  }
}

export class Client {
  cookies = new Map<string, string>()
  lastCsrf: string | undefined
  constructor(private app: FastifyInstance) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  }

  private absorb(res: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now()) || c.value === ''
      if (expired) this.cookies.delete(c.name)
      else this.cookies.set(c.name, c.value)
    }
    const m = /name="_csrf" value="([^"]+)"/.exec(res.body)
    if (m) this.lastCsrf = m[1]
    return res
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.absorb(await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader(), ...headers } }))
  }

  /** Posts a form the way a browser does, with the CSRF token of the last page fetched. */
  async post(url: string, form: Record<string, string | string[]>, options: { csrf?: string | false } = {}): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams()
    const token = options.csrf === false ? undefined : (options.csrf ?? this.lastCsrf)
    if (token) body.append('_csrf', token)
    for (const [k, v] of Object.entries(form)) for (const item of Array.isArray(v) ? v : [v]) body.append(k, item)
    return this.absorb(
      await this.app.inject({
        method: 'POST',
        url,
        headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
        payload: body.toString(),
      }),
    )
  }

  /** GETs the page that holds the form (for its CSRF token), then submits it. */
  async submit(pageUrl: string, form: Record<string, string | string[]>, actionUrl = pageUrl): Promise<LightMyRequestResponse> {
    await this.get(pageUrl)
    return this.post(actionUrl, form)
  }
}
