import { afterAll, beforeAll, expect, it } from 'vitest'
import { createApp } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'
import { createTestDb } from '../support/test-db.ts'

let handle: Awaited<ReturnType<typeof createTestDb>>
let app: Awaited<ReturnType<typeof createApp>>

beforeAll(async () => {
  handle = await createTestDb()
  app = await createApp({ db: handle.db, engine: handle.engine, config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_DATA: 'false' }), clock: () => new Date() })
  // A route that fails the way a bug would, to see what leaves the server.
  app.get('/boom', async () => {
    throw new Error('secret detail: connection string postgres://user:pw@db')
  })
  app.get('/api/v1/boom', async () => {
    throw new Error('secret detail in the API')
  })
})
afterAll(async () => {
  await app.close()
  await handle.close()
})

it('answers an unexpected failure with a Thai 500 page and a reference, never the details', async () => {
  const res = await app.inject({ method: 'GET', url: '/boom' })
  expect(res.statusCode).toBe(500)
  expect(res.body).toContain('ขออภัย ระบบขัดข้อง')
  expect(res.body).toContain(res.headers['x-request-id'] as string)
  expect(res.body).not.toContain('secret detail')
  expect(res.body).not.toContain('postgres://')
})

it('answers an unexpected API failure with the stable code internal_error and no details', async () => {
  const res = await app.inject({ method: 'GET', url: '/api/v1/boom' })
  expect(res.statusCode).toBe(500)
  expect(res.json()).toEqual({ error: { code: 'internal_error', message: 'ระบบขัดข้อง' } })
})
