/**
 * Exports: one table model (export-table.ts) written as Excel, Word or CSV.
 * Features build an ExportTable and call renderExport; the web layer sends the file.
 */
import { tableToCsv } from './csv.ts'
import { tableToDocx } from './docx.ts'
import type { ExportTable } from './export-table.ts'
import { tableToXlsx } from './xlsx.ts'

export type {
  ExportColumn,
  ExportColumnType,
  ExportFigure,
  ExportOptions,
  ExportOrganisation,
  ExportRow,
  ExportSignature,
  ExportTable,
  ExportValue,
} from './export-table.ts'
export { assertValidTable } from './export-table.ts'
export { attachmentDisposition } from './content-disposition.ts'
export { neutraliseFormula } from './cell-text.ts'
export { tableToCsv, tableToDocx, tableToXlsx }
export { memoToDocx, minutesToDocx, type ExportMemo, type ExportMinutes } from './docx-memo.ts'
export { bookToDocx, type ExportBook } from './docx-book.ts'

export const EXPORT_FORMATS = ['xlsx', 'docx', 'csv'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value)
}

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
}

/** A finished file: what the web layer needs to send it as a download. */
export interface ExportFile {
  readonly body: Buffer
  readonly contentType: string
  /** With its extension; may hold Thai (sent with RFC 5987 encoding). */
  readonly filename: string
}

/** `baseName` without extension, e.g. 'บันทึกการตรวจสอบ-2569-11-22'. */
export async function renderExport(table: ExportTable, format: ExportFormat, baseName: string): Promise<ExportFile> {
  const body = format === 'xlsx' ? await tableToXlsx(table) : format === 'docx' ? await tableToDocx(table) : tableToCsv(table)
  return { body, contentType: EXPORT_CONTENT_TYPES[format], filename: `${baseName}.${format}` }
}
