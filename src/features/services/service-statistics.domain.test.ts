import { describe, expect, it } from 'vitest'
import { completionFigures, median, percentile } from './service-statistics.domain.ts'

describe('completion-time figures', () => {
  it('takes the nearest-rank 90th percentile and the median', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    expect(percentile(sorted, 0.9)).toBe(9)
    expect(median(sorted)).toBe(5.5)
    expect(median([4])).toBe(4)
    expect(percentile([], 0.9)).toBeNull()
  })

  it('counts the share on time and the requests that needed a delay notice', () => {
    const f = completionFigures([
      { serviceId: 's', tookDays: 3, promisedDays: 5, late: false, delayNotices: 0 },
      { serviceId: 's', tookDays: 8, promisedDays: 5, late: true, delayNotices: 1 },
      { serviceId: 's', tookDays: 5, promisedDays: 5, late: false, delayNotices: 1 },
      { serviceId: 's', tookDays: 1, promisedDays: 5, late: false, delayNotices: 0 },
    ])
    expect(f).toEqual({ closed: 4, median: 4, p90: 8, onTimeShare: 0.75, withDelayNotice: 2, promisedDays: 5 })
  })
})
