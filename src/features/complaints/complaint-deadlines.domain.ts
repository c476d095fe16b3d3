/**
 * Time frames of each step, from the agency's published guideline (003 m5.2), counted in
 * business days on the government holiday calendar from the day after the step began.
 */
import { addBusinessDays, businessDaysBetween, compareIsoDates, type HolidayDates, type IsoDate } from '../../platform/thai-calendar/index.ts'
import type { Bilingual } from '../../platform/i18n/locale.ts'
import type { ComplaintStatus } from './complaint-workflow.domain.ts'

export const GUIDELINE_STEPS = ['screening', 'assignment', 'investigation', 'decision', 'report_back'] as const
export type GuidelineStep = (typeof GUIDELINE_STEPS)[number]

export type GuidelineStepRule = { businessDays: number; responsibleUnit: Bilingual }
export type Guideline = Record<GuidelineStep, GuidelineStepRule>

export const STEP_LABELS: Record<GuidelineStep, Bilingual> = {
  screening: { th: 'ตรวจสอบและพิจารณารับเรื่อง', en: 'Screening' },
  assignment: { th: 'มอบหมายผู้รับผิดชอบ', en: 'Assigning an officer' },
  investigation: { th: 'ตรวจสอบข้อเท็จจริง', en: 'Investigation' },
  decision: { th: 'พิจารณาสั่งการ', en: 'Decision' },
  report_back: { th: 'แจ้งผลแก่ผู้ร้องเรียน', en: 'Reporting back to the complainant' },
}

/**
 * A starting guideline an agency edits before publishing. Reporting back within 15 days
 * follows common practice (ita.md); the others are typical and meant to be changed.
 */
export const DEFAULT_GUIDELINE: Guideline = {
  screening: { businessDays: 3, responsibleUnit: { th: 'งานนิติการ', en: 'Legal affairs unit' } },
  assignment: { businessDays: 2, responsibleUnit: { th: 'ปลัด / หัวหน้าส่วนราชการ', en: 'Permanent secretary / head of agency' } },
  investigation: { businessDays: 30, responsibleUnit: { th: 'คณะกรรมการตรวจสอบข้อเท็จจริง', en: 'Fact-finding committee' } },
  decision: { businessDays: 7, responsibleUnit: { th: 'หัวหน้าส่วนราชการ', en: 'Head of agency' } },
  report_back: { businessDays: 15, responsibleUnit: { th: 'งานนิติการ', en: 'Legal affairs unit' } },
}

/** Which guideline step a complaint in this status is in; closed complaints have none. */
export function stepOf(status: ComplaintStatus): GuidelineStep | null {
  switch (status) {
    case 'received':
    case 'screening':
      return 'screening'
    case 'accepted':
      return 'assignment'
    case 'assigned':
    case 'investigating':
      return 'investigation'
    case 'awaiting_order':
      return 'decision'
    case 'outcome':
    case 'not_accepted':
      return 'report_back'
    case 'closed':
      return null
  }
}

export function stepDueDate(stepStartedOn: IsoDate, rule: GuidelineStepRule, holidays: HolidayDates): IsoDate {
  return addBusinessDays(stepStartedOn, rule.businessDays, holidays)
}

export type Urgency = 'overdue' | 'due_soon' | 'on_track'

/** Two business days' warning: enough to act on a reminder, short enough not to nag. */
export const DUE_SOON_BUSINESS_DAYS = 2

export function urgencyOf(due: IsoDate, today: IsoDate, holidays: HolidayDates): Urgency {
  if (compareIsoDates(today, due) > 0) return 'overdue'
  return businessDaysBetween(today, due, holidays) <= DUE_SOON_BUSINESS_DAYS ? 'due_soon' : 'on_track'
}

/** A guideline must give every step a positive whole number of business days and a unit. */
export function guidelineProblems(g: Guideline): Partial<Record<GuidelineStep, Bilingual>> {
  const problems: Partial<Record<GuidelineStep, Bilingual>> = {}
  for (const step of GUIDELINE_STEPS) {
    const r = g[step]
    if (!Number.isInteger(r.businessDays) || r.businessDays < 1 || r.businessDays > 365) {
      problems[step] = { th: `ระยะเวลาขั้นตอน "${STEP_LABELS[step].th}" ต้องเป็นจำนวนวันทำการ 1–365`, en: `The time for "${STEP_LABELS[step].en}" must be 1–365 business days` }
    } else if (!r.responsibleUnit.th.trim()) {
      problems[step] = { th: `กรุณาระบุหน่วยที่รับผิดชอบขั้นตอน "${STEP_LABELS[step].th}"`, en: `Name the unit responsible for "${STEP_LABELS[step].en}"` }
    }
  }
  return problems
}
