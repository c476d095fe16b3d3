/**
 * The counter poster as a Word page for printing (issue 15: "a printable Word/PDF page"): the
 * same words as the poster page, the QR code large at the top and the link written out under it, through
 * the shared exports engine (TH Sarabun New, Thai digits in the document's own lines; the link
 * is a table cell, so its digits stay as they are and it still works when typed in).
 */
import type { ExportTable } from '../../platform/exports/index.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import type { OrganisationDetails } from '../organisations/index.ts'
import type { Survey } from './surveys.repository.ts'

/** Pixels of the QR picture handed to Word (it scales it to the text width). */
export const POSTER_QR_PX = 600

export function posterExportTable(p: { survey: Survey; org: OrganisationDetails; publicUrl: string; qrPng: Uint8Array }, locale: Locale): ExportTable {
  return {
    title: { th: 'ช่วยเราปรับปรุงบริการ: ตอบแบบสำรวจ', en: 'Help us improve: answer our survey' },
    subtitle: { th: p.survey.titleTh, en: p.survey.titleEn || p.survey.titleTh },
    organisation: { name: locale === 'en' && p.org.name_en ? p.org.name_en : p.org.name_th },
    columns: [
      { key: 'what', header: { th: 'วิธีตอบ', en: 'How to answer' }, type: 'text' },
      { key: 'how', header: { th: 'รายละเอียด', en: 'Details' }, type: 'text' },
    ],
    rows: [
      { what: locale === 'th' ? 'สแกน QR code ด้านบนด้วยกล้องโทรศัพท์' : 'Scan the QR code above with your phone camera', how: locale === 'th' ? 'ไม่ต้องใส่ชื่อ ใช้เวลาประมาณ 3 นาที' : 'No name needed; about 3 minutes' },
      { what: locale === 'th' ? 'หรือเปิดลิงก์' : 'Or open the link', how: p.publicUrl },
    ],
    figures: [{ title: { th: 'QR code ไปยังแบบสำรวจ', en: 'QR code to the survey' }, description: { th: `ลิงก์ ${p.publicUrl}`, en: `Link ${p.publicUrl}` }, png: p.qrPng, widthPx: POSTER_QR_PX, heightPx: POSTER_QR_PX }],
    options: { locale, thaiDigits: locale === 'th', figuresPlacement: 'before-table' },
  }
}
