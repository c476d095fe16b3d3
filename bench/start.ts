import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { formatBytes } from '../src/commands/progress.ts'
import { table } from './lib/load.ts'
import { residentBytes, startApp } from './lib/servers.ts'

/**
 * `npm run bench:start`: how long `npm start` takes to the first page — a first start (a new
 * embedded database, migrations, the demo province built or taken from the snapshot of an earlier
 * build) and restarts on the same data — and how much
 * memory the app holds idle a few seconds later. Runs `--runs` of each; prints every run.
 */
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, demo: { type: 'string', default: 'true' } } })
const runs = Number(values.runs)
const rows: string[][] = []
for (let i = 0; i < runs; i++) {
  const work = mkdtempSync(join(tmpdir(), 'prongsai-start-'))
  try {
    // A snapshot folder of its own per run: the first start builds the demo through the use cases,
    // the second new data folder gets it from the snapshot, then the same folder restarts.
    const starts = [
      ['first start, demo built', 'a'],
      ['first start, demo from snapshot', 'b'],
      ['restart', 'b'],
      ['restart', 'b'],
    ] as const
    for (const [kind, folder] of starts) {
      const t0 = performance.now()
      const app = await startApp({ DATA_DIR: join(work, folder), DEMO_DATA: values.demo!, DEMO_SNAPSHOT_DIR: join(work, 'snapshots'), BASE_URL: 'https://prongsai.example' })
      const ready = performance.now() - t0
      const first = await fetch(`${app.url}/`)
      const firstPage = performance.now() - t0
      if (!first.ok) throw new Error(`GET / answered ${first.status}`)
      await new Promise((r) => setTimeout(r, 3000))
      const rss = residentBytes(app.pid)
      await app.stop()
      rows.push([String(i + 1), kind, `${(ready / 1000).toFixed(1)} s`, `${(firstPage / 1000).toFixed(1)} s`, rss ? formatBytes(rss) : '?'])
      console.error(rows.at(-1)!.join('  '))
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
console.log(table(['run', 'start', 'ready (/readyz)', 'first page', 'idle resident memory'], rows))
