import type { MaybeActor } from '../../platform/auth/actor.ts'
import { canAdministerOrganisation, hasRoleIn, type OrgPath } from '../../platform/auth/policy.ts'
import type { Role } from '../../platform/auth/roles.ts'

/** Who keeps an agency's development plan: its officers (the policy and planning analyst), head and administrators. */
export const DEVPLAN_EDITOR_ROLES: readonly Role[] = ['admin', 'officer', 'head', 'ita_coordinator']

export function canEditDevPlan(actor: MaybeActor, path: OrgPath): boolean {
  if (!actor || path.length === 0) return false
  return hasRoleIn(actor, path[0]!, ...DEVPLAN_EDITOR_ROLES) || canAdministerOrganisation(actor, path)
}

/** How a project came from the people (seed 002 m3: forums, opinion surveys, project-idea meetings, the committee). */
export const PARTICIPATION_KINDS = [
  { key: 'community_forum', name: { th: 'เวทีประชาคม', en: 'Community forum' } },
  { key: 'opinion_survey', name: { th: 'การสำรวจความคิดเห็น', en: 'Opinion survey' } },
  { key: 'idea_meeting', name: { th: 'การประชุมเสนอโครงการ', en: 'Project-idea meeting' } },
  { key: 'committee_decision', name: { th: 'มติคณะกรรมการพัฒนาท้องถิ่น', en: 'Development committee decision' } },
] as const
export type ParticipationKind = (typeof PARTICIPATION_KINDS)[number]['key']
export const isParticipationKind = (v: unknown): v is ParticipationKind => PARTICIPATION_KINDS.some((k) => k.key === v)
export const participationName = (kind: string) => PARTICIPATION_KINDS.find((k) => k.key === kind)?.name ?? { th: kind, en: kind }

export const PROJECT_STATUSES = [
  { key: 'planned', name: { th: 'ยังไม่ดำเนินการ', en: 'Not started' } },
  { key: 'in_progress', name: { th: 'อยู่ระหว่างดำเนินการ', en: 'In progress' } },
  { key: 'done', name: { th: 'ดำเนินการแล้วเสร็จ', en: 'Done' } },
  { key: 'not_done', name: { th: 'ไม่ได้ดำเนินการ', en: 'Not done' } },
] as const
export type ProjectStatus = (typeof PROJECT_STATUSES)[number]['key']
export const isProjectStatus = (v: unknown): v is ProjectStatus => PROJECT_STATUSES.some((s) => s.key === v)
export const statusName = (s: string) => PROJECT_STATUSES.find((x) => x.key === s)?.name ?? { th: s, en: s }

/** The plan as first approved, then its amendments: additions (เพิ่มเติม) and changes (เปลี่ยนแปลง). */
export const VERSION_KINDS = [
  { key: 'original', name: { th: 'แผนฉบับอนุมัติ', en: 'Approved plan' } },
  { key: 'addition', name: { th: 'แผนเพิ่มเติม', en: 'Addition' } },
  { key: 'change', name: { th: 'แผนเปลี่ยนแปลง', en: 'Change' } },
] as const
export type VersionKind = (typeof VERSION_KINDS)[number]['key']
export const versionKindName = (k: string) => VERSION_KINDS.find((x) => x.key === k)?.name ?? { th: k, en: k }
/** The first version is always the approved plan; every later one is an amendment. */
export const versionKindAllowed = (kind: VersionKind, nextVersion: number) => (nextVersion === 1 ? kind === 'original' : kind !== 'original')

/** A five-year plan at most (แผนพัฒนาท้องถิ่น ๕ ปี). */
export const MAX_PLAN_YEARS = 5
export function planYears(first: number, last: number): number[] {
  const out: number[] = []
  for (let y = first; y <= last; y++) out.push(y)
  return out
}

// ---- Money: whole satang, shown as baht ----
export function formatSatang(satang: number): string {
  const whole = Math.floor(Math.abs(satang) / 100)
  const part = Math.abs(satang) % 100
  const text = whole.toLocaleString('en-US') + (part ? `.${String(part).padStart(2, '0')}` : '')
  return satang < 0 ? `-${text}` : text
}

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙'
/** Baht typed as '1,250,000' or '1250000.50' (Thai digits too) → satang; null when it is not an amount. */
export function parseBahtText(input: string): number | null {
  const text = input.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d))).replace(/[\s\u00a0]/g, '').replace(/บาท$/, '')
  if (!/^(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]{1,2})?$/.test(text)) return null
  const [whole, frac = ''] = text.replace(/,/g, '').split('.')
  const satang = Number(whole) * 100 + Number(frac.padEnd(2, '0'))
  return Number.isSafeInteger(satang) && satang <= 1e15 ? satang : null
}

// ---- Plan → budget ----
export type BudgetLineRef = { position: number; name: string; category: string; allocated: number; actual: number }
export type LinkedLine = BudgetLineRef & { projectId: string | null }

/** Each budget line with the plan project that funds it; a line no project funds is unplanned (004 §2.1–2.3). */
export function linkLines(lines: readonly BudgetLineRef[], links: ReadonlyMap<string, string>): LinkedLine[] {
  return lines.map((l) => ({ ...l, projectId: links.get(l.name) ?? null }))
}
export const unplannedLines = (lines: readonly LinkedLine[]) => lines.filter((l) => l.projectId === null)

// ---- Monitoring and evaluation ----
export type ProjectYearFacts = { projectId: string; strategyPosition: number; strategyName: string; position: number; name: string; budget: number; status: string; spent: number | null; result: string; fundedBy: number }
export type MonitoringFigures = {
  fiscalYear: number
  projects: ProjectYearFacts[]
  counts: Record<ProjectStatus, number> & { total: number }
  plannedBudget: number
  spent: number
  /** Budget lines that year funded through the plan, and those outside it. */
  budgetLinesFunded: number
  budgetLinesUnplanned: { name: string; allocated: number }[]
  /** Done as a share of the projects planned for the year, in whole percent; null with none. */
  percentDone: number | null
}

export function monitoringFigures(fiscalYear: number, projects: readonly ProjectYearFacts[], unplanned: readonly { name: string; allocated: number }[], fundedLines: number): MonitoringFigures {
  const counts = { planned: 0, in_progress: 0, done: 0, not_done: 0, total: projects.length }
  let plannedBudget = 0
  let spent = 0
  for (const p of projects) {
    if (isProjectStatus(p.status)) counts[p.status] += 1
    plannedBudget += p.budget
    spent += p.spent ?? 0
  }
  return {
    fiscalYear,
    projects: [...projects],
    counts,
    plannedBudget,
    spent,
    budgetLinesFunded: fundedLines,
    budgetLinesUnplanned: [...unplanned],
    percentDone: projects.length ? Math.round((counts.done * 100) / projects.length) : null,
  }
}
