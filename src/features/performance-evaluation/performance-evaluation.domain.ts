import type { MaybeActor } from '../../platform/auth/actor.ts'
import { canAdministerOrganisation, hasRoleIn, type OrgPath } from '../../platform/auth/policy.ts'
import type { Role } from '../../platform/auth/roles.ts'

/** Who sets up an agency's yearly evaluation (indicators, committee) and publishes it. Scoring is the members' alone. */
export const EVALUATION_MANAGER_ROLES: readonly Role[] = ['admin', 'head', 'officer', 'ita_coordinator']

export function canManageEvaluation(actor: MaybeActor, path: OrgPath): boolean {
  if (!actor || path.length === 0) return false
  return hasRoleIn(actor, path[0]!, ...EVALUATION_MANAGER_ROLES) || canAdministerOrganisation(actor, path)
}

/** The four dimensions of 004 §7 (พ.ร.ฎ. ว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี). */
export const DIMENSIONS = [
  { key: 'mission', name: { th: 'มิติที่ 1 ผลสัมฤทธิ์ตามพันธกิจ', en: 'Dimension 1: mission results' } },
  { key: 'service', name: { th: 'มิติที่ 2 คุณภาพการให้บริการ', en: 'Dimension 2: service quality' } },
  { key: 'cost', name: { th: 'มิติที่ 3 ความคุ้มค่าของภารกิจ', en: 'Dimension 3: cost-effectiveness' } },
  { key: 'satisfaction', name: { th: 'มิติที่ 4 ความพึงพอใจของประชาชนผู้รับบริการ', en: 'Dimension 4: citizen satisfaction' } },
] as const
export type Dimension = (typeof DIMENSIONS)[number]['key']
export const isDimension = (v: unknown): v is Dimension => DIMENSIONS.some((d) => d.key === v)
export const dimensionName = (k: string) => DIMENSIONS.find((d) => d.key === k)?.name ?? { th: k, en: k }

export const COMMITTEE_ROLES = [
  { key: 'chair', name: { th: 'ประธานกรรมการ', en: 'Chair' } },
  { key: 'member', name: { th: 'กรรมการ', en: 'Member' } },
  { key: 'secretary', name: { th: 'กรรมการและเลขานุการ', en: 'Member and secretary' } },
] as const
export type CommitteeRole = (typeof COMMITTEE_ROLES)[number]['key']
export const committeeRoleName = (k: string) => COMMITTEE_ROLES.find((r) => r.key === k)?.name ?? { th: k, en: k }

export const SCORES = [1, 2, 3, 4, 5] as const
export const SCORE_LABELS: Record<number, { th: string; en: string }> = {
  1: { th: '1 ต้องปรับปรุง', en: '1 needs improvement' },
  2: { th: '2 พอใช้', en: '2 fair' },
  3: { th: '3 ดี', en: '3 good' },
  4: { th: '4 ดีมาก', en: '4 very good' },
  5: { th: '5 ดีเด่น', en: '5 excellent' },
}

/** Evidence on the platform for each dimension: the agency's own public pages. */
export function evidenceSuggestions(slug: string, year: number): { path: string; label: { th: string; en: string } }[] {
  return [
    { path: `/o/${slug}/development-plan/monitoring/${year}`, label: { th: 'ผลการติดตามและประเมินผลแผนพัฒนา', en: 'Development plan monitoring' } },
    { path: `/o/${slug}/services/statistics`, label: { th: 'สถิติระยะเวลาการให้บริการ', en: 'Service completion statistics' } },
    { path: `/o/${slug}/budget/${year}`, label: { th: 'ผลการใช้จ่ายงบประมาณ', en: 'Budget results' } },
    { path: `/o/${slug}/complaints/statistics`, label: { th: 'สถิติเรื่องร้องเรียน', en: 'Complaint statistics' } },
    { path: `/o/${slug}/information/statistics`, label: { th: 'สถิติการขอข้อมูลข่าวสาร', en: 'Information request statistics' } },
    { path: `/o/${slug}/ita`, label: { th: 'ผลการประเมิน ITA (การรับรู้ของผู้รับบริการ)', en: 'ITA results (perception of service users)' } },
  ]
}

/** Evidence is a page of the agency itself on this platform (kept as a path; the base URL is added where it is printed). */
export const isEvidencePath = (slug: string, path: string) => path === '' || (path.startsWith(`/o/${slug}/`) && /^\/o\/[a-z0-9-]+\/[a-z0-9/._-]{0,200}$/.test(path))

export type IndicatorRef = { id: string; dimension: string; name: string; weight: number; evidenceUrl: string }
export type ScoreRef = { userId: string; indicatorId: string; score: number }
export type MemberRef = { userId: string; outside: boolean; submitted: boolean }

export type IndicatorResult = IndicatorRef & { mean: number; scores: number }
export type EvaluationResult = {
  indicators: IndicatorResult[]
  dimensions: { key: string; percent: number }[]
  overall: number
  level: { th: string; en: string }
  members: number
  outsideMembers: number
}

const round1 = (n: number) => Math.round(n * 10) / 10

/** The level the overall percentage reaches. */
export function levelOf(percent: number): { th: string; en: string } {
  if (percent >= 90) return { th: 'ดีเด่น', en: 'Excellent' }
  if (percent >= 80) return { th: 'ดีมาก', en: 'Very good' }
  if (percent >= 70) return { th: 'ดี', en: 'Good' }
  if (percent >= 60) return { th: 'พอใช้', en: 'Fair' }
  return { th: 'ต้องปรับปรุง', en: 'Needs improvement' }
}

/**
 * The committee's result from its members' sheets: each indicator's mean score, each
 * dimension the weighted mean of its indicators as a percentage of the full score (5), and the
 * overall result the mean of the four dimensions (each weighs the same, as 004 §7 lists them).
 */
export function committeeResult(indicators: readonly IndicatorRef[], scores: readonly ScoreRef[], members: readonly MemberRef[]): EvaluationResult {
  const results: IndicatorResult[] = indicators.map((i) => {
    const mine = scores.filter((s) => s.indicatorId === i.id)
    const mean = mine.length ? mine.reduce((a, s) => a + s.score, 0) / mine.length : 0
    return { ...i, mean: Math.round(mean * 100) / 100, scores: mine.length }
  })
  const dimensions = DIMENSIONS.map((d) => {
    const of = results.filter((r) => r.dimension === d.key)
    const weight = of.reduce((a, r) => a + r.weight, 0)
    const weighted = weight ? of.reduce((a, r) => a + r.mean * r.weight, 0) / weight : 0
    return { key: d.key, percent: round1((weighted / 5) * 100) }
  })
  const overall = round1(dimensions.reduce((a, d) => a + d.percent, 0) / dimensions.length)
  return { indicators: results, dimensions, overall, level: levelOf(overall), members: members.length, outsideMembers: members.filter((m) => m.outside).length }
}

/** What still stands between the committee and its result; empty when it can be completed. */
export function completionProblems(indicators: readonly IndicatorRef[], scores: readonly ScoreRef[], members: readonly MemberRef[]): { th: string; en: string }[] {
  const out: { th: string; en: string }[] = []
  for (const d of DIMENSIONS) if (!indicators.some((i) => i.dimension === d.key)) out.push({ th: `${d.name.th} ยังไม่มีตัวชี้วัด`, en: `${d.name.en} has no indicator` })
  if (!members.some((m) => m.outside)) out.push({ th: 'คณะกรรมการต้องมีกรรมการจากภายนอกอย่างน้อยหนึ่งคน', en: 'The committee needs at least one outside member' })
  for (const m of members) {
    const done = indicators.every((i) => scores.some((s) => s.userId === m.userId && s.indicatorId === i.id))
    if (!done || !m.submitted) {
      out.push({ th: 'กรรมการบางคนยังให้คะแนนไม่ครบ', en: 'Some members have not scored every indicator' })
      break
    }
  }
  if (members.length === 0) out.push({ th: 'ยังไม่มีกรรมการ', en: 'No member yet' })
  return out
}
