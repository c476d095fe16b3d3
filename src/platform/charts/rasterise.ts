import type * as ResvgModule from '@resvg/resvg-js'
import { lazyModule } from '../heavy-modules.ts'

const resvg = lazyModule<typeof ResvgModule>('@resvg/resvg-js')

/**
 * PNG for places that cannot take SVG (Word). resvg draws with the machine's fonts: the
 * TLWG Thai fonts (Debian's fonts-thai-tlwg) stand in for Sarabun, so Thai labels render
 * with proper vowel and tone-mark placement.
 */
export interface ChartPng {
  readonly png: Uint8Array
  readonly width: number
  readonly height: number
}

/** `scale` 2 gives a picture sharp enough to print at the width of an A4 page. */
export function svgToPng(svg: string, options: { width: number; scale?: number }): ChartPng {
  const target = Math.round(options.width * (options.scale ?? 2))
  const rendered = new resvg.Resvg(svg, {
    fitTo: { mode: 'width', value: target },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'Laksaman', sansSerifFamily: 'Garuda' },
  }).render()
  return { png: rendered.asPng(), width: rendered.width, height: rendered.height }
}
