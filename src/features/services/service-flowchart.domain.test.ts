import { describe, expect, it } from 'vitest'
import { measureTextWidth } from '../../platform/charts/text-measure.ts'
import { flowchartSvg, FONT_SIZE, layoutFlowchart, wrapText, type FlowLabels } from './service-flowchart.domain.ts'

const labels: FlowLabels = {
  stepHeading: (n, d) => `ขั้นตอนที่ ${n} · ${d} วันทำการ`,
  total: (d) => `รวมระยะเวลาทั้งสิ้น ${d} วันทำการ`,
  title: 'แผนผังขั้นตอน: ขออนุญาตก่อสร้างอาคาร',
  description: 'ยื่นคำขอ ตรวจสอบ พิจารณา',
}
const steps = [
  { title: 'ยื่นคำขอและตรวจสอบความครบถ้วนของเอกสารหลักฐาน', days: 1, unit: 'กองช่าง งานขออนุญาตก่อสร้าง' },
  { title: 'ตรวจสอบสถานที่ก่อสร้างและพิจารณาแบบแปลน', days: 7, unit: 'นายช่างโยธา' },
  { title: 'พิจารณาออกใบอนุญาต <และ> แจ้งผล & ส่งมอบ', days: 2, unit: 'นายกเทศมนตรี' },
  { title: 'ชำระค่าธรรมเนียม', days: 0, unit: 'กองคลัง' },
]

describe('wrapping Thai labels', () => {
  it('breaks between Thai words, never inside one, and keeps every line within the width', () => {
    const text = 'ยื่นคำขอและตรวจสอบความครบถ้วนของเอกสารหลักฐานประกอบการพิจารณา'
    const lines = wrapText(text, 120)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join('')).toBe(text)
    for (const l of lines) expect(measureTextWidth(l, `${FONT_SIZE}px sans-serif`)).toBeLessThanOrEqual(120)
    // Every break falls on a word boundary the segmenter knows.
    const words = [...new Intl.Segmenter('th', { granularity: 'word' }).segment(text)].map((s) => s.index)
    let at = 0
    for (const l of lines.slice(0, -1)) {
      at += l.length
      expect(words).toContain(at)
    }
  })

  it('cuts a single word longer than a line between characters', () => {
    const lines = wrapText('ก'.repeat(60), 100)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join('')).toBe('ก'.repeat(60))
  })
})

describe('flowchart layout', () => {
  it('stacks one box per step and a total box in the vertical layout, inside the 340-wide drawing', () => {
    const layout = layoutFlowchart(steps, labels, { orientation: 'vertical' })
    expect(layout.width).toBe(340)
    expect(layout.boxes).toHaveLength(steps.length + 1)
    expect(layout.edges).toHaveLength(steps.length)
    for (const b of layout.boxes) expect(b.x + b.width).toBeLessThanOrEqual(340)
    for (let i = 1; i < layout.boxes.length; i++) expect(layout.boxes[i]!.y).toBeGreaterThan(layout.boxes[i - 1]!.y + layout.boxes[i - 1]!.height)
    expect(layout.boxes.at(-1)!.lines.join(' ')).toContain('10')
  })

  it('puts three boxes a row in the horizontal layout, with an elbow between rows', () => {
    const layout = layoutFlowchart(steps, labels, { orientation: 'horizontal' })
    const rows = new Set(layout.boxes.map((b) => b.y))
    expect(rows.size).toBe(2)
    const elbow = layout.edges[2]!
    expect(elbow.points).toHaveLength(4)
  })
})

describe('flowchart SVG', () => {
  it('is an image named by its title and description, holds every step with its time, and escapes labels', () => {
    const svg = flowchartSvg(layoutFlowchart(steps, labels, { orientation: 'vertical' }), labels, 'fc')
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="fc-title fc-desc"/)
    expect(svg).toContain('<title id="fc-title">แผนผังขั้นตอน: ขออนุญาตก่อสร้างอาคาร</title>')
    for (let n = 1; n <= steps.length; n++) expect(svg).toContain(`ขั้นตอนที่ ${n} · ${steps[n - 1]!.days} วันทำการ`)
    expect(svg).toContain('รวมระยะเวลาทั้งสิ้น 10 วันทำการ')
    expect(svg).toContain('&lt;และ&gt;')
    expect(svg).not.toContain('<และ>')
    const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('')
    expect(text.replace(/\s/g, '')).toContain('ยื่นคำขอและตรวจสอบความครบถ้วนของเอกสารหลักฐาน')
  })
})
