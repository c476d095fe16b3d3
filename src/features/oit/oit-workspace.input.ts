import { ValidationError, type FieldErrors } from '../../errors.ts'
import { beDateErrorMessage, parseBeDate, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { isOitItemStatus, type OitItemStatus } from './oit-workspace.domain.ts'

/** What the item form posts, as typed: kept for re-rendering on a 422. */
export type OitEntryForm = {
  portal_item_id: string
  url: string
  explanation: string
  method: string
  time_frame: string
  elements: string[]
  due_day: string
  due_month: string
  due_year: string
  responsible_user_id: string
  status: string
}

export type OitEntryInput = {
  portalItemId: string | null
  /** A public page of the agency chosen in the picker (its path), instead of a portal item. */
  pagePath?: string | null
  url: string | null
  explanation: string
  method: string
  timeFrame: string
  elementsDone: number[]
  dueDate: IsoDate | null
  responsibleUserId: string | null
  status: OitItemStatus
}

const LIMITS = { url: 2000, explanation: 2000, method: 1000, timeFrame: 300 } as const
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

function str(body: unknown, key: string): string {
  const v = (body as Record<string, unknown> | undefined)?.[key]
  return typeof v === 'string' ? v : ''
}

export function readOitEntryForm(body: unknown): OitEntryForm {
  const raw = (body as Record<string, unknown> | undefined)?.elements
  const elements = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string')
  return {
    portal_item_id: str(body, 'portal_item_id').trim(),
    url: str(body, 'url').trim(),
    explanation: str(body, 'explanation').trim(),
    method: str(body, 'method').trim(),
    time_frame: str(body, 'time_frame').trim(),
    elements,
    due_day: str(body, 'due-day').trim(),
    due_month: str(body, 'due-month').trim(),
    due_year: str(body, 'due-year').trim(),
    responsible_user_id: str(body, 'responsible_user_id').trim(),
    status: str(body, 'status').trim(),
  }
}

export function parseOitEntryForm(form: OitEntryForm): OitEntryInput {
  const errors: FieldErrors = {}
  const tooLong = (field: string, value: string, max: number) => {
    if (value.length > max) errors[field] = { th: `ยาวได้ไม่เกิน ${max} ตัวอักษร`, en: `At most ${max} characters` }
  }
  if (form.url) {
    let ok = false
    try {
      const u = new URL(form.url)
      ok = u.protocol === 'https:' || u.protocol === 'http:'
    } catch {
      ok = false
    }
    if (!ok) errors.url = { th: 'URL ต้องขึ้นต้นด้วย https:// หรือ http://', en: 'The URL must start with https:// or http://' }
  }
  tooLong('url', form.url, LIMITS.url)
  tooLong('explanation', form.explanation, LIMITS.explanation)
  tooLong('method', form.method, LIMITS.method)
  tooLong('time_frame', form.time_frame, LIMITS.timeFrame)
  // A public page of the agency is chosen as "page:/o/<slug>/…"; the use case checks it is one of its pages.
  const page = form.portal_item_id.startsWith('page:/o/') && form.portal_item_id.length <= 300
  if (form.portal_item_id && !page && !UUID.test(form.portal_item_id)) errors.portal_item_id = { th: 'เลือกรายการจากเว็บไซต์ของหน่วยงาน', en: 'Choose an item from the agency’s portal' }
  if (form.responsible_user_id && !UUID.test(form.responsible_user_id)) errors.responsible_user_id = { th: 'เลือกผู้รับผิดชอบจากรายชื่อ', en: 'Choose the responsible person from the list' }
  if (!isOitItemStatus(form.status)) errors.status = { th: 'เลือกสถานะ', en: 'Choose a status' }

  let dueDate: IsoDate | null = null
  if (form.due_day || form.due_month || form.due_year) {
    const parsed = parseBeDate({ day: form.due_day, month: form.due_month, year: form.due_year })
    if (parsed.ok) dueDate = parsed.date
    else errors.due = beDateErrorMessage(parsed.error)
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
  return {
    portalItemId: page ? null : form.portal_item_id || null,
    pagePath: page ? form.portal_item_id.slice('page:'.length) : null,
    url: form.url || null,
    explanation: form.explanation,
    method: form.method,
    timeFrame: form.time_frame,
    elementsDone: [...new Set(form.elements.filter((e) => /^[0-9]{1,3}$/.test(e)).map(Number))].sort((a, b) => a - b),
    dueDate,
    responsibleUserId: form.responsible_user_id || null,
    status: form.status as OitItemStatus,
  }
}
