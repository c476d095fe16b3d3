import type { Role } from '../../platform/auth/roles.ts'
import type { Bilingual } from '../../platform/i18n/locale.ts'
import { compareIsoDates, type IsoDate } from '../../platform/thai-calendar/index.ts'

/** Rules of the risk register, work outside the manual and internal control (G1), pure. */

export const RISK_TYPES = {
  bribery: { th: 'การเรียกรับสินบน / ผลประโยชน์', en: 'Bribery' },
  conflict_of_interest: { th: 'การขัดกันระหว่างผลประโยชน์ส่วนตนและส่วนรวม', en: 'Conflict of interest' },
  discretion: { th: 'การใช้ดุลพินิจโดยมิชอบ', en: 'Misuse of discretion' },
  procurement: { th: 'การจัดซื้อจัดจ้างไม่โปร่งใส', en: 'Procurement collusion' },
  property: { th: 'การใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน', en: 'Misuse of public property' },
  information: { th: 'การเปิดเผยหรือใช้ข้อมูลของราชการโดยมิชอบ', en: 'Misuse of official information' },
  other: { th: 'อื่น ๆ', en: 'Other' },
} as const satisfies Record<string, Bilingual>
export type RiskType = keyof typeof RISK_TYPES

export const REGISTER_STATUSES = {
  draft: { th: 'กำลังประเมิน', en: 'Being assessed' },
  approved: { th: 'หัวหน้าส่วนราชการอนุมัติแล้ว', en: 'Approved by the head' },
} as const satisfies Record<string, Bilingual>
export type RegisterStatus = keyof typeof REGISTER_STATUSES

export const TREATMENT_STATUSES = {
  planned: { th: 'ยังไม่เริ่ม', en: 'Planned' },
  in_progress: { th: 'อยู่ระหว่างดำเนินการ', en: 'In progress' },
  done: { th: 'ดำเนินการแล้ว', en: 'Done' },
  cancelled: { th: 'ยกเลิก', en: 'Cancelled' },
} as const satisfies Record<string, Bilingual>
export type TreatmentStatus = keyof typeof TREATMENT_STATUSES

/** The moves the database also enforces (risk_workflow_transition). */
const TREATMENT_MOVES: Record<TreatmentStatus, TreatmentStatus[]> = { planned: ['in_progress', 'done', 'cancelled'], in_progress: ['done', 'cancelled'], done: [], cancelled: [] }
export const nextTreatmentStatuses = (s: TreatmentStatus): TreatmentStatus[] => TREATMENT_MOVES[s]

export const FOLLOWUP_KINDS = {
  six_month: { th: 'รายงานผลการติดตามรอบ ๖ เดือน', en: 'Six-month follow-up report' },
  yearly: { th: 'รายงานผลการดำเนินงานประจำปี', en: 'Yearly report' },
} as const satisfies Record<string, Bilingual>
export type FollowupKind = keyof typeof FOLLOWUP_KINDS

export const OUTSIDE_MANUAL_OUTCOMES = {
  justified: { th: 'มีเหตุผลสมควร รับทราบ', en: 'Justified, noted' },
  correct_practice: { th: 'ให้ปฏิบัติตามคู่มือโดยเคร่งครัด', en: 'Return to the manual' },
  update_manual: { th: 'ปรับปรุงคู่มือการปฏิบัติงาน', en: 'Update the manual' },
  investigate: { th: 'ให้หาข้อเท็จจริงเพิ่มเติม', en: 'Look into the facts' },
} as const satisfies Record<string, Bilingual>
export type OutsideManualOutcome = keyof typeof OUTSIDE_MANUAL_OUTCOMES

/** The five components of the Finance Ministry's internal-control standard (2561), COSO-style. */
export const IC_COMPONENTS = {
  control_environment: { th: 'สภาพแวดล้อมการควบคุม', en: 'Control environment' },
  risk_assessment: { th: 'การประเมินความเสี่ยง', en: 'Risk assessment' },
  control_activities: { th: 'กิจกรรมการควบคุม', en: 'Control activities' },
  information_communication: { th: 'สารสนเทศและการสื่อสาร', en: 'Information and communication' },
  monitoring: { th: 'กิจกรรมการติดตามผล', en: 'Monitoring activities' },
} as const satisfies Record<string, Bilingual>
export type IcComponent = keyof typeof IC_COMPONENTS

export const IC_ASSESSMENTS = {
  adequate: { th: 'เพียงพอและมีประสิทธิผล', en: 'Adequate and effective' },
  partly: { th: 'มีอยู่แต่ควรปรับปรุง', en: 'In place, needs improvement' },
  inadequate: { th: 'ไม่เพียงพอ', en: 'Inadequate' },
} as const satisfies Record<string, Bilingual>
export type IcAssessment = keyof typeof IC_ASSESSMENTS

/** Who keeps the register: the agency's officers, ITA coordinator, administrators and head. */
export const canKeepRisks = (roles: readonly Role[]) => roles.some((r) => r === 'officer' || r === 'ita_coordinator' || r === 'admin' || r === 'head')
/** Approves the register, reviews work outside the manual, reports internal control. */
export const canApprove = (roles: readonly Role[]) => roles.includes('head')

/** A treatment still open after its due day. */
export function isOverdue(t: { status: TreatmentStatus; dueOn: IsoDate }, today: IsoDate): boolean {
  return (t.status === 'planned' || t.status === 'in_progress') && compareIsoDates(today, t.dueOn) > 0
}

/**
 * What a carried-forward risk starts from in the next year: the same facts; its inherent level is
 * last year's residual (what remained after treatment), to be re-assessed.
 */
export function carriedForward<R extends { residualLikelihood: number; residualImpact: number }>(r: R): { inherentLikelihood: number; inherentImpact: number; residualLikelihood: number; residualImpact: number } {
  return { inherentLikelihood: r.residualLikelihood, inherentImpact: r.residualImpact, residualLikelihood: r.residualLikelihood, residualImpact: r.residualImpact }
}
