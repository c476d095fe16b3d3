/**
 * The NACC lists ita.md gives, one catalogue per fiscal year they apply to. They are the
 * starting data admins load and then edit; FY 2566 and 2567 are absent because ita.md gives
 * no list for them (an admin copies a neighbouring year and corrects it).
 */
import { NACC_ITA_SCHEME, type OitCatalogue, type OitItem } from './oit-catalogue.domain.ts'
import { NACC_ITEMS_2562_2565 } from './oit-nacc-2562.data.ts'
import { NACC_ITEMS_2568_2569 } from './oit-nacc-2568.data.ts'

const SOURCE_2562 = 'ita.md: NACC list FY 2562–2565 (43 items O1–O43); Thai names and element checklists by Prongsai'
const SOURCE_2568 =
  'ita.md: NACC list FY 2568/2569 as one assessed agency rendered it (26 items, partly unverified); Thai names and element checklists by Prongsai'

function naccCatalogue(fiscalYear: number, source: string, items: readonly OitItem[]): OitCatalogue {
  // Every catalogue gets its own copies so editing one year never changes another.
  return {
    scheme: NACC_ITA_SCHEME,
    fiscalYear,
    source,
    verified: false,
    items: items.map((item) => ({
      ...item,
      indicator: item.indicator && { ...item.indicator },
      subIndicator: item.subIndicator && { ...item.subIndicator },
      elements: [...item.elements],
    })),
  }
}

export const NACC_OIT_CATALOGUES: readonly OitCatalogue[] = [
  ...[2562, 2563, 2564, 2565].map((year) => naccCatalogue(year, SOURCE_2562, NACC_ITEMS_2562_2565)),
  ...[2568, 2569].map((year) => naccCatalogue(year, SOURCE_2568, NACC_ITEMS_2568_2569)),
]

export function builtInCatalogue(scheme: string, fiscalYear: number): OitCatalogue | undefined {
  return NACC_OIT_CATALOGUES.find((c) => c.scheme === scheme && c.fiscalYear === fiscalYear)
}
