/**
 * Loading a catalogue an admin edited in a spreadsheet (CSV, or rows the I/O layer read out
 * of an .xlsx) or as JSON. All or nothing: either the whole catalogue, valid, or every problem
 * with its row and column so the admin can fix the file in one pass.
 *
 * One row per item. `elements` holds the checklist, one element per line of the cell (or
 * separated by "|"). Indicator names may be given once: a row with only the code borrows the
 * names from another row with the same code.
 */
import type { Bilingual } from '../../platform/i18n/locale.ts'
import { readCsvText, recordsFromRows, type CsvRecord } from '../../platform/imports/csv-text.ts'
import {
  isDataYear,
  validateCatalogue,
  type CatalogueProblem,
  type DataYear,
  type OitCatalogue,
  type OitGroup,
  type OitItem,
} from './oit-catalogue.domain.ts'

export const CATALOGUE_COLUMNS = [
  'code',
  'name_th',
  'name_en',
  'indicator',
  'indicator_th',
  'indicator_en',
  'sub_indicator',
  'sub_indicator_th',
  'sub_indicator_en',
  'elements',
  'data_year',
  'window_business_days',
  'window_after_th',
  'window_after_en',
] as const
export type CatalogueColumn = (typeof CATALOGUE_COLUMNS)[number]
const REQUIRED_COLUMNS: readonly CatalogueColumn[] = ['code', 'name_th', 'name_en', 'elements']

/** Thai words an admin may type in the data_year column instead of the English keys. */
const DATA_YEAR_WORDS: Record<string, DataYear> = { ปีปัจจุบัน: 'current', ปีที่ผ่านมา: 'previous', ไม่ระบุ: 'unstated' }

/** `row` is the line of the CSV, the sheet row, or the item's position in a JSON list. */
export interface ImportError {
  readonly row: number | null
  readonly column: string | null
  readonly th: string
  readonly en: string
}

export type CatalogueImportResult =
  | { readonly ok: true; readonly catalogue: OitCatalogue }
  | { readonly ok: false; readonly errors: readonly ImportError[] }

export interface CatalogueTarget {
  readonly scheme: string
  readonly fiscalYear: number
  readonly source: string
  readonly verified?: boolean
}

/** `column` '' or null: the problem is with the row as a whole. */
export function importError(row: number | null, column: string | null, text: Bilingual): ImportError {
  const whereTh = [row !== null ? `แถว ${row}` : '', column ? `คอลัมน์ ${column}` : ''].filter(Boolean).join(' ')
  const whereEn = [row !== null ? `Row ${row}` : '', column ? `column ${column}` : ''].filter(Boolean).join(', ')
  return {
    row,
    column: column || null,
    th: whereTh ? `${whereTh}: ${text.th}` : text.th,
    en: whereEn ? `${whereEn}: ${text.en}` : text.en,
  }
}

export function parseCatalogueCsv(text: string, target: CatalogueTarget): CatalogueImportResult {
  const read = readCsvText(text)
  if (!read.ok) {
    return fail([
      importError(read.unterminatedQuoteLine, null, {
        th: 'เปิดเครื่องหมายคำพูด (") แล้วไม่ได้ปิด',
        en: 'A double quote (") is opened but never closed',
      }),
    ])
  }
  return parseCatalogueRecords(read.records, target)
}

/** `firstRowNumber` is the sheet row of `rows[0]` (1 when the header is the sheet's first row). */
export function parseCatalogueRows(
  rows: readonly (readonly string[])[],
  target: CatalogueTarget,
  firstRowNumber = 1,
): CatalogueImportResult {
  return parseCatalogueRecords(recordsFromRows(rows, firstRowNumber), target)
}

function parseCatalogueRecords(records: readonly CsvRecord[], target: CatalogueTarget): CatalogueImportResult {
  const [header, ...rows] = records
  if (header === undefined) {
    return fail([importError(1, null, {
      th: `ไฟล์ว่างเปล่า แถวแรกต้องเป็นหัวตาราง ${REQUIRED_COLUMNS.join(', ')} …`,
      en: `The file is empty; its first row must be the header ${REQUIRED_COLUMNS.join(', ')} …`,
    })])
  }
  const columns = readHeader(header)
  if (!columns.ok) return fail(columns.errors)

  const errors: ImportError[] = []
  const cellsOf = rows.map((record) => {
    const extra = record.cells.slice(header.cells.length).some((c) => c.trim() !== '')
    if (extra) {
      errors.push(importError(record.line, null, {
        th: `มีข้อมูลเกินจำนวนคอลัมน์ของหัวตาราง (${header.cells.length} คอลัมน์) ข้อความที่มีจุลภาคต้องอยู่ในเครื่องหมายคำพูด`,
        en: `Has more cells than the header's ${header.cells.length} columns; text containing a comma must be in double quotes`,
      }))
    }
    return (column: CatalogueColumn) => {
      const index = columns.index.get(column)
      return index === undefined ? '' : (record.cells[index] ?? '').trim()
    }
  })

  const groupNames = new Map<string, Bilingual>()
  for (const cell of cellsOf) {
    for (const [code, th, en] of [['indicator', 'indicator_th', 'indicator_en'], ['sub_indicator', 'sub_indicator_th', 'sub_indicator_en']] as const) {
      if (cell(code) && cell(th) && cell(en) && !groupNames.has(cell(code))) groupNames.set(cell(code), { th: cell(th), en: cell(en) })
    }
  }

  const items: OitItem[] = []
  rows.forEach((record, index) => {
    const cell = cellsOf[index]!
    const rowErrors: ImportError[] = []
    const group = (codeColumn: 'indicator' | 'sub_indicator'): OitGroup | null => {
      const code = cell(codeColumn)
      if (!code) return null
      const names = {
        th: cell(`${codeColumn}_th`) || groupNames.get(code)?.th || '',
        en: cell(`${codeColumn}_en`) || groupNames.get(code)?.en || '',
      }
      if (!names.th || !names.en) {
        rowErrors.push(importError(record.line, `${codeColumn}_th`, {
          th: `ตัวชี้วัด ${code} ต้องมีชื่อภาษาไทยและภาษาอังกฤษอย่างน้อยในแถวใดแถวหนึ่ง`,
          en: `Indicator ${code} needs a Thai and an English name on at least one row`,
        }))
      }
      return { code, ...names }
    }
    const dataYearText = cell('data_year')
    const dataYear = dataYearText === '' ? 'current' : readDataYear(dataYearText)
    if (dataYear === undefined) {
      rowErrors.push(importError(record.line, 'data_year', {
        th: `"${dataYearText}" ไม่ใช่ค่าที่รู้จัก ใช้ current (ปีปัจจุบัน), previous (ปีที่ผ่านมา) หรือ unstated (ไม่ระบุ)`,
        en: `"${dataYearText}" is not known; use current, previous or unstated`,
      }))
    }
    const window = readWindow(record.line, cell, rowErrors)
    items.push({
      code: cell('code'),
      nameTh: cell('name_th'),
      nameEn: cell('name_en'),
      indicator: group('indicator'),
      subIndicator: group('sub_indicator'),
      elements: splitElements(cell('elements')),
      dataYear: dataYear ?? 'current',
      publicationWindow: window,
    })
    errors.push(...rowErrors)
  })

  const catalogue: OitCatalogue = {
    scheme: target.scheme,
    fiscalYear: target.fiscalYear,
    source: target.source,
    verified: target.verified ?? false,
    items,
  }
  errors.push(...problemsAsErrors(validateCatalogue(catalogue), (item) => rows[item]?.line ?? null, COLUMN_OF_FIELD))
  return errors.length > 0 ? fail(errors) : { ok: true, catalogue }
}

const COLUMN_OF_FIELD: Record<string, string> = {
  code: 'code',
  nameTh: 'name_th',
  nameEn: 'name_en',
  elements: 'elements',
  indicator: 'indicator',
  subIndicator: 'sub_indicator',
  publicationWindow: 'window_business_days',
}

/** Catalogue-wide problems (duplicate codes, names that differ…) placed on the row they concern. */
export function problemsAsErrors(
  problems: readonly CatalogueProblem[],
  rowOfItem: (item: number) => number | null,
  columnOfField: Record<string, string>,
): ImportError[] {
  return problems.map((p) => importError(p.item === null ? null : rowOfItem(p.item), columnOfField[p.field] ?? p.field, p))
}

function readHeader(header: CsvRecord): { ok: true; index: Map<CatalogueColumn, number> } | { ok: false; errors: ImportError[] } {
  const errors: ImportError[] = []
  const index = new Map<CatalogueColumn, number>()
  header.cells.forEach((raw, position) => {
    const name = raw.trim().toLowerCase()
    if (name === '') return
    if (!(CATALOGUE_COLUMNS as readonly string[]).includes(name)) {
      errors.push(importError(header.line, raw.trim(), {
        th: `ไม่รู้จักคอลัมน์นี้ คอลัมน์ที่ใช้ได้: ${CATALOGUE_COLUMNS.join(', ')}`,
        en: `Unknown column; the columns are ${CATALOGUE_COLUMNS.join(', ')}`,
      }))
    } else if (index.has(name as CatalogueColumn)) {
      errors.push(importError(header.line, name, { th: 'คอลัมน์นี้ซ้ำ', en: 'This column appears twice' }))
    } else index.set(name as CatalogueColumn, position)
  })
  for (const column of REQUIRED_COLUMNS) {
    if (!index.has(column)) errors.push(importError(header.line, column, {
      th: 'ไม่มีคอลัมน์ที่จำเป็นนี้ในหัวตาราง',
      en: 'This required column is missing from the header',
    }))
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, index }
}

function readDataYear(text: string): DataYear | undefined {
  const key = text.trim().toLowerCase()
  return isDataYear(key) ? key : DATA_YEAR_WORDS[text.trim()]
}

function readWindow(line: number, cell: (c: CatalogueColumn) => string, errors: ImportError[]) {
  const days = cell('window_business_days')
  if (days === '') return null
  if (!/^[0-9]{1,3}$/.test(days) || Number(days) < 1) {
    errors.push(importError(line, 'window_business_days', {
      th: `"${days}" ต้องเป็นจำนวนวันทำการเต็ม เช่น 30`,
      en: `"${days}" must be a whole number of business days, e.g. 30`,
    }))
    return null
  }
  if (!cell('window_after_th') || !cell('window_after_en')) {
    errors.push(importError(line, 'window_after_th', {
      th: 'ระบุเหตุการณ์ที่เริ่มนับกรอบเวลาทั้งภาษาไทยและภาษาอังกฤษ',
      en: 'Give the event the window counts from, in Thai and in English',
    }))
    return null
  }
  return { maxBusinessDays: Number(days), after: { th: cell('window_after_th'), en: cell('window_after_en') } }
}

export function splitElements(cell: string): string[] {
  return cell.split(/\r?\n|\|/).map((e) => e.trim()).filter((e) => e !== '')
}

/** The inverse, for export and the template: header first, elements one per line of the cell. */
export function catalogueToRows(catalogue: OitCatalogue): string[][] {
  return [
    [...CATALOGUE_COLUMNS],
    ...catalogue.items.map((item) => [
      item.code,
      item.nameTh,
      item.nameEn,
      item.indicator?.code ?? '',
      item.indicator?.th ?? '',
      item.indicator?.en ?? '',
      item.subIndicator?.code ?? '',
      item.subIndicator?.th ?? '',
      item.subIndicator?.en ?? '',
      item.elements.join('\n'),
      item.dataYear,
      item.publicationWindow ? String(item.publicationWindow.maxBusinessDays) : '',
      item.publicationWindow?.after.th ?? '',
      item.publicationWindow?.after.en ?? '',
    ]),
  ]
}

function fail(errors: readonly ImportError[]): CatalogueImportResult {
  return { ok: false, errors }
}
