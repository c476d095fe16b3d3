/**
 * Importing ITA results (B1) from CSV or from rows the I/O layer read out of an .xlsx: one row
 * per agency × fiscal year × indicator. Nothing is half-imported: either every agency-year has
 * all ten indicators, each 0–100 with at most two decimals, or the admin gets every problem
 * with its row so the file can be fixed in one pass.
 */
import type { Bilingual } from '../../platform/i18n/locale.ts'
import { fromThaiDigits } from '../../platform/thai-calendar/index.ts'
import { readCsvText, recordsFromRows, type CsvRecord } from '../../platform/imports/csv-text.ts'
import { INDICATOR_NUMBERS, ITA_INDICATORS, isIndicatorNumber, type IndicatorNumber, type IndicatorScores } from './ita-score.domain.ts'

export const ITA_RESULT_COLUMNS = ['agency', 'fiscal_year', 'indicator', 'score'] as const
type ResultColumn = (typeof ITA_RESULT_COLUMNS)[number]

/** Header words accepted for each column, so the Thai template and an English one both load. */
const HEADER_WORDS: Record<ResultColumn, readonly string[]> = {
  agency: ['agency', 'agency_code', 'agency_slug', 'หน่วยงาน', 'รหัสหน่วยงาน'],
  fiscal_year: ['fiscal_year', 'ปีงบประมาณ'],
  indicator: ['indicator', 'ตัวชี้วัด'],
  score: ['score', 'คะแนน'],
}

const MIN_YEAR = 2550
const MAX_YEAR = 2700
const SCORE_SHAPE = /^[0-9]{1,3}(?:\.[0-9]{1,2})?$/

export interface ResultImportError {
  readonly row: number
  readonly column: ResultColumn | null
  readonly th: string
  readonly en: string
}

export interface ImportedAgencyYear {
  readonly agencyKey: string
  /** What `resolveAgency` returned for the key (the key itself when no resolver was given). */
  readonly agencyId: string
  readonly fiscalYear: number
  readonly scores: IndicatorScores
}

export type ResultImport =
  | { readonly ok: true; readonly results: readonly ImportedAgencyYear[] }
  | { readonly ok: false; readonly errors: readonly ResultImportError[] }

export interface ResultImportOptions {
  /** Maps an agency code or slug to the agency's id; undefined = not an agency the importer may load. */
  readonly resolveAgency?: (key: string) => string | undefined
}

export function parseItaResultsCsv(text: string, options: ResultImportOptions = {}): ResultImport {
  const read = readCsvText(text)
  if (!read.ok) {
    return { ok: false, errors: [error(read.unterminatedQuoteLine, null, {
      th: 'เปิดเครื่องหมายคำพูด (") แล้วไม่ได้ปิด',
      en: 'A double quote (") is opened but never closed',
    })] }
  }
  return parseRecords(read.records, options)
}

/** `firstRowNumber` is the sheet row of `rows[0]`. */
export function parseItaResultRows(rows: readonly (readonly string[])[], options: ResultImportOptions = {}, firstRowNumber = 1): ResultImport {
  return parseRecords(recordsFromRows(rows, firstRowNumber), options)
}

function parseRecords(records: readonly CsvRecord[], options: ResultImportOptions): ResultImport {
  const [header, ...rows] = records
  const expected = ITA_RESULT_COLUMNS.join(', ')
  if (header === undefined) {
    return { ok: false, errors: [error(1, null, {
      th: `ไฟล์ว่างเปล่า แถวแรกต้องเป็นหัวตาราง ${expected}`,
      en: `The file is empty; its first row must be the header ${expected}`,
    })] }
  }
  const position = new Map<ResultColumn, number>()
  header.cells.forEach((cell, index) => {
    const word = cell.trim().toLowerCase()
    const column = ITA_RESULT_COLUMNS.find((c) => HEADER_WORDS[c].includes(word))
    if (column && !position.has(column)) position.set(column, index)
  })
  const missing = ITA_RESULT_COLUMNS.filter((c) => !position.has(c))
  if (missing.length > 0) {
    return {
      ok: false,
      errors: missing.map((c) => error(header.line, c, {
        th: `ไม่มีคอลัมน์นี้ในหัวตาราง (ต้องมี ${expected})`,
        en: `This column is missing from the header (needs ${expected})`,
      })),
    }
  }
  if (rows.length === 0) {
    return { ok: false, errors: [error(header.line, null, { th: 'ไม่มีข้อมูลผลคะแนนใต้หัวตาราง', en: 'There are no results under the header' })] }
  }

  const errors: ResultImportError[] = []
  // Rows rejected above may hold an indicator that would otherwise look absent.
  const rejectedGroups = new Set<string>()
  let unattributedRejects = false
  const groups = new Map<string, AgencyYearRows>()
  for (const record of rows) {
    const cell = (column: ResultColumn) => fromThaiDigits((record.cells[position.get(column)!] ?? '').trim())
    const rowErrors: ResultImportError[] = []
    const problem = (column: ResultColumn, text: Bilingual) => rowErrors.push(error(record.line, column, text))

    const agencyKey = (record.cells[position.get('agency')!] ?? '').trim()
    const agencyId = agencyKey === '' ? undefined : options.resolveAgency ? options.resolveAgency(agencyKey) : agencyKey
    if (agencyKey === '') problem('agency', { th: 'ไม่ได้ระบุหน่วยงาน', en: 'The agency is missing' })
    else if (agencyId === undefined) {
      problem('agency', {
        th: `ไม่พบหน่วยงาน "${agencyKey}" ที่ท่านนำเข้าผลได้`,
        en: `No agency "${agencyKey}" that you may import results for`,
      })
    }
    const fiscalYear = readFiscalYear(cell('fiscal_year'), problem)
    const indicator = readIndicator(cell('indicator'), problem)
    const score = readScore(cell('score'), problem)

    errors.push(...rowErrors)
    const groupKey = `${agencyId}\u0000${fiscalYear}`
    if (rowErrors.length > 0 || agencyId === undefined || fiscalYear === undefined || indicator === undefined || score === undefined) {
      if (agencyId === undefined || fiscalYear === undefined) unattributedRejects = true
      else rejectedGroups.add(groupKey)
      continue
    }
    const group = groups.get(groupKey) ?? { agencyKey, agencyId, fiscalYear, firstRow: record.line, scores: new Map() }
    groups.set(groupKey, group)
    const earlier = group.scores.get(indicator)
    if (earlier) {
      errors.push(error(record.line, 'indicator', {
        th: `ตัวชี้วัดที่ ${indicator} ของ ${agencyKey} ปี ${fiscalYear} ซ้ำกับแถว ${earlier.row}`,
        en: `Indicator ${indicator} for ${agencyKey} in ${fiscalYear} repeats row ${earlier.row}`,
      }))
    } else group.scores.set(indicator, { score, row: record.line })
  }

  for (const [groupKey, group] of groups) {
    const absent = INDICATOR_NUMBERS.filter((n) => !group.scores.has(n))
    if (absent.length > 0 && !unattributedRejects && !rejectedGroups.has(groupKey)) {
      errors.push(error(group.firstRow, 'indicator', {
        th: `${group.agencyKey} ปี ${group.fiscalYear} ขาดตัวชี้วัดที่ ${absent.join(', ')} (ต้องครบ 10 ตัวชี้วัด)`,
        en: `${group.agencyKey} ${group.fiscalYear} lacks indicator(s) ${absent.join(', ')} (all 10 are needed)`,
      }))
    }
  }
  if (errors.length > 0) return { ok: false, errors: [...errors].sort((a, b) => a.row - b.row) }

  const results = [...groups.values()].map((group) => ({
    agencyKey: group.agencyKey,
    agencyId: group.agencyId,
    fiscalYear: group.fiscalYear,
    scores: Object.fromEntries(INDICATOR_NUMBERS.map((n) => [n, group.scores.get(n)!.score])) as unknown as IndicatorScores,
  }))
  return { ok: true, results }
}

type Problem = (column: ResultColumn, text: Bilingual) => void

interface AgencyYearRows {
  readonly agencyKey: string
  readonly agencyId: string
  readonly fiscalYear: number
  readonly firstRow: number
  readonly scores: Map<IndicatorNumber, { score: number; row: number }>
}

function readFiscalYear(text: string, problem: Problem): number | undefined {
  const digits = text.replace(/^(?:พ\.ศ\.|ปีงบประมาณ)\s*/, '')
  if (!/^[0-9]{4}$/.test(digits)) {
    problem('fiscal_year', {
      th: `"${text}" ไม่ใช่ปีงบประมาณ ใช้ปี พ.ศ. สี่หลัก เช่น 2568`,
      en: `"${text}" is not a fiscal year; use a four-digit Buddhist Era year, e.g. 2568`,
    })
    return undefined
  }
  const year = Number(digits)
  if (year < MIN_YEAR && year > 1900 && year + 543 >= MIN_YEAR) {
    problem('fiscal_year', {
      th: `${year} เป็นปี ค.ศ. กรุณาใช้ปี พ.ศ. (${year + 543})`,
      en: `${year} is a CE year; use the Buddhist Era year (${year + 543})`,
    })
    return undefined
  }
  if (year < MIN_YEAR || year > MAX_YEAR) {
    problem('fiscal_year', {
      th: `ปีงบประมาณ ${year} อยู่นอกช่วง ${MIN_YEAR}–${MAX_YEAR}`,
      en: `Fiscal year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}`,
    })
    return undefined
  }
  return year
}

/** A number 1–10, "3. การใช้อำนาจ", or the indicator's Thai or English name. */
function readIndicator(text: string, problem: Problem): IndicatorNumber | undefined {
  const leading = /^(?:ตัวชี้วัดที่\s*)?([0-9]{1,2})(?:$|[.)\s])/.exec(text)
  const number = leading ? Number(leading[1]) : ITA_INDICATORS.find((i) => i.th === text || i.en.toLowerCase() === text.toLowerCase())?.number
  if (number !== undefined && isIndicatorNumber(number)) return number
  problem('indicator', {
    th: `"${text}" ไม่ใช่ตัวชี้วัด ใช้หมายเลข 1–10 หรือชื่อตัวชี้วัด`,
    en: `"${text}" is not an indicator; use a number 1–10 or the indicator's name`,
  })
  return undefined
}

function readScore(text: string, problem: Problem): number | undefined {
  if (text === '') {
    problem('score', { th: 'ไม่มีคะแนน', en: 'The score is missing' })
    return undefined
  }
  if (/^[0-9]+\.[0-9]{3,}$/.test(text)) {
    problem('score', { th: `คะแนน ${text} มีทศนิยมเกินสองตำแหน่ง`, en: `The score ${text} has more than two decimals` })
    return undefined
  }
  if (!SCORE_SHAPE.test(text)) {
    problem('score', {
      th: `"${text}" ไม่ใช่คะแนน ใช้ตัวเลข 0–100 ทศนิยมไม่เกินสองตำแหน่ง เช่น 85.25`,
      en: `"${text}" is not a score; use a number 0–100 with at most two decimals, e.g. 85.25`,
    })
    return undefined
  }
  const score = Number(text)
  if (score > 100) {
    problem('score', { th: `คะแนน ${text} เกิน 100`, en: `The score ${text} is above 100` })
    return undefined
  }
  return score
}

function error(row: number, column: ResultColumn | null, text: Bilingual): ResultImportError {
  const where = { th: column ? `แถว ${row} คอลัมน์ ${column}` : `แถว ${row}`, en: column ? `Row ${row}, column ${column}` : `Row ${row}` }
  return { row, column, th: `${where.th}: ${text.th}`, en: `${where.en}: ${text.en}` }
}

/** The template's header and one example agency-year, for the download. */
export function resultTemplateRows(agencyKey: string, fiscalYear: number): string[][] {
  return [['agency', 'fiscal_year', 'indicator', 'score'], ...ITA_INDICATORS.map((i) => [agencyKey, String(fiscalYear), `${i.number}. ${i.th}`, ''])]
}
