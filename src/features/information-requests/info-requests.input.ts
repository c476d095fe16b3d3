import { ValidationError, type FieldErrors } from '../../errors.ts'
import { isDeliveryForm, isRefusalGround, isState, type DeliveryForm, type RefusalGround, type RequestState } from './info-requests.domain.ts'

const LIMITS = { name: 200, contact: 500, what: 4000, note: 4000 } as const

function text(body: unknown, key: string): string {
  const v = (body as Record<string, unknown> | undefined)?.[key]
  return typeof v === 'string' ? v : ''
}

const tooLong = (n: number) => ({ th: `ยาวไม่เกิน ${n} ตัวอักษร`, en: `At most ${n} characters` })

export type RequestFormValues = { name: string; contact: string; what: string; delivery: string; fee: string }
export type RequestInput = { name: string; contact: string; what: string; delivery: DeliveryForm; feeBaht: number | null }

export const REQUEST_FIELDS = ['name', 'contact', 'what', 'delivery', 'fee'] as const

export function readRequestForm(body: unknown): RequestFormValues {
  return { name: text(body, 'name'), contact: text(body, 'contact'), what: text(body, 'what'), delivery: text(body, 'delivery'), fee: text(body, 'fee') }
}

export const emptyRequestForm = (): RequestFormValues => ({ name: '', contact: '', what: '', delivery: '', fee: '' })

/** The written request the Act requires: who asks (name and a way to reach them), what, in what form. */
export function parseRequestForm(v: RequestFormValues, atCounter: boolean): RequestInput {
  const errors: FieldErrors = {}
  const name = v.name.trim()
  const contact = v.contact.trim()
  const what = v.what.trim()
  if (!name) errors.name = { th: 'ระบุชื่อและนามสกุลของผู้ยื่นคำขอ', en: 'Give the requester’s full name' }
  else if (name.length > LIMITS.name) errors.name = tooLong(LIMITS.name)
  if (!contact) errors.contact = { th: 'ระบุที่อยู่ อีเมล หรือโทรศัพท์สำหรับแจ้งผล', en: 'Give an address, e-mail or phone number for the reply' }
  else if (contact.length > LIMITS.contact) errors.contact = tooLong(LIMITS.contact)
  if (!what) errors.what = { th: 'ระบุข้อมูลข่าวสารที่ต้องการให้ชัดเจนพอที่จะค้นหาได้', en: 'Say which information you want, clearly enough to find it' }
  else if (what.length > LIMITS.what) errors.what = tooLong(LIMITS.what)
  if (!isDeliveryForm(v.delivery)) errors.delivery = { th: 'เลือกรูปแบบที่ต้องการรับข้อมูล', en: 'Choose how you want to receive it' }
  let feeBaht: number | null = null
  const fee = v.fee.trim().replace(/,/g, '')
  if (atCounter && fee) {
    const n = Number(fee)
    if (!Number.isFinite(n) || n < 0 || n > 100_000) errors.fee = { th: 'ค่าธรรมเนียมเป็นจำนวนเงินบาท 0–100,000', en: 'The fee is an amount of 0–100,000 baht' }
    else feeBaht = Math.round(n * 100) / 100
  }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { name, contact, what, delivery: v.delivery as DeliveryForm, feeBaht }
}

export type StepInput = {
  to: RequestState
  note: string
  answer: string
  ground: RefusalGround | null
  transferredTo: string
  publish: boolean
}

export const STEP_FIELDS = ['to', 'note', 'answer', 'ground', 'transferred_to', 'publish'] as const

/**
 * A step the officer takes. Each closing or pausing step needs its own words: what to clarify,
 * why the time is extended, the answer, the legal ground and reasons of a refusal (s.15), the
 * agency it went to.
 */
export function parseStep(body: unknown): StepInput {
  const errors: FieldErrors = {}
  const to = text(body, 'to')
  const note = text(body, 'note').trim()
  const answer = text(body, 'answer').trim()
  const ground = text(body, 'ground')
  const transferredTo = text(body, 'transferred_to').trim()
  if (!isState(to)) errors.to = { th: 'เลือกขั้นตอนถัดไป', en: 'Choose the next step' }
  if (note.length > LIMITS.note) errors.note = tooLong(LIMITS.note)
  if (answer.length > LIMITS.note) errors.answer = tooLong(LIMITS.note)
  if (to === 'clarification' && !note) errors.note = { th: 'ระบุสิ่งที่ต้องการให้ผู้ยื่นคำขอชี้แจง', en: 'Say what the requester must clarify' }
  if (to === 'extended' && !note) errors.note = { th: 'ระบุเหตุผลที่ขยายระยะเวลา ซึ่งจะแจ้งผู้ยื่นคำขอ', en: 'Give the reason for the extension; the requester is told' }
  if ((to === 'answered_full' || to === 'answered_part') && !answer) errors.answer = { th: 'ระบุคำตอบหรือลิงก์ไปยังข้อมูลที่ให้', en: 'Give the answer or a link to the information provided' }
  if (to === 'answered_part' && !note) errors.note = { th: 'ระบุส่วนที่ไม่ได้ให้และเหตุผลตามกฎหมาย', en: 'Say which part was withheld and the legal reason' }
  if (to === 'refused') {
    if (!isRefusalGround(ground)) errors.ground = { th: 'การปฏิเสธต้องระบุเหตุตามกฎหมาย (มาตรา 14 หรือ 15)', en: 'A refusal must name its legal ground (section 14 or 15)' }
    if (!note) errors.note = { th: 'ระบุเหตุผลของการปฏิเสธ ซึ่งจะแจ้งผู้ยื่นคำขอพร้อมสิทธิอุทธรณ์', en: 'Give the reasons for the refusal; the requester is told, with the right to appeal' }
  }
  if (to === 'transferred' && !transferredTo) errors.transferred_to = { th: 'ระบุหน่วยงานที่ครอบครองข้อมูล', en: 'Name the agency that holds the information' }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { to: to as RequestState, note, answer, ground: to === 'refused' ? (ground as RefusalGround) : null, transferredTo, publish: text(body, 'publish') === 'yes' }
}
