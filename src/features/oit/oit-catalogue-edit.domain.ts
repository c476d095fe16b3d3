/**
 * Editing one item of a catalogue in the browser (issue 5): the edited list must still pass every
 * rule a whole imported list passes, so the same validation runs over the catalogue with the
 * change applied, and only the problems of the edited item (or of the list as a whole) are shown.
 */
import { validateCatalogue, type CatalogueProblem, type OitCatalogue, type OitGroup, type OitItem } from './oit-catalogue.domain.ts'

export type ItemChange = { readonly catalogue: OitCatalogue; readonly index: number; readonly problems: readonly CatalogueProblem[] }

/**
 * An indicator typed by its code alone takes its names from another item of the list with that
 * code, as the file import does, so admins need not retype "9 การเปิดเผยข้อมูล" for every item.
 */
export function borrowGroupNames(catalogue: OitCatalogue, group: OitGroup | null): OitGroup | null {
  if (!group || (group.th.trim() && group.en.trim())) return group
  for (const item of catalogue.items) {
    for (const known of [item.indicator, item.subIndicator]) {
      if (known && known.code === group.code) return { code: group.code, th: group.th.trim() || known.th, en: group.en.trim() || known.en }
    }
  }
  return group
}

/** Replaces the item `replacing` (by code) or appends a new one when `replacing` is null. */
export function withItem(catalogue: OitCatalogue, item: OitItem, replacing: string | null): ItemChange {
  const filled: OitItem = { ...item, indicator: borrowGroupNames(catalogue, item.indicator), subIndicator: borrowGroupNames(catalogue, item.subIndicator) }
  const at = replacing === null ? -1 : catalogue.items.findIndex((i) => i.code.toUpperCase() === replacing.toUpperCase())
  const items = [...catalogue.items]
  const index = at >= 0 ? at : items.length
  items[index] = filled
  const next: OitCatalogue = { ...catalogue, items }
  // The list's rule names the later of two equal codes; here the edited item is the one to fix.
  const problems = validateCatalogue(next).filter((p) => (p.item === index || p.item === null) && p.code !== 'duplicate_code')
  const code = filled.code.trim().toUpperCase()
  const other = items.findIndex((i, n) => n !== index && i.code.trim().toUpperCase() === code)
  if (code && other >= 0) {
    problems.push({
      item: index,
      field: 'code',
      code: 'duplicate_code',
      th: `รหัสรายการ ${filled.code.trim()} ซ้ำกับรายการที่ ${other + 1}`,
      en: `Item code ${filled.code.trim()} repeats item ${other + 1}`,
    })
  }
  return { catalogue: next, index, problems }
}

export function withoutItem(catalogue: OitCatalogue, code: string): OitCatalogue {
  return { ...catalogue, items: catalogue.items.filter((i) => i.code.toUpperCase() !== code.toUpperCase()) }
}

/** Form field each validation problem belongs to. */
export const PROBLEM_FIELDS: Record<string, string> = {
  code: 'code',
  nameTh: 'name_th',
  nameEn: 'name_en',
  elements: 'elements',
  indicator: 'indicator',
  subIndicator: 'sub_indicator',
  publicationWindow: 'elements',
  items: 'elements',
}
