import type { LoadResult } from './load.ts'

/**
 * Whether app/bare means anything. It does not when the two did not send the same bytes per
 * answer (a different page, or compressed on one side only), or when the bare server's rate is
 * not that of a server doing nothing (stalled, starved of CPU, or slower than the app).
 */
export function judgeRatio(app: LoadResult, bare: LoadResult): { ok: true; ratio: number; cpuRatio: number | null } | { ok: false; reason: string } {
  // The app's x-page-cache may say "miss" once instead of "hit": a few bytes at most.
  if (Math.abs(app.bytesPerResponse - bare.bytesPerResponse) > 8) {
    return { ok: false, reason: `bytes differ (${app.bytesPerResponse.toFixed(0)} B vs ${bare.bytesPerResponse.toFixed(0)} B an answer)` }
  }
  if (bare.reqPerSec < 1000) return { ok: false, reason: `bare server implausibly slow (${bare.reqPerSec.toFixed(0)} req/s)` }
  if (app.reqPerSec > bare.reqPerSec * 1.2) return { ok: false, reason: 'app faster than bare: the machine is too busy to compare' }
  const cpuRatio = app.cpuMicrosPerResponse && bare.cpuMicrosPerResponse ? bare.cpuMicrosPerResponse / app.cpuMicrosPerResponse : null
  return { ok: true, ratio: app.reqPerSec / bare.reqPerSec, cpuRatio }
}
