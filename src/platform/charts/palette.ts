/**
 * Colours and patterns for chart series. Every colour is dark enough for white text on it
 * and stands out against the white page by at least 4.5:1 (WCAG AA for text; graphics need
 * only 3:1), and they are told apart by lightness as well as hue, so a grey-scale print still
 * works. Colour is never the only carrier: each series also gets its own pattern (bars,
 * slices), marker and dash (lines), and values are labelled.
 */
export const CHART_COLOURS = ['#1f4e9a', '#b3471d', '#2e6b30', '#7b2d8e', '#a3123a', '#00636b', '#5d4037', '#3c4650'] as const

export const CHART_TEXT = '#1b1b1b'
export const CHART_MUTED_TEXT = '#4a4a4a'
export const CHART_GRID = '#d0d0d0'

export type Decal = {
  symbol: string
  symbolSize?: number
  color: string
  dashArrayX: number | number[] | (number | number[])[]
  dashArrayY: number | number[]
  rotation?: number
}

const OVERLAY = 'rgba(255,255,255,0.55)'

/** The first series stays plain; the others get stripes, dots and hatching in turn. */
export const CHART_DECALS: readonly (Decal | null)[] = [
  null,
  { symbol: 'rect', color: OVERLAY, dashArrayX: [1, 0], dashArrayY: [3, 5], rotation: Math.PI / 4 },
  { symbol: 'circle', symbolSize: 0.8, color: OVERLAY, dashArrayX: [[6, 6], [0, 6, 6, 0]], dashArrayY: [6, 0] },
  { symbol: 'rect', color: OVERLAY, dashArrayX: [1, 0], dashArrayY: [3, 5], rotation: -Math.PI / 4 },
  { symbol: 'rect', color: OVERLAY, dashArrayX: [[4, 4], [0, 4, 4, 0]], dashArrayY: [4, 0] },
  { symbol: 'rect', color: OVERLAY, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: 0 },
  { symbol: 'triangle', symbolSize: 0.8, color: OVERLAY, dashArrayX: [[8, 8], [0, 8, 8, 0]], dashArrayY: [6, 0] },
  { symbol: 'rect', color: OVERLAY, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 2 },
]

export const LINE_SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'emptyCircle', 'emptyRect', 'emptyTriangle', 'emptyDiamond'] as const
export const LINE_DASHES = ['solid', 'dashed', 'dotted', [8, 3, 2, 3]] as const

/** ECharts wants no decal key at all for a plain fill ('none' breaks its style pass). */
export function decalFor(index: number): { decal?: Decal } {
  const decal = pickCyclic(CHART_DECALS, index)
  return decal ? { decal } : {}
}

export function pickCyclic<T>(list: readonly T[], index: number): T {
  return list[index % list.length]!
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)]
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
}
