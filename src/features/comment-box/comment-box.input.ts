import { ValidationError, type FieldErrors } from '../../errors.ts'
import { isKind, type CommentKind } from './comment-box.domain.ts'

const LIMITS = { body: 4000, name: 200, contact: 500, reply: 4000 } as const

function text(body: unknown, key: string): string {
  const v = (body as Record<string, unknown> | undefined)?.[key]
  return typeof v === 'string' ? v : ''
}
const tooLong = (n: number) => ({ th: `ยาวไม่เกิน ${n} ตัวอักษร`, en: `At most ${n} characters` })

export type CommentFormValues = { kind: string; body: string; identity: string; name: string; contact: string; follow_up: string }
export type CommentInput = { kind: CommentKind; body: string; anonymous: boolean; name: string | null; contact: string | null; followUp: boolean }

export function readCommentForm(body: unknown): CommentFormValues {
  return { kind: text(body, 'kind'), body: text(body, 'body'), identity: text(body, 'identity'), name: text(body, 'name'), contact: text(body, 'contact'), follow_up: text(body, 'follow_up') }
}
export const emptyCommentForm = (): CommentFormValues => ({ kind: '', body: '', identity: 'anonymous', name: '', contact: '', follow_up: 'yes' })

export function parseCommentForm(v: CommentFormValues): CommentInput {
  const errors: FieldErrors = {}
  if (!isKind(v.kind)) errors.kind = { th: 'เลือกประเภทของความคิดเห็น', en: 'Choose what kind of comment it is' }
  const body = v.body.trim()
  if (!body) errors.body = { th: 'พิมพ์ความคิดเห็นของท่าน', en: 'Type your comment' }
  else if (body.length > LIMITS.body) errors.body = tooLong(LIMITS.body)
  const anonymous = v.identity !== 'named'
  const name = v.name.trim()
  const contact = v.contact.trim()
  if (!anonymous && !name) errors.name = { th: 'ระบุชื่อ หรือเลือกไม่ระบุตัวตน', en: 'Give your name, or choose to stay anonymous' }
  if (name.length > LIMITS.name) errors.name = tooLong(LIMITS.name)
  if (contact.length > LIMITS.contact) errors.contact = tooLong(LIMITS.contact)
  if (Object.keys(errors).length) throw new ValidationError(errors)
  // An anonymous comment keeps no name or contact, even if some were typed before choosing.
  return { kind: v.kind as CommentKind, body, anonymous, name: anonymous ? null : name, contact: anonymous ? null : contact || null, followUp: v.follow_up === 'yes' }
}

export type TriageInput = { action: 'thank' | 'act' | 'forward'; reply: string; whatChanged: string; publish: boolean; complaintKind: string }

export function parseTriage(body: unknown): TriageInput {
  const errors: FieldErrors = {}
  const action = text(body, 'action')
  const reply = text(body, 'reply').trim()
  const whatChanged = text(body, 'what_changed').trim()
  if (action !== 'thank' && action !== 'act' && action !== 'forward') errors.action = { th: 'เลือกการดำเนินการ', en: 'Choose what to do' }
  if (reply.length > LIMITS.reply) errors.reply = tooLong(LIMITS.reply)
  if (action === 'act' && !whatChanged) errors.what_changed = { th: 'ระบุสิ่งที่หน่วยงานปรับปรุงจากความคิดเห็นนี้', en: 'Say what the agency changed because of this comment' }
  if (whatChanged.length > LIMITS.reply) errors.what_changed = tooLong(LIMITS.reply)
  if (action === 'forward' && !text(body, 'complaint_kind')) errors.complaint_kind = { th: 'เลือกลักษณะของเรื่องร้องเรียน', en: 'Choose the kind of complaint' }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { action: action as TriageInput['action'], reply, whatChanged, publish: text(body, 'publish') === 'yes', complaintKind: text(body, 'complaint_kind') }
}
