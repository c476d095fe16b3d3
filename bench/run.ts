import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { formatBytes } from '../src/commands/progress.ts'
import { best, measure, table, type LoadResult } from './lib/load.ts'
import { BROWSER_HEADERS, capture, cpuMillis, LOAD_GENERATOR_HEADERS, residentBytes, startApp, startBareServer, verifyReplay, type CapturedPage } from './lib/servers.ts'
import { judgeRatio } from './lib/judge.ts'

/**
 * `npm run bench`: the public pages of the real app (embedded database, demo province,
 * LOG_LEVEL=warn, its own process) against a bare node:http server that serves the same
 * bytes, in the same run, with autocannon on loopback. Each page twice: as autocannon asks by
 * default (no Accept-Encoding: the plain page) and as a browser asks (compressed). Prints req/s,
 * p50/p95/p99 and the ratio app/bare, or why there is no honest ratio; and each server's own
 * CPU time per answer, which the machine's other load changes far less than req/s. Best of
 * `--rounds` alternating runs. Not part of the tests.
 */
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '8' },
    pages: { type: 'string', default: '/,/o/wiang-thong,/o/wiang-thong/portal,/o/wiang-thong/complaints/statistics,/o/wiang-thong/budget' },
    encodings: { type: 'string', default: 'plain,browser' },
    rounds: { type: 'string', default: '2' },
  },
})
const load = { durationS: Number(values.duration), warmupS: Number(values.warmup), connections: Number(values.connections) }
const paths = values.pages!.split(',')
const rounds = Math.max(1, Number(values.rounds))
const variants = values.encodings!.split(',').map((name) => {
  if (name === 'plain') return { name, headers: LOAD_GENERATOR_HEADERS }
  if (name === 'browser') return { name, headers: BROWSER_HEADERS }
  throw new Error(`--encodings: plain or browser, not ${name}`)
})

const work = mkdtempSync(join(tmpdir(), 'prongsai-bench-'))
const servers: { stop: () => Promise<void> }[] = []
let refused = 0
try {
  console.error(`starting the app on a fresh embedded database with the demo province (${work}) …`)
  const app = await startApp({ DATA_DIR: join(work, 'data'), DEMO_DATA: 'true' })
  servers.push(app)
  const pages: CapturedPage[] = []
  for (const v of variants) pages.push(...(await capture(app.url, paths, v.headers)))
  const bare = await startBareServer(pages, work)
  servers.push(bare)
  const problems = await verifyReplay(bare.url, pages)
  if (problems.length) throw new Error(`the bare server does not send what the app sent:\n${problems.join('\n')}`)
  const rssBefore = residentBytes(app.pid)

  const rows: string[][] = []
  for (const page of pages) {
    const results: Record<'app' | 'bare', LoadResult> = {} as never
    const label = `${page.path === page.target ? page.path : `${page.path} → ${page.target}`}`
    const runs: Record<'app' | 'bare', LoadResult[]> = { app: [], bare: [] }
    // Alternating rounds, best of each: the machine's other load comes and goes.
    for (let round = 0; round < rounds; round++) {
      for (const [name, server] of [['app', app], ['bare', bare]] as const) {
        console.error(`${name} ${label} (${page.headers['content-encoding'] ?? 'identity'}) round ${round + 1}/${rounds}: ${load.warmupS} s warm-up, ${load.durationS} s × ${load.connections} connections …`)
        const r = await measure(`${server.url}${page.target}`, { ...load, headers: page.request }, () => cpuMillis(server.pid))
        if (r.non2xx || r.errors) throw new Error(`${name} ${page.target}: ${r.non2xx} non-2xx answers, ${r.errors} errors`)
        runs[name].push(r)
      }
    }
    results.app = best(runs.app)
    results.bare = best(runs.bare)
    const verdict = judgeRatio(results.app, results.bare)
    if (!verdict.ok) refused++
    rows.push([
      label,
      page.headers['content-encoding'] ?? 'identity',
      formatBytes(page.body.length),
      results.app.reqPerSec.toFixed(0),
      `${results.app.p50Ms}/${results.app.p95Ms}/${results.app.p99Ms}`,
      results.bare.reqPerSec.toFixed(0),
      `${results.bare.p50Ms}/${results.bare.p95Ms}/${results.bare.p99Ms}`,
      verdict.ok ? `${verdict.ratio.toFixed(2)}×` : `no ratio: ${verdict.reason}`,
      results.app.cpuMicrosPerResponse === null ? '?' : `${results.app.cpuMicrosPerResponse.toFixed(0)}/${results.bare.cpuMicrosPerResponse?.toFixed(0) ?? '?'}`,
      verdict.ok && verdict.cpuRatio !== null ? `${verdict.cpuRatio.toFixed(2)}×` : '–',
    ])
  }
  const rss = residentBytes(app.pid)
  const [l1] = loadavg()
  console.log(`\n${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${l1!.toFixed(1)} at the end; ${load.durationS} s × ${load.connections} connections after ${load.warmupS} s warm-up, loopback\n`)
  console.log(table(['page', 'sent as', 'size', 'app req/s', 'app p50/p95/p99 ms', 'bare req/s', 'bare p50/p95/p99 ms', 'app/bare', 'CPU µs/answer app/bare', 'CPU bare/app'], rows))
  if (rss) console.log(`\napp resident memory: ${rssBefore ? formatBytes(rssBefore) : '?'} before the load, ${formatBytes(rss)} after`)
} finally {
  for (const s of servers.reverse()) await s.stop()
  rmSync(work, { recursive: true, force: true })
}
if (refused) process.exitCode = 1
