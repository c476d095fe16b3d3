/**
 * Forms and queries of the staff side of complaints: the case list's filters, the steps of the
 * workflow, messages and notes, the staff member named as subject, and the agency's guideline.
 * Values stay text so that a form sent back for correction shows exactly what was typed.
 */
import { NotFoundError, ValidationError, type FieldErrors } from '../../errors.ts'
import { formString } from '../../web/http/form-errors.ts'
import { isUuid } from '../organisations/index.ts'
import { GUIDELINE_STEPS, type Guideline, type GuidelineStep } from './complaint-deadlines.domain.ts'
import type { CaseListFilter, StaffAgency } from './complaint-handling.use-cases.ts'
import { INTAKES, NON_ACCEPTANCE_GROUNDS, OUTCOMES, PROPOSALS, STATUSES, isIntake, type ComplaintStatus, type HeadOrder, type Intake, type NonAcceptanceGround, type Outcome, type Proposal, type ProposalKind, type Transition } from './complaint-workflow.domain.ts'

export { isUuid }

export const LIST_VIEWS = ['open', 'due_soon', 'overdue', 'closed', 'all'] as const
export type ListView = (typeof LIST_VIEWS)[number]

export type ListQuery = CaseListFilter & { org: string | null }

/** `?org=&view=&intake=&mine=yes`; anything unknown falls back to the default rather than failing. */
export function readListQuery(query: unknown): ListQuery {
  const org = formString(query, 'org')
  const view = formString(query, 'view')
  const intake = formString(query, 'intake')
  return {
    org: isUuid(org) ? org : null,
    view: (LIST_VIEWS as readonly string[]).includes(view) ? (view as ListView) : 'open',
    intake: isIntake(intake) ? intake : null,
    mine: formString(query, 'mine') === 'yes',
  }
}

/** `?org=` of pages that work on one agency (new complaint, guideline, internal report). */
export function readOrgQuery(query: unknown): string | null {
  const org = formString(query, 'org')
  return isUuid(org) ? org : null
}

/** Picks the agency a page is about: the one asked for (404 if the person may not use it there), else the first. */
export function chooseAgency(agencies: StaffAgency[], asked: string | null): StaffAgency | null {
  if (asked) {
    const a = agencies.find((x) => x.id === asked)
    if (!a) throw new NotFoundError('organisation')
    return a
  }
  return agencies[0] ?? null
}

export function readInternalIntake(param: string): Exclude<Intake, 'public'> | null {
  return param === 'conflict_of_interest' || param === 'budget_objection' ? param : null
}

export { INTAKES }

export type StepFormValues = { to: string; proposal: string; ground: string; reason: string; outcome: string; committee: string; refer_to: string; result: string; officer: string; confirm: string }
const STEP_FIELDS = ['to', 'proposal', 'ground', 'reason', 'outcome', 'committee', 'refer_to', 'result', 'officer', 'confirm'] as const

export function readStepForm(body: unknown): StepFormValues {
  return Object.fromEntries(STEP_FIELDS.map((k) => [k, formString(body, k)])) as StepFormValues
}

export const STEP_TEXT_LIMIT = 5000

function text(errors: FieldErrors, field: string, value: string, empty: { th: string; en: string }): string {
  const v = value.trim()
  if (!v) errors[field] = empty
  else if (v.length > STEP_TEXT_LIMIT) errors[field] = { th: `ข้อความยาวเกิน ${STEP_TEXT_LIMIT.toLocaleString('th-TH')} ตัวอักษร`, en: `Longer than ${STEP_TEXT_LIMIT.toLocaleString('en')} characters` }
  return v
}

/** The step an officer chose and what it needs: a ground and reason, an outcome and summary, a result, an officer. */
export function parseStep(v: StepFormValues): Transition {
  const errors: FieldErrors = {}
  if (!(STATUSES as readonly string[]).includes(v.to)) throw new ValidationError({ to: { th: 'เลือกขั้นตอนถัดไป', en: 'Choose the next step' } })
  const to = v.to as ComplaintStatus
  let t: Transition
  switch (to) {
    case 'awaiting_order': {
      if (!(PROPOSALS as readonly string[]).includes(v.proposal)) throw new ValidationError({ proposal: { th: 'เลือกข้อเสนอต่อผู้บริหาร', en: 'Choose what to propose to the head' } })
      const kind = v.proposal as ProposalKind
      const reason = text(errors, 'reason', v.reason, { th: 'บันทึกเหตุผลหรือข้อเท็จจริงประกอบข้อเสนอ', en: 'Record the reasons for the proposal' })
      let p: Proposal
      if (kind === 'not_accept') {
        if (!(NON_ACCEPTANCE_GROUNDS as readonly string[]).includes(v.ground)) errors.ground = { th: 'เลือกเหตุที่ไม่รับพิจารณา', en: 'Choose the ground for not accepting' }
        p = { kind, ground: v.ground as NonAcceptanceGround, reason }
      } else if (kind === 'findings') {
        if (!(OUTCOMES as readonly string[]).includes(v.outcome)) errors.outcome = { th: 'เลือกผลการตรวจสอบที่เสนอ', en: 'Choose the proposed outcome' }
        p = { kind, outcome: v.outcome as Outcome, reason }
      } else if (kind === 'investigate') {
        p = { kind, committee: text(errors, 'committee', v.committee, { th: 'ระบุรายชื่อคณะกรรมการตรวจสอบข้อเท็จจริง', en: 'Name the fact-finding committee' }), reason }
      } else {
        p = { kind, referTo: text(errors, 'refer_to', v.refer_to, { th: 'ระบุหน่วยงานที่จะส่งเรื่องไป', en: 'Name the agency to refer it to' }), reason }
      }
      t = { to, proposal: p }
      break
    }
    case 'closed':
      t = { to, resultForComplainant: text(errors, 'result', v.result, { th: 'เขียนผลที่จะแจ้งผู้ร้องเรียน', en: 'Write the result to report back to the complainant' }) }
      // Closing cannot be undone: the officer confirms it in the same form (no script needed).
      if (v.confirm !== 'yes') errors.confirm = { th: 'ยืนยันว่าจะยุติเรื่อง (ย้อนกลับไม่ได้)', en: 'Confirm that the case is to be closed (this cannot be undone)' }
      break
    case 'assigned':
      if (!isUuid(v.officer)) errors.officer = { th: 'เลือกผู้รับผิดชอบ', en: 'Choose an officer' }
      t = { to, officerId: v.officer }
      break
    case 'screening':
    case 'investigating':
      t = { to }
      break
    default:
      throw new ValidationError({ to: { th: 'เลือกขั้นตอนถัดไป', en: 'Choose the next step' } })
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
  return t
}

export type OrderFormValues = { decision: string; order_note: string; confirm: string }

export function readOrderForm(body: unknown): OrderFormValues {
  return { decision: formString(body, 'decision'), order_note: formString(body, 'order_note'), confirm: formString(body, 'confirm') }
}

/** The head's order: as proposed or sent back, a note (the order's text) and a confirmation, since it cannot be undone. */
export function parseOrder(v: OrderFormValues): HeadOrder {
  const errors: FieldErrors = {}
  if (v.decision !== 'ordered' && v.decision !== 'returned') errors.decision = { th: 'เลือกว่าจะสั่งการตามข้อเสนอหรือส่งกลับ', en: 'Choose to order as proposed or to send it back' }
  const note = text(errors, 'order_note', v.order_note, v.decision === 'returned' ? { th: 'บันทึกเหตุผลที่ส่งกลับ', en: 'Record why it is sent back' } : { th: 'บันทึกข้อสั่งการ', en: 'Record the order' })
  if (v.confirm !== 'yes') errors.confirm = { th: 'ยืนยันการสั่งการ (ย้อนกลับไม่ได้)', en: 'Confirm the order (it cannot be undone)' }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
  return { decision: v.decision as HeadOrder['decision'], note }
}

/** The text of a message to the complainant (`message`) or of an internal note (`note`). */
export function readMessageText(body: unknown, field: 'message' | 'note'): string {
  return formString(body, field)
}

/** The staff member named as subject; it cannot be undone (their key is destroyed), so it is confirmed in the form. */
export function parseSubjectUser(body: unknown): string {
  const v = formString(body, 'subject_user')
  const errors: FieldErrors = {}
  if (!isUuid(v)) errors.subject_user = { th: 'เลือกเจ้าหน้าที่ที่ถูกร้องเรียน', en: 'Choose the staff member the complaint is about' }
  if (formString(body, 'confirm') !== 'yes') errors.subject_confirm = { th: 'ยืนยันการบันทึกผู้ถูกร้องเรียน (ย้อนกลับไม่ได้)', en: 'Confirm recording the subject (it cannot be undone)' }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
  return v
}

export type GuidelineFormValues = { how_to_th: string; how_to_en: string } & Record<`${GuidelineStep}_${'days' | 'unit_th' | 'unit_en'}`, string>

export function readGuidelineForm(body: unknown): GuidelineFormValues {
  const v: Record<string, string> = { how_to_th: formString(body, 'how_to_th'), how_to_en: formString(body, 'how_to_en') }
  for (const s of GUIDELINE_STEPS) for (const f of ['days', 'unit_th', 'unit_en']) v[`${s}_${f}`] = formString(body, `${s}_${f}`)
  return v as GuidelineFormValues
}

export function guidelineFormValues(g: { steps: Guideline; howToTh: string; howToEn: string }): GuidelineFormValues {
  const v: Record<string, string> = { how_to_th: g.howToTh, how_to_en: g.howToEn }
  for (const s of GUIDELINE_STEPS) {
    v[`${s}_days`] = String(g.steps[s].businessDays)
    v[`${s}_unit_th`] = g.steps[s].responsibleUnit.th
    v[`${s}_unit_en`] = g.steps[s].responsibleUnit.en
  }
  return v as GuidelineFormValues
}

const UNIT_LIMIT = 200

/**
 * The guideline as typed. Day counts that are not whole numbers become NaN so that the use case's
 * rule (1–365 whole business days) reports them; over-long unit names are refused here.
 */
export function parseGuidelineForm(v: GuidelineFormValues): { steps: Guideline; howToTh: string; howToEn: string } {
  const errors: FieldErrors = {}
  const steps = {} as Guideline
  for (const s of GUIDELINE_STEPS) {
    const days = v[`${s}_days`].trim()
    const th = v[`${s}_unit_th`].trim()
    const en = v[`${s}_unit_en`].trim()
    if (th.length > UNIT_LIMIT || en.length > UNIT_LIMIT) errors[`${s}_unit_th`] = { th: `ชื่อหน่วยที่รับผิดชอบยาวเกิน ${UNIT_LIMIT} ตัวอักษร`, en: `The unit's name is longer than ${UNIT_LIMIT} characters` }
    steps[s] = { businessDays: /^\d{1,4}$/.test(days) ? Number(days) : Number.NaN, responsibleUnit: { th, en } }
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
  return { steps, howToTh: v.how_to_th, howToEn: v.how_to_en }
}

/**
 * The use case reports a step's problem under `<step>_days`; when the days are fine the problem is
 * the missing unit, so the message goes beside that field instead.
 */
export function placeGuidelineErrors(v: GuidelineFormValues, errors: FieldErrors): FieldErrors {
  const out: FieldErrors = { ...errors }
  for (const s of GUIDELINE_STEPS) {
    const e = out[`${s}_days`]
    const days = Number(v[`${s}_days`].trim())
    if (e && /^\d{1,3}$/.test(v[`${s}_days`].trim()) && days >= 1 && days <= 365) {
      delete out[`${s}_days`]
      out[`${s}_unit_th`] = e
    }
  }
  return out
}
