import type { Locale } from '../../../platform/i18n/locale.ts'
import { formatFiscalYearEn, formatFiscalYearTh } from '../../../platform/thai-calendar/index.ts'
import { describeKinds, formatFileSize, type FileKind, MIME } from '../../../platform/files/index.ts'
import type { PageContext } from '../../../web/page-context.ts'
import { findPortalSection } from '../portal-sections.domain.ts'
import type { PortalAttachment } from '../portal.repository.ts'

/** An item's title in the reader's language; Thai when there is no English. */
export function itemTitle(v: { titleTh: string; titleEn: string }, locale: Locale): string {
  return locale === 'en' && v.titleEn ? v.titleEn : v.titleTh
}

export function sectionName(key: string, locale: Locale): string {
  return findPortalSection(key)?.name[locale] ?? key
}

export function fiscalYearText(fy: number | null, ctx: PageContext): string {
  if (fy === null) return ctx.t({ th: 'ไม่ระบุ (ข้อมูลทั่วไป)', en: 'None (not tied to a year)' })
  return ctx.locale === 'th' ? formatFiscalYearTh(fy) : formatFiscalYearEn(fy)
}

export const publicItemUrl = (orgSlug: string, itemKey: string) => `/o/${orgSlug}/p/${itemKey}`

const KIND_OF_MIME: Record<string, FileKind> = {
  [MIME.pdf]: 'pdf',
  [MIME.docx]: 'word',
  [MIME.doc]: 'word',
  [MIME.xlsx]: 'excel',
  [MIME.xls]: 'excel',
  [MIME.png]: 'image',
  [MIME.jpeg]: 'image',
  [MIME.webp]: 'image',
}

/** "Report.pdf (PDF, 120 KB)": what a person needs to decide whether to download. */
export function attachmentFacts(f: PortalAttachment, locale: Locale): string {
  const kind = KIND_OF_MIME[f.mime]
  const kindText = kind ? describeKinds([kind])[locale] : f.mime
  return `${kindText}, ${formatFileSize(f.size)}`
}
