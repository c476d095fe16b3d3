/**
 * The NACC lists ita.md gives, one catalogue per fiscal year they apply to. They are the
 * starting data admins load and then edit. ita.md gives no list for FY 2566, 2567 or 2570: the
 * demo shows those years, so they ship as the nearest known list carried over and SAY so in their
 * source (an admin corrects them, or copies a year forward, once the NACC manual is at hand).
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

const SOURCE_2566_2567 =
  'NOT VERIFIED — ita.md gives no list for FY 2566/2567: the FY 2562–2565 list (43 items) carried over until the NACC manual of the year is checked'
const SOURCE_2570 =
  'NOT VERIFIED — ita.md gives no list for FY 2570: the FY 2568/2569 list (26 items) carried over until the NACC publishes the FY 2570 manual'

export const NACC_OIT_CATALOGUES: readonly OitCatalogue[] = [
  ...[2562, 2563, 2564, 2565].map((year) => naccCatalogue(year, SOURCE_2562, NACC_ITEMS_2562_2565)),
  ...[2566, 2567].map((year) => naccCatalogue(year, SOURCE_2566_2567, NACC_ITEMS_2562_2565)),
  ...[2568, 2569].map((year) => naccCatalogue(year, SOURCE_2568, NACC_ITEMS_2568_2569)),
  naccCatalogue(2570, SOURCE_2570, NACC_ITEMS_2568_2569),
]

export function builtInCatalogue(scheme: string, fiscalYear: number): OitCatalogue | undefined {
  return NACC_OIT_CATALOGUES.find((c) => c.scheme === scheme && c.fiscalYear === fiscalYear)
}
