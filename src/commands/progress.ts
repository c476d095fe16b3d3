import { performance } from 'node:perf_hooks'

/**
 * Progress of a long command on stderr (stdout stays for the result, so it can be piped):
 * one line rewritten in place on a terminal; on anything else (CI logs, files) a plain line
 * every few seconds and one when each step ends, so logs stay short and still show life.
 *
 *   backup audit_events  120,000 / 1,000,000 rows  12%  45,210 rows/s
 */
export type ProgressOptions = {
  /** What the command does, printed at the start of each line, e.g. 'backup'. */
  title: string
  unit?: string
  stream?: { write(text: string): unknown; isTTY?: boolean }
  /** Overrides the stream's own answer (tests). */
  isTTY?: boolean
  /** Plain mode: at most one line this often while a step runs. */
  intervalMs?: number
  now?: () => number
}

export type Progress = {
  /** Starts a step (a table, a phase); total when known gives a percentage. */
  step(label: string, total?: number): void
  add(count: number): void
  endStep(): void
  /** Ends the command: duration, then the caller's lines (counts, file size…). */
  finish(lines?: string[]): void
  /** The command failed: end a half-drawn terminal line so the error starts on its own. */
  interrupt(): void
  /** Units counted in every step so far. */
  readonly total: number
}

const TTY_REDRAW_MS = 100

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr
  const tty = options.isTTY ?? stream.isTTY === true
  const unit = options.unit ?? 'rows'
  const interval = options.intervalMs ?? 5000
  const now = options.now ?? (() => performance.now())
  const started = now()

  let label = ''
  let stepTotal: number | undefined
  let done = 0
  let stepStart = 0
  let lastPrint = 0
  let grandTotal = 0
  let open = false

  const line = (final: boolean) => {
    const elapsed = (now() - stepStart) / 1000
    const count = stepTotal ? `${formatCount(done)} / ${formatCount(stepTotal)} ${unit}` : `${formatCount(done)} ${unit}`
    const percent = stepTotal ? `  ${Math.min(100, Math.floor((done / stepTotal) * 100))}%` : ''
    // A rate over a few milliseconds says nothing; a finished step shows its duration instead.
    const rate = done > 0 && elapsed >= (final ? 1 : 0.2) ? `  ${formatCount(Math.round(done / elapsed))} ${unit}/s` : ''
    return `${options.title} ${label}  ${count}${final ? '' : percent}${rate}`
  }
  const print = (final: boolean) => {
    lastPrint = now()
    if (tty) stream.write(`\r${line(final)}${final ? `  (${formatDuration(now() - stepStart)})` : ''}\x1b[K${final ? '\n' : ''}`)
    else stream.write(`${line(final)}${final ? `  (${formatDuration(now() - stepStart)})` : ''}\n`)
  }

  const progress: Progress = {
    step(name, total) {
      if (open) progress.endStep()
      label = name
      stepTotal = total
      done = 0
      stepStart = now()
      lastPrint = stepStart
      open = true
      if (tty) print(false)
    },
    add(count) {
      done += count
      grandTotal += count
      if (!open) return
      // A finished step gets its own closing line; a plain log needs no "100%" just before it.
      if (!tty && stepTotal !== undefined && done >= stepTotal) return
      if (now() - lastPrint >= (tty ? TTY_REDRAW_MS : interval)) print(false)
    },
    endStep() {
      if (!open) return
      open = false
      print(true)
    },
    finish(lines = []) {
      progress.endStep()
      stream.write(`${options.title}: done in ${formatDuration(now() - started)}${lines.length ? `\n${lines.map((l) => `  ${l}`).join('\n')}` : ''}\n`)
    },
    interrupt() {
      if (open && tty) stream.write('\n')
      open = false
    },
    get total() {
      return grandTotal
    },
  }
  return progress
}

/** The shape the backup service reports through: one step per table. */
export function tableProgress(progress: Progress, prefix = ''): { table(name: string, total: number): void; rows(count: number): void; tableDone(): void } {
  return {
    table: (name, total) => progress.step(`${prefix}${name}`, total),
    rows: (count) => progress.add(count),
    tableDone: () => progress.endStep(),
  }
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US')
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  const s = Math.round(ms / 1000)
  return `${Math.floor(s / 60)} min ${s % 60} s`
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KiB', 'MiB', 'GiB']
  let v = bytes / 1024
  let u = 0
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024
    u++
  }
  return `${v.toFixed(v < 10 ? 2 : 1)} ${units[u]}`
}
