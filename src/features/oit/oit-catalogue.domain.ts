/**
 * OIT catalogues (ita.md "OIT"): the disclosure checklist an assessor walks item by item on an
 * agency's main website. The list changes almost every year and other schemes exist (schools'
 * ITA Online, the health ministry's MOIT…), so a catalogue is data keyed by (scheme, fiscal
 * year), loaded and edited by admins; nothing here names a particular item.
 */
import type { Bilingual } from '../../platform/i18n/locale.ts'
import { businessDaysBetween, type HolidayDates, type IsoDate } from '../../platform/thai-calendar/index.ts'

/** The national assessment run by the NACC (สำนักงาน ป.ป.ช.). */
export const NACC_ITA_SCHEME = 'nacc-ita'

/**
 * Which fiscal year the published content must be about. `unstated` is for lists whose source
 * does not say (the FY 2562–2565 list): content of the assessed year or the one before passes.
 */
export const DATA_YEARS = ['current', 'previous', 'unstated'] as const
export type DataYear = (typeof DATA_YEARS)[number]
export const DATA_YEAR_LABELS: Record<DataYear, Bilingual> = {
  current: { th: 'ข้อมูลปีงบประมาณปัจจุบัน', en: 'Current fiscal year' },
  previous: { th: 'ข้อมูลปีงบประมาณที่ผ่านมา', en: 'Previous fiscal year' },
  unstated: { th: 'ปีปัจจุบันหรือปีที่ผ่านมา (รายการของปีนี้ไม่ได้กำหนด)', en: 'Current or previous year (the year’s list does not say)' },
}

/** An indicator (9 การเปิดเผยข้อมูล) or sub-indicator (9.1 ข้อมูลพื้นฐาน) an item belongs to. */
export interface OitGroup {
  readonly code: string
  readonly th: string
  readonly en: string
}

/**
 * A deadline counted from an event, e.g. the procurement plan is published on the website no
 * later than 30 business days after the budget is allocated (Public Procurement Act s.11).
 */
export interface PublicationWindow {
  readonly maxBusinessDays: number
  readonly after: Bilingual
}

export interface OitItem {
  readonly code: string
  readonly nameTh: string
  readonly nameEn: string
  /** null where the source list does not say which indicator the item falls under. */
  readonly indicator: OitGroup | null
  readonly subIndicator: OitGroup | null
  /** What the published page must show, one Thai line each: the officer's checklist. */
  readonly elements: readonly string[]
  readonly dataYear: DataYear
  readonly publicationWindow: PublicationWindow | null
}

export interface OitCatalogue {
  readonly scheme: string
  readonly fiscalYear: number
  /** Where the list came from; shown to admins so they know how far to trust it. */
  readonly source: string
  /** False while any part of the list is unconfirmed against the official manual. */
  readonly verified: boolean
  readonly items: readonly OitItem[]
}

export const SCHEME_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const ITEM_CODE_PATTERN = /^[A-Za-z]{1,10}[0-9]{1,3}(?:\.[0-9]{1,2})?$/
/** BE years the platform can sensibly hold: the ITA began in 2557; CE years typed by mistake fall below. */
export const MIN_FISCAL_YEAR = 2550
export const MAX_FISCAL_YEAR = 2700

export function isDataYear(value: string): value is DataYear {
  return (DATA_YEARS as readonly string[]).includes(value)
}

/** The fiscal years whose content satisfies an item assessed in `fiscalYear`. */
export function acceptedContentYears(dataYear: DataYear, fiscalYear: number): readonly number[] {
  if (dataYear === 'current') return [fiscalYear]
  if (dataYear === 'previous') return [fiscalYear - 1]
  return [fiscalYear, fiscalYear - 1]
}

export type CatalogueProblemCode =
  | 'bad_scheme'
  | 'bad_fiscal_year'
  | 'no_items'
  | 'bad_code'
  | 'duplicate_code'
  | 'missing_name_th'
  | 'missing_name_en'
  | 'no_elements'
  | 'blank_element'
  | 'bad_group'
  | 'group_name_differs'
  | 'sub_indicator_outside_indicator'
  | 'bad_window'

/** `item` is the index into `items` (null for the catalogue as a whole). */
export interface CatalogueProblem {
  readonly item: number | null
  readonly field: string
  readonly code: CatalogueProblemCode
  readonly th: string
  readonly en: string
}

/** Every problem at once, so an admin fixes a whole list in one pass. */
export function validateCatalogue(catalogue: OitCatalogue): CatalogueProblem[] {
  const problems: CatalogueProblem[] = []
  const add = (item: number | null, field: string, code: CatalogueProblemCode, text: Bilingual) =>
    problems.push({ item, field, code, ...text })

  if (!SCHEME_PATTERN.test(catalogue.scheme)) {
    add(null, 'scheme', 'bad_scheme', {
      th: `รหัสชุดเกณฑ์ "${catalogue.scheme}" ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข และขีดกลาง เช่น ${NACC_ITA_SCHEME}`,
      en: `Scheme "${catalogue.scheme}" must be lower-case letters, digits and hyphens, e.g. ${NACC_ITA_SCHEME}`,
    })
  }
  if (!isPlausibleFiscalYear(catalogue.fiscalYear)) {
    add(null, 'fiscalYear', 'bad_fiscal_year', {
      th: `ปีงบประมาณ ${catalogue.fiscalYear} ไม่ถูกต้อง ต้องเป็นปี พ.ศ. ${MIN_FISCAL_YEAR}–${MAX_FISCAL_YEAR}`,
      en: `Fiscal year ${catalogue.fiscalYear} is not valid; use a Buddhist Era year ${MIN_FISCAL_YEAR}–${MAX_FISCAL_YEAR}`,
    })
  }
  if (catalogue.items.length === 0) {
    add(null, 'items', 'no_items', { th: 'ชุดเกณฑ์ต้องมีอย่างน้อยหนึ่งรายการ', en: 'A catalogue needs at least one item' })
  }

  const firstIndexOfCode = new Map<string, number>()
  const groupNames = new Map<string, { item: number; group: OitGroup }>()
  catalogue.items.forEach((item, index) => {
    const code = item.code.trim()
    if (!ITEM_CODE_PATTERN.test(code)) {
      add(index, 'code', 'bad_code', {
        th: `รหัสรายการ "${item.code}" ไม่ถูกต้อง ต้องเป็นตัวอักษรตามด้วยตัวเลข เช่น O1`,
        en: `Item code "${item.code}" is not valid; use letters followed by digits, e.g. O1`,
      })
    } else {
      const first = firstIndexOfCode.get(code.toUpperCase())
      if (first === undefined) firstIndexOfCode.set(code.toUpperCase(), index)
      else {
        add(index, 'code', 'duplicate_code', {
          th: `รหัสรายการ ${code} ซ้ำกับรายการที่ ${first + 1}`,
          en: `Item code ${code} repeats item ${first + 1}`,
        })
      }
    }
    if (!item.nameTh.trim()) add(index, 'nameTh', 'missing_name_th', { th: 'ไม่มีชื่อรายการภาษาไทย', en: 'The Thai name is missing' })
    if (!item.nameEn.trim()) add(index, 'nameEn', 'missing_name_en', { th: 'ไม่มีชื่อรายการภาษาอังกฤษ', en: 'The English name is missing' })
    if (item.elements.length === 0) {
      add(index, 'elements', 'no_elements', {
        th: 'ต้องระบุองค์ประกอบที่ต้องเผยแพร่อย่างน้อยหนึ่งข้อ',
        en: 'List at least one element the published page must show',
      })
    } else if (item.elements.some((e) => !e.trim())) {
      add(index, 'elements', 'blank_element', { th: 'มีองค์ประกอบที่เป็นข้อความว่าง', en: 'An element is blank' })
    }
    for (const [field, group] of [['indicator', item.indicator], ['subIndicator', item.subIndicator]] as const) {
      if (group === null) continue
      if (!group.code.trim() || !group.th.trim() || !group.en.trim()) {
        add(index, field, 'bad_group', {
          th: 'ตัวชี้วัดต้องมีรหัส ชื่อภาษาไทย และชื่อภาษาอังกฤษ',
          en: 'An indicator needs a code, a Thai name and an English name',
        })
        continue
      }
      const seen = groupNames.get(group.code)
      if (seen === undefined) groupNames.set(group.code, { item: index, group })
      else if (seen.group.th !== group.th || seen.group.en !== group.en) {
        add(index, field, 'group_name_differs', {
          th: `ตัวชี้วัด ${group.code} มีชื่อไม่ตรงกับที่ใช้ในรายการที่ ${seen.item + 1} ("${seen.group.th}")`,
          en: `Indicator ${group.code} is named differently from item ${seen.item + 1} ("${seen.group.en}")`,
        })
      }
    }
    if (item.subIndicator && item.indicator && !item.subIndicator.code.startsWith(`${item.indicator.code}.`)) {
      add(index, 'subIndicator', 'sub_indicator_outside_indicator', {
        th: `ตัวชี้วัดย่อย ${item.subIndicator.code} ไม่อยู่ภายใต้ตัวชี้วัด ${item.indicator.code}`,
        en: `Sub-indicator ${item.subIndicator.code} does not belong to indicator ${item.indicator.code}`,
      })
    }
    const window = item.publicationWindow
    if (window && (!Number.isInteger(window.maxBusinessDays) || window.maxBusinessDays < 1 || !window.after.th.trim())) {
      add(index, 'publicationWindow', 'bad_window', {
        th: 'กรอบเวลาการเผยแพร่ต้องเป็นจำนวนวันทำการเต็มที่มากกว่าศูนย์ และระบุเหตุการณ์ที่เริ่มนับ',
        en: 'A publication window needs a whole number of business days above zero and the event it counts from',
      })
    }
  })
  return problems
}

export function isPlausibleFiscalYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_FISCAL_YEAR && year <= MAX_FISCAL_YEAR
}

/**
 * A new year starts as a copy of the last (the list changes only in part). The copy is marked
 * unverified: nobody has yet checked it against the new year's manual.
 */
export function copyCatalogueToYear(catalogue: OitCatalogue, fiscalYear: number): OitCatalogue {
  if (!isPlausibleFiscalYear(fiscalYear)) throw new RangeError(`not a BE fiscal year: ${fiscalYear}`)
  if (fiscalYear === catalogue.fiscalYear) throw new RangeError(`the catalogue is already for ${fiscalYear}`)
  return {
    scheme: catalogue.scheme,
    fiscalYear,
    source: `copied from ${catalogue.scheme} ${catalogue.fiscalYear}`,
    verified: false,
    items: catalogue.items.map((item) => ({
      ...item,
      indicator: item.indicator && { ...item.indicator },
      subIndicator: item.subIndicator && { ...item.subIndicator },
      elements: [...item.elements],
      publicationWindow: item.publicationWindow && { ...item.publicationWindow, after: { ...item.publicationWindow.after } },
    })),
  }
}

export interface WindowCheck {
  readonly businessDays: number
  readonly withinWindow: boolean
}

/** Business days from the event (e.g. budget allocation) to publication, against the window. */
export function checkPublicationWindow(
  window: PublicationWindow,
  eventOn: IsoDate,
  publishedOn: IsoDate,
  holidays: HolidayDates,
): WindowCheck {
  const businessDays = businessDaysBetween(eventOn, publishedOn, holidays)
  return { businessDays, withinWindow: businessDays <= window.maxBusinessDays }
}

export function findItem(catalogue: OitCatalogue, code: string): OitItem | undefined {
  const wanted = code.trim().toUpperCase()
  return catalogue.items.find((item) => item.code.toUpperCase() === wanted)
}
