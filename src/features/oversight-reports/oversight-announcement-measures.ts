import { ITA_INDICATORS, MEASURE_LIBRARY } from '../ita-results/index.ts'
import { SEED_002_MEASURES, type CatalogueMeasure } from './oversight-announcement.domain.ts'

/** Seed 002's seven measures first, then the ITA measure library (seeds 001 and 003) by indicator. */
export function measureCatalogue(): CatalogueMeasure[] {
  return [...SEED_002_MEASURES, ...[...MEASURE_LIBRARY].sort((a, b) => (a.indicators[0] ?? 0) - (b.indicators[0] ?? 0)).map((m) => ({ id: m.id, th: m.th, indicator: m.indicators[0] ?? null, source: m.source }))]
}

export const indicatorName = (n: number | null) => {
  const i = ITA_INDICATORS.find((x) => x.number === n)
  return i ? { th: `ตัวชี้วัดที่ ${i.number} ${i.th}`, en: `Indicator ${i.number}: ${i.en}` } : null
}
