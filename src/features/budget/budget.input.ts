/**
 * Reading the spending plan from the editor form and from an import file (CSV text, or rows the
 * I/O layer read out of an .xlsx). Both go through the same line check, so a line the form
 * refuses is refused by the import too, and the import names each problem by row and column.
 */
import { ValidationError, type FieldErrors } from '../../errors.ts'
import type { Bilingual } from '../../platform/i18n/locale.ts'
import { readCsvText, recordsFromRows, type CsvRecord } from '../../platform/imports/csv-text.ts'
import type { IsoDate } from '../../platform/thai-calendar/index.ts'
import { checkLine, emptyLineText, isBlankLine, LIMITS, LINE_COLUMNS, type BudgetLine, type LineColumn, type LineText } from './budget.domain.ts'

export type BudgetFormValues = { lines: LineText[]; notes: string; responsible: string; based_on_version: string }

/** Empty rows the editor offers beyond the filled ones, and how many "add rows" adds: no JavaScript, so fixed rows. */
export const SPARE_ROWS = 3
export const ADD_ROWS = 5

export const fieldId = (row: number, column: LineColumn) => `l${row}_${column}`

const str = (b: Record<string, unknown>, key: string) => (typeof b[key] === 'string' ? (b[key] as string) : '')

export function readBudgetForm(body: unknown): BudgetFormValues {
  const b = (body ?? {}) as Record<string, unknown>
  const count = Math.min(Math.max(Number.parseInt(str(b, 'line_count'), 10) || 0, 0), LIMITS.lines + ADD_ROWS + SPARE_ROWS)
  const lines: LineText[] = []
  for (let i = 1; i <= count; i++) lines.push(Object.fromEntries(LINE_COLUMNS.map((c) => [c, str(b, fieldId(i, c))])) as LineText)
  return { lines, notes: str(b, 'notes'), responsible: str(b, 'responsible'), based_on_version: str(b, 'based_on_version') }
}

/** The rows the editor shows: the typed or stored ones, and at least `spare` empty ones after them. */
export function withSpareRows(lines: readonly LineText[], spare = SPARE_ROWS): LineText[] {
  const filled = [...lines]
  while (filled.length > 0 && isBlankLine(filled[filled.length - 1]!)) filled.pop()
  return [...filled, ...Array.from({ length: spare }, emptyLineText)]
}

export type BudgetInput = { lines: BudgetLine[]; notes: string; responsible: string }

export const NO_LINES: Bilingual = { th: 'กรอกอย่างน้อยหนึ่งรายการ', en: 'Enter at least one line' }
const TOO_MANY: Bilingual = { th: `แผนหนึ่งมีได้ไม่เกิน ${LIMITS.lines} รายการ`, en: `A plan has at most ${LIMITS.lines} lines` }

/** The plan from the form, or a ValidationError naming each field (`l3_allocated`, `notes`, …). */
export function parseBudgetForm(values: BudgetFormValues, fiscalYear: number, today: IsoDate): BudgetInput {
  const errors: FieldErrors = {}
  const lines: BudgetLine[] = []
  values.lines.forEach((text, index) => {
    if (isBlankLine(text)) return
    const checked = checkLine(text, fiscalYear, today)
    for (const [column, problem] of Object.entries(checked.problems)) errors[fieldId(index + 1, column as LineColumn)] = problem
    if (checked.line) lines.push(checked.line)
  })
  if (values.lines.every(isBlankLine)) errors[fieldId(1, 'name')] = NO_LINES
  if (values.lines.filter((l) => !isBlankLine(l)).length > LIMITS.lines) errors.lines = TOO_MANY
  const notes = values.notes.trim()
  const responsible = values.responsible.trim()
  if (notes.length > LIMITS.notes) errors.notes = { th: `หมายเหตุยาวได้ไม่เกิน ${LIMITS.notes} ตัวอักษร`, en: `Notes are at most ${LIMITS.notes} characters` }
  if (responsible === '') errors.responsible = { th: 'กรอกชื่อและตำแหน่งผู้รับผิดชอบข้อมูล', en: 'Enter the name and position of the person responsible' }
  else if (responsible.length > LIMITS.responsible) errors.responsible = { th: `ยาวได้ไม่เกิน ${LIMITS.responsible} ตัวอักษร`, en: `At most ${LIMITS.responsible} characters` }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
  return { lines, notes, responsible }
}

/** The import file's header: Thai for the officer, the machine name in brackets so either is recognised. */
export const TEMPLATE_HEADER: Record<LineColumn, string> = {
  name: 'แผนงาน/โครงการ/หมวดรายจ่าย (name)',
  category: 'ประเภท (category)',
  allocated: 'งบประมาณที่ได้รับ บาท (allocated)',
  planned_q1: 'แผนไตรมาส 1 (planned_q1)',
  planned_q2: 'แผนไตรมาส 2 (planned_q2)',
  planned_q3: 'แผนไตรมาส 3 (planned_q3)',
  planned_q4: 'แผนไตรมาส 4 (planned_q4)',
  actual_q1: 'ผลไตรมาส 1 (actual_q1)',
  actual_q2: 'ผลไตรมาส 2 (actual_q2)',
  actual_q3: 'ผลไตรมาส 3 (actual_q3)',
  actual_q4: 'ผลไตรมาส 4 (actual_q4)',
}

const HEADER_WORDS: Record<LineColumn, readonly string[]> = {
  name: ['name', 'รายการ', 'แผนงาน', 'โครงการ', 'แผนงาน/โครงการ', 'แผนงาน/โครงการ/หมวดรายจ่าย'],
  category: ['category', 'ประเภท', 'หมวด', 'หมวดรายจ่าย'],
  allocated: ['allocated', 'งบประมาณ', 'งบประมาณที่ได้รับ', 'งบประมาณที่ได้รับ บาท'],
  planned_q1: ['planned_q1', 'แผนไตรมาส 1'],
  planned_q2: ['planned_q2', 'แผนไตรมาส 2'],
  planned_q3: ['planned_q3', 'แผนไตรมาส 3'],
  planned_q4: ['planned_q4', 'แผนไตรมาส 4'],
  actual_q1: ['actual_q1', 'ผลไตรมาส 1'],
  actual_q2: ['actual_q2', 'ผลไตรมาส 2'],
  actual_q3: ['actual_q3', 'ผลไตรมาส 3'],
  actual_q4: ['actual_q4', 'ผลไตรมาส 4'],
}

function columnOf(cell: string): LineColumn | undefined {
  const text = cell.trim().toLowerCase().replace(/\s+/g, ' ')
  const bracketed = /\(([a-z_0-9]+)\)\s*$/.exec(text)?.[1]
  if (bracketed && (LINE_COLUMNS as readonly string[]).includes(bracketed)) return bracketed as LineColumn
  return LINE_COLUMNS.find((c) => HEADER_WORDS[c].includes(text))
}

export type ImportProblem = { row: number; column: LineColumn | null; th: string; en: string }
export type BudgetImport = { ok: true; lines: BudgetLine[] } | { ok: false; errors: ImportProblem[] }

function problem(row: number, column: LineColumn | null, text: Bilingual): ImportProblem {
  const where = { th: column ? `แถว ${row} คอลัมน์ ${column}` : `แถว ${row}`, en: column ? `Row ${row}, column ${column}` : `Row ${row}` }
  return { row, column, th: `${where.th}: ${text.th}`, en: `${where.en}: ${text.en}` }
}

export function parseBudgetCsv(text: string, fiscalYear: number, today: IsoDate): BudgetImport {
  const read = readCsvText(text)
  if (!read.ok) return { ok: false, errors: [problem(read.unterminatedQuoteLine, null, { th: 'เปิดเครื่องหมายคำพูด (") แล้วไม่ได้ปิด', en: 'A double quote (") is opened but never closed' })] }
  return parseRecords(read.records, fiscalYear, today)
}

/** `firstRowNumber` is the sheet row of `rows[0]`, so messages name the row Excel shows. */
export function parseBudgetRows(rows: readonly (readonly string[])[], firstRowNumber: number, fiscalYear: number, today: IsoDate): BudgetImport {
  return parseRecords(recordsFromRows(rows, firstRowNumber), fiscalYear, today)
}

function parseRecords(records: readonly CsvRecord[], fiscalYear: number, today: IsoDate): BudgetImport {
  const [header, ...rows] = records
  if (!header) return { ok: false, errors: [problem(1, null, { th: 'ไฟล์ว่างเปล่า แถวแรกต้องเป็นหัวตารางตามแบบฟอร์ม', en: 'The file is empty; its first row must be the template’s header' })] }
  const position = new Map<LineColumn, number>()
  header.cells.forEach((cell, index) => {
    const column = columnOf(cell)
    if (column && !position.has(column)) position.set(column, index)
  })
  const missing = (['name', 'allocated'] as const).filter((c) => !position.has(c))
  if (missing.length > 0) {
    return {
      ok: false,
      errors: missing.map((c) => problem(header.line, c, { th: `หัวตารางไม่มีคอลัมน์ "${TEMPLATE_HEADER[c]}" ใช้แบบฟอร์มที่ดาวน์โหลดได้`, en: `The header lacks the column "${c}"; use the downloadable template` })),
    }
  }
  if (rows.length === 0) return { ok: false, errors: [problem(header.line, null, { th: 'ไม่มีรายการใต้หัวตาราง', en: 'There are no lines under the header' })] }
  if (rows.length > LIMITS.lines) return { ok: false, errors: [problem(header.line, null, TOO_MANY)] }
  const errors: ImportProblem[] = []
  const lines: BudgetLine[] = []
  for (const record of rows) {
    const text = Object.fromEntries(LINE_COLUMNS.map((c) => [c, position.has(c) ? (record.cells[position.get(c)!] ?? '') : ''])) as LineText
    const checked = checkLine(text, fiscalYear, today)
    for (const column of LINE_COLUMNS) {
      const p = checked.problems[column]
      if (p) errors.push(problem(record.line, column, p))
    }
    if (checked.line) lines.push(checked.line)
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, lines }
}

/** The template's rows: the header, then the plan's current lines (or one example) to edit and load back. */
export function templateRows(current: readonly LineText[]): string[][] {
  const header = LINE_COLUMNS.map((c) => TEMPLATE_HEADER[c])
  const body = current.length > 0 ? current : [{ ...emptyLineText(), name: 'ตัวอย่าง: แผนงานบริหารงานทั่วไป', category: 'งบบุคลากร', allocated: '1,000,000.00', planned_q1: '250,000.00', planned_q2: '250,000.00', planned_q3: '250,000.00', planned_q4: '250,000.00' }]
  return [header, ...body.map((l) => LINE_COLUMNS.map((c) => l[c]))]
}
