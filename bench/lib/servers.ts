import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { get as httpGet } from 'node:http'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export type Server = { url: string; pid: number; output: () => string; stop: () => Promise<void> }

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

function start(args: string[], env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout!.on('data', (d) => (out += String(d)))
  child.stderr!.on('data', (d) => (out += String(d)))
  return { child, output: () => out }
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
}

async function waitFor(url: string, child: ChildProcess, output: () => string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}) before answering:\n${output()}`)
    try {
      const r = await fetch(url)
      if (r.ok) return
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`no answer from ${url} after ${timeoutMs} ms:\n${output()}`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

/** The real app as `npm start` runs it (compiled, built first if the sources changed), on loopback, in its own process. */
export async function startApp(env: Record<string, string>): Promise<Server> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const { child, output } = start(['scripts/start.mjs'], { NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), BASE_URL: url, LOG_LEVEL: 'warn', ...env })
  await waitFor(`${url}/readyz`, child, output)
  return { url, pid: child.pid!, output, stop: stopper(child) }
}

/**
 * One captured answer: `path` is what the bench asked for, `target` the address it settled on
 * after following redirects (a 303 to the current year is not a page to load-test), `request`
 * the headers sent (the load generator sends exactly these), and `body` the bytes on the wire,
 * compressed if the app compressed them.
 */
export type CapturedPage = { path: string; target: string; request: Record<string, string>; status: number; headers: Record<string, string>; body: Buffer }

// Hop-by-hop headers and those node:http writes itself on the bare server too.
const NOT_REPLAYED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding'])

/** The headers autocannon sends besides host: none that changes the answer (no Accept-Encoding). */
export const LOAD_GENERATOR_HEADERS: Record<string, string> = {}
/** What a browser sends: the app may answer compressed. */
export const BROWSER_HEADERS: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br, zstd' }

type RawAnswer = { status: number; headers: Record<string, string>; body: Buffer }

/** node:http, not fetch: fetch adds Accept-Encoding and decompresses, so it never sees the bytes sent. */
export function rawGet(url: string, headers: Record<string, string>): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpGet(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        const h: Record<string, string> = {}
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) h[k] = Array.isArray(v) ? v.join(', ') : v
        resolve({ status: res.statusCode ?? 0, headers: h, body: Buffer.concat(chunks) })
      })
      res.on('error', reject)
    })
    req.on('error', reject)
  })
}

/**
 * GETs each page from the app with exactly `request` headers (twice: the second answer is the
 * warm one the load test will see), following same-site redirects to the page they lead to.
 */
export async function capture(baseUrl: string, paths: string[], request: Record<string, string> = LOAD_GENERATOR_HEADERS): Promise<CapturedPage[]> {
  const pages: CapturedPage[] = []
  for (const path of paths) {
    let target = path
    let answer: RawAnswer | undefined
    for (let hop = 0; hop < 5; hop++) {
      await rawGet(`${baseUrl}${target}`, request)
      answer = await rawGet(`${baseUrl}${target}`, request)
      const location = answer.headers.location
      if (answer.status < 300 || answer.status >= 400 || !location) break
      const next = new URL(location, `${baseUrl}${target}`)
      if (next.origin !== new URL(baseUrl).origin) throw new Error(`GET ${target} redirects off the site (${location})`)
      target = next.pathname + next.search
    }
    if (!answer || answer.status !== 200) throw new Error(`GET ${target} answered ${answer?.status}`)
    const headers: Record<string, string> = {}
    for (const [k, v] of Object.entries(answer.headers)) if (!NOT_REPLAYED.has(k)) headers[k] = v
    pages.push({ path, target, request, status: answer.status, headers, body: answer.body })
  }
  return pages
}

/** The bare server answers by address and Accept-Encoding, as the app does. */
export const replayKey = (target: string, request: Record<string, string>) => `${target}\n${request['accept-encoding'] ?? ''}`

export async function startBareServer(pages: CapturedPage[], workDir: string): Promise<Server> {
  const file = join(workDir, 'captured.json')
  writeFileSync(file, JSON.stringify(pages.map((p) => ({ key: replayKey(p.target, p.request), status: p.status, headers: p.headers, bodyBase64: p.body.toString('base64') }))))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const { child, output } = start(['--import', 'tsx', 'bench/bare-server.ts', file, String(port)], {})
  await waitFor(`${url}/__ready`, child, output)
  return { url, pid: child.pid!, output, stop: stopper(child) }
}

/**
 * Asks the bare server for each page as the load generator will and checks it sends what the
 * app sent, byte for byte, headers included: a ratio against anything else means nothing.
 */
export async function verifyReplay(bareUrl: string, pages: CapturedPage[]): Promise<string[]> {
  const problems: string[] = []
  for (const page of pages) {
    const got = await rawGet(`${bareUrl}${page.target}`, page.request)
    if (got.status !== page.status) problems.push(`${page.target}: bare status ${got.status}, app ${page.status}`)
    if (!got.body.equals(page.body)) problems.push(`${page.target} (${page.request['accept-encoding'] ?? 'no Accept-Encoding'}): bare body ${got.body.length} B differs from the app's ${page.body.length} B`)
    for (const [k, v] of Object.entries(page.headers)) if (got.headers[k] !== v) problems.push(`${page.target}: header ${k} differs`)
  }
  return problems
}

/** Resident memory of a process, from /proc (Linux), in bytes; null elsewhere. */
export function residentBytes(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Number(m[1]) * 1024 : null
  } catch {
    return null
  }
}

/** CPU time a process has used so far (user + system), in milliseconds, from /proc (Linux); null elsewhere. */
export function cpuMillis(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces, so split after its closing parenthesis).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    // utime and stime are fields 14 and 15 of the whole line: 12 and 13 after the name; in clock ticks (100 a second).
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return null
  }
}
