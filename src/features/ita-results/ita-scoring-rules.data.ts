/**
 * Per-year ITA scoring rules as ita.md states them. The weights (IIT 0.30, EIT 0.30, OIT 0.40,
 * equal inside a tool) are given once for the ten-indicator design ita.md dates from about
 * FY 2562. Left open by ita.md: the exact post-2566 label thresholds ("unverified"), so that
 * rule set is marked unverified and its cut-offs are placeholders an admin must confirm.
 */
import type { ItaScoringRules } from './ita-score.domain.ts'

const WEIGHTS = { IIT: 0.3, EIT: 0.3, OIT: 0.4 } as const

export const ITA_SCORING_RULES: readonly ItaScoringRules[] = [
  {
    fromFiscalYear: 2562,
    toFiscalYear: 2565,
    kind: 'grades',
    weights: WEIGHTS,
    bands: [
      { label: { th: 'AA', en: 'AA' }, min: 95, everyToolAtLeast: null },
      { label: { th: 'A', en: 'A' }, min: 85, everyToolAtLeast: null },
      { label: { th: 'B', en: 'B' }, min: 75, everyToolAtLeast: null },
      { label: { th: 'C', en: 'C' }, min: 65, everyToolAtLeast: null },
      { label: { th: 'D', en: 'D' }, min: 55, everyToolAtLeast: null },
      { label: { th: 'E', en: 'E' }, min: 50, everyToolAtLeast: null },
      { label: { th: 'F', en: 'F' }, min: 0, everyToolAtLeast: null },
    ],
    targetScore: 85,
    verified: true,
    note: 'ita.md: grades up to FY 2565 (AA 95–100 … F 0–49.99); the ten indicators date from about FY 2562.',
  },
  {
    fromFiscalYear: 2566,
    toFiscalYear: null,
    kind: 'pass-labels',
    weights: WEIGHTS,
    // Known: pass mark 85; 94.64 overall with EIT under 85 was only "ผ่าน". Placeholders: the 95
    // cut-off for ผ่านดีเยี่ยม and the every-tool-85 rule on both upper labels.
    bands: [
      { label: { th: 'ผ่านดีเยี่ยม', en: 'Excellent pass' }, min: 95, everyToolAtLeast: 85 },
      { label: { th: 'ผ่านดี', en: 'Good pass' }, min: 85, everyToolAtLeast: 85 },
      { label: { th: 'ผ่าน', en: 'Pass' }, min: 85, everyToolAtLeast: null },
      { label: { th: 'ไม่ผ่าน', en: 'Fail' }, min: 0, everyToolAtLeast: null },
    ],
    targetScore: 85,
    verified: false,
    note: 'ita.md: from FY 2566 pass mark 85 and labels ผ่านดีเยี่ยม / ผ่านดี / ผ่าน / ไม่ผ่าน; a tool under 85 caps the label. Exact thresholds unverified.',
  },
]
