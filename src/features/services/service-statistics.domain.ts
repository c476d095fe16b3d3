/**
 * Completion-time figures (seed 004 §6.1) for the head: per service, how long closed requests
 * took against the time the manual promises, and how many were late or needed a delay notice.
 * Pure: durations in, figures out.
 */
export type ClosedRequest = { serviceId: string; tookDays: number; promisedDays: number; late: boolean; delayNotices: number }

export type CompletionFigures = {
  closed: number
  median: number | null
  p90: number | null
  onTimeShare: number | null
  withDelayNotice: number
  promisedDays: number | null
}

/** Nearest-rank percentile (the value at rank ⌈p·n⌉), so every figure is a real request's time. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null
  const rank = Math.max(1, Math.ceil(p * sorted.length))
  return sorted[rank - 1]!
}

export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export function completionFigures(rows: readonly ClosedRequest[]): CompletionFigures {
  const took = rows.map((r) => r.tookDays).sort((a, b) => a - b)
  return {
    closed: rows.length,
    median: median(took),
    p90: percentile(took, 0.9),
    onTimeShare: rows.length ? rows.filter((r) => !r.late).length / rows.length : null,
    withDelayNotice: rows.filter((r) => r.delayNotices > 0).length,
    promisedDays: rows.length ? Math.max(...rows.map((r) => r.promisedDays)) : null,
  }
}
