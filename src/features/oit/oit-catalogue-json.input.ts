/**
 * A catalogue as JSON (the API and the "download, edit, upload" round trip): the OitCatalogue
 * shape itself. Same all-or-nothing contract as the spreadsheet import; `row` is the item's
 * position in `items` (1-based) and `column` the field.
 */
import type { Bilingual } from '../../platform/i18n/locale.ts'
import {
  DATA_YEARS,
  isDataYear,
  validateCatalogue,
  type OitCatalogue,
  type OitGroup,
  type OitItem,
  type PublicationWindow,
} from './oit-catalogue.domain.ts'
import { importError, problemsAsErrors, type CatalogueImportResult, type ImportError } from './oit-catalogue.input.ts'

type Json = unknown

export function parseCatalogueJson(text: string): CatalogueImportResult {
  let data: Json
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return { ok: false, errors: [importError(null, null, { th: 'ไฟล์ไม่ใช่ JSON ที่ถูกต้อง', en: 'The file is not valid JSON' })] }
  }
  return parseCatalogueValue(data)
}

export function parseCatalogueValue(data: Json): CatalogueImportResult {
  if (!isRecord(data)) {
    return { ok: false, errors: [importError(null, null, {
      th: 'ต้องเป็นออบเจกต์ที่มี scheme, fiscalYear และ items',
      en: 'Expected an object with scheme, fiscalYear and items',
    })] }
  }
  const errors: ImportError[] = []
  const top = (field: string, text: Bilingual) => errors.push(importError(null, field, text))

  const scheme = typeof data.scheme === 'string' ? data.scheme.trim() : ''
  if (typeof data.scheme !== 'string') top('scheme', { th: 'ต้องเป็นข้อความ', en: 'must be text' })
  const fiscalYear = typeof data.fiscalYear === 'number' ? data.fiscalYear : Number.NaN
  if (typeof data.fiscalYear !== 'number') top('fiscalYear', { th: 'ต้องเป็นตัวเลขปี พ.ศ.', en: 'must be a Buddhist Era year number' })
  const source = data.source === undefined ? '' : data.source
  if (typeof source !== 'string') top('source', { th: 'ต้องเป็นข้อความ', en: 'must be text' })
  const verified = data.verified === undefined ? false : data.verified
  if (typeof verified !== 'boolean') top('verified', { th: 'ต้องเป็น true หรือ false', en: 'must be true or false' })
  if (!Array.isArray(data.items)) top('items', { th: 'ต้องเป็นรายการ (array)', en: 'must be an array' })

  const items = (Array.isArray(data.items) ? data.items : []).map((raw, index) => readItem(raw, index + 1, errors))
  const catalogue: OitCatalogue = {
    scheme,
    fiscalYear,
    source: typeof source === 'string' ? source : '',
    verified: verified === true,
    items,
  }
  // A field already reported as the wrong type is not reported again as, say, an empty code.
  const reported = new Set(errors.map((e) => `${e.row}:${e.column}`))
  const rules = problemsAsErrors(validateCatalogue(catalogue), (item) => item + 1, {})
  errors.push(...rules.filter((e) => !reported.has(`${e.row}:${e.column}`)))
  return errors.length > 0 ? { ok: false, errors } : { ok: true, catalogue }
}

function readItem(raw: Json, row: number, errors: ImportError[]): OitItem {
  const problem = (field: string, text: Bilingual) => errors.push(importError(row, field, text))
  const item = isRecord(raw) ? raw : {}
  if (!isRecord(raw)) problem('', { th: 'รายการต้องเป็นออบเจกต์', en: 'an item must be an object' })

  const text = (field: string): string => {
    const value = item[field]
    if (typeof value === 'string') return value.trim()
    if (isRecord(raw)) problem(field, { th: 'ต้องเป็นข้อความ', en: 'must be text' })
    return ''
  }
  const group = (field: 'indicator' | 'subIndicator'): OitGroup | null => {
    const value = item[field]
    if (value === undefined || value === null) return null
    if (isRecord(value) && typeof value.code === 'string' && typeof value.th === 'string' && typeof value.en === 'string') {
      return { code: value.code.trim(), th: value.th.trim(), en: value.en.trim() }
    }
    problem(field, { th: 'ต้องเป็น null หรือ { code, th, en }', en: 'must be null or { code, th, en }' })
    return null
  }

  let elements: string[] = []
  if (Array.isArray(item.elements) && item.elements.every((e) => typeof e === 'string')) {
    elements = (item.elements as string[]).map((e) => e.trim())
  } else if (isRecord(raw)) {
    problem('elements', { th: 'ต้องเป็นรายการข้อความ', en: 'must be an array of text' })
  }

  const dataYearValue = item.dataYear ?? 'current'
  const dataYear = typeof dataYearValue === 'string' && isDataYear(dataYearValue) ? dataYearValue : undefined
  if (dataYear === undefined) {
    problem('dataYear', { th: `ต้องเป็นหนึ่งใน ${DATA_YEARS.join(', ')}`, en: `must be one of ${DATA_YEARS.join(', ')}` })
  }

  return {
    code: text('code'),
    nameTh: text('nameTh'),
    nameEn: text('nameEn'),
    indicator: group('indicator'),
    subIndicator: group('subIndicator'),
    elements,
    dataYear: dataYear ?? 'current',
    publicationWindow: readWindow(item.publicationWindow, problem),
  }
}

function readWindow(value: Json, problem: (field: string, text: Bilingual) => void): PublicationWindow | null {
  if (value === undefined || value === null) return null
  if (
    isRecord(value) &&
    typeof value.maxBusinessDays === 'number' &&
    isRecord(value.after) &&
    typeof value.after.th === 'string' &&
    typeof value.after.en === 'string'
  ) {
    return { maxBusinessDays: value.maxBusinessDays, after: { th: value.after.th.trim(), en: value.after.en.trim() } }
  }
  problem('publicationWindow', {
    th: 'ต้องเป็น null หรือ { maxBusinessDays, after: { th, en } }',
    en: 'must be null or { maxBusinessDays, after: { th, en } }',
  })
  return null
}

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
