import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { HOLIDAY_KINDS, type Holiday } from './holiday.ts'
import {
  HOLIDAY_CSV_MESSAGES,
  parseHolidayCsv,
  serializeHolidayCsv,
  type HolidayCsvError,
  type HolidayCsvErrorCode,
} from './holidays-csv.ts'
import { dayOfWeek } from './iso-date.ts'

const governmentCsv = readFileSync(new URL('./thai-government-holidays-2024-2027.csv', import.meta.url), 'utf8')
const HEADER = 'date,name_th,name_en,kind'

function holidaysOf(text: string): Holiday[] {
  const result = parseHolidayCsv(text)
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2))
  return result.holidays
}

function errorsOf(text: string): HolidayCsvError[] {
  const result = parseHolidayCsv(text)
  if (result.ok) throw new Error('expected errors')
  return result.errors
}

const codesAndLines = (errors: HolidayCsvError[]) => errors.map((e) => [e.line, e.code])

describe('the government holiday file 2024–2027', () => {
  const holidays = holidaysOf(governmentCsv)

  it('has 97 holidays, first and last as in the file', () => {
    expect(holidays).toHaveLength(97)
    expect(holidays[0]).toEqual({ date: '2024-01-01', nameTh: 'วันขึ้นปีใหม่', nameEn: "New Year's Day", kind: 'fixed' })
    expect(holidays.at(-1)).toEqual({ date: '2027-12-31', nameTh: 'วันสิ้นปี', nameEn: "New Year's Eve", kind: 'fixed' })
  })

  it('keeps long Thai names with spaces and brackets intact', () => {
    expect(holidays.find((h) => h.date === '2024-04-06')?.nameTh).toBe(
      'วันพระบาทสมเด็จพระพุทธยอดฟ้าจุฬาโลกมหาราช และวันที่ระลึกมหาจักรีบรมราชวงศ์ (วันจักรี)',
    )
    expect(holidays.find((h) => h.date === '2026-12-05')?.nameEn).toBe(
      "HM King Bhumibol Adulyadej's Birthday Anniversary / National Day / National Father's Day",
    )
  })

  it('is in date order with one row per date', () => {
    const dates = holidays.map((h) => h.date)
    expect([...dates].sort()).toEqual(dates)
    expect(new Set(dates).size).toBe(dates.length)
  })

  it('counts the kinds and the years', () => {
    const count = (pick: (h: Holiday) => string) => {
      const counts: Record<string, number> = {}
      for (const h of holidays) counts[pick(h)] = (counts[pick(h)] ?? 0) + 1
      return counts
    }
    expect(count((h) => h.kind)).toEqual({ fixed: 56, lunar: 16, substitution: 17, special: 5, royal_ceremony: 3 })
    expect(count((h) => h.date.slice(0, 4))).toEqual({ 2024: 28, 2025: 25, 2026: 22, 2027: 22 })
  })

  it('puts every substitution day on a weekday', () => {
    const substitutes = holidays.filter((h) => h.kind === 'substitution')
    expect(substitutes.every((h) => dayOfWeek(h.date) >= 1 && dayOfWeek(h.date) <= 5)).toBe(true)
  })

  it('has no Royal Ploughing Day for 2027 yet (the 2027 dates are predicted) and no Labour Day', () => {
    expect(holidays.filter((h) => h.kind === 'royal_ceremony').map((h) => h.date)).toEqual([
      '2024-05-10',
      '2025-05-09',
      '2026-05-13',
    ])
    expect(holidays.some((h) => h.date.endsWith('-05-01'))).toBe(false)
  })

  it('writes back byte for byte', () => {
    expect(serializeHolidayCsv(holidays)).toBe(governmentCsv)
  })
})

describe('CSV details a spreadsheet produces', () => {
  it('accepts a byte order mark and Windows line ends', () => {
    const text = '\uFEFF' + governmentCsv.replaceAll('\n', '\r\n')
    expect(holidaysOf(text)).toEqual(holidaysOf(governmentCsv))
  })

  it('reads quoted names with commas and doubled quotes', () => {
    const text = `${HEADER}\n2026-12-31,"วันสิ้นปี, วันหยุด","New Year's Eve, ""last day""",fixed\n`
    expect(holidaysOf(text)).toEqual([
      { date: '2026-12-31', nameTh: 'วันสิ้นปี, วันหยุด', nameEn: 'New Year\'s Eve, "last day"', kind: 'fixed' },
    ])
  })

  it('trims stray spaces, accepts a capitalised header, skips blank lines and needs no final newline', () => {
    const text = `Date, Name_TH ,name_en,KIND\n\n 2026-12-31 , วันสิ้นปี ,New Year's Eve, fixed \n   \n2027-01-01,วันขึ้นปีใหม่,New Year's Day,fixed`
    expect(holidaysOf(text).map((h) => [h.date, h.nameTh, h.kind])).toEqual([
      ['2026-12-31', 'วันสิ้นปี', 'fixed'],
      ['2027-01-01', 'วันขึ้นปีใหม่', 'fixed'],
    ])
  })

  it('accepts a header with no rows as an empty list', () => {
    expect(holidaysOf(`${HEADER}\n`)).toEqual([])
  })

  it('round-trips names that need quoting', () => {
    const holidays: Holiday[] = [
      { date: '2026-12-31' as Holiday['date'], nameTh: 'ก, ข', nameEn: 'say "hi"', kind: 'special' },
      { date: '2027-01-01' as Holiday['date'], nameTh: 'สอง\nบรรทัด', nameEn: 'plain', kind: 'fixed' },
    ]
    expect(holidaysOf(serializeHolidayCsv(holidays))).toEqual(holidays)
  })
})

describe('errors, all at once and with line numbers', () => {
  it('reports every bad row, not just the first', () => {
    const text = [
      HEADER,
      '2026-12-31,วันสิ้นปี,New Year\'s Eve,fixed',
      '2026-02-30,วันผิด,Bad date,fixed',
      '2026-12-05,วันพ่อ,Father\'s Day,national',
      '2026-12-10,,Constitution Day,fixed',
      '2026-12-11,วันหนึ่ง,,fixed',
      '2026-12-31,ซ้ำ,Duplicate,special',
      '2569-12-05,วันพ่อ,Father\'s Day,fixed',
      '2026-12-25,ก,b,c,fixed',
      '5/12/2026,วันพ่อ,Father\'s Day,fixed',
    ].join('\n')
    expect(codesAndLines(errorsOf(text))).toEqual([
      [3, 'invalid_date'],
      [4, 'unknown_kind'],
      [5, 'missing_name_th'],
      [6, 'missing_name_en'],
      [7, 'duplicate_date'],
      [8, 'date_looks_be'],
      [9, 'wrong_column_count'],
      [10, 'invalid_date'],
    ])
  })

  it('explains each error in Thai and English, naming the line and the value', () => {
    const [duplicate] = errorsOf(`${HEADER}\n2026-12-31,ก,a,fixed\n2026-12-31,ข,b,fixed\n`)
    expect(duplicate).toEqual({
      line: 3,
      code: 'duplicate_date',
      th: 'บรรทัด 3: วันที่ 2026-12-31 ซ้ำกับบรรทัด 2 กรุณารวมชื่อไว้ในแถวเดียว',
      en: 'Line 3: 2026-12-31 is already listed on line 2; combine the names in one row',
    })
    const [kind] = errorsOf(`${HEADER}\n2026-12-31,ก,a,Fixed Day\n`)
    expect(kind?.en).toBe('Line 2: unknown kind "Fixed Day"; use one of fixed, lunar, substitution, special, royal_ceremony')
    const [columns] = errorsOf(`${HEADER}\n2026-12-31,ก,a,b,fixed\n`)
    expect(columns?.th).toBe('บรรทัด 2: ต้องมี 4 คอลัมน์ แต่พบ 5 คอลัมน์ (ชื่อที่มีจุลภาคต้องอยู่ในเครื่องหมายคำพูด)')
  })

  it('suggests the CE date when a BE year was typed, judging leap days on the BE calendar', () => {
    const [be] = errorsOf(`${HEADER}\n2569-12-05,วันพ่อ,Father's Day,fixed\n`)
    expect(be?.code).toBe('date_looks_be')
    expect(be?.th).toBe('บรรทัด 2: ปีของวันที่ "2569-12-05" เป็น พ.ศ. ในไฟล์นี้ต้องใช้ปี ค.ศ. เช่น 2026-12-05')
    expect(be?.en).toContain('for example 2026-12-05')
    const [leap] = errorsOf(`${HEADER}\n2571-02-29,ก,a,special\n`)
    expect(leap?.en).toContain('for example 2028-02-29')
    // CE 2572 is a leap year but BE 2572 (2029 CE) is not: no real date either way.
    expect(codesAndLines(errorsOf(`${HEADER}\n2572-02-29,ก,a,special\n`))).toEqual([[2, 'invalid_date']])
  })

  it('rejects a wrong or missing header before looking at rows', () => {
    expect(codesAndLines(errorsOf('date,name,kind\n2026-12-31,x,fixed\n'))).toEqual([[1, 'bad_header']])
    expect(errorsOf('name_th,date,name_en,kind\n')[0]?.en).toBe(
      'Line 1: the header must be date,name_th,name_en,kind (found "name_th,date,name_en,kind")',
    )
    expect(codesAndLines(errorsOf(''))).toEqual([[1, 'empty_file']])
    expect(codesAndLines(errorsOf('\uFEFF\n\n'))).toEqual([[1, 'empty_file']])
  })

  it('points at the line where an unclosed quote opens', () => {
    const text = `${HEADER}\n2026-12-31,ก,a,fixed\n2027-01-01,"ข,b,fixed\n2027-01-02,ค,c,fixed\n`
    expect(codesAndLines(errorsOf(text))).toEqual([[3, 'unterminated_quote']])
  })

  it('numbers lines correctly after a quoted name that spans lines', () => {
    const text = `${HEADER}\n2026-12-31,"สอง\nบรรทัด",a,fixed\n2027-01-01,ข,b,nope\n`
    expect(codesAndLines(errorsOf(text))).toEqual([[4, 'unknown_kind']])
  })

  it('says the file was not saved as UTF-8 when the text is mojibake', () => {
    const text = `${HEADER}\n2026-12-31,\uFFFD\uFFFD\uFFFD,New Year's Eve,fixed\n2027-01-01,\uFFFD,x,fixed\n`
    const errors = errorsOf(text)
    expect(codesAndLines(errors)).toEqual([[2, 'not_utf8']])
    expect(errors[0]?.th).toBe('บรรทัด 2: มีอักขระที่อ่านไม่ได้ กรุณาบันทึกไฟล์เป็นแบบ CSV UTF-8')
  })

  it('has a Thai and an English message for every error code, all placeholders filled in use', () => {
    const codes = Object.keys(HOLIDAY_CSV_MESSAGES) as HolidayCsvErrorCode[]
    expect(codes).toHaveLength(11)
    for (const code of codes) {
      expect(HOLIDAY_CSV_MESSAGES[code].th).toMatch(/[ก-๙]/)
      expect(HOLIDAY_CSV_MESSAGES[code].en).toMatch(/^[\x20-\x7E–]+$/)
    }
    const everyError = [
      ...errorsOf(''),
      ...errorsOf('x\n'),
      ...errorsOf(`${HEADER}\n"`),
      ...errorsOf(
        `${HEADER}\n2026-12-31,\uFFFD,a,b,c\n2026-13-01,,,bad\n2569-01-01,ก,a,fixed\n2026-01-01,ก,a,fixed\n2026-01-01,ก,a,fixed\n`,
      ),
    ]
    expect(new Set(everyError.map((e) => e.code))).toEqual(new Set(codes))
    for (const error of everyError) expect(`${error.th} ${error.en}`).not.toMatch(/\{\w+\}/)
  })

  it('lists every kind the model knows in the unknown-kind message', () => {
    const [error] = errorsOf(`${HEADER}\n2026-12-31,ก,a,x\n`)
    for (const kind of HOLIDAY_KINDS) expect(error?.th).toContain(kind)
  })
})
