import type { FieldErrors } from '../../errors.ts'
import { beDateErrorMessage, compareIsoDates, parseBeDate, type IsoDate } from '../../platform/thai-calendar/index.ts'
import type { AuditFilter } from './audit-log.domain.ts'

/** What the filter form holds, as typed, so a page with a mistake shows the person's own words back. */
export type AuditFilterForm = {
  organisation: string
  action: string
  actor: string
  entity: string
  from: { day: string; month: string; year: string }
  to: { day: string; month: string; year: string }
}

export type ParsedAuditQuery = { ok: true; filter: AuditFilter; page: number } | { ok: false; errors: FieldErrors }

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const MAX_TEXT = 200

/** A query-string value: the first one if repeated, trimmed, '' when absent. */
function text(query: Record<string, unknown>, key: string): string {
  const v = query[key]
  const first = Array.isArray(v) ? v[0] : v
  return typeof first === 'string' ? first.trim() : ''
}

export function auditFilterFormFrom(query: unknown): AuditFilterForm {
  const q = (query && typeof query === 'object' ? query : {}) as Record<string, unknown>
  const date = (prefix: string) => ({ day: text(q, `${prefix}-day`), month: text(q, `${prefix}-month`), year: text(q, `${prefix}-year`) })
  return {
    organisation: text(q, 'organisation'),
    action: text(q, 'action'),
    actor: text(q, 'actor'),
    entity: text(q, 'entity'),
    from: date('from'),
    to: date('to'),
  }
}

/** A page number from the query string; anything odd is page 1 rather than an error. */
export function pageFrom(query: unknown): number {
  const raw = text((query && typeof query === 'object' ? query : {}) as Record<string, unknown>, 'page')
  const n = /^\d{1,6}$/.test(raw) ? Number(raw) : 1
  return n >= 1 ? n : 1
}

/** A sequence number from the path, or undefined (which the route answers with 404). */
export function parseSeq(raw: string): number | undefined {
  return /^[1-9]\d{0,14}$/.test(raw) ? Number(raw) : undefined
}

function optionalBeDate(parts: AuditFilterForm['from'], field: string, errors: FieldErrors): IsoDate | undefined {
  if (!parts.day && !parts.month && !parts.year) return undefined
  const r = parseBeDate(parts)
  if (r.ok) return r.date
  errors[field] = beDateErrorMessage(r.error)
  return undefined
}

export function parseAuditFilter(form: AuditFilterForm, page: number): ParsedAuditQuery {
  const errors: FieldErrors = {}
  const filter: AuditFilter = {}
  if (form.organisation) {
    if (UUID.test(form.organisation)) filter.organisationId = form.organisation.toLowerCase()
    else errors.organisation = { th: 'เลือกหน่วยงานจากรายการ', en: 'Choose an organisation from the list' }
  }
  for (const [key, field] of [
    ['action', 'action'],
    ['actor', 'actorText'],
    ['entity', 'entityType'],
  ] as const) {
    const value = form[key]
    if (!value) continue
    if (value.length > MAX_TEXT) errors[key] = { th: `พิมพ์ได้ไม่เกิน ${MAX_TEXT} ตัวอักษร`, en: `Enter at most ${MAX_TEXT} characters` }
    else filter[field] = value
  }
  const from = optionalBeDate(form.from, 'from', errors)
  const to = optionalBeDate(form.to, 'to', errors)
  if (from) filter.from = from
  if (to) filter.to = to
  if (from && to && compareIsoDates(from, to) > 0) {
    errors.to = { th: 'วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่มต้น', en: 'The end date must not be before the start date' }
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, filter, page }
}

/** The query string that reproduces the form, for page links. */
export function filterQueryString(form: AuditFilterForm, page: number): string {
  const p = new URLSearchParams()
  const add = (k: string, v: string) => {
    if (v) p.set(k, v)
  }
  add('organisation', form.organisation)
  add('action', form.action)
  add('actor', form.actor)
  add('entity', form.entity)
  for (const side of ['from', 'to'] as const) for (const part of ['day', 'month', 'year'] as const) add(`${side}-${part}`, form[side][part])
  if (page > 1) p.set('page', String(page))
  const s = p.toString()
  return s ? `?${s}` : ''
}
