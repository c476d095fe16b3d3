/**
 * Fair use of authority (G3, seed 003 m3): published criteria for performance evaluation (3.1),
 * assignment of work (3.2) and selection for training, study visits and scholarships (3.3); each
 * decision on record with the criteria version, the scores and who decided; a yearly summary staff
 * can see and question. Pure rules.
 */
import type { Bilingual } from '../../platform/i18n/locale.ts'
import type { CriterionItem } from '../../db/tables/delegations.ts'
import { actingCapacity, type MaybeActor } from '../../platform/auth/actor.ts'
import { canAdministerOrganisation, hasRoleIn, type OrgPath } from '../../platform/auth/policy.ts'

export const KINDS = {
  evaluation: { th: 'การประเมินผลการปฏิบัติงาน', en: 'Performance evaluation' },
  assignment: { th: 'การมอบหมายงาน', en: 'Assignment of work' },
  training: { th: 'การคัดเลือกเข้ารับการอบรม ศึกษาดูงาน หรือทุนการศึกษา', en: 'Selection for training, study visits or scholarships' },
} as const satisfies Record<string, Bilingual>
export type Kind = keyof typeof KINDS
export const isKind = (v: string): v is Kind => Object.hasOwn(KINDS, v)

export const OUTCOMES = {
  excellent: { th: 'ดีเด่น', en: 'Excellent' },
  very_good: { th: 'ดีมาก', en: 'Very good' },
  good: { th: 'ดี', en: 'Good' },
  fair: { th: 'พอใช้', en: 'Fair' },
  improve: { th: 'ต้องปรับปรุง', en: 'To improve' },
  selected: { th: 'ได้รับการคัดเลือก', en: 'Selected' },
  not_selected: { th: 'ไม่ได้รับการคัดเลือก', en: 'Not selected' },
  assigned: { th: 'มอบหมายงาน', en: 'Assigned' },
} as const satisfies Record<string, Bilingual>
export type Outcome = keyof typeof OUTCOMES

/** Which outcomes a decision of each kind can have. */
export const OUTCOMES_OF: Record<Kind, readonly Outcome[]> = {
  evaluation: ['excellent', 'very_good', 'good', 'fair', 'improve'],
  assignment: ['assigned'],
  training: ['selected', 'not_selected'],
}

/** The head decides (in their own right, acting, or by delegation: the record then says so); administrators publish criteria too. */
export function canDecide(actor: MaybeActor, path: OrgPath): boolean {
  return hasRoleIn(actor, path[0]!, 'head')
}
export function canPublishCriteria(actor: MaybeActor, path: OrgPath): boolean {
  if (!actor) return false
  if (hasRoleIn(actor, path[0]!, 'head')) return actingCapacity(actor, path[0]!, 'head')?.kind !== 'delegation'
  return canAdministerOrganisation(actor, path)
}
/** The agency's own staff (not outside committee members) see the criteria, the summary and the selections; administrators above too. */
export function canRead(actor: MaybeActor, path: OrgPath): boolean {
  if (!actor) return false
  return actor.memberships.some((m) => m.organisationId === path[0] && m.role !== 'committee') || canAdministerOrganisation(actor, path)
}

/**
 * Evaluation scores are personal: a member sees their own in full and everyone's only as counts;
 * selections and assignments are shown in full to every member, because their fairness is judged
 * by comparing them.
 */
export function showsInFull(kind: string, viewer: { userId: string; manages: boolean }, subjectUserId: string | null): boolean {
  return kind !== 'evaluation' || viewer.manages || subjectUserId === viewer.userId
}

export type DecisionRow = { kind: string; outcome: string; total: number; max: number }
export type KindSummary = { kind: Kind; decisions: number; byOutcome: { outcome: Outcome; count: number }[]; averagePercent: number | null }

/** The yearly summary per kind: decisions, how many of each outcome, the average score as a share of the maximum. */
export function yearlySummary(rows: readonly DecisionRow[]): KindSummary[] {
  return (Object.keys(KINDS) as Kind[]).map((kind) => {
    const mine = rows.filter((r) => r.kind === kind)
    const byOutcome = OUTCOMES_OF[kind].map((outcome) => ({ outcome, count: mine.filter((r) => r.outcome === outcome).length }))
    const withMax = mine.filter((r) => r.max > 0)
    const averagePercent = withMax.length ? Math.round((withMax.reduce((s, r) => s + r.total / r.max, 0) / withMax.length) * 1000) / 10 : null
    return { kind, decisions: mine.length, byOutcome, averagePercent }
  })
}

export const maxOf = (items: readonly CriterionItem[]) => items.reduce((s, i) => s + i.max, 0)
