import type { FormDefinition, FormItem } from './form-definition.ts'
import { answerableItems } from './form-definition.ts'

/**
 * Answers are kept exactly as typed (a draft may hold "12a" in a number item): nothing a person
 * wrote is thrown away because it does not validate yet. Validation decides only whether the
 * answer set may go on (form-validation.ts).
 */
export type LinkCheck = { status: 'ok' | 'broken' | 'off_site' | 'invalid'; checkedAt: string; httpStatus?: number }
export type AttachedFile = { fileId: string; name: string; mime: string; caption: string }

export type AnswerValue =
  | { type: 'text'; text: string }
  | { type: 'yes_no_how'; answer: '' | 'yes' | 'no'; how: string }
  | { type: 'link'; url: string; how: string; check?: LinkCheck | undefined; source?: { th: string; en: string } | undefined }
  | { type: 'number'; text: string }
  | { type: 'date'; day: string; month: string; year: string }
  | { type: 'choice'; values: string[] }
  | { type: 'files'; files: AttachedFile[] }
  | { type: 'table'; rows: Record<string, string>[] }

/** Item id → its answer; an item never answered is absent. */
export type Answers = Record<string, AnswerValue>

export function emptyAnswer(item: FormItem): AnswerValue | null {
  switch (item.type) {
    case 'text':
      return { type: 'text', text: '' }
    case 'yes_no_how':
      return { type: 'yes_no_how', answer: '', how: '' }
    case 'link':
      return { type: 'link', url: '', how: '' }
    case 'number':
      return { type: 'number', text: '' }
    case 'date':
      return { type: 'date', day: '', month: '', year: '' }
    case 'choice':
      return { type: 'choice', values: [] }
    case 'files':
      return { type: 'files', files: [] }
    case 'table':
      return { type: 'table', rows: [] }
    case 'group':
      return null
  }
}

/** True when nothing was entered (so "required" is unmet and a diff shows it as blank). */
export function isBlank(value: AnswerValue | undefined): boolean {
  if (!value) return true
  switch (value.type) {
    case 'text':
    case 'number':
      return value.text.trim() === ''
    case 'yes_no_how':
      return value.answer === '' && value.how.trim() === ''
    case 'link':
      return value.url.trim() === '' && value.how.trim() === ''
    case 'date':
      return !value.day.trim() && !value.month.trim() && !value.year.trim()
    case 'choice':
      return value.values.length === 0
    case 'files':
      return value.files.length === 0
    case 'table':
      return value.rows.every((r) => Object.values(r).every((c) => c.trim() === ''))
  }
}

/** A comparable, stable text of an answer: what a diff and an export show. */
export function answerText(value: AnswerValue | undefined, locale: 'th' | 'en' = 'th'): string {
  if (!value) return ''
  const yes = locale === 'th' ? 'มี' : 'Yes'
  const no = locale === 'th' ? 'ไม่มี' : 'No'
  switch (value.type) {
    case 'text':
    case 'number':
      return value.text.trim()
    case 'yes_no_how': {
      const head = value.answer === 'yes' ? yes : value.answer === 'no' ? no : ''
      return [head, value.how.trim()].filter(Boolean).join(' — ')
    }
    case 'link':
      return [value.how.trim(), value.url.trim()].filter(Boolean).join('\n')
    case 'date':
      return [value.day, value.month, value.year].some((p) => p.trim()) ? `${value.day.trim()}/${value.month.trim()}/${value.year.trim()}` : ''
    case 'choice':
      return value.values.join(', ')
    case 'files':
      return value.files.map((f) => (f.caption.trim() ? `${f.caption.trim()} (${f.name})` : f.name)).join('\n')
    case 'table':
      return value.rows.map((r) => Object.values(r).map((c) => c.trim()).join(' | ')).join('\n')
  }
}

export function sameAnswer(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  if (isBlank(a) && isBlank(b)) return true
  return JSON.stringify(normalised(a)) === JSON.stringify(normalised(b))
}

// A link's check result is not part of what the agency answered, so re-checking changes nothing.
function normalised(v: AnswerValue | undefined): unknown {
  if (!v) return null
  if (v.type === 'link') return { type: v.type, url: v.url.trim(), how: v.how.trim() }
  return v
}

/** Keeps only answers for items of the definition whose type matches (an old draft on a new version). */
export function answersFor(def: FormDefinition, answers: Answers): Answers {
  const out: Answers = {}
  for (const item of answerableItems(def)) {
    const a = answers[item.id]
    if (a && a.type === item.type) out[item.id] = a
  }
  return out
}
