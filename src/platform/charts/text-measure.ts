/**
 * ECharts lays out labels and legends by measuring text. On a server there is no canvas to
 * measure with, and its fallback counts every code point as a full glyph, so a Thai word
 * with vowels and tone marks above and below looks half again as wide as it prints: legends
 * wrap early and labels are cut short with "…". This estimate follows Sarabun's and the TLWG
 * fonts' proportions (in ems) and gives combining marks no width.
 */
const COMBINING = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u200B-\u200D]/

export function measureTextWidth(text: string, font: string | undefined): number {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12)
  const bold = /\bbold\b|\b[6-9]00\b/.test(font ?? '')
  let ems = 0
  for (const ch of text) {
    if (COMBINING.test(ch)) continue
    if (ch === ' ') ems += 0.27
    else if (/[\u0E00-\u0E7F]/.test(ch)) ems += 0.56
    else if (/[0-9]/.test(ch)) ems += 0.56
    else if (/[.,:;'!|()\-]/.test(ch)) ems += 0.3
    else if (/[A-Z%@#&]/.test(ch)) ems += 0.68
    else ems += 0.52
  }
  return ems * size * (bold ? 1.05 : 1)
}
