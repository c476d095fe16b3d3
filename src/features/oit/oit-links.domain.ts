/**
 * The addresses an agency gives the NACC must open for anyone on the internet (issue 14): not
 * the server's own name (localhost), not a private network, not a staff page behind sign-in,
 * not a portal item that is still unpublished. The picker offers only what passes; a stored
 * address that does not is flagged, and an item with one cannot be marked ready or sent.
 */
import type { Bilingual } from '../../platform/i18n/locale.ts'

export type LinkContext = {
  /** The platform's public base address (config `baseUrl`), without a trailing slash. */
  readonly baseUrl: string
  /** Item keys of the agency's portal items, published or not. */
  readonly publishedKeys: ReadonlySet<string>
  readonly unpublishedKeys: ReadonlySet<string>
}

const PRIVATE_V4 = [/^10\./, /^127\./, /^0\./, /^169\.254\./, /^192\.168\./, /^172\.(1[6-9]|2[0-9]|3[01])\./, /^100\.(6[4-9]|[7-9][0-9]|1[01][0-9]|12[0-7])\./]
const LOCAL_SUFFIXES = ['.localhost', '.local', '.internal', '.lan', '.home.arpa', '.corp']
// Pages of the platform that answer only a signed-in person (or a complainant with a receipt).
const STAFF_PREFIXES = ['/staff', '/admin', '/account', '/sign-in', '/sign-out', '/api/v1/me', '/invitations', '/reset-password', '/forgot-password']

/** Why the public could not open `url`, or null when it can. */
export function unreachableReason(url: string, ctx: LinkContext): Bilingual | null {
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    return { th: 'ไม่ใช่ที่อยู่เว็บที่ถูกต้อง', en: 'This is not a valid web address' }
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { th: 'ที่อยู่ต้องขึ้นต้นด้วย https:// หรือ http://', en: 'The address must start with https:// or http://' }
  if (parsed.username || parsed.password) return { th: 'ที่อยู่มีชื่อผู้ใช้หรือรหัสผ่าน ประชาชนเปิดไม่ได้', en: 'The address carries a user name or password' }
  const host = parsed.hostname.toLowerCase().replace(/^\[|\]$/g, '')
  if (host === 'localhost' || LOCAL_SUFFIXES.some((s) => host.endsWith(s)) || !host.includes('.') && !host.includes(':')) {
    return { th: `"${host}" เป็นชื่อเครื่องภายใน ประชาชนและผู้ตรวจเปิดไม่ได้ ใช้ที่อยู่สาธารณะของเว็บไซต์`, en: `"${host}" is a local machine name the public and the assessors cannot open; use the website’s public address` }
  }
  if (PRIVATE_V4.some((p) => p.test(host)) || host === '::1' || /^f[cd][0-9a-f]{2}:/.test(host) || /^fe80:/.test(host)) {
    return { th: `"${host}" เป็นที่อยู่ในเครือข่ายภายใน ประชาชนเปิดไม่ได้`, en: `"${host}" is a private network address the public cannot open` }
  }
  const base = safeUrl(ctx.baseUrl)
  if (base && parsed.host.toLowerCase() === base.host.toLowerCase()) {
    const path = decodeURIComponent(parsed.pathname)
    if (STAFF_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`))) {
      return { th: 'หน้านี้เปิดได้เฉพาะเจ้าหน้าที่ที่เข้าสู่ระบบ ประชาชนและผู้ตรวจเปิดไม่ได้', en: 'This page opens only for signed-in staff; the public and the assessors cannot open it' }
    }
    const key = /^\/o\/[^/]+\/p\/([^/]+)/.exec(path)?.[1]
    if (key && ctx.unpublishedKeys.has(key) && !ctx.publishedKeys.has(key)) {
      return { th: 'รายการนี้บนเว็บไซต์ยังไม่เผยแพร่ ประชาชนยังเปิดไม่ได้ เผยแพร่ก่อนแล้วจึงเชื่อมโยง', en: 'This portal item is not published yet, so the public cannot open it; publish it first' }
    }
  }
  return null
}

function safeUrl(text: string): URL | undefined {
  try {
    return new URL(text)
  } catch {
    return undefined
  }
}

/** A public page the agency's modules publish, offered in the picker beside its portal items. */
export type PageChoice = { path: string; name: Bilingual }

/**
 * Every public page of an agency the platform publishes (the module pages of budget, procurement,
 * executives, services, complaints, information requests, ITA…), for the year asked and the one before.
 */
export function agencyPublicPages(slug: string, fiscalYear: number): PageChoice[] {
  const o = `/o/${encodeURIComponent(slug)}`
  const perYear = (y: number): PageChoice[] => [
    { path: `${o}/budget/${y}`, name: { th: `แผนการใช้จ่ายงบประมาณและผลการใช้จ่าย ปี ${y}`, en: `Spending plan and results, FY ${y}` } },
    { path: `${o}/procurement/plan/${y}`, name: { th: `แผนการจัดซื้อจัดจ้าง ปี ${y}`, en: `Procurement plan, FY ${y}` } },
    { path: `${o}/procurement/monthly/${y}`, name: { th: `สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปี ${y}`, en: `Monthly procurement summaries, FY ${y}` } },
    { path: `${o}/procurement/annual/${y}`, name: { th: `รายงานผลการจัดซื้อจัดจ้างประจำปี ${y}`, en: `Annual procurement report, FY ${y}` } },
  ]
  return [
    { path: o, name: { th: 'หน้าแรกของหน่วยงาน', en: 'The agency’s home page' } },
    { path: `${o}/portal`, name: { th: 'ข้อมูลเปิดเผยต่อสาธารณะ (ทุกหมวด)', en: 'Published information (every section)' } },
    { path: `${o}/executives`, name: { th: 'ผู้บริหารและช่องทางติดต่อ', en: 'Executives and their contacts' } },
    ...perYear(fiscalYear),
    ...perYear(fiscalYear - 1),
    { path: `${o}/services`, name: { th: 'คู่มือการให้บริการประชาชน', en: 'Citizen service manuals' } },
    { path: `${o}/services/statistics`, name: { th: 'สถิติการให้บริการ', en: 'Service statistics' } },
    { path: `${o}/work-standards`, name: { th: 'คู่มือหรือมาตรฐานการปฏิบัติงาน', en: 'Work standards' } },
    { path: `${o}/complaints`, name: { th: 'แนวปฏิบัติและช่องทางการร้องเรียน', en: 'Complaint guideline and channel' } },
    { path: `${o}/complaints/statistics`, name: { th: 'สถิติเรื่องร้องเรียน', en: 'Complaint statistics' } },
    { path: `${o}/information`, name: { th: 'การขอข้อมูลข่าวสาร', en: 'Requests for official information' } },
    { path: `${o}/information/statistics`, name: { th: 'สถิติการขอข้อมูลข่าวสาร', en: 'Information request statistics' } },
    { path: `${o}/webboard`, name: { th: 'กระดานถาม-ตอบ (Q&A)', en: 'Questions and answers' } },
    { path: `${o}/consultations`, name: { th: 'การรับฟังความคิดเห็น', en: 'Public consultations' } },
    { path: `${o}/comments`, name: { th: 'กล่องแสดงความคิดเห็น (ท่านเสนอ เราปรับปรุง)', en: 'Comment box (you said, we did)' } },
    { path: `${o}/ita`, name: { th: 'ผลการประเมิน ITA และมาตรการส่งเสริมคุณธรรมและความโปร่งใส', en: 'ITA results and the integrity measures' } },
    { path: `${o}/risks`, name: { th: 'การประเมินความเสี่ยงการทุจริตและมาตรการจัดการ', en: 'Corruption risk assessment and treatments' } },
    { path: `${o}/development-plan`, name: { th: 'แผนพัฒนาท้องถิ่นและผลการติดตามประเมินผล', en: 'Local development plan and its monitoring' } },
    { path: `${o}/performance-evaluation`, name: { th: 'ผลการประเมินผลการปฏิบัติราชการ 4 มิติ', en: 'Four-dimension performance evaluation' } },
    { path: `${o}/surveys`, name: { th: 'ผลการสำรวจความพึงพอใจ', en: 'Satisfaction survey results' } },
    { path: `${o}/announcements`, name: { th: 'ประกาศมาตรการจากจังหวัด', en: 'Announcements of measures from the province' } },
    { path: `${o}/honour-roll`, name: { th: 'ทำเนียบผู้ได้รับการยกย่องด้านคุณธรรม', en: 'Honour roll for integrity' } },
    { path: `${o}/donations`, name: { th: 'การรับบริจาคและนโยบายไม่รับของขวัญ', en: 'Donations and the No Gift policy' } },
    { path: `${o}/delegations`, name: { th: 'การมอบอำนาจและผู้รักษาราชการแทน', en: 'Delegations and acting officials' } },
  ]
}

/** The picker's value for a page (portal items are chosen by id; pages by this prefix and path). */
export const PAGE_CHOICE_PREFIX = 'page:'
