import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { loadActor } from '../../platform/auth/sessions.ts'
import { importResults } from './ita-results.use-cases.ts'
import { improvementPlan, saveImprovementPlan } from './improvement-plan.use-cases.ts'
import { planFormFrom } from './improvement-plan.input.ts'
import { indicatorsWeakestFirst } from './improvement-plan.domain.ts'

/**
 * Fictional official results for every demo agency, three past fiscal years, loaded through the
 * real import as the province's ITA working group would load the national file. Each agency has
 * its own level and trend so the ranking, trend chart and grades have something to show; the
 * scores are invented, the scoring that turns them into totals and grades is the real one.
 */
const LEVELS: Record<string, readonly [number, number, number]> = {
  // slug: indicator-average for 2566, 2567, 2568
  'wiang-thong': [79.4, 84.1, 88.6],
  'nong-bua': [71.2, 69.8, 76.5],
  'bang-phra': [86.3, 89.9, 93.2],
  'suvarnabhumi-pao': [90.1, 91.4, 90.7],
  'suvarnabhumi-cdd': [92.8, 95.1, 96.4],
  'suvarnabhumi-revenue': [88.0, 86.2, 91.9],
}
export const DEMO_ITA_YEARS = [2566, 2567, 2568] as const

/** Indicators 1–5 (IIT) run high, 6–8 (EIT) a little lower, 9–10 (OIT) swing most: as in real results. */
const SHAPE = [3.1, 2.2, 1.4, 0.6, 2.8, -1.2, -2.4, -0.8, -4.9, -0.8] as const

export function demoScores(level: number, yearIndex: number): number[] {
  return SHAPE.map((offset, i) => {
    const wobble = ((i * 7 + yearIndex * 3) % 5) * 0.37 - 0.74
    const raw = level + offset * (1 + yearIndex * 0.2) + wobble
    return Math.round(Math.min(100, Math.max(0, raw)) * 100) / 100
  })
}

export function demoResultsCsv(): string {
  const rows = ['agency,fiscal_year,indicator,score']
  for (const [slug, levels] of Object.entries(LEVELS)) {
    DEMO_ITA_YEARS.forEach((year, y) => {
      demoScores(levels[y]!, y).forEach((score, i) => rows.push(`${slug},${year},${i + 1},${score.toFixed(2)}`))
    })
  }
  return rows.join('\n')
}

/** Returns how many agency-years were loaded (0 when the oversight user is missing or results exist). */
export async function loadDemoItaResults(db: Kysely<Database>, now: Date): Promise<number> {
  const user = await db.selectFrom('users').select('id').where('email', '=', 'oversight@prongsai.test').executeTakeFirst()
  const actor = user && (await loadActor(db, user.id))
  if (!actor) return 0
  if (await db.selectFrom('ita_results').select('organisation_id').limit(1).executeTakeFirst()) return 0
  const outcome = await importResults({ db, actor, now }, { kind: 'csv', text: demoResultsCsv() })
  if (!outcome.ok) throw new Error(`demo ITA results did not import: ${outcome.errors.map((e) => `${e.row}: ${e.en}`).join('; ')}`)
  return outcome.imported.length
}

/**
 * เวียงทอง's improvement plan for the year after its latest results, made through the plan form
 * as its ITA coordinator would: two library measures for each of the three weakest indicators,
 * each with an owner, a due date and progress, so the public page and the Word file show a plan.
 */
export async function loadDemoItaPlan(db: Kysely<Database>, now: Date): Promise<number> {
  const user = await db.selectFrom('users').select('id').where('email', '=', 'wt-ita@prongsai.test').executeTakeFirst()
  const actor = user && (await loadActor(db, user.id))
  if (!actor) return 0
  const ctx = { db, actor, now }
  const view = await improvementPlan(ctx, 'wiang-thong', undefined)
  if (!view.result || view.items.length > 0 || view.staff.length === 0) return 0
  const values = planFormFrom([], view.library)
  const dueMonths = ['3', '6', '9'] as const
  let picked = 0
  indicatorsWeakestFirst(view.result.scores)
    .slice(0, 3)
    .forEach(({ indicator }, rank) => {
      values[indicator].library.slice(0, 2).forEach((row, i) => {
        row.picked = true
        row.owner = view.staff[(rank + i) % view.staff.length]!
        // Due within the plan's fiscal year (BE): March, June, September of its second calendar year.
        row.due = { day: '30', month: dueMonths[rank]!, year: String(view.planYear) }
        row.status = rank === 0 && i === 0 ? 'done' : rank === 0 ? 'in_progress' : 'not_started'
        row.progress = rank === 0 && i === 1 ? '40' : ''
        picked++
      })
    })
  await saveImprovementPlan(ctx, 'wiang-thong', view.planYear, values)
  return picked
}
