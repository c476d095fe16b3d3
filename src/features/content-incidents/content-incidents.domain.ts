/**
 * Misinformation and harmful-content incidents (C3, seed 002 measure 2 §3): an officer who sees
 * the agency's information distorted, or damaging content on its channels, reports it to the head;
 * the head acts and closes it, or — when it may harm the image of the province — escalates it to
 * oversight (the governor's office) above the agency, which responds and closes it. Pure rules.
 */

export const INCIDENT_KINDS = [
  { key: 'distorted_information', name: { th: 'ข้อมูลข่าวสารของหน่วยงานถูกบิดเบือนหรือไม่เป็นความจริง', en: 'Distorted or false information about the agency' } },
  { key: 'harmful_content', name: { th: 'เนื้อหาที่ก่อความเสียหายหรือไม่เหมาะสมในช่องทางของหน่วยงาน', en: 'Harmful or inappropriate content on the agency’s channels' } },
  { key: 'other', name: { th: 'อื่น ๆ', en: 'Other' } },
] as const
export type IncidentKind = (typeof INCIDENT_KINDS)[number]['key']

export const URGENCIES = [
  { key: 'normal', name: { th: 'ปกติ', en: 'Normal' } },
  { key: 'urgent', name: { th: 'ด่วน (กำลังแพร่กระจายหรือกระทบภาพลักษณ์มาก)', en: 'Urgent (spreading, or badly harming the agency’s image)' } },
] as const
export type Urgency = (typeof URGENCIES)[number]['key']

/** What the head (or oversight) did about it. */
export const ACTION_KINDS = [
  { key: 'correction_published', name: { th: 'เผยแพร่ข้อมูลที่ถูกต้อง / ชี้แจงแก้ไข', en: 'Correction published' } },
  { key: 'removal_requested', name: { th: 'ขอให้ผู้ให้บริการแพลตฟอร์มลบเนื้อหา', en: 'Platform asked to remove the content' } },
  { key: 'content_removed', name: { th: 'ลบหรือซ่อนเนื้อหาในช่องทางของหน่วยงาน', en: 'Removed or hid the content on the agency’s channel' } },
  { key: 'clarification_issued', name: { th: 'ออกหนังสือหรือแถลงการณ์ชี้แจง', en: 'Clarification issued' } },
  { key: 'legal_referral', name: { th: 'ส่งเรื่องดำเนินการทางกฎหมาย', en: 'Referred for legal action' } },
  { key: 'other', name: { th: 'อื่น ๆ', en: 'Other' } },
] as const
export type ActionKind = (typeof ACTION_KINDS)[number]['key']

export const STATUSES = {
  reported: { th: 'รอหัวหน้าหน่วยงานพิจารณา', en: 'With the head of the agency' },
  escalated: { th: 'รายงานผู้กำกับติดตามแล้ว', en: 'Escalated to oversight' },
  closed: { th: 'ปิดเรื่องแล้ว', en: 'Closed' },
} as const
export type IncidentStatus = keyof typeof STATUSES

export type StepKind = 'action' | 'escalated' | 'oversight_response' | 'closed'

/** The actor's standing towards one incident, decided by the use case from roles and the agency's path. */
export type Standing = { reporter: boolean; head: boolean; oversight: boolean }

export type IncidentFacts = { status: IncidentStatus; escalated: boolean }

export type Command = 'record_action' | 'escalate' | 'close' | 'respond'

/**
 * Who sees an incident: its reporter, the agency's head, and oversight once it was escalated to
 * them (never before: the head decides whether it goes up).
 */
export function canSee(s: Standing, i: IncidentFacts): boolean {
  return s.reporter || s.head || (s.oversight && i.escalated)
}

/**
 * What may happen next, and by whom. The head records actions while the incident is open (also
 * after escalating: the agency keeps working on it), and closes or escalates it while it is still
 * theirs; once escalated, oversight responds and closes it.
 */
export function allowedCommands(s: Standing, i: IncidentFacts): Command[] {
  const out: Command[] = []
  if (i.status === 'reported' && s.head) out.push('record_action', 'escalate', 'close')
  if (i.status === 'escalated') {
    if (s.head) out.push('record_action')
    if (s.oversight) out.push('respond', 'close')
  }
  return out
}

export function can(s: Standing, i: IncidentFacts, command: Command): boolean {
  return allowedCommands(s, i).includes(command)
}

/** The state after a command (only asked for commands that are allowed). */
export function nextStatus(current: IncidentStatus, command: Command): IncidentStatus {
  switch (command) {
    case 'escalate':
      return 'escalated'
    case 'close':
      return 'closed'
    default:
      return current
  }
}

export const LIMITS = { whereSeen: 2000, description: 10_000, note: 5000 } as const
export const EVIDENCE_PURPOSE = 'content_incident_evidence'
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024

export function isIncidentKind(v: unknown): v is IncidentKind {
  return INCIDENT_KINDS.some((k) => k.key === v)
}
export function isUrgency(v: unknown): v is Urgency {
  return URGENCIES.some((k) => k.key === v)
}
export function isActionKind(v: unknown): v is ActionKind {
  return ACTION_KINDS.some((k) => k.key === v)
}
export function labelOf<K extends string>(list: readonly { key: K; name: { th: string; en: string } }[], key: string): { th: string; en: string } {
  return list.find((x) => x.key === key)?.name ?? { th: key, en: key }
}
