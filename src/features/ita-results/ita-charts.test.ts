import { describe, expect, it } from 'vitest'
import { renderChartSvg } from '../../platform/charts/index.ts'
import { rankingChart, RANKING_ROW_HEIGHT } from './ita-charts.ts'
import { rankWithinGroup } from './ita-score.domain.ts'

/** A province of 36 agencies with long Thai names, two of them without results. */
const agencies = Array.from({ length: 36 }, (_, i) => ({
  name: `องค์การบริหารส่วนตำบลบ้านหนองหญ้าปล้อง ${i + 1}`,
  total: i >= 34 ? null : Math.round((95 - i * 0.7) * 100) / 100,
}))

describe('the ranking chart', () => {
  it('draws every scored agency’s name on its own line, however many there are', () => {
    const chart = renderChartSvg(rankingChart(rankWithinGroup(agencies), 2568)!, { locale: 'th' })
    const labels = [...chart.svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!)
    for (let i = 1; i <= 34; i++) expect(labels).toContain(`${i}. องค์การบริหารส่วนตำบลบ้านหนองหญ้าปล้อง ${i}`)
    expect(labels.some((l) => l.endsWith(' 35'))).toBe(false)
    expect(chart.height).toBeGreaterThanOrEqual(34 * RANKING_ROW_HEIGHT)
    // The accessible table has the same 34 agencies, best first.
    expect(chart.table.rows).toHaveLength(34)
    expect(chart.table.rows[0]).toMatchObject({ label: '1. องค์การบริหารส่วนตำบลบ้านหนองหญ้าปล้อง 1', values: ['95'] })
  })

  it('puts the best agency on top', () => {
    const chart = renderChartSvg(rankingChart(rankWithinGroup(agencies.slice(0, 3)), 2568)!, { locale: 'en' })
    const y = (label: string) => Number(new RegExp(`transform="translate\\([0-9.]+ ([0-9.]+)\\)"[^>]*>${label}<`).exec(chart.svg)?.[1])
    expect(y('1. องค์การบริหารส่วนตำบลบ้านหนองหญ้าปล้อง 1')).toBeLessThan(y('3. องค์การบริหารส่วนตำบลบ้านหนองหญ้าปล้อง 3'))
  })

  it('has nothing to draw without results', () => {
    expect(rankingChart(rankWithinGroup(agencies.slice(34)), 2568)).toBeUndefined()
  })
})
