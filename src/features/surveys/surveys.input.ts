import type { FieldErrors } from '../../errors.ts'
import { beDateErrorMessage, parseBeDate } from '../../platform/thai-calendar/index.ts'
import { isSampleGroup, SURVEY_MODES, type SampleGroupKey, type SurveyMode } from './survey.domain.ts'
import { SURVEY_KINDS, type SurveyKind } from './survey-templates.data.ts'
import { DEFAULT_POINT_MAPPING, pointMappingProblems, type PointMapping } from './survey-prediction.domain.ts'

const str = (body: unknown, key: string): string => {
  const v = (body as Record<string, unknown> | undefined)?.[key]
  return typeof v === 'string' ? v : ''
}

export type SurveyFormValues = {
  kind: string
  mode: string
  title_th: string
  title_en: string
  audience: string
  service_key: string
  service_name: string
  sample_group: string
  headcount: string
  minimum_override: string
  'opens_on-day': string
  'opens_on-month': string
  'opens_on-year': string
  'closes_on-day': string
  'closes_on-month': string
  'closes_on-year': string
}

export const SURVEY_FORM_FIELDS: (keyof SurveyFormValues)[] = ['kind', 'mode', 'title_th', 'title_en', 'audience', 'service_key', 'service_name', 'sample_group', 'headcount', 'minimum_override', 'opens_on-day', 'opens_on-month', 'opens_on-year', 'closes_on-day', 'closes_on-month', 'closes_on-year']

export function readSurveyForm(body: unknown): SurveyFormValues {
  return Object.fromEntries(SURVEY_FORM_FIELDS.map((k) => [k, str(body, k).trim()])) as SurveyFormValues
}

export type SurveyInput = {
  kind: SurveyKind
  mode: SurveyMode
  titleTh: string
  titleEn: string
  audience: string
  serviceKey: string | null
  serviceName: string
  sampleGroup: SampleGroupKey
  headcount: number
  minimumOverride: number | null
  opensOn: string
  closesOn: string
}

const whole = (s: string): number | null => (/^\d{1,6}$/.test(s) ? Number(s) : null)

export function parseSurveyForm(v: SurveyFormValues): { ok: true; input: SurveyInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const kind = (SURVEY_KINDS as readonly string[]).includes(v.kind) ? (v.kind as SurveyKind) : null
  if (!kind) errors['kind'] = { th: 'เลือกแบบสำรวจ', en: 'Choose a kind of survey' }
  const mode = (SURVEY_MODES as readonly string[]).includes(v.mode) ? (v.mode as SurveyMode) : null
  if (!mode) errors['mode'] = { th: 'เลือกวิธีตอบ', en: 'Choose how people answer' }
  if (!v.title_th) errors['title_th'] = { th: 'กรอกชื่อแบบสำรวจ', en: 'Give the survey a title' }
  if (v.title_th.length > 200) errors['title_th'] = { th: 'ชื่อยาวเกิน 200 ตัวอักษร', en: 'At most 200 characters' }
  if (kind === 'satisfaction' && !v.service_key && !v.service_name) errors['service_key'] = { th: 'เลือกหรือระบุงานบริการ', en: 'Choose or name the service' }
  const headcount = v.headcount ? whole(v.headcount) : 0
  if (headcount === null) errors['headcount'] = { th: 'ใส่จำนวนบุคลากรเป็นตัวเลข', en: 'Enter the headcount as a number' }
  const minimum = v.minimum_override ? whole(v.minimum_override) : null
  if (v.minimum_override && (minimum === null || minimum < 1)) errors['minimum_override'] = { th: 'ใส่จำนวนขั้นต่ำเป็นตัวเลขตั้งแต่ 1', en: 'Enter a whole number from 1' }
  const date = (key: 'opens_on' | 'closes_on') => {
    const r = parseBeDate({ day: v[`${key}-day`], month: v[`${key}-month`], year: v[`${key}-year`] })
    if (r.ok) return r.date
    errors[key] = beDateErrorMessage(r.error)
    return null
  }
  const opensOn = date('opens_on')
  const closesOn = date('closes_on')
  if (opensOn && closesOn && closesOn < opensOn) errors['closes_on'] = { th: 'วันปิดต้องไม่ก่อนวันเปิด', en: 'The closing day may not come before the opening day' }
  if (Object.keys(errors).length || !kind || !mode || !opensOn || !closesOn || headcount === null) return { ok: false, errors }
  return {
    ok: true,
    input: {
      kind, mode, titleTh: v.title_th, titleEn: v.title_en, audience: v.audience, serviceKey: v.service_key || null, serviceName: v.service_name,
      sampleGroup: isSampleGroup(v.sample_group) ? v.sample_group : 'other', headcount, minimumOverride: minimum, opensOn, closesOn,
    },
  }
}

/** "Name <address>" or "address" per line; blank lines skipped; bad lines reported by number. */
export function parseInvitees(text: string): { ok: true; invitees: { name: string; email: string }[] } | { ok: false; errors: FieldErrors } {
  const invitees: { name: string; email: string }[] = []
  const bad: number[] = []
  text.split(/\r?\n/).forEach((line, i) => {
    const l = line.trim()
    if (!l) return
    const m = /^(.*?)[\s,]*<?([^\s<>,]+@[^\s<>,]+\.[^\s<>,]+)>?$/.exec(l)
    if (!m) return bad.push(i + 1)
    invitees.push({ name: (m[1] ?? '').trim(), email: m[2]!.toLowerCase() })
  })
  if (bad.length) return { ok: false, errors: { invitees: { th: `บรรทัดที่ ${bad.join(', ')} ไม่มีอีเมลที่ถูกต้อง`, en: `Line ${bad.join(', ')} has no valid e-mail address` } } }
  if (invitees.length === 0) return { ok: false, errors: { invitees: { th: 'ใส่อีเมลอย่างน้อยหนึ่งบรรทัด', en: 'Give at least one address' } } }
  if (invitees.length > 500) return { ok: false, errors: { invitees: { th: 'เชิญได้ครั้งละไม่เกิน 500 คน', en: 'At most 500 people at a time' } } }
  return { ok: true, invitees }
}

export function parseCodeCount(body: unknown): number | null {
  const n = whole(str(body, 'count').trim())
  return n !== null && n >= 1 && n <= 500 ? n : null
}

export function readPointMapping(body: unknown): { values: Record<string, string>; result: { ok: true; mapping: PointMapping } | { ok: false; errors: FieldErrors } } {
  const keys = ['l1', 'l2', 'l3', 'l4', 'yes', 'no'] as const
  const values = Object.fromEntries(keys.map((k) => [k, str(body, k).trim()]))
  const nums = keys.map((k) => Number(values[k]))
  const errors: FieldErrors = {}
  keys.forEach((k, i) => {
    if (values[k] === '' || !Number.isFinite(nums[i]!)) errors[k] = { th: 'ใส่คะแนนเป็นตัวเลข 0–100', en: 'Enter points from 0 to 100' }
  })
  if (Object.keys(errors).length) return { values, result: { ok: false, errors } }
  const mapping: PointMapping = { fourLevel: [nums[0]!, nums[1]!, nums[2]!, nums[3]!], yes: nums[4]!, no: nums[5]!, verified: false }
  const problems = pointMappingProblems(mapping)
  if (problems.length) return { values, result: { ok: false, errors: { l1: { th: 'คะแนนต้องอยู่ระหว่าง 0–100 และระดับที่สูงกว่าต้องได้คะแนนไม่น้อยกว่า', en: problems.join('; ') } } } }
  return { values, result: { ok: true, mapping } }
}

export function pointMappingValues(m: PointMapping = DEFAULT_POINT_MAPPING): Record<string, string> {
  return { l1: String(m.fourLevel[0]), l2: String(m.fourLevel[1]), l3: String(m.fourLevel[2]), l4: String(m.fourLevel[3]), yes: String(m.yes), no: String(m.no) }
}
