import type { Bilingual } from '../i18n/locale.ts'

/** What a form may accept, in words people use; each kind stands for a few exact content types. */
export type FileKind = 'image' | 'pdf' | 'word' | 'excel'

export const MIME = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel',
} as const

// SVG is deliberately not an image here: it is a document that can carry scripts.
const KIND_MIMES: Record<FileKind, readonly string[]> = {
  image: [MIME.png, MIME.jpeg, MIME.webp],
  pdf: [MIME.pdf],
  word: [MIME.docx, MIME.doc],
  excel: [MIME.xlsx, MIME.xls],
}

const KIND_LABELS: Record<FileKind, Bilingual> = {
  image: { th: 'ไฟล์ภาพ PNG, JPEG หรือ WebP', en: 'a PNG, JPEG or WebP image' },
  pdf: { th: 'ไฟล์ PDF', en: 'a PDF' },
  word: { th: 'เอกสาร Word (.docx หรือ .doc)', en: 'a Word document (.docx or .doc)' },
  excel: { th: 'ตาราง Excel (.xlsx หรือ .xls)', en: 'an Excel workbook (.xlsx or .xls)' },
}

/** How a detected content type is named in messages, so a refusal says what the file really is. */
const MIME_LABELS: Record<string, Bilingual> = {
  [MIME.png]: { th: 'ภาพ PNG', en: 'a PNG image' },
  [MIME.jpeg]: { th: 'ภาพ JPEG', en: 'a JPEG image' },
  [MIME.webp]: { th: 'ภาพ WebP', en: 'a WebP image' },
  [MIME.pdf]: { th: 'ไฟล์ PDF', en: 'a PDF' },
  [MIME.docx]: { th: 'เอกสาร Word', en: 'a Word document' },
  [MIME.doc]: { th: 'เอกสาร Word รุ่นเก่า (.doc)', en: 'an old-style Word document (.doc)' },
  [MIME.xlsx]: { th: 'ตาราง Excel', en: 'an Excel workbook' },
  [MIME.xls]: { th: 'ตาราง Excel รุ่นเก่า (.xls)', en: 'an old-style Excel workbook (.xls)' },
  'image/gif': { th: 'ภาพ GIF', en: 'a GIF image' },
  'image/heic': { th: 'ภาพ HEIC', en: 'a HEIC image' },
  'image/tiff': { th: 'ภาพ TIFF', en: 'a TIFF image' },
  'image/bmp': { th: 'ภาพ BMP', en: 'a BMP image' },
  'image/svg+xml': { th: 'ภาพ SVG', en: 'an SVG image' },
  'text/html': { th: 'หน้าเว็บ (HTML)', en: 'a web page (HTML)' },
  'application/zip': { th: 'ไฟล์บีบอัด ZIP', en: 'a ZIP archive' },
  'application/x-cfb': { th: 'ไฟล์ Office รุ่นเก่าชนิดอื่น', en: 'another kind of old-style Office file' },
  'application/vnd.ms-word.document.macroenabled.12': { th: 'เอกสาร Word ที่มีมาโคร (.docm)', en: 'a Word document with macros (.docm)' },
  'application/vnd.ms-excel.sheet.macroenabled.12': { th: 'ตาราง Excel ที่มีมาโคร (.xlsm)', en: 'an Excel workbook with macros (.xlsm)' },
  'application/x-msdownload': { th: 'โปรแกรม (.exe)', en: 'a program (.exe)' },
}

export function mimesOf(kinds: readonly FileKind[]): string[] {
  return kinds.flatMap((k) => KIND_MIMES[k])
}

export function isImageMime(mime: string): boolean {
  return KIND_MIMES.image.includes(mime)
}

export function describeKinds(kinds: readonly FileKind[]): Bilingual {
  const labels = kinds.map((k) => KIND_LABELS[k])
  const join = (list: string[], or: string) => (list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} ${or} ${list[list.length - 1]}`)
  return { th: join(labels.map((l) => l.th), 'หรือ'), en: join(labels.map((l) => l.en), 'or') }
}

export function describeMime(mime: string): Bilingual | undefined {
  return MIME_LABELS[mime.toLowerCase()]
}

/** A plain extension for the detected type, used for download names whose own extension lies. */
export function extensionOf(mime: string): string {
  const found = Object.entries(MIME).find(([, m]) => m === mime)
  return found ? (found[0] === 'jpeg' ? 'jpg' : found[0]) : 'bin'
}
