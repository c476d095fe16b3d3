import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app.ts'

type Operation = { operationId?: string; security?: Record<string, string[]>[]; tags?: string[] }
type OpenApiDocument = {
  info: { license?: { name: string } }
  components: { securitySchemes: Record<string, unknown> }
  paths: Record<string, Record<string, Operation>>
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options']
const redocly = join(process.cwd(), 'node_modules', '.bin', 'redocly')

let t: TestApp
let doc: OpenApiDocument
let body: string
beforeAll(async () => {
  t = await createTestApp()
  const res = await t.client().get('/api/openapi.json')
  expect(res.statusCode).toBe(200)
  body = res.body
  doc = res.json() as OpenApiDocument
})
afterAll(() => t.close())

/** Every operation of the generated document, whichever feature declared it (new api.ts files included). */
function operations(): { route: string; path: string; method: string; op: Operation }[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, path, method, op })),
  )
}

describe('the OpenAPI document', () => {
  it('names every operation with a unique camelCase operationId, so generated clients get method names', () => {
    const ops = operations()
    expect(ops.length).toBeGreaterThanOrEqual(14)
    const missing = ops.filter((o) => !o.op.operationId).map((o) => o.route)
    expect(missing, `these operations have no operationId (add \`operationId: 'verbThing'\` to the route's schema): ${missing.join(', ')}`).toEqual([])
    const notCamel = ops.filter((o) => !/^[a-z][a-zA-Z0-9]*$/.test(o.op.operationId ?? '')).map((o) => `${o.route} (${o.op.operationId})`)
    expect(notCamel, `operationIds must be camelCase: ${notCamel.join(', ')}`).toEqual([])
    const seen = new Map<string, string>()
    for (const o of ops) {
      const other = seen.get(o.op.operationId!)
      expect(other, `${o.route} reuses the operationId ${o.op.operationId} of ${other}`).toBeUndefined()
      seen.set(o.op.operationId!, o.route)
    }
  })

  it('declares on every operation whether it needs a session: security [] for public ones, the session scheme otherwise', () => {
    const undeclared = operations().filter((o) => o.op.security === undefined).map((o) => o.route)
    expect(undeclared, `these operations declare no security (write \`security: []\` when no session is needed, \`security: [{ session: [] }]\` otherwise): ${undeclared.join(', ')}`).toEqual([])
    for (const o of operations()) {
      for (const requirement of o.op.security!) {
        for (const scheme of Object.keys(requirement)) expect(doc.components.securitySchemes, `${o.route} names an undeclared scheme ${scheme}`).toHaveProperty(scheme)
      }
    }
    expect(doc.info.license?.name).toBe('MIT')
  })

  it('tells the truth about security: anonymous callers get 401 from session operations and are never refused by public ones', async () => {
    const sample: Record<string, string> = { slug: 'wiang-thong', fy: '2569', month: '10' }
    for (const o of operations().filter((x) => x.method === 'get')) {
      const url = o.path.replace(/\{(\w+)\}/g, (_, name: string) => sample[name] ?? 'x')
      const res = await t.client().get(url)
      if (o.op.security!.length === 0) expect([401, 403], `${o.route} says public but refused an anonymous caller`).not.toContain(res.statusCode)
      else expect(res.statusCode, `${o.route} says it needs a session`).toBe(401)
    }
  })

  it('lints clean under Redocly’s recommended rules (no errors, no warnings), offline', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'openapi-lint-'))
    try {
      const file = join(dir, 'openapi.json')
      await writeFile(file, body)
      // Redocly would otherwise send telemetry and look for a newer version: the test must not need the network.
      const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' }
      const run = await promisify(execFile)(redocly, ['lint', file, '--extends', 'recommended', '--format', 'json'], { env, cwd: dir, maxBuffer: 16 * 1024 * 1024 }).catch(
        (e: { stdout?: string; stderr?: string }) => ({ stdout: e.stdout ?? '', stderr: e.stderr ?? '' }),
      )
      type Report = { problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[] }
      let report: Report
      try {
        report = JSON.parse(run.stdout) as Report
      } catch {
        throw new Error(`redocly gave no JSON report: ${run.stderr || run.stdout}`)
      }
      const problems = report.problems.map((p) => `${p.severity} ${p.ruleId} at ${decodeURIComponent(p.location[0]?.pointer ?? '')}: ${p.message}`)
      expect(problems, problems.join('\n')).toEqual([])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 60_000)
})
