import { describe, expect, it } from 'vitest'
import { createProgress, formatBytes, formatDuration } from './progress.ts'

function fakeStderr(isTTY: boolean) {
  const clock = { ms: 0 }
  const out = { text: '', isTTY, write: (s: string) => (out.text += s) }
  return { out, clock, now: () => clock.ms }
}

describe('progress of a long command', () => {
  it('in a CI log, prints a plain line every few seconds and one when each table is done, then a summary', () => {
    const { out, clock, now } = fakeStderr(false)
    const p = createProgress({ title: 'backup', stream: out, now, intervalMs: 5000 })
    p.step('public.audit_events', 100_000)
    clock.ms = 1000
    p.add(20_000)
    expect(out.text).toBe('') // quiet between intervals: a CI log is not flooded
    clock.ms = 5000
    p.add(30_000)
    clock.ms = 10_000
    p.add(50_000)
    p.step('public.holidays', 97)
    p.add(97)
    clock.ms = 10_500
    p.finish(['2 tables, 100,097 rows', 'out.jsonl.gz: 1.50 MiB'])
    expect(out.text.split('\n')).toEqual([
      'backup public.audit_events  50,000 / 100,000 rows  50%  10,000 rows/s',
      'backup public.audit_events  100,000 / 100,000 rows  10,000 rows/s  (10.0 s)',
      'backup public.holidays  97 / 97 rows  (500 ms)',
      'backup: done in 10.5 s',
      '  2 tables, 100,097 rows',
      '  out.jsonl.gz: 1.50 MiB',
      '',
    ])
  })

  it('on a terminal, rewrites one line in place and ends it when the step is done', () => {
    const { out, clock, now } = fakeStderr(true)
    const p = createProgress({ title: 'restore', stream: out, now })
    p.step('public.users', 3)
    clock.ms = 500
    p.add(1)
    clock.ms = 1000
    p.add(2)
    p.endStep()
    const frames = out.text.split('\r').filter(Boolean)
    expect(frames[0]).toBe('restore public.users  0 / 3 rows  0%\x1b[K')
    expect(frames[1]).toBe('restore public.users  1 / 3 rows  33%  2 rows/s\x1b[K')
    expect(frames.at(-1)).toBe('restore public.users  3 / 3 rows  3 rows/s  (1.0 s)\x1b[K\n')
  })

  it('leaves the terminal on a fresh line when the command fails mid-step', () => {
    const { out, now } = fakeStderr(true)
    const p = createProgress({ title: 'restore', stream: out, now })
    p.step('public.users', 3)
    p.interrupt()
    expect(out.text.endsWith('\n')).toBe(true)
  })

  it('counts without a total when the total is unknown', () => {
    const { out, clock, now } = fakeStderr(false)
    const p = createProgress({ title: 'verify', unit: 'events', stream: out, now })
    p.step('chain')
    clock.ms = 2000
    p.add(4000)
    p.endStep()
    expect(out.text).toBe('verify chain  4,000 events  2,000 events/s  (2.0 s)\n')
    expect(p.total).toBe(4000)
  })

  it('writes sizes and durations the way people read them', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(6810)).toBe('6.65 KiB')
    expect(formatBytes(250 * 1024 * 1024)).toBe('250.0 MiB')
    expect(formatDuration(937)).toBe('937 ms')
    expect(formatDuration(125_000)).toBe('2 min 5 s')
  })
})
