import type { FieldErrors } from '../../errors.ts'
import { beDateErrorMessage, fromThaiDigits, parseBeDate } from '../thai-calendar/index.ts'
import type { AnswerValue, Answers } from './form-answers.ts'
import { isBlank } from './form-answers.ts'
import type { FormDefinition, FormItem } from './form-definition.ts'
import { answerableItems } from './form-definition.ts'
import { anchorOf } from './form-fields.ts'

/**
 * Whether an answer set may go on (to the head, to oversight). Pure: the definition and the
 * answers in, bilingual messages keyed by the id of the control to jump to out. Drafts are
 * never validated this way; they are kept as typed.
 */
export function validateAnswers(def: FormDefinition, answers: Answers): FieldErrors {
  const errors: FieldErrors = {}
  for (const item of answerableItems(def)) {
    const problem = itemProblem(item, answers[item.id])
    if (problem) errors[problem.anchor] = problem.message
  }
  return errors
}

type Problem = { anchor: string; message: { th: string; en: string } }

const label = (item: FormItem) => ({ th: item.number ? `ข้อ ${item.number}` : `"${item.title.th}"`, en: item.number ? `item ${item.number}` : `"${item.title.en || item.title.th}"` })

function say(item: FormItem, part: string | null, th: (l: string) => string, en: (l: string) => string): Problem {
  const l = label(item)
  return { anchor: anchorOf(item, part), message: { th: th(l.th), en: en(l.en) } }
}

export function parseNumber(text: string): number | null {
  const t = fromThaiDigits(text.trim()).replace(/,/g, '')
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null
  return Number(t)
}

export function isWebAddress(text: string): boolean {
  try {
    const u = new URL(text.trim())
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.length > 0
  } catch {
    return false
  }
}

function itemProblem(item: FormItem, value: AnswerValue | undefined): Problem | null {
  if (isBlank(value)) {
    if (!item.required) return null
    const part = item.type === 'yes_no_how' ? 'answer' : item.type === 'link' ? 'url' : item.type === 'files' ? 'new' : null
    return say(item, part, (l) => `กรุณาตอบ${l}`, (l) => `Answer ${l}`)
  }
  if (!value || value.type !== item.type) return null
  switch (value.type) {
    case 'text':
      return null
    case 'yes_no_how':
      if (value.answer === '') return say(item, 'answer', (l) => `เลือก "มี" หรือ "ไม่มี" ใน${l}`, (l) => `Choose yes or no for ${l}`)
      if (value.answer === 'yes' && !value.how.trim()) return say(item, 'how', (l) => `${l}: อธิบายว่าดำเนินการอย่างไร`, (l) => `${l}: say how`)
      return null
    case 'link': {
      if (!value.url.trim()) return item.required ? say(item, 'url', (l) => `ระบุลิงก์ใน${l}`, (l) => `Give the link for ${l}`) : null
      if (!isWebAddress(value.url)) return say(item, 'url', (l) => `${l}: ลิงก์ต้องขึ้นต้นด้วย https:// หรือ http://`, (l) => `${l}: the link must start with https:// or http://`)
      if (value.check?.status === 'off_site')
        return say(item, 'url', (l) => `${l}: ลิงก์ต้องอยู่บนเว็บไซต์ของหน่วยงานเอง`, (l) => `${l}: the link must be on the agency's own website`)
      return null
    }
    case 'number': {
      const n = parseNumber(value.text)
      if (n === null) return say(item, null, (l) => `${l}: ใส่ตัวเลข`, (l) => `${l}: enter a number`)
      if (item.type === 'number' && item.min !== undefined && n < item.min) return say(item, null, (l) => `${l}: ต้องไม่น้อยกว่า ${item.min}`, (l) => `${l}: must be at least ${item.min}`)
      if (item.type === 'number' && item.max !== undefined && n > item.max) return say(item, null, (l) => `${l}: ต้องไม่เกิน ${item.max}`, (l) => `${l}: must be at most ${item.max}`)
      return null
    }
    case 'date': {
      const r = parseBeDate(value)
      if (r.ok) return null
      const m = beDateErrorMessage(r.error)
      return say(item, null, (l) => `${l}: ${m.th}`, (l) => `${l}: ${m.en}`)
    }
    case 'choice': {
      if (item.type !== 'choice') return null
      const known = new Set(item.options.map((o) => o.value))
      if (value.values.some((v) => !known.has(v))) return say(item, null, (l) => `${l}: เลือกจากรายการ`, (l) => `${l}: choose from the list`)
      if (!item.multiple && value.values.length > 1) return say(item, null, (l) => `${l}: เลือกได้ข้อเดียว`, (l) => `${l}: choose one`)
      return null
    }
    case 'files': {
      if (item.type !== 'files') return null
      if (value.files.length > item.maxFiles) return say(item, 'new', (l) => `${l}: แนบได้ไม่เกิน ${item.maxFiles} ไฟล์`, (l) => `${l}: at most ${item.maxFiles} files`)
      if (item.photosOnly && value.files.some((f) => !f.mime.startsWith('image/'))) return say(item, 'new', (l) => `${l}: แนบได้เฉพาะรูปภาพ`, (l) => `${l}: photos only`)
      const uncaptioned = value.files.findIndex((f) => !f.caption.trim())
      if (uncaptioned >= 0) return say(item, `caption_${uncaptioned}`, (l) => `${l}: ใส่คำบรรยายใต้ภาพทุกภาพ`, (l) => `${l}: give every file a caption`)
      return null
    }
    case 'table': {
      if (item.type !== 'table') return null
      const rows = value.rows.filter((r) => Object.values(r).some((c) => c.trim()))
      if (rows.length > item.maxRows) return say(item, null, (l) => `${l}: ไม่เกิน ${item.maxRows} แถว`, (l) => `${l}: at most ${item.maxRows} rows`)
      for (const col of item.columns) {
        if (col.kind !== 'number') continue
        if (rows.some((r) => (r[col.id] ?? '').trim() !== '' && parseNumber(r[col.id] ?? '') === null))
          return say(item, null, (l) => `${l}: คอลัมน์ "${col.title.th}" ต้องเป็นตัวเลข`, (l) => `${l}: column "${col.title.en || col.title.th}" must be numbers`)
      }
      return null
    }
  }
}
