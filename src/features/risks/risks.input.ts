import { ValidationError, type FieldErrors } from '../../errors.ts'
import type { CommitteeMember } from '../../db/tables/risks.ts'
import { beDateErrorMessage, compareIsoDates, fromThaiDigits, parseBeDate, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { formString } from '../../web/http/form-errors.ts'
import type { RiskMatrix } from './risk-matrix.domain.ts'
import { FOLLOWUP_KINDS, IC_ASSESSMENTS, IC_COMPONENTS, OUTSIDE_MANUAL_OUTCOMES, RISK_TYPES, TREATMENT_STATUSES, type FollowupKind, type IcAssessment, type IcComponent, type OutsideManualOutcome, type RiskType, type TreatmentStatus } from './risks.domain.ts'

export function valuesOf(body: unknown, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f, formString(body, f)]))
}

const MAX = 2000
function text(v: Record<string, string>, key: string, errors: FieldErrors, missing: { th: string; en: string } | null, max = MAX): string {
  const s = (v[key] ?? '').trim()
  if (!s && missing) errors[key] = missing
  else if (s.length > max) errors[key] = { th: `ยาวไม่เกิน ${max} ตัวอักษร`, en: `At most ${max} characters` }
  return s
}
function date(v: Record<string, string>, key: string, errors: FieldErrors): IsoDate | null {
  const d = parseBeDate({ day: v[`${key}-day`] ?? '', month: v[`${key}-month`] ?? '', year: v[`${key}-year`] ?? '' })
  if (!d.ok) {
    errors[key] = beDateErrorMessage(d.error)
    return null
  }
  return d.date
}
const dateFields = (key: string) => [`${key}-day`, `${key}-month`, `${key}-year`]

export const RISK_FIELDS = ['process', 'service_key', 'risk_type', 'description', 'causes', 'existing_controls', 'inherent_likelihood', 'inherent_impact', 'residual_likelihood', 'residual_impact', 'internal_note'] as const
export type RiskInput = { process: string; serviceKey: string | null; riskType: RiskType; description: string; causes: string; existingControls: string; inherentLikelihood: number; inherentImpact: number; residualLikelihood: number; residualImpact: number; internalNote: string }

function level(v: Record<string, string>, key: string, max: number, errors: FieldErrors, missing: { th: string; en: string }): number {
  const n = Number(fromThaiDigits(v[key] ?? ''))
  if (!Number.isInteger(n) || n < 1 || n > max) {
    errors[key] = missing
    return 0
  }
  return n
}

export function parseRisk(v: Record<string, string>, matrix: RiskMatrix, serviceKeys: readonly string[]): RiskInput {
  const errors: FieldErrors = {}
  const process = text(v, 'process', errors, { th: 'ระบุกระบวนงานหรือขั้นตอนที่มีความเสี่ยง', en: 'Say which work process carries the risk' }, 300)
  const serviceKey = (v.service_key ?? '').trim() || null
  if (serviceKey && !serviceKeys.includes(serviceKey)) errors.service_key = { th: 'เลือกงานบริการจากรายการ', en: 'Choose a service from the list' }
  if (!Object.hasOwn(RISK_TYPES, v.risk_type ?? '')) errors.risk_type = { th: 'เลือกประเภทความเสี่ยง', en: 'Choose the kind of risk' }
  const description = text(v, 'description', errors, { th: 'ระบุเหตุการณ์ความเสี่ยง', en: 'Describe the risk' })
  const causes = text(v, 'causes', errors, { th: 'ระบุสาเหตุหรือปัจจัยเสี่ยง', en: 'Give the causes' })
  const existingControls = text(v, 'existing_controls', errors, { th: 'ระบุการควบคุมที่มีอยู่ หากไม่มีให้ระบุว่า "ไม่มี"', en: 'Give the existing controls, or “none”' })
  const L = matrix.likelihood.length
  const I = matrix.impact.length
  const pickL = { th: `เลือกโอกาสที่จะเกิด ๑–${L}`, en: `Choose a likelihood 1–${L}` }
  const pickI = { th: `เลือกผลกระทบ ๑–${I}`, en: `Choose an impact 1–${I}` }
  const inherentLikelihood = level(v, 'inherent_likelihood', L, errors, pickL)
  const inherentImpact = level(v, 'inherent_impact', I, errors, pickI)
  const residualLikelihood = level(v, 'residual_likelihood', L, errors, pickL)
  const residualImpact = level(v, 'residual_impact', I, errors, pickI)
  const internalNote = text(v, 'internal_note', errors, null)
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { process, serviceKey, riskType: v.risk_type as RiskType, description, causes, existingControls, inherentLikelihood, inherentImpact, residualLikelihood, residualImpact, internalNote }
}

export const TREATMENT_FIELDS = ['measure', 'owner_name', 'owner_unit', ...dateFields('due_on')] as const
export type TreatmentInput = { measure: string; ownerName: string; ownerUnit: string; dueOn: IsoDate }
export function parseTreatment(v: Record<string, string>): TreatmentInput {
  const errors: FieldErrors = {}
  const measure = text(v, 'measure', errors, { th: 'ระบุมาตรการจัดการความเสี่ยง', en: 'Give the treatment' })
  const ownerName = text(v, 'owner_name', errors, { th: 'ระบุผู้รับผิดชอบ', en: 'Say who is responsible' }, 200)
  const ownerUnit = text(v, 'owner_unit', errors, { th: 'ระบุหน่วยงานหรือกองที่รับผิดชอบ', en: 'Give the responsible unit' }, 200)
  const dueOn = date(v, 'due_on', errors)
  if (Object.keys(errors).length || !dueOn) throw new ValidationError(errors)
  return { measure, ownerName, ownerUnit, dueOn }
}

export const TREATMENT_STATUS_FIELDS = ['status', 'progress_note'] as const
export function parseTreatmentStatus(v: Record<string, string>): { status: TreatmentStatus; note: string } {
  const errors: FieldErrors = {}
  if (!Object.hasOwn(TREATMENT_STATUSES, v.status ?? '')) errors.status = { th: 'เลือกสถานะ', en: 'Choose a status' }
  const note = text(v, 'progress_note', errors, { th: 'ระบุผลการดำเนินงาน', en: 'Say what was done' })
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { status: v.status as TreatmentStatus, note }
}

export const FOLLOWUP_FIELDS = ['kind', 'summary'] as const
export function parseFollowup(v: Record<string, string>): { kind: FollowupKind; summary: string } {
  const errors: FieldErrors = {}
  if (!Object.hasOwn(FOLLOWUP_KINDS, v.kind ?? '')) errors.kind = { th: 'เลือกรอบการรายงาน', en: 'Choose the report' }
  const summary = text(v, 'summary', errors, { th: 'สรุปผลการติดตาม', en: 'Summarise the follow-up' })
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { kind: v.kind as FollowupKind, summary }
}

export const OUTSIDE_MANUAL_FIELDS = [...dateFields('occurred_on'), 'work', 'manual_ref', 'what_done', 'reason'] as const
export type OutsideManualInput = { occurredOn: IsoDate; work: string; manualRef: string; whatDone: string; reason: string }
export function parseOutsideManual(v: Record<string, string>, today: IsoDate): OutsideManualInput {
  const errors: FieldErrors = {}
  let occurredOn = date(v, 'occurred_on', errors)
  if (occurredOn && compareIsoDates(occurredOn, today) > 0) {
    errors.occurred_on = { th: 'วันที่ต้องไม่เป็นวันในอนาคต', en: 'Cannot be in the future' }
    occurredOn = null
  }
  const work = text(v, 'work', errors, { th: 'ระบุงานที่ปฏิบัติ', en: 'Say which work' }, 300)
  const manualRef = text(v, 'manual_ref', errors, { th: 'ระบุคู่มือหรือหลักเกณฑ์ที่ไม่ได้ปฏิบัติตาม', en: 'Name the manual or rule not followed' }, 300)
  const whatDone = text(v, 'what_done', errors, { th: 'ระบุสิ่งที่ปฏิบัติแตกต่างจากคู่มือ', en: 'Say what was done differently' })
  const reason = text(v, 'reason', errors, { th: 'ระบุเหตุผลความจำเป็น', en: 'Say why' })
  if (Object.keys(errors).length || !occurredOn) throw new ValidationError(errors)
  return { occurredOn, work, manualRef, whatDone, reason }
}

export const REVIEW_FIELDS = ['outcome', 'review_note'] as const
export function parseReview(v: Record<string, string>): { outcome: OutsideManualOutcome; note: string } {
  const errors: FieldErrors = {}
  if (!Object.hasOwn(OUTSIDE_MANUAL_OUTCOMES, v.outcome ?? '')) errors.outcome = { th: 'เลือกผลการพิจารณา', en: 'Choose the outcome' }
  const note = text(v, 'review_note', errors, { th: 'ระบุความเห็นของผู้บังคับบัญชา', en: 'Give the head’s comment' })
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { outcome: v.outcome as OutsideManualOutcome, note }
}

export const IC_ORDER_FIELDS = ['order_number', ...dateFields('order_date'), 'members'] as const
/** Members one a line: "name, position, role in the committee". */
export function parseIcOrder(v: Record<string, string>, today: IsoDate): { number: string; date: IsoDate; members: CommitteeMember[] } {
  const errors: FieldErrors = {}
  const number = text(v, 'order_number', errors, { th: 'ระบุเลขที่คำสั่ง เช่น ๑๒๓/๒๕๖๙', en: 'Give the order number' }, 100)
  let orderDate = date(v, 'order_date', errors)
  if (orderDate && compareIsoDates(orderDate, today) > 0) {
    errors.order_date = { th: 'วันที่คำสั่งต้องไม่เป็นวันในอนาคต', en: 'Cannot be in the future' }
    orderDate = null
  }
  const lines = (v.members ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean)
  const members = lines.map((l) => {
    const [name = '', position = '', role = ''] = l.split(/\s*,\s*/)
    return { name, position, role: role || 'กรรมการ' }
  })
  if (members.length === 0 || members.some((m) => !m.name || !m.position)) errors.members = { th: 'ระบุกรรมการบรรทัดละคน: ชื่อ, ตำแหน่ง, หน้าที่ในคณะกรรมการ', en: 'One member a line: name, position, role' }
  if (Object.keys(errors).length || !orderDate) throw new ValidationError(errors)
  return { number, date: orderDate, members }
}

export const IC_RESULT_FIELDS = Object.keys(IC_COMPONENTS).flatMap((c) => [`${c}_assessment`, `${c}_findings`, `${c}_improvements`])
export function parseIcResults(v: Record<string, string>): { component: IcComponent; assessment: IcAssessment; findings: string; improvements: string }[] {
  const errors: FieldErrors = {}
  const out = (Object.keys(IC_COMPONENTS) as IcComponent[]).map((component) => {
    const a = v[`${component}_assessment`] ?? ''
    if (!Object.hasOwn(IC_ASSESSMENTS, a)) errors[`${component}_assessment`] = { th: `เลือกผลการประเมินองค์ประกอบ${IC_COMPONENTS[component].th}`, en: `Choose the result for ${IC_COMPONENTS[component].en}` }
    const findings = text(v, `${component}_findings`, errors, { th: `ระบุข้อค้นพบของ${IC_COMPONENTS[component].th}`, en: `Give the findings for ${IC_COMPONENTS[component].en}` })
    const improvements = text(v, `${component}_improvements`, errors, null)
    return { component, assessment: a as IcAssessment, findings, improvements }
  })
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return out
}

export const IC_REPORT_FIELDS = ['summary'] as const
export function parseIcReport(v: Record<string, string>): string {
  const errors: FieldErrors = {}
  const summary = text(v, 'summary', errors, { th: 'สรุปผลการประเมินการควบคุมภายใน', en: 'Summarise the evaluation' }, 4000)
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return summary
}

/** The matrix form: a level per cell and each level's labels and colour. */
export function matrixFields(m: RiskMatrix): string[] {
  return [...m.likelihood.flatMap((_, l) => m.impact.map((_, i) => `cell_${l + 1}_${i + 1}`)), ...m.levels.flatMap((lv) => [`level_${lv.key}_th`, `level_${lv.key}_en`, `level_${lv.key}_colour`])]
}
export function parseMatrix(v: Record<string, string>, shape: RiskMatrix): RiskMatrix {
  const errors: FieldErrors = {}
  const levels = shape.levels.map((lv) => {
    const th = text(v, `level_${lv.key}_th`, errors, { th: 'ระบุชื่อระดับ', en: 'Name the level' }, 50)
    const en = text(v, `level_${lv.key}_en`, errors, { th: 'ระบุชื่อระดับภาษาอังกฤษ', en: 'Name the level in English' }, 50)
    const colour = (v[`level_${lv.key}_colour`] ?? '').trim().toLowerCase()
    if (!/^#[0-9a-f]{6}$/.test(colour)) errors[`level_${lv.key}_colour`] = { th: 'สีเป็นรหัส เช่น #d4351c', en: 'A colour code such as #d4351c' }
    return { key: lv.key, th, en, colour }
  })
  const cells = shape.likelihood.map((_, l) =>
    shape.impact.map((_, i) => {
      const key = `cell_${l + 1}_${i + 1}`
      const c = v[key] ?? ''
      if (!shape.levels.some((lv) => lv.key === c)) errors[key] = { th: `เลือกระดับของช่องโอกาส ${l + 1} ผลกระทบ ${i + 1}`, en: `Choose the level of likelihood ${l + 1}, impact ${i + 1}` }
      return c
    }),
  )
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { likelihood: shape.likelihood, impact: shape.impact, levels, cells }
}
