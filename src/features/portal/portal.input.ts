import { ValidationError, type FieldErrors } from '../../errors.ts'
import type { PortalLink } from '../../db/tables.ts'
import { FISCAL_YEAR_RANGE, LIMITS, MAX_LINKS, SPARE_LINK_ROWS } from './portal.domain.ts'
import { findPortalSection, isPortalSectionKey, type PortalSectionKey } from './portal-sections.domain.ts'
import { sanitiseRichText } from './portal-rich-text.ts'

/** The item form as typed: every value a string, so a rejected form comes back exactly as sent. */
export type PortalItemFormValues = {
  section: string
  title_th: string
  title_en: string
  body: string
  fiscal_year: string
  responsible_user_id: string
  links: { label: string; url: string }[]
  /** Attachments of the current version the officer ticked to drop. */
  remove_files: string[]
  /** References to files uploaded with an earlier, rejected submission of this form. */
  pending: string[]
  pending_discard: string[]
  /** The version the editor was opened on: saving over a newer one is caught. */
  based_on_version: string
}

export type PortalItemInput = {
  titleTh: string
  titleEn: string
  bodySource: string
  bodyHtml: string
  fiscalYear: number | null
  responsibleUserId: string
  links: PortalLink[]
}

function str(body: unknown, key: string): string {
  const v = (body as Record<string, unknown> | undefined)?.[key]
  if (Array.isArray(v)) return typeof v[0] === 'string' ? v[0] : ''
  return typeof v === 'string' ? v : ''
}

function list(body: unknown, key: string): string[] {
  const v = (body as Record<string, unknown> | undefined)?.[key]
  const all = Array.isArray(v) ? v : v === undefined ? [] : [v]
  return all.filter((x): x is string => typeof x === 'string' && x !== '')
}

/** Link rows arrive as link_label_1/link_url_1, link_label_2/…; rows left empty are dropped. */
function linksOf(body: unknown): { label: string; url: string }[] {
  const rows: { label: string; url: string }[] = []
  for (let i = 1; i <= MAX_LINKS + SPARE_LINK_ROWS; i++) {
    const label = str(body, `link_label_${i}`)
    const url = str(body, `link_url_${i}`)
    if (label.trim() || url.trim()) rows.push({ label, url })
  }
  return rows
}

export function readPortalItemForm(body: unknown): PortalItemFormValues {
  return {
    section: str(body, 'section'),
    title_th: str(body, 'title_th'),
    title_en: str(body, 'title_en'),
    body: str(body, 'body'),
    fiscal_year: str(body, 'fiscal_year'),
    responsible_user_id: str(body, 'responsible_user_id'),
    links: linksOf(body),
    remove_files: list(body, 'remove_file'),
    pending: list(body, 'pending'),
    pending_discard: list(body, 'pending_discard'),
    based_on_version: str(body, 'based_on_version'),
  }
}

export function emptyPortalItemForm(section: string, responsibleUserId: string, fiscalYear: number | null): PortalItemFormValues {
  return {
    section,
    title_th: '',
    title_en: '',
    body: '',
    fiscal_year: fiscalYear === null ? '' : String(fiscalYear),
    responsible_user_id: responsibleUserId,
    links: [],
    remove_files: [],
    pending: [],
    pending_discard: [],
    based_on_version: '0',
  }
}

const MSG = {
  section: { th: 'เลือกหมวดของรายการ', en: 'Choose the section the item belongs to' },
  titleMissing: { th: 'กรอกชื่อเรื่องภาษาไทย', en: 'Enter the title in Thai' },
  titleLong: { th: `ชื่อเรื่องยาวได้ไม่เกิน ${LIMITS.title} ตัวอักษร`, en: `The title can be at most ${LIMITS.title} characters` },
  bodyLong: { th: `เนื้อหายาวได้ไม่เกิน ${LIMITS.body.toLocaleString('en-US')} ตัวอักษร`, en: `The text can be at most ${LIMITS.body.toLocaleString('en-US')} characters` },
  fiscalYearMissing: { th: 'เลือกปีงบประมาณของข้อมูลนี้', en: 'Choose the fiscal year this item is about' },
  fiscalYearBad: { th: 'ปีงบประมาณต้องเป็นปี พ.ศ. 4 หลัก เช่น 2570', en: 'The fiscal year must be a Buddhist-Era year such as 2570' },
  responsible: { th: 'เลือกผู้รับผิดชอบข้อมูล', en: 'Choose the person responsible for this item' },
  linkUrl: { th: 'ที่อยู่ลิงก์ต้องขึ้นต้นด้วย https:// หรือ http://', en: 'A link must start with https:// or http://' },
  linkLabelLong: { th: `ชื่อลิงก์ยาวได้ไม่เกิน ${LIMITS.linkLabel} ตัวอักษร`, en: `A link’s name can be at most ${LIMITS.linkLabel} characters` },
  tooManyLinks: { th: `ใส่ลิงก์ได้ไม่เกิน ${MAX_LINKS} รายการ`, en: `At most ${MAX_LINKS} links` },
}

export function parseSection(value: string): PortalSectionKey {
  if (!isPortalSectionKey(value)) throw new ValidationError({ section: MSG.section })
  return value
}

/** Only absolute web addresses: the portal is read elsewhere, and other schemes can run code. */
export function isWebUrl(value: string): boolean {
  if (value.length > LIMITS.linkUrl || /\s/.test(value)) return false
  try {
    const u = new URL(value)
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== ''
  } catch {
    return false
  }
}

/** Checks the item's own fields; `section` decides whether a fiscal year is required. */
export function parsePortalItemForm(values: PortalItemFormValues, section: PortalSectionKey): PortalItemInput {
  const errors: FieldErrors = {}
  const titleTh = values.title_th.trim()
  const titleEn = values.title_en.trim()
  if (!titleTh) errors.title_th = MSG.titleMissing
  else if (titleTh.length > LIMITS.title) errors.title_th = MSG.titleLong
  if (titleEn.length > LIMITS.title) errors.title_en = MSG.titleLong

  const bodySource = values.body.replaceAll('\r\n', '\n').trim()
  if (bodySource.length > LIMITS.body) errors.body = MSG.bodyLong

  let fiscalYear: number | null = null
  const fy = values.fiscal_year.trim()
  if (fy) {
    const n = /^[0-9]{4}$/.test(fy) ? Number(fy) : NaN
    if (!(n >= FISCAL_YEAR_RANGE.min && n <= FISCAL_YEAR_RANGE.max)) errors.fiscal_year = MSG.fiscalYearBad
    else fiscalYear = n
  } else if (findPortalSection(section)?.yearly) {
    errors.fiscal_year = MSG.fiscalYearMissing
  }

  const responsibleUserId = values.responsible_user_id.trim()
  if (!responsibleUserId) errors.responsible_user_id = MSG.responsible

  const links: PortalLink[] = []
  if (values.links.length > MAX_LINKS) errors.link_url_1 = MSG.tooManyLinks
  values.links.slice(0, MAX_LINKS).forEach((row, i) => {
    const url = row.url.trim()
    const label = row.label.trim().replace(/\s+/g, ' ')
    if (!isWebUrl(url)) errors[`link_url_${i + 1}`] = MSG.linkUrl
    else if (label.length > LIMITS.linkLabel) errors[`link_label_${i + 1}`] = MSG.linkLabelLong
    else links.push({ label: label || url, url })
  })

  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { titleTh, titleEn, bodySource, bodyHtml: sanitiseRichText(bodySource), fiscalYear, responsibleUserId, links }
}

export const RESPONSIBLE_NOT_STAFF = { th: 'ผู้รับผิดชอบต้องเป็นบุคลากรของหน่วยงานนี้', en: 'The person responsible must be on this agency’s staff' }
export const CONTENT_MISSING = { th: 'ใส่เนื้อหา แนบไฟล์ หรือใส่ลิงก์อย่างน้อยหนึ่งอย่าง', en: 'Add some text, a file or a link' }
export const NEWER_VERSION_SAVED = (n: number) => ({
  th: `มีผู้บันทึกฉบับที่ ${n} ระหว่างที่คุณแก้ไข ตรวจดูประวัติการแก้ไขก่อน หากยังต้องการบันทึกข้อความของคุณ ให้กดบันทึกอีกครั้ง`,
  en: `Someone saved version ${n} while you were editing. Check the history first; to save your text anyway, save again.`,
})
