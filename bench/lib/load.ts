import autocannon from 'autocannon'

export type LoadOptions = { connections: number; durationS: number; warmupS: number }
export type LoadResult = { reqPerSec: number; p50Ms: number; p99Ms: number; requests: number; non2xx: number; errors: number }

/** A warm-up run (thrown away: JIT, caches, connection set-up), then the measured run. */
export async function measure(url: string, o: LoadOptions): Promise<LoadResult> {
  if (o.warmupS > 0) await autocannon({ url, connections: o.connections, duration: o.warmupS })
  const r = await autocannon({ url, connections: o.connections, duration: o.durationS })
  return {
    reqPerSec: r.requests.average,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
  }
}

/** A plain-text table with aligned columns (also valid Markdown, for bench/README.md). */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n')
}
