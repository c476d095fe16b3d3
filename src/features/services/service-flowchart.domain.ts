/**
 * The service flowchart (E2; seed 003 m6.4, seed 004 §4.3), generated from the manual's steps:
 * never drawn by hand, so it cannot drift from the manual. Pure: steps in, boxes and an SVG
 * string out. Thai has no spaces between words, so labels are wrapped at the word breaks
 * Intl.Segmenter finds, measured with the same estimate of Thai glyph widths the charts use.
 */
import { measureTextWidth } from '../../platform/charts/text-measure.ts'

export type FlowStep = { title: string; days: number; unit: string }
export type FlowLabels = {
  /** e.g. "ขั้นตอนที่ {n}" */
  stepHeading: (n: number, days: number) => string
  total: (days: number) => string
  title: string
  description: string
}

export type Orientation = 'vertical' | 'horizontal'
export type FlowBox = { x: number; y: number; width: number; height: number; heading: string; lines: string[]; unitLines: string[]; kind: 'step' | 'total' }
export type FlowEdge = { points: [number, number][] }
export type FlowLayout = { width: number; height: number; boxes: FlowBox[]; edges: FlowEdge[] }

export const FONT_SIZE = 15
const SMALL_FONT = 13
const LINE = 21
const SMALL_LINE = 18
const PAD = 10
const GAP = 30
const MARGIN = 8
const FONT = (size: number, bold = false) => `${bold ? 'bold ' : ''}${size}px sans-serif`

const segmenter = new Intl.Segmenter('th', { granularity: 'word' })
const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' })

/**
 * Lines no wider than `maxWidth`, broken between words (Thai word breaks from Intl.Segmenter,
 * spaces elsewhere); a single word longer than a line is cut between characters.
 */
export function wrapText(text: string, maxWidth: number, fontSize = FONT_SIZE): string[] {
  const font = FONT(fontSize)
  const lines: string[] = []
  let line = ''
  const push = () => {
    if (line.trim()) lines.push(line.trim())
    line = ''
  }
  for (const { segment } of segmenter.segment(text.replace(/\s+/g, ' ').trim())) {
    const candidate = line + segment
    if (measureTextWidth(candidate.trim(), font) <= maxWidth) {
      line = candidate
      continue
    }
    push()
    if (segment.trim() === '') continue
    if (measureTextWidth(segment, font) <= maxWidth) {
      line = segment
      continue
    }
    for (const { segment: g } of graphemes.segment(segment)) {
      if (measureTextWidth(line + g, font) > maxWidth) push()
      line += g
    }
  }
  push()
  return lines.length ? lines : ['']
}

function boxFor(step: FlowStep, n: number, width: number, labels: FlowLabels): Omit<FlowBox, 'x' | 'y'> {
  const inner = width - 2 * PAD
  const lines = wrapText(step.title, inner, FONT_SIZE)
  const unitLines = step.unit.trim() ? wrapText(step.unit, inner, SMALL_FONT) : []
  const height = PAD + SMALL_LINE + lines.length * LINE + unitLines.length * SMALL_LINE + PAD
  return { width, height, heading: labels.stepHeading(n, step.days), lines, unitLines, kind: 'step' }
}

function totalBox(days: number, width: number, labels: FlowLabels): Omit<FlowBox, 'x' | 'y'> {
  const lines = wrapText(labels.total(days), width - 2 * PAD, FONT_SIZE)
  return { width, height: PAD + lines.length * LINE + PAD, heading: '', lines, unitLines: [], kind: 'total' }
}

/**
 * Vertical: one column, for phones (the drawing is 340 wide, so at 360 px it shows near its
 * natural size). Horizontal: `perRow` boxes a row, the rows joined by an elbow from the end of
 * one to the start of the next, for wide screens and the Word file.
 */
export function layoutFlowchart(steps: readonly FlowStep[], labels: FlowLabels, options: { orientation: Orientation; width?: number; perRow?: number }): FlowLayout {
  const total = steps.reduce((s, x) => s + x.days, 0)
  if (options.orientation === 'vertical') {
    const width = options.width ?? 340
    const boxWidth = width - 2 * MARGIN
    const boxes: FlowBox[] = []
    const edges: FlowEdge[] = []
    let y = MARGIN
    const all = [...steps.map((s, i) => boxFor(s, i + 1, boxWidth, labels)), totalBox(total, boxWidth, labels)]
    all.forEach((b, i) => {
      if (i > 0) {
        edges.push({ points: [[width / 2, y - GAP], [width / 2, y - 2]] })
      }
      boxes.push({ ...b, x: MARGIN, y })
      y += b.height + GAP
    })
    return { width, height: y - GAP + MARGIN, boxes, edges }
  }
  const width = options.width ?? 960
  const perRow = Math.max(1, options.perRow ?? 3)
  const boxWidth = (width - 2 * MARGIN - (perRow - 1) * GAP) / perRow
  const all = [...steps.map((s, i) => boxFor(s, i + 1, boxWidth, labels)), totalBox(total, boxWidth, labels)]
  const boxes: FlowBox[] = []
  const edges: FlowEdge[] = []
  let y = MARGIN
  for (let start = 0; start < all.length; start += perRow) {
    const row = all.slice(start, start + perRow)
    const rowHeight = Math.max(...row.map((b) => b.height))
    row.forEach((b, j) => {
      const x = MARGIN + j * (boxWidth + GAP)
      boxes.push({ ...b, x, y, height: rowHeight })
    })
    y += rowHeight + GAP
  }
  for (let i = 1; i < boxes.length; i++) {
    const a = boxes[i - 1]!
    const b = boxes[i]!
    if (b.y === a.y) {
      const mid = a.y + a.height / 2
      edges.push({ points: [[a.x + a.width, mid], [b.x - 2, mid]] })
    } else {
      const fromX = a.x + a.width / 2
      const midY = a.y + a.height + GAP / 2
      const toX = b.x + b.width / 2
      edges.push({ points: [[fromX, a.y + a.height], [fromX, midY], [toX, midY], [toX, b.y - 2]] })
    }
  }
  return { width, height: y - GAP + MARGIN, boxes, edges }
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/**
 * The drawing as accessible SVG: role="img" named by its <title> and <desc> (the desc lists
 * every step, so a screen reader hears the whole chart even without the text list beside it).
 */
export function flowchartSvg(layout: FlowLayout, labels: FlowLabels, idPrefix: string): string {
  const t = `${idPrefix}-title`
  const d = `${idPrefix}-desc`
  const parts: string[] = []
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="flowchart" viewBox="0 0 ${layout.width} ${Math.ceil(layout.height)}" width="${layout.width}" height="${Math.ceil(layout.height)}" role="img" aria-labelledby="${t} ${d}" font-family="Sarabun, 'TH Sarabun New', Garuda, Laksaman, sans-serif">`,
    `<title id="${t}">${xml(labels.title)}</title>`,
    `<desc id="${d}">${xml(labels.description)}</desc>`,
    `<defs><marker id="${idPrefix}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#0b0c0c"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  )
  for (const e of layout.edges) {
    parts.push(`<polyline points="${e.points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}" fill="none" stroke="#0b0c0c" stroke-width="2" marker-end="url(#${idPrefix}-arrow)"/>`)
  }
  for (const b of layout.boxes) {
    const total = b.kind === 'total'
    parts.push(`<rect x="${b.x.toFixed(1)}" y="${b.y.toFixed(1)}" width="${b.width.toFixed(1)}" height="${b.height.toFixed(1)}" rx="6" fill="${total ? '#1d70b8' : '#f3f2f1'}" stroke="${total ? '#1d70b8' : '#505a5f'}" stroke-width="2"/>`)
    let y = b.y + PAD
    if (b.heading) {
      y += SMALL_LINE - 4
      parts.push(`<text x="${(b.x + PAD).toFixed(1)}" y="${y.toFixed(1)}" font-size="${SMALL_FONT}" font-weight="bold" fill="#0b0c0c">${xml(b.heading)}</text>`)
      y += 4
    }
    for (const line of b.lines) {
      y += LINE
      parts.push(`<text x="${(b.x + PAD).toFixed(1)}" y="${(y - 5).toFixed(1)}" font-size="${FONT_SIZE}" ${total ? 'font-weight="bold" fill="#ffffff"' : 'fill="#0b0c0c"'}>${xml(line)}</text>`)
    }
    for (const line of b.unitLines) {
      y += SMALL_LINE
      parts.push(`<text x="${(b.x + PAD).toFixed(1)}" y="${(y - 4).toFixed(1)}" font-size="${SMALL_FONT}" fill="#383f43">${xml(line)}</text>`)
    }
  }
  parts.push('</svg>')
  return parts.join('')
}
