/**
 * The life of a complaint (seed 002 measure 5, seed 003 m5.2, seed 004 §3.4), pure.
 * A complaint is received and screened; the officer then PROPOSES (not to accept it, to
 * investigate it, to refer it on) and the head of the agency ORDERS (สั่งการ) — as it or sent
 * back — within the guideline's decision time. An investigation ends the same way: the officer
 * proposes the findings, the head orders. Only an ordered case can be closed, with the result
 * reported back. The database enforces the same transitions (migration 2026-12-08T1500).
 */
import type { Bilingual } from '../../platform/i18n/locale.ts'

/** The five kinds of wrongdoing a complaint may allege (002 m5 §2.1.1). */
export const WRONGDOING_KINDS = ['corruption', 'offence_in_office', 'neglect_of_duty', 'undue_delay', 'beyond_authority'] as const
export type WrongdoingKind = (typeof WRONGDOING_KINDS)[number]
export const WRONGDOING_LABELS: Record<WrongdoingKind, Bilingual> = {
  corruption: { th: 'กระทำการทุจริตต่อหน้าที่ราชการ', en: 'Corruption in official duty' },
  offence_in_office: { th: 'กระทำความผิดต่อตำแหน่งหน้าที่ราชการ', en: 'Offence against the official position' },
  neglect_of_duty: { th: 'ละเลยหน้าที่ตามที่กฎหมายกำหนดให้ต้องปฏิบัติ', en: 'Neglect of a duty the law requires' },
  undue_delay: { th: 'ปฏิบัติหน้าที่ล่าช้าเกินสมควร', en: 'Unreasonable delay in performing duties' },
  beyond_authority: { th: 'กระทำการนอกเหนืออำนาจหน้าที่ หรือขัดหรือไม่ถูกต้องตามกฎหมาย', en: 'Acting beyond authority or unlawfully' },
}

/** How a complaint arrived (002 m5 §2.5): the web form, or entered by an officer from another channel. */
export const CHANNELS = ['web', 'walk_in', 'post', 'phone', 'hotline_1567', 'damrongdhama'] as const
export type Channel = (typeof CHANNELS)[number]
export const CHANNEL_LABELS: Record<Channel, Bilingual> = {
  web: { th: 'เว็บไซต์', en: 'Website' },
  walk_in: { th: 'ยื่นด้วยตนเอง', en: 'In person' },
  post: { th: 'ไปรษณีย์', en: 'Post' },
  phone: { th: 'โทรศัพท์', en: 'Telephone' },
  hotline_1567: { th: 'สายด่วน 1567', en: 'Hotline 1567' },
  damrongdhama: { th: 'ศูนย์ดำรงธรรม', en: 'Damrongdhama Centre' },
}

/**
 * Which intake a complaint came through: the public one, or the two internal channels —
 * confidential reporting of conflicts of interest to senior management (002 m6 (12)) and
 * staff questioning budget spending (003 m2.3).
 */
export const INTAKES = ['public', 'conflict_of_interest', 'budget_objection'] as const
export type Intake = (typeof INTAKES)[number]

export const STATUSES = ['received', 'screening', 'awaiting_order', 'not_accepted', 'accepted', 'assigned', 'investigating', 'outcome', 'closed'] as const
export type ComplaintStatus = (typeof STATUSES)[number]
export const STATUS_LABELS: Record<ComplaintStatus, Bilingual> = {
  received: { th: 'รับเรื่องแล้ว', en: 'Received' },
  screening: { th: 'กำลังพิจารณารับเรื่อง', en: 'Being screened' },
  awaiting_order: { th: 'รอผู้บริหารสั่งการ', en: 'Awaiting the head’s order' },
  not_accepted: { th: 'ไม่รับพิจารณา', en: 'Not accepted' },
  accepted: { th: 'รับพิจารณา', en: 'Accepted' },
  assigned: { th: 'มอบหมายผู้รับผิดชอบแล้ว', en: 'Assigned' },
  investigating: { th: 'อยู่ระหว่างตรวจสอบข้อเท็จจริง', en: 'Under investigation' },
  outcome: { th: 'มีผลการพิจารณาแล้ว', en: 'Outcome decided' },
  closed: { th: 'ยุติเรื่อง', en: 'Closed' },
}

/** Grounds on which a complaint may be turned down (002 m5 §2.3–2.4), one of which must be recorded. */
export const NON_ACCEPTANCE_GROUNDS = ['not_in_writing', 'insufficient_evidence', 'missing_required_items', 'anonymous_without_evidence', 'outside_jurisdiction', 'duplicate'] as const
export type NonAcceptanceGround = (typeof NON_ACCEPTANCE_GROUNDS)[number]
export const NON_ACCEPTANCE_LABELS: Record<NonAcceptanceGround, Bilingual> = {
  not_in_writing: { th: 'ข้อร้องเรียนมิได้ทำเป็นหนังสือ (ข้อ 2.4.1)', en: 'Not made in writing (§2.4.1)' },
  insufficient_evidence: { th: 'ไม่ระบุพยานหรือหลักฐานที่เพียงพอ (ข้อ 2.4.2)', en: 'No sufficient witnesses or evidence (§2.4.2)' },
  missing_required_items: { th: 'ไม่มีรายการที่กำหนด (ข้อ 2.4.3)', en: 'Required items missing (§2.4.3)' },
  anonymous_without_evidence: { th: 'บัตรสนเท่ห์ที่ไม่มีหลักฐานหรือพยานบุคคลชัดแจ้ง (ข้อ 2.3)', en: 'Anonymous, without clear evidence or named witnesses (§2.3)' },
  outside_jurisdiction: { th: 'ไม่อยู่ในอำนาจหน้าที่ของหน่วยงาน (ส่งต่อหน่วยงานที่เกี่ยวข้อง)', en: 'Outside the agency’s authority (referred on)' },
  duplicate: { th: 'เป็นเรื่องเดียวกับเรื่องที่รับไว้แล้ว', en: 'Duplicate of a complaint already received' },
}

export const OUTCOMES = ['disciplinary', 'administrative', 'legal_action', 'unfounded', 'referred'] as const
export type Outcome = (typeof OUTCOMES)[number]
export const OUTCOME_LABELS: Record<Outcome, Bilingual> = {
  disciplinary: { th: 'ดำเนินการทางวินัย', en: 'Disciplinary action' },
  administrative: { th: 'ดำเนินการทางปกครอง', en: 'Administrative action' },
  legal_action: { th: 'ดำเนินคดีตามกฎหมาย', en: 'Legal action' },
  unfounded: { th: 'ข้อร้องเรียนไม่มีมูล', en: 'Unfounded' },
  referred: { th: 'ส่งเรื่องให้หน่วยงานอื่นดำเนินการ', en: 'Referred to another agency' },
}

/** What an officer may put to the head (002 m5; the head's order is its own step). */
export const PROPOSALS = ['not_accept', 'investigate', 'refer', 'findings'] as const
export type ProposalKind = (typeof PROPOSALS)[number]
export const PROPOSAL_LABELS: Record<ProposalKind, Bilingual> = {
  not_accept: { th: 'เสนอไม่รับพิจารณา', en: 'Propose not to accept' },
  investigate: { th: 'เสนอให้ตรวจสอบข้อเท็จจริง (แต่งตั้งคณะกรรมการ)', en: 'Propose an investigation (appoint a committee)' },
  refer: { th: 'เสนอส่งเรื่องให้หน่วยงานอื่น', en: 'Propose referring it to another agency' },
  findings: { th: 'เสนอผลการตรวจสอบข้อเท็จจริง', en: 'Propose the findings' },
}

export type Proposal =
  | { kind: 'not_accept'; ground: NonAcceptanceGround; reason: string }
  | { kind: 'investigate'; committee: string; reason: string }
  | { kind: 'refer'; referTo: string; reason: string }
  | { kind: 'findings'; outcome: Outcome; reason: string }

/** Which proposals an officer may make from a status: screening decides whether to take it up; an investigation ends in findings. */
export function proposalsFrom(status: ComplaintStatus): readonly ProposalKind[] {
  if (status === 'screening') return ['not_accept', 'investigate', 'refer']
  if (status === 'investigating') return ['findings', 'refer']
  return []
}

/** Where the head's order takes a case: the proposal carried out. A proposal sent back returns to where it came from. */
export function orderedStatus(kind: ProposalKind): ComplaintStatus {
  return kind === 'not_accept' ? 'not_accepted' : kind === 'investigate' ? 'accepted' : 'outcome'
}

export type Transition =
  | { to: 'screening' }
  | { to: 'awaiting_order'; proposal: Proposal }
  | { to: 'assigned'; officerId: string }
  | { to: 'investigating' }
  | { to: 'closed'; resultForComplainant: string }

/** The head's answer to a proposal: carried out as proposed, or sent back; either way with a recorded note. */
export type HeadOrder = { decision: 'ordered' | 'returned'; note: string }

/** Steps the case's officers take. Leaving `awaiting_order` is the head's alone (see checkOrder). */
const NEXT: Record<ComplaintStatus, readonly ComplaintStatus[]> = {
  received: ['screening'],
  screening: ['awaiting_order'],
  awaiting_order: [],
  not_accepted: ['closed'],
  accepted: ['assigned'],
  // Re-assigning (a transfer to another officer) keeps the complaint where it is.
  assigned: ['investigating', 'assigned'],
  investigating: ['awaiting_order', 'assigned'],
  outcome: ['closed'],
  closed: [],
}

export function allowedNext(status: ComplaintStatus): readonly ComplaintStatus[] {
  return NEXT[status]
}

export type TransitionProblem = { th: string; en: string }

/** Whether a step may be taken now, and why not. Text fields must say something: they are the record. */
export function checkTransition(status: ComplaintStatus, t: Transition): TransitionProblem | null {
  if (!NEXT[status].includes(t.to)) {
    return {
      th: `เปลี่ยนสถานะจาก "${STATUS_LABELS[status].th}" เป็น "${STATUS_LABELS[t.to].th}" ไม่ได้`,
      en: `A complaint that is "${STATUS_LABELS[status].en}" cannot become "${STATUS_LABELS[t.to].en}"`,
    }
  }
  if (t.to === 'awaiting_order') {
    const p = t.proposal
    if (!proposalsFrom(status).includes(p.kind)) {
      return { th: `ขั้นตอนนี้เสนอ "${PROPOSAL_LABELS[p.kind].th}" ไม่ได้`, en: `"${PROPOSAL_LABELS[p.kind].en}" is not possible at this step` }
    }
    if (!p.reason.trim()) return { th: 'กรุณาบันทึกเหตุผลหรือข้อเท็จจริงประกอบข้อเสนอ', en: 'Record the reasons for the proposal' }
    if (p.kind === 'investigate' && !p.committee.trim()) return { th: 'กรุณาระบุคณะกรรมการตรวจสอบข้อเท็จจริง', en: 'Name the fact-finding committee' }
    if (p.kind === 'refer' && !p.referTo.trim()) return { th: 'กรุณาระบุหน่วยงานที่จะส่งเรื่องไป', en: 'Name the agency to refer it to' }
  }
  if (t.to === 'closed' && !t.resultForComplainant.trim()) {
    return { th: 'กรุณาเขียนผลที่จะแจ้งผู้ร้องเรียน', en: 'Write the result to report back to the complainant' }
  }
  return null
}

/** The head may order only on a case waiting for it, and must say something: the note is the order's record. */
export function checkOrder(status: ComplaintStatus, o: HeadOrder): TransitionProblem | null {
  if (status !== 'awaiting_order') return { th: 'เรื่องนี้ไม่มีข้อเสนอที่รอสั่งการ', en: 'There is no proposal waiting for an order' }
  if (!o.note.trim()) return o.decision === 'returned' ? { th: 'กรุณาบันทึกเหตุผลที่ส่งกลับ', en: 'Record why the proposal is sent back' } : { th: 'กรุณาบันทึกข้อสั่งการ', en: 'Record the order' }
  return null
}

/** Counted as finished in the published statistics (003 m5.5): closed or not accepted. */
export function isCompleted(status: ComplaintStatus): boolean {
  return status === 'closed' || status === 'not_accepted'
}

/**
 * §2.3: an anonymous complaint is taken up only with clear evidence or a named witness.
 * Intake accepts it either way (a screener decides); this says whether the bar is met.
 */
export function anonymousBarMet(c: { anonymous: boolean; evidenceCount: number; witnesses: string }): boolean {
  return !c.anonymous || c.evidenceCount > 0 || c.witnesses.trim().length > 0
}

/**
 * What each intake asks the reporter to choose. The public one uses the five kinds of
 * wrongdoing; the internal channels have their own topics.
 */
export const INTERNAL_TOPICS = {
  conflict_of_interest: ['gift_or_benefit', 'procurement_interest', 'use_of_position', 'outside_work', 'other'],
  budget_objection: ['spending_plan', 'procurement', 'allowances_and_travel', 'project_spending', 'other'],
} as const
export type InternalTopic = (typeof INTERNAL_TOPICS)[keyof typeof INTERNAL_TOPICS][number]
export const INTERNAL_TOPIC_LABELS: Record<InternalTopic, Bilingual> = {
  gift_or_benefit: { th: 'การรับของขวัญหรือประโยชน์อื่นใด', en: 'Gifts or other benefits' },
  procurement_interest: { th: 'ผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้าง', en: 'A conflict of interest in procurement' },
  use_of_position: { th: 'การใช้ตำแหน่งหน้าที่เพื่อประโยชน์ส่วนตน', en: 'Using the position for private gain' },
  outside_work: { th: 'การทำงานพิเศษหรือธุรกิจที่ขัดกับหน้าที่', en: 'Outside work that conflicts with duties' },
  spending_plan: { th: 'แผนการใช้จ่ายงบประมาณ', en: 'The budget spending plan' },
  procurement: { th: 'การจัดซื้อจัดจ้าง', en: 'Procurement' },
  allowances_and_travel: { th: 'ค่าตอบแทน ค่าเบี้ยเลี้ยง และค่าเดินทาง', en: 'Allowances and travel' },
  project_spending: { th: 'การใช้จ่ายงบประมาณของโครงการ', en: 'Spending on a project' },
  other: { th: 'อื่น ๆ', en: 'Other' },
}

export const INTAKE_LABELS: Record<Intake, Bilingual> = {
  public: { th: 'เรื่องร้องเรียนจากประชาชน', en: 'Public complaint' },
  conflict_of_interest: { th: 'ช่องทางแจ้งเรื่องผลประโยชน์ทับซ้อน (ลับ)', en: 'Confidential conflict-of-interest channel' },
  budget_objection: { th: 'ช่องทางทักท้วงการใช้จ่ายงบประมาณ', en: 'Questioning budget spending' },
}

/** The kinds a reporter may pick for an intake. */
export function kindsFor(intake: Intake): readonly string[] {
  return intake === 'public' ? WRONGDOING_KINDS : INTERNAL_TOPICS[intake]
}

export function kindLabel(intake: Intake, kind: string | null): Bilingual | null {
  if (!kind) return null
  if (intake === 'public') return (WRONGDOING_LABELS as Record<string, Bilingual>)[kind] ?? null
  return (INTERNAL_TOPIC_LABELS as Record<string, Bilingual>)[kind] ?? null
}

export function isIntake(v: string): v is Intake {
  return (INTAKES as readonly string[]).includes(v)
}
