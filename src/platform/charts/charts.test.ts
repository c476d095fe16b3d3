import { describe, expect, it } from 'vitest'
import { renderChartPng, renderChartSvg, type ChartKind, type ChartSpec } from './index.ts'

const spec = (kind: ChartKind): ChartSpec => ({
  id: `complaints-${kind}`,
  kind,
  title: { th: 'เรื่องร้องเรียนจำแนกตามสถานะ', en: 'Complaints by status' },
  description: { th: 'เสร็จแล้ว 7 เรื่อง อยู่ระหว่างดำเนินการ 3 เรื่อง', en: '7 completed, 3 in progress' },
  categories: [{ th: 'ครึ่งปีแรก', en: 'First half' }, { th: 'ครึ่งปีหลัง', en: 'Second half' }],
  series: kind === 'donut' ? [{ name: { th: 'จำนวน', en: 'Count' }, values: [7, 3] }] : [
    { name: { th: 'เสร็จแล้ว', en: 'Completed' }, values: [4, 3] },
    { name: { th: 'อยู่ระหว่างดำเนินการ', en: 'In progress' }, values: [1, 2] },
  ],
  categoryHeader: { th: 'ช่วงเวลา', en: 'Period' },
  valueLabel: { th: 'จำนวนเรื่อง', en: 'Complaints' },
})

describe('server-rendered charts', () => {
  for (const kind of ['bar', 'stacked-bar', 'line', 'donut'] as const) {
    it(`draws a ${kind} chart as an accessible SVG with the Thai labels as text`, () => {
      const chart = renderChartSvg(spec(kind), { locale: 'th' })
      expect(chart.svg).toMatch(/^<svg[\s>]/)
      expect(chart.svg).toContain('role="img"')
      expect(chart.svg).toContain('<title')
      expect(chart.svg).toContain('<desc')
      expect(chart.svg).toContain('เรื่องร้องเรียนจำแนกตามสถานะ')
      expect(chart.svg).toContain('ครึ่งปีแรก')
      expect(chart.svg).not.toContain('<script')
      expect(chart.table.rows.length).toBe(2)
    })
  }

  it('escapes text that looks like markup', () => {
    const s = spec('bar')
    const chart = renderChartSvg({ ...s, categories: [{ th: '<b>x</b> & y', en: 'x' }, s.categories[1]!] }, { locale: 'th' })
    expect(chart.svg).not.toContain('<b>x</b>')
  })

  it('rasterises to a PNG of the chart’s size for Word files', () => {
    const { image } = renderChartPng(spec('bar'), { locale: 'th' })
    expect(Buffer.from(image.png.subarray(1, 4)).toString('latin1')).toBe('PNG')
    expect(image.width).toBeGreaterThan(0)
    expect(image.height).toBeGreaterThan(0)
  })
})
