import { CHANNELS, OUTCOMES, WRONGDOING_KINDS } from '../../../src/features/complaints/complaint-workflow.domain.ts'
import type { GeneratorContext } from '../generator-context.ts'

/**
 * Where each generated complaint stands. Open ones are spread over the last months so that, on
 * the day the bench runs, some are within their step's time and some overdue — the figures an
 * oversight body's roll-up shows. `awaiting_order` is left out: it needs a proposal row.
 */
const STATUS_WEIGHTS: readonly [string, number][] = [
  ['received', 10],
  ['screening', 15],
  ['accepted', 10],
  ['investigating', 15],
  ['outcome', 10],
  ['not_accepted', 10],
  ['closed', 30],
]
const DAY = 86_400_000

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/**
 * Public complaints for every agency over the last 300 days before today (the current fiscal
 * year and the end of the previous one): 0–2 × `complaintsPerAgency`, deterministic per seed.
 * Identities are placeholders — no bench ever opens a sealed identity — so no keys are made.
 */
export async function complaintsStep(ctx: GeneratorContext, today = new Date()): Promise<void> {
  const perAgency = ctx.options.complaintsPerAgency
  if (perAgency <= 0) return
  const agencies = ctx.organisations.filter((o) => o.parentId !== null)
  const officerOf = new Map<string, string>()
  for (const u of ctx.users) for (const r of u.roles) if (r.role === 'complaint_officer' && !officerOf.has(r.organisationId)) officerOf.set(r.organisationId, u.id)
  const total = STATUS_WEIGHTS.reduce((s, [, w]) => s + w, 0)
  const statusOf = () => {
    let roll = ctx.rng.int(total)
    for (const [status, weight] of STATUS_WEIGHTS) {
      if (roll < weight) return status
      roll -= weight
    }
    return 'closed'
  }
  const todayMs = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())
  const rows: Record<string, unknown>[] = []
  for (const org of agencies) {
    const count = ctx.rng.int(2 * perAgency + 1)
    const received = Array.from({ length: count }, () => todayMs - ctx.rng.int(300) * DAY).sort((a, b) => a - b)
    received.forEach((at, i) => {
      const status = statusOf()
      const stepStarted = Math.min(todayMs, at + ctx.rng.int(20) * DAY)
      const officer = officerOf.get(org.id) ?? null
      const beYear = new Date(at + 92 * DAY).getUTCFullYear() + 543
      rows.push({
        organisation_id: org.id,
        reference: `${beYear}/${String(i + 1).padStart(4, '0')}`,
        intake: 'public',
        channel: ctx.rng.pick(CHANNELS),
        kind: ctx.rng.pick(WRONGDOING_KINDS),
        subject_text: 'เรื่องร้องเรียนสำหรับการทดสอบสมรรถนะ',
        what_happened: 'ข้อความสมมุติสำหรับการทดสอบสมรรถนะระดับประเทศ',
        anonymous: ctx.rng.int(3) === 0,
        sealed_identity: 'bench-placeholder',
        status,
        received_on: isoDay(at),
        step_started_on: isoDay(stepStarted),
        assigned_to: status === 'received' ? null : officer,
        outcome: status === 'outcome' || status === 'closed' ? ctx.rng.pick(OUTCOMES) : null,
        result_for_complainant: status === 'closed' ? 'แจ้งผลการดำเนินการแล้ว' : null,
        created_at: new Date(at + 3 * 3_600_000),
        updated_at: new Date(stepStarted + 3 * 3_600_000),
      })
    })
  }
  ctx.progress.step('complaints', rows.length)
  await ctx.insertMany('complaints', rows)
}
