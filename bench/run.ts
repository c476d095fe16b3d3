import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { formatBytes } from '../src/commands/progress.ts'
import { measure, table, type LoadResult } from './lib/load.ts'
import { capture, residentBytes, startApp, startBareServer } from './lib/servers.ts'

/**
 * `npm run bench`: the public pages of the real app (embedded database, demo province,
 * LOG_LEVEL=warn, its own process) against a bare node:http server that serves the same
 * bytes, in the same run, with autocannon on loopback. Prints req/s, p99 and the ratio
 * app/bare per page. Not part of the tests: figures depend on the machine.
 */
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    pages: { type: 'string', default: '/,/o/wiang-thong,/o/suvarnabhumi' },
  },
})
const load = { durationS: Number(values.duration), warmupS: Number(values.warmup), connections: Number(values.connections) }
const paths = values.pages!.split(',')

const work = mkdtempSync(join(tmpdir(), 'prongsai-bench-'))
const servers: { stop: () => Promise<void> }[] = []
try {
  console.error(`starting the app on a fresh embedded database with the demo province (${work}) …`)
  const app = await startApp({ DATA_DIR: join(work, 'data'), DEMO_DATA: 'true' })
  servers.push(app)
  const pages = await capture(app.url, paths)
  const bare = await startBareServer(pages, work)
  servers.push(bare)

  const rows: string[][] = []
  for (const page of pages) {
    const results: Record<'app' | 'bare', LoadResult> = {} as never
    for (const [name, server] of [['app', app], ['bare', bare]] as const) {
      console.error(`${name} ${page.path}: ${load.warmupS} s warm-up, ${load.durationS} s × ${load.connections} connections …`)
      results[name] = await measure(`${server.url}${page.path}`, load)
      if (results[name].non2xx || results[name].errors) throw new Error(`${name} ${page.path}: ${results[name].non2xx} non-2xx answers, ${results[name].errors} errors`)
    }
    rows.push([
      page.path,
      formatBytes(page.body.length),
      results.app.reqPerSec.toFixed(0),
      String(results.app.p99Ms),
      results.bare.reqPerSec.toFixed(0),
      String(results.bare.p99Ms),
      `${(results.app.reqPerSec / results.bare.reqPerSec).toFixed(2)}×`,
    ])
  }
  const rss = residentBytes(app.pid)
  console.log(`\n${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; ${load.durationS} s × ${load.connections} connections after ${load.warmupS} s warm-up, loopback\n`)
  console.log(table(['page', 'size', 'app req/s', 'app p99 ms', 'bare req/s', 'bare p99 ms', 'app/bare'], rows))
  if (rss) console.log(`\napp resident memory after the run: ${formatBytes(rss)}`)
} finally {
  for (const s of servers.reverse()) await s.stop()
  rmSync(work, { recursive: true, force: true })
}
