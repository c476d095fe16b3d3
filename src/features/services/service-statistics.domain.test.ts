import { describe, expect, it } from 'vitest'
import { figuresFromCounts, NO_COMPLETIONS } from './service-statistics.domain.ts'

describe('completion-time figures', () => {
  it('gives the share on time of the closed requests', () => {
    expect(figuresFromCounts({ closed: 4, median: 4, p90: 8, onTime: 3, withDelayNotice: 2, promisedDays: 5 })).toEqual({ closed: 4, median: 4, p90: 8, onTimeShare: 0.75, withDelayNotice: 2, promisedDays: 5 })
  })
  it('shows no figures for a service that closed nothing', () => {
    expect(figuresFromCounts({ closed: 0, median: null, p90: null, onTime: 0, withDelayNotice: 0, promisedDays: 0 })).toBe(NO_COMPLETIONS)
  })
})
