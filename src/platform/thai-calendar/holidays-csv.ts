import { HOLIDAY_KINDS, isHolidayKind, type Holiday } from './holiday.ts'
import { beToCe } from './buddhist-era.ts'
import { isoDateFromParts, parseIsoDate, type IsoDate } from './iso-date.ts'

/**
 * The holiday list travels as CSV so admins can edit it in a spreadsheet:
 *
 *   date,name_th,name_en,kind
 *   2026-12-05,วันคล้ายวันพระบรมราชสมภพ รัชกาลที่ 9 วันชาติ และวันพ่อแห่งชาติ,HM King Bhumibol …,fixed
 *
 * Dates are CE 'YYYY-MM-DD'. The government file has no quoted fields, but a spreadsheet
 * re-export quotes any name containing a comma, so RFC 4180 quoting ("a, b", "say ""hi""")
 * is accepted. Errors are collected for every line at once, each with the line number, so an
 * admin can fix the whole file in one go.
 */
export const HOLIDAY_CSV_HEADER = ['date', 'name_th', 'name_en', 'kind'] as const

/** Same shape as the i18n module's Bilingual, so the translator can fill these templates. */
type Bilingual = { readonly th: string; readonly en: string }

export type HolidayCsvErrorCode =
  | 'empty_file'
  | 'not_utf8'
  | 'bad_header'
  | 'unterminated_quote'
  | 'wrong_column_count'
  | 'invalid_date'
  | 'date_looks_be'
  | 'missing_name_th'
  | 'missing_name_en'
  | 'unknown_kind'
  | 'duplicate_date'

export interface HolidayCsvError {
  /** 1-based line of the file where the offending row starts. */
  readonly line: number
  readonly code: HolidayCsvErrorCode
  readonly th: string
  readonly en: string
}

export type HolidayCsvResult =
  | { readonly ok: true; readonly holidays: Holiday[] }
  | { readonly ok: false; readonly errors: HolidayCsvError[] }

/** Templates use `{name}` placeholders, the same convention as the i18n translator. */
export const HOLIDAY_CSV_MESSAGES: Readonly<Record<HolidayCsvErrorCode, Bilingual>> = {
  empty_file: {
    th: 'ไฟล์ว่างเปล่า บรรทัดแรกต้องเป็นหัวตาราง {expected}',
    en: 'The file is empty; its first line must be the header {expected}',
  },
  not_utf8: {
    th: 'บรรทัด {line}: มีอักขระที่อ่านไม่ได้ กรุณาบันทึกไฟล์เป็นแบบ CSV UTF-8',
    en: 'Line {line}: contains unreadable characters; save the file as CSV UTF-8',
  },
  bad_header: {
    th: 'บรรทัด {line}: หัวตารางต้องเป็น {expected} (พบ "{value}")',
    en: 'Line {line}: the header must be {expected} (found "{value}")',
  },
  unterminated_quote: {
    th: 'บรรทัด {line}: เปิดเครื่องหมายคำพูด (") แล้วไม่ได้ปิด',
    en: 'Line {line}: a double quote (") is opened but never closed',
  },
  wrong_column_count: {
    th: 'บรรทัด {line}: ต้องมี 4 คอลัมน์ แต่พบ {count} คอลัมน์ (ชื่อที่มีจุลภาคต้องอยู่ในเครื่องหมายคำพูด)',
    en: 'Line {line}: expected 4 columns but found {count} (a name containing a comma must be in double quotes)',
  },
  invalid_date: {
    th: 'บรรทัด {line}: วันที่ "{value}" ไม่ถูกต้อง ต้องเป็นวันที่จริงแบบ ค.ศ. ปปปป-ดด-วว เช่น 2026-12-05',
    en: 'Line {line}: "{value}" is not a valid date; use a real CE date as YYYY-MM-DD, for example 2026-12-05',
  },
  date_looks_be: {
    th: 'บรรทัด {line}: ปีของวันที่ "{value}" เป็น พ.ศ. ในไฟล์นี้ต้องใช้ปี ค.ศ. เช่น {suggestion}',
    en: 'Line {line}: the year in "{value}" is a Buddhist Era year; this file uses CE years, for example {suggestion}',
  },
  missing_name_th: {
    th: 'บรรทัด {line}: ไม่มีชื่อวันหยุดภาษาไทย',
    en: 'Line {line}: the Thai name is missing',
  },
  missing_name_en: {
    th: 'บรรทัด {line}: ไม่มีชื่อวันหยุดภาษาอังกฤษ',
    en: 'Line {line}: the English name is missing',
  },
  unknown_kind: {
    th: 'บรรทัด {line}: ไม่รู้จักประเภท "{value}" ต้องเป็นหนึ่งใน {expected}',
    en: 'Line {line}: unknown kind "{value}"; use one of {expected}',
  },
  duplicate_date: {
    th: 'บรรทัด {line}: วันที่ {value} ซ้ำกับบรรทัด {firstLine} กรุณารวมชื่อไว้ในแถวเดียว',
    en: 'Line {line}: {value} is already listed on line {firstLine}; combine the names in one row',
  },
}

const FIRST_YEAR_THAT_LOOKS_BE = 2400

export function parseHolidayCsv(text: string): HolidayCsvResult {
  const { records, unterminatedQuoteLine } = readCsvRecords(text.replace(/^\uFEFF/, ''))

  if (unterminatedQuoteLine !== undefined) {
    return { ok: false, errors: [csvError(unterminatedQuoteLine, 'unterminated_quote')] }
  }
  const [header, ...rows] = records
  if (header === undefined) return { ok: false, errors: [csvError(1, 'empty_file')] }
  if (header.fields.map((f) => f.toLowerCase()).join(',') !== HOLIDAY_CSV_HEADER.join(',')) {
    return { ok: false, errors: [csvError(header.line, 'bad_header', { value: header.fields.join(',') })] }
  }

  const errors: HolidayCsvError[] = []
  const unreadable = records.find((record) => record.fields.some((field) => field.includes('\uFFFD')))
  if (unreadable) errors.push(csvError(unreadable.line, 'not_utf8'))

  const holidays: Holiday[] = []
  const firstLineOfDate = new Map<string, number>()
  for (const { line, fields } of rows) {
    if (fields.length !== HOLIDAY_CSV_HEADER.length) {
      errors.push(csvError(line, 'wrong_column_count', { count: fields.length }))
      continue
    }
    const [dateText = '', nameTh = '', nameEn = '', kind = ''] = fields
    const rowErrors: HolidayCsvError[] = []
    const date = parseIsoDate(dateText)
    const meantAsBe = readAsBeDate(dateText)
    if (meantAsBe !== undefined) {
      rowErrors.push(
        meantAsBe.ce === undefined
          ? csvError(line, 'invalid_date', { value: dateText })
          : csvError(line, 'date_looks_be', { value: dateText, suggestion: meantAsBe.ce }),
      )
    } else if (date === undefined) {
      rowErrors.push(csvError(line, 'invalid_date', { value: dateText }))
    } else {
      const firstLine = firstLineOfDate.get(date)
      if (firstLine !== undefined) rowErrors.push(csvError(line, 'duplicate_date', { value: date, firstLine }))
      else firstLineOfDate.set(date, line)
    }
    if (nameTh === '') rowErrors.push(csvError(line, 'missing_name_th'))
    if (nameEn === '') rowErrors.push(csvError(line, 'missing_name_en'))
    if (!isHolidayKind(kind)) rowErrors.push(csvError(line, 'unknown_kind', { value: kind }))

    if (rowErrors.length > 0 || date === undefined || !isHolidayKind(kind)) errors.push(...rowErrors)
    else holidays.push({ date, nameTh, nameEn, kind })
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, holidays }
}

/** The inverse of parseHolidayCsv: LF line ends, a final newline, quotes only where needed. */
export function serializeHolidayCsv(holidays: readonly Holiday[]): string {
  const lines = [
    HOLIDAY_CSV_HEADER.join(','),
    ...holidays.map((h) => [h.date, h.nameTh, h.nameEn, h.kind].map(quoteIfNeeded).join(',')),
  ]
  return lines.join('\n') + '\n'
}

/**
 * A year from 2400 in the CE column is a BE year typed by mistake (a valid date 543 years out).
 * It is judged on the BE calendar, so '2571-02-29' (a real leap day, 2028) gets a suggestion and
 * '2572-02-29' (2029) is simply invalid, even though CE 2572 happens to be a leap year.
 */
function readAsBeDate(text: string): { ce: IsoDate | undefined } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match || Number(match[1]) < FIRST_YEAR_THAT_LOOKS_BE) return undefined
  return { ce: isoDateFromParts(beToCe(Number(match[1])), Number(match[2]), Number(match[3])) }
}

function csvError(
  line: number,
  code: HolidayCsvErrorCode,
  vars: Record<string, string | number> = {},
): HolidayCsvError {
  const all: Record<string, string | number> = {
    line,
    expected: code === 'unknown_kind' ? HOLIDAY_KINDS.join(', ') : HOLIDAY_CSV_HEADER.join(','),
    ...vars,
  }
  const fill = (template: string) => template.replace(/\{(\w+)\}/g, (whole, name: string) => String(all[name] ?? whole))
  const message = HOLIDAY_CSV_MESSAGES[code]
  return { line, code, th: fill(message.th), en: fill(message.en) }
}

function quoteIfNeeded(field: string): string {
  return /[",\r\n]|^\s|\s$/.test(field) ? `"${field.replaceAll('"', '""')}"` : field
}

interface CsvRecord {
  readonly line: number
  readonly fields: string[]
}

/**
 * RFC 4180 records. A quoted field may span lines, so each record remembers the line it
 * starts on. Fields are trimmed (stray spaces from spreadsheets mean nothing here) and blank
 * lines are skipped.
 */
function readCsvRecords(text: string): { records: CsvRecord[]; unterminatedQuoteLine?: number } {
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let sawQuote = false
  let inQuotes = false
  let line = 1
  let recordLine = 1
  let quoteLine = 1

  const endField = () => {
    fields.push(field.trim())
    field = ''
  }
  const endRecord = () => {
    endField()
    const blank = fields.length === 1 && fields[0] === '' && !sawQuote
    if (!blank) records.push({ line: recordLine, fields })
    fields = []
    sawQuote = false
  }

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') {
        inQuotes = false
      } else {
        if (ch === '\n') line++
        field += ch
      }
    } else if (ch === '"' && field.trim() === '') {
      inQuotes = true
      sawQuote = true
      quoteLine = line
      field = ''
    } else if (ch === ',') {
      endField()
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      endRecord()
      line++
      recordLine = line
    } else {
      field += ch
    }
  }
  if (inQuotes) return { records, unterminatedQuoteLine: quoteLine }
  if (field !== '' || fields.length > 0 || sawQuote) endRecord()
  return { records }
}
