import { ValidationError, type FieldErrors } from '../../errors.ts'
import { isTopic, type Topic } from './webboard.domain.ts'

export const LIMITS = { name: 80, title: 150, body: 4000, answer: 8000, phrase: 200, words: 4000 } as const

function text(body: unknown, key: string): string {
  const v = (body as Record<string, unknown> | undefined)?.[key]
  return typeof v === 'string' ? v : ''
}

const tooLong = (n: number) => ({ th: `ยาวไม่เกิน ${n} ตัวอักษร`, en: `At most ${n} characters` })

/** A question as typed, kept as text so a rejected form comes back exactly as sent. */
export type QuestionFormValues = { topic: string; service: string; name: string; title: string; body: string }
/** `serviceKey`: one of the agency's published services, checked by the use case (it knows them). */
export type QuestionInput = { topic: Topic; serviceKey: string | null; name: string; title: string; body: string }

export function readQuestionForm(body: unknown): QuestionFormValues {
  return { topic: text(body, 'topic'), service: text(body, 'service'), name: text(body, 'name'), title: text(body, 'title'), body: text(body, 'body') }
}

export const emptyQuestionForm = (): QuestionFormValues => ({ topic: '', service: '', name: '', title: '', body: '' })

function displayName(value: string, errors: FieldErrors): string {
  const name = value.trim()
  if (!name) errors.name = { th: 'ระบุชื่อหรือนามแฝงที่จะแสดง', en: 'Give a name or a display name to show' }
  else if (name.length > LIMITS.name) errors.name = tooLong(LIMITS.name)
  return name
}

function message(value: string, field: string, max: number, missing: { th: string; en: string }, errors: FieldErrors): string {
  const v = value.trim()
  if (!v) errors[field] = missing
  else if (v.length > max) errors[field] = tooLong(max)
  return v
}

export function parseQuestionForm(v: QuestionFormValues): QuestionInput {
  const errors: FieldErrors = {}
  if (!isTopic(v.topic)) errors.topic = { th: 'เลือกหัวข้อของคำถาม', en: 'Choose a topic' }
  const name = displayName(v.name, errors)
  const title = message(v.title, 'title', LIMITS.title, { th: 'ระบุหัวเรื่องสั้น ๆ', en: 'Give a short title' }, errors)
  const body = message(v.body, 'body', LIMITS.body, { th: 'พิมพ์คำถามของท่าน', en: 'Type your question' }, errors)
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { topic: v.topic as Topic, serviceKey: v.service.trim() || null, name, title, body }
}

export type ReplyFormValues = { name: string; body: string }

export function readReplyForm(body: unknown): ReplyFormValues {
  return { name: text(body, 'name'), body: text(body, 'body') }
}

export function parseReplyForm(v: ReplyFormValues): { name: string; body: string } {
  const errors: FieldErrors = {}
  const name = displayName(v.name, errors)
  const body = message(v.body, 'body', LIMITS.body, { th: 'พิมพ์ความเห็นของท่าน', en: 'Type your reply' }, errors)
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { name, body }
}

export function parseAnswer(body: unknown): string {
  const errors: FieldErrors = {}
  const answer = message(text(body, 'answer'), 'answer', LIMITS.answer, { th: 'พิมพ์คำตอบของหน่วยงาน', en: 'Type the agency’s answer' }, errors)
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return answer
}

export type ModerationDecision = { decision: 'publish' | 'reject'; redact: string; reason: string }

export function parseModeration(body: unknown): ModerationDecision {
  const decision = text(body, 'decision')
  const redact = text(body, 'redact').trim()
  const reason = text(body, 'redact_reason').trim()
  const errors: FieldErrors = {}
  if (decision !== 'publish' && decision !== 'reject') errors.decision = { th: 'เลือกเผยแพร่หรือไม่เผยแพร่', en: 'Choose to publish or reject' }
  if (redact.length > LIMITS.phrase) errors.redact = tooLong(LIMITS.phrase)
  if (redact && !reason) errors.redact_reason = { th: 'ระบุเหตุผลที่ลบข้อความ เช่น เป็นข้อมูลส่วนบุคคล', en: 'Say why the text is removed, e.g. it is personal data' }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { decision: decision as 'publish' | 'reject', redact, reason }
}

export type SettingsInput = { answerDays: number; premoderate: boolean; blockedWords: string; requestAnswerDays: number; requestExtensionDays: number; requestVeryOverdueDays: number }

function days(body: unknown, field: string, max: number, errors: FieldErrors): number {
  const n = Number(text(body, field).trim())
  if (!text(body, field).trim() || !Number.isInteger(n) || n < 1 || n > max) errors[field] = { th: `จำนวนวันทำการ 1–${max}`, en: `1–${max} business days` }
  return n
}

export function parseSettings(body: unknown): SettingsInput {
  const errors: FieldErrors = {}
  const answerDays = days(body, 'answer_days', 60, errors)
  const requestAnswerDays = days(body, 'request_answer_days', 90, errors)
  const requestExtensionDays = days(body, 'request_extension_days', 90, errors)
  const requestVeryOverdueDays = days(body, 'request_very_overdue_days', 90, errors)
  const words = text(body, 'blocked_words')
  if (words.length > LIMITS.words) errors.blocked_words = tooLong(LIMITS.words)
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { answerDays, premoderate: text(body, 'premoderate') === 'yes', blockedWords: words.trim(), requestAnswerDays, requestExtensionDays, requestVeryOverdueDays }
}

export function parseHelpful(body: unknown): { code: string; helpful: boolean } {
  const code = text(body, 'code')
  const h = text(body, 'helpful')
  const errors: FieldErrors = {}
  if (!code.trim()) errors.code = { th: 'พิมพ์รหัสผู้ถามที่ได้รับเมื่อส่งคำถาม', en: 'Type the asker’s code you were given when you asked' }
  if (h !== 'yes' && h !== 'no') errors.helpful = { th: 'เลือกว่าคำตอบช่วยได้หรือไม่', en: 'Choose whether the answer helped' }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { code, helpful: h === 'yes' }
}
