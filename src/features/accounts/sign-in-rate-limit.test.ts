import { afterAll, beforeAll, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ env: { SIGN_IN_RATE_PER_MINUTE: '3' } })
})
afterAll(() => t.close())

it('slows down a client that keeps posting the sign-in form, with a Thai explanation', async () => {
  const c = t.client()
  await c.get('/sign-in')
  const statuses: number[] = []
  for (let i = 0; i < 4; i++) statuses.push((await c.post('/sign-in', { email: 'x@y.test', password: 'guess-guess' })).statusCode)
  expect(statuses).toEqual([422, 422, 422, 429])
  const last = await c.post('/sign-in', { email: 'x@y.test', password: 'guess-guess' })
  expect(last.body).toContain('มีการเรียกใช้บ่อยเกินไป')
})
