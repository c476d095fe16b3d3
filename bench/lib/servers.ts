import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
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

/** The real app as `npm start` runs it, on loopback, in its own process. */
export async function startApp(env: Record<string, string>): Promise<Server> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const { child, output } = start(['--import', 'tsx', 'src/main.ts'], { NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), BASE_URL: url, LOG_LEVEL: 'warn', ...env })
  await waitFor(`${url}/readyz`, child, output)
  return { url, pid: child.pid!, output, stop: stopper(child) }
}

export type CapturedPage = { path: string; status: number; headers: Record<string, string>; body: Buffer }

// Hop-by-hop and per-response headers the bare server's own node:http adds or that vary per request.
const NOT_REPLAYED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'x-request-id'])

/** One GET of each page from the app: the exact bytes the bare server will serve. */
export async function capture(baseUrl: string, paths: string[]): Promise<CapturedPage[]> {
  const pages: CapturedPage[] = []
  for (const path of paths) {
    const r = await fetch(`${baseUrl}${path}`)
    if (!r.ok) throw new Error(`GET ${path} answered ${r.status}`)
    const headers: Record<string, string> = {}
    r.headers.forEach((v, k) => {
      if (!NOT_REPLAYED.has(k)) headers[k] = v
    })
    pages.push({ path, status: r.status, headers, body: Buffer.from(await r.arrayBuffer()) })
  }
  return pages
}

export async function startBareServer(pages: CapturedPage[], workDir: string): Promise<Server> {
  const file = join(workDir, 'captured.json')
  writeFileSync(file, JSON.stringify(pages.map((p) => ({ path: p.path, status: p.status, headers: p.headers, bodyBase64: p.body.toString('base64') }))))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const { child, output } = start(['--import', 'tsx', 'bench/bare-server.ts', file, String(port)], {})
  await waitFor(`${url}${pages[0]!.path}`, child, output)
  return { url, pid: child.pid!, output, stop: stopper(child) }
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
