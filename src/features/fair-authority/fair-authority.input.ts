import { ValidationError, type FieldErrors } from '../../errors.ts'
import type { CriterionItem } from '../../db/tables/delegations.ts'
import { fromThaiDigits } from '../../platform/thai-calendar/index.ts'
import { formString } from '../../web/http/form-errors.ts'
import { isKind, OUTCOMES_OF, type Kind, type Outcome } from './fair-authority.domain.ts'

export function valuesOf(body: unknown, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f, formString(body, f)]))
}

export const CRITERIA_FIELDS = ['kind', 'title_th', 'items'] as const
export type CriteriaInput = { kind: Kind; titleTh: string; items: CriterionItem[] }

/** One criterion a line, "what is judged | most points", e.g. "ผลสัมฤทธิ์ของงาน | 70". */
export function parseCriteria(v: Record<string, string>): CriteriaInput {
  const errors: FieldErrors = {}
  const kind = v.kind ?? ''
  if (!isKind(kind)) errors.kind = { th: 'เลือกเรื่องที่ใช้หลักเกณฑ์', en: 'Choose what the criteria are for' }
  const titleTh = (v.title_th ?? '').trim()
  if (!titleTh) errors.title_th = { th: 'ระบุชื่อหลักเกณฑ์', en: 'Give the criteria a title' }
  else if (titleTh.length > 300) errors.title_th = { th: 'ยาวไม่เกิน 300 ตัวอักษร', en: 'At most 300 characters' }
  const items: CriterionItem[] = []
  const lines = (v.items ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean)
  for (const line of lines) {
    const [name, points] = line.split('|').map((p) => p.trim())
    const max = Number(fromThaiDigits(points ?? ''))
    if (!name || !Number.isInteger(max) || max < 1 || max > 1000) {
      errors.items = { th: `บรรทัด "${line}" ต้องเป็น "เกณฑ์ | คะแนนเต็ม" เช่น "ผลสัมฤทธิ์ของงาน | 70"`, en: `Line "${line}" must read "criterion | most points"` }
      break
    }
    items.push({ th: name, max })
  }
  if (!errors.items && (items.length === 0 || items.length > 20)) errors.items = { th: 'ระบุเกณฑ์ ๑–๒๐ ข้อ บรรทัดละหนึ่งข้อ', en: 'Give 1–20 criteria, one a line' }
  if (Object.keys(errors).length || !isKind(kind)) throw new ValidationError(errors)
  return { kind, titleTh, items }
}

export const DECISION_FIELDS = ['kind', 'round_th', 'subject_user_id', 'scores', 'outcome', 'reason'] as const
export type DecisionInput = { kind: Kind; roundTh: string; subjectUserId: string; scores: number[]; outcome: Outcome; reason: string }

/** `items`: the criteria in force for the kind (null when none is published); `members`: the agency's staff. */
export function parseDecision(v: Record<string, string>, itemsOf: (kind: Kind) => readonly CriterionItem[] | null, members: ReadonlySet<string>): DecisionInput {
  const errors: FieldErrors = {}
  const kind = v.kind ?? ''
  const items = isKind(kind) ? itemsOf(kind) : null
  if (!isKind(kind)) errors.kind = { th: 'เลือกเรื่อง', en: 'Choose what the decision is about' }
  else if (!items) errors.kind = { th: 'ยังไม่ได้ประกาศหลักเกณฑ์เรื่องนี้ ประกาศหลักเกณฑ์ก่อน', en: 'No criteria published for this yet: publish them first' }
  const roundTh = (v.round_th ?? '').trim()
  if (!roundTh) errors.round_th = { th: 'ระบุรอบหรือเรื่อง เช่น รอบที่ ๑/๒๕๖๙ หรือชื่อหลักสูตร', en: 'Give the round or the course' }
  const subjectUserId = (v.subject_user_id ?? '').trim()
  if (!members.has(subjectUserId)) errors.subject_user_id = { th: 'เลือกบุคลากรของหน่วยงาน', en: 'Choose a member of staff' }
  const scores = (v.scores ?? '').split(/[,\s]+/).filter(Boolean).map((s) => Number(fromThaiDigits(s)))
  if (items) {
    const bad = scores.length !== items.length || scores.some((s, i) => !Number.isInteger(s) || s < 0 || s > items[i]!.max)
    if (bad) errors.scores = { th: `ใส่คะแนน ${items.length} ค่า คั่นด้วยจุลภาค แต่ละค่าไม่เกินคะแนนเต็ม (${items.map((i) => i.max).join(', ')})`, en: `Give ${items.length} scores separated by commas, each at most ${items.map((i) => i.max).join(', ')}` }
  }
  const outcome = v.outcome ?? ''
  if (!isKind(kind) || !(OUTCOMES_OF[kind] as readonly string[]).includes(outcome)) errors.outcome = { th: 'เลือกผลที่ตรงกับเรื่อง', en: 'Choose an outcome that fits' }
  const reason = (v.reason ?? '').trim()
  if (!reason) errors.reason = { th: 'ระบุเหตุผลของการตัดสินใจ', en: 'Give the reason for the decision' }
  else if (reason.length > 2000) errors.reason = { th: 'ยาวไม่เกิน 2000 ตัวอักษร', en: 'At most 2000 characters' }
  if (Object.keys(errors).length || !isKind(kind)) throw new ValidationError(errors)
  return { kind, roundTh, subjectUserId, scores, outcome: outcome as Outcome, reason }
}
