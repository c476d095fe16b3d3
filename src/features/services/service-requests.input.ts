import { ValidationError } from '../../errors.ts'
import { beDateErrorMessage, parseBeDate } from '../../platform/thai-calendar/index.ts'
import { isResultChannel, type ResultChannel } from './service-requests.domain.ts'
import type { RequestAction, RequestFormValues } from './service-requests.use-cases.ts'

function text(body: unknown, key: string): string {
  const v = (body as Record<string, unknown> | undefined)?.[key]
  return typeof v === 'string' ? v : ''
}

export function readRequestForm(body: unknown): RequestFormValues {
  return { service_id: text(body, 'service_id'), applicant_name: text(body, 'applicant_name'), applicant_contact: text(body, 'applicant_contact'), details: text(body, 'details'), assigned_to: text(body, 'assigned_to') }
}

export function emptyRequestForm(serviceId = ''): RequestFormValues {
  return { service_id: serviceId, applicant_name: '', applicant_contact: '', details: '', assigned_to: '' }
}

/** Every text field of an action form, to re-render it as typed. */
export function actionValues(body: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries((body as Record<string, unknown>) ?? {})) if (typeof v === 'string' && k !== '_csrf') out[k] = v
  return out
}

const channel = (v: string): ResultChannel => (isResultChannel(v) ? v : 'counter')

/** The step an officer asked for, or a ValidationError naming the field at fault. */
export function parseAction(body: unknown): RequestAction {
  const act = text(body, 'act')
  switch (act) {
    case 'assign':
      return { kind: 'assign', userId: text(body, 'assigned_to') }
    case 'start':
      return { kind: 'start' }
    case 'more_documents':
      return { kind: 'more_documents', note: text(body, 'more_note'), channel: channel(text(body, 'more_channel')) }
    case 'documents_received':
      return { kind: 'documents_received', note: text(body, 'received_note') }
    case 'delay_notice': {
      const parsed = parseBeDate({ day: text(body, 'new_due_on-day'), month: text(body, 'new_due_on-month'), year: text(body, 'new_due_on-year') })
      if (!parsed.ok) {
        const errors = { new_due_on: beDateErrorMessage(parsed.error) }
        if (!text(body, 'delay_reason').trim()) Object.assign(errors, { delay_reason: { th: 'ระบุเหตุที่ดำเนินการไม่ทันกำหนด', en: 'Give the reason the request cannot be finished in time' } })
        throw new ValidationError(errors)
      }
      return { kind: 'delay_notice', reason: text(body, 'delay_reason'), newDueOn: parsed.date, late: text(body, 'late') === 'yes', channel: channel(text(body, 'delay_channel')) }
    }
    case 'approved':
    case 'refused': {
      // Left empty, the result went out today.
      const typed = { day: text(body, 'result_on-day'), month: text(body, 'result_on-month'), year: text(body, 'result_on-year') }
      if (!typed.day.trim() && !typed.month.trim() && !typed.year.trim()) return { kind: act, note: text(body, 'result_note'), channel: channel(text(body, 'result_channel')) }
      const parsed = parseBeDate(typed)
      if (!parsed.ok) throw new ValidationError({ result_on: beDateErrorMessage(parsed.error) })
      return { kind: act, note: text(body, 'result_note'), channel: channel(text(body, 'result_channel')), on: parsed.date }
    }
    case 'withdrawn':
      return { kind: 'withdrawn', note: text(body, 'result_note') }
    default:
      throw new ValidationError({ act: { th: 'เลือกการดำเนินการ', en: 'Choose what to do' } })
  }
}
