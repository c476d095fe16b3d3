import type { FieldErrors } from '../../errors.ts'
import { COMMITTEE_ROLES, isDimension, isEvidencePath, type CommitteeRole, type Dimension } from './performance-evaluation.domain.ts'

const text = (body: unknown, key: string): string => {
  const v = (body as Record<string, unknown> | undefined)?.[key]
  return typeof v === 'string' ? v : ''
}
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors }

export type IndicatorFormValues = { dimension: string; name: string; weight: string; evidence_url: string; evidence_note: string }
export const readIndicatorForm = (body: unknown): IndicatorFormValues => ({ dimension: text(body, 'dimension'), name: text(body, 'indicator_name'), weight: text(body, 'weight'), evidence_url: text(body, 'evidence_url'), evidence_note: text(body, 'evidence_note') })
export const emptyIndicatorForm = (): IndicatorFormValues => ({ dimension: 'mission', name: '', weight: '1', evidence_url: '', evidence_note: '' })

export function parseIndicatorForm(v: IndicatorFormValues, slug: string): Parsed<{ dimension: Dimension; name: string; weight: number; evidenceUrl: string; evidenceNote: string }> {
  const errors: FieldErrors = {}
  if (!isDimension(v.dimension)) errors.dimension = { th: 'เลือกมิติ', en: 'Choose the dimension' }
  const name = v.name.trim()
  if (!name) errors.indicator_name = { th: 'กรอกชื่อตัวชี้วัด', en: 'Enter the indicator' }
  else if (name.length > 500) errors.indicator_name = { th: 'ยาวได้ไม่เกิน 500 ตัวอักษร', en: 'At most 500 characters' }
  const weight = /^\s*[0-9]{1,3}\s*$/.test(v.weight) ? Number(v.weight.trim()) : NaN
  if (!(weight >= 1 && weight <= 100)) errors.weight = { th: 'น้ำหนักเป็นจำนวนเต็ม 1–100', en: 'The weight is a whole number from 1 to 100' }
  const evidenceUrl = v.evidence_url.trim()
  if (!isEvidencePath(slug, evidenceUrl)) errors.evidence_url = { th: `หลักฐานต้องเป็นหน้าของหน่วยงานบนระบบนี้ ขึ้นต้นด้วย /o/${slug}/`, en: `The evidence must be a page of the agency on this platform, starting /o/${slug}/` }
  const evidenceNote = v.evidence_note.trim()
  if (evidenceNote.length > 1000) errors.evidence_note = { th: 'ยาวได้ไม่เกิน 1000 ตัวอักษร', en: 'At most 1000 characters' }
  return Object.keys(errors).length || !isDimension(v.dimension) ? { ok: false, errors } : { ok: true, value: { dimension: v.dimension, name, weight, evidenceUrl, evidenceNote } }
}

export type MemberFormValues = { email: string; committee_role: string; outside: boolean }
export const readMemberForm = (body: unknown): MemberFormValues => ({ email: text(body, 'email'), committee_role: text(body, 'committee_role'), outside: text(body, 'outside') === 'yes' })
export const emptyMemberForm = (): MemberFormValues => ({ email: '', committee_role: 'member', outside: false })

export function parseMemberForm(v: MemberFormValues): Parsed<{ email: string; committeeRole: CommitteeRole; outside: boolean }> {
  const errors: FieldErrors = {}
  const email = v.email.trim().toLowerCase()
  if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 254) errors.email = { th: 'กรอกอีเมลของผู้ใช้ในระบบ', en: 'Enter the e-mail of a user of the platform' }
  const role = COMMITTEE_ROLES.find((r) => r.key === v.committee_role)?.key
  if (!role) errors.committee_role = { th: 'เลือกตำแหน่งในคณะกรรมการ', en: 'Choose the role on the committee' }
  return Object.keys(errors).length || !role ? { ok: false, errors } : { ok: true, value: { email, committeeRole: role, outside: v.outside } }
}

/** A sheet: per indicator its score (1–5) and comment, kept as typed. */
export type SheetValues = Record<string, { score: string; comment: string }>
export function readSheet(body: unknown, indicatorIds: readonly string[]): SheetValues {
  return Object.fromEntries(indicatorIds.map((id) => [id, { score: text(body, `score_${id}`), comment: text(body, `comment_${id}`) }]))
}

export function parseSheet(v: SheetValues): Parsed<{ indicatorId: string; score: number; comment: string }[]> {
  const errors: FieldErrors = {}
  const out: { indicatorId: string; score: number; comment: string }[] = []
  for (const [id, row] of Object.entries(v)) {
    const score = /^[1-5]$/.test(row.score) ? Number(row.score) : NaN
    if (!Number.isInteger(score)) errors[`score_${id}`] = { th: 'ให้คะแนน 1–5', en: 'Give a score from 1 to 5' }
    const comment = row.comment.trim()
    if (comment.length > 1000) errors[`comment_${id}`] = { th: 'ยาวได้ไม่เกิน 1000 ตัวอักษร', en: 'At most 1000 characters' }
    if (Number.isInteger(score)) out.push({ indicatorId: id, score, comment })
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: out }
}
