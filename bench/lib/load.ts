import autocannon from 'autocannon'

export type LoadOptions = { connections: number; durationS: number; warmupS: number; headers?: Record<string, string> }
export type LoadResult = {
  reqPerSec: number
  p50Ms: number
  p95Ms: number
  p99Ms: number
  requests: number
  non2xx: number
  errors: number
  /** Bytes read per answer (status line, headers and body): equal for two servers sending the same bytes. */
  bytesPerResponse: number
  /** The server's own CPU time per answer (µs), when its process can be read: what the machine's other load does not change much. */
  cpuMicrosPerResponse: number | null
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

/**
 * A warm-up run (thrown away: JIT, caches, connection set-up), then the measured run.
 * Percentiles come from every answer's own time (autocannon's summary has no p95).
 */
export async function measure(url: string, o: LoadOptions, cpuOf?: () => number | null): Promise<LoadResult> {
  const headers = o.headers ?? {}
  if (o.warmupS > 0) await autocannon({ url, connections: o.connections, duration: o.warmupS, headers })
  const times: number[] = []
  const cpuBefore = cpuOf?.() ?? null
  // The returned promise is also autocannon's event emitter.
  const instance = autocannon({ url, connections: o.connections, duration: o.durationS, headers }) as unknown as Promise<autocannon.Result> & { on(event: 'response', fn: (...args: never[]) => void): void }
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms))
  const r = await instance
  const cpuAfter = cpuOf?.() ?? null
  times.sort((a, b) => a - b)
  const round = (n: number) => Math.round(n * 10) / 10
  return {
    reqPerSec: r.requests.average,
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    p99Ms: round(percentile(times, 99)),
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    bytesPerResponse: r.requests.total > 0 ? r.throughput.total / r.requests.total : 0,
    cpuMicrosPerResponse: cpuBefore !== null && cpuAfter !== null && r.requests.total > 0 ? ((cpuAfter - cpuBefore) * 1000) / r.requests.total : null,
  }
}

/** The best of several runs (highest rate): other work on a shared machine only ever slows a run down. */
export function best(runs: LoadResult[]): LoadResult {
  return runs.reduce((a, b) => (b.reqPerSec > a.reqPerSec ? b : a))
}

/** A plain-text table with aligned columns (also valid Markdown, for bench/README.md). */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n')
}
