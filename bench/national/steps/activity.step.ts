import { actorOf, type GeneratedEvent, type GeneratorContext } from '../generator-context.ts'
import type { PlannedOrganisation, PlannedUser, Random } from '../national-plan.ts'

type Make = (rng: Random, org: PlannedOrganisation, staff: PlannedUser, at: Date) => Omit<GeneratedEvent, 'at' | 'actor' | 'organisationId'> & { global?: boolean }

// What staff do day to day, weighted: mostly signing in, now and then changing something.
const ACTIONS: [weight: number, make: Make][] = [
  [60, (_r, _o, s) => ({ action: 'auth.signed_in', entityType: 'user', entityId: s.id, summary: {}, global: true })],
  [10, (r, o) => ({ action: 'organisation.updated', entityType: 'organisation', entityId: o.id, summary: { before: { phone: o.phone }, after: { phone: `0 ${4000 + r.int(5000)} ${String(r.int(10000)).padStart(4, '0')}` } } })],
  [6, (_r, _o, s) => ({ action: 'auth.password_changed', entityType: 'user', entityId: s.id, summary: {}, global: true })],
  [6, (r, o, _s, at) => ({
    action: 'invitation.created',
    entityType: 'invitation',
    entityId: r.uuid().replaceAll('-', ''),
    summary: { before: null, after: { email: `new-${r.int(1e6)}@${o.slug}.bench.prongsai.test`, organisation_id: o.id, role: 'officer', expires_at: new Date(at.getTime() + 7 * 86_400_000).toISOString() } },
  })],
  [5, (r, o) => ({ action: 'membership.granted', entityType: 'membership', entityId: null, summary: { after: { organisation_id: o.id, role: r.pick(['officer', 'complaint_officer', 'procurement_officer']) } } })],
  [5, (_r, _o, s) => ({ action: 'auth.password_reset_requested', entityType: 'user', entityId: s.id, summary: {}, global: true })],
  [4, (_r, o) => ({ action: 'organisation.logo_changed', entityType: 'organisation', entityId: o.id, summary: { after: { logo: 'image/png' } } })],
  [2, (_r, _o, s) => ({ action: 'auth.totp_enabled', entityType: 'user', entityId: s.id, summary: {}, global: true })],
  [2, (r, o) => ({ action: 'membership.revoked', entityType: 'membership', entityId: null, summary: { before: { organisation_id: o.id, role: r.pick(['officer', 'committee']) }, after: null } })],
]
const TOTAL_WEIGHT = ACTIONS.reduce((n, [w]) => n + w, 0)

const DAY = 86_400_000
// Office hours in Bangkok (08:30–16:30, UTC+7) in UTC milliseconds after midnight.
const OFFICE_START = 1.5 * 3_600_000
const OFFICE_LENGTH = 8 * 3_600_000

/** Fiscal years of staff activity in the audit trail, day by day, in time order. */
export async function activityStep(ctx: GeneratorContext): Promise<void> {
  const { rng } = ctx
  const agencies = ctx.organisations.filter((o) => o.kind !== 'province')
  const staffOf = new Map<string, PlannedUser[]>()
  for (const u of ctx.users) for (const r of u.roles) staffOf.set(r.organisationId, [...(staffOf.get(r.organisationId) ?? []), u])
  const first = ctx.fiscalYears[0]!.start.getTime()
  const last = ctx.fiscalYears.at(-1)!.end.getTime()
  const days = Math.round((last - first) / DAY)
  const dayAt = (d: number) => Math.floor(first / DAY) * DAY + d * DAY
  const isWorkingDay = (d: number) => ![0, 6].includes(new Date(dayAt(d)).getUTCDay())
  const workingDays = Array.from({ length: days + 1 }, (_, d) => d).filter(isWorkingDay).length
  const total = Math.round(agencies.length * ctx.options.eventsPerAgencyYear * ctx.fiscalYears.length)
  const perWorkingDay = total / workingDays
  ctx.progress.step(`audit: ${ctx.fiscalYears.length} fiscal years of activity`, total)

  for (let d = 0; d <= days; d++) {
    if (!isWorkingDay(d)) continue
    const day = dayAt(d)
    const count = Math.round(perWorkingDay * (0.6 + 0.8 * rng.next()))
    const times = Array.from({ length: count }, () => day + OFFICE_START + Math.floor(rng.next() * OFFICE_LENGTH)).sort((a, b) => a - b)
    for (const t of times) {
      const org = rng.pick(agencies)
      const staff = rng.pick(staffOf.get(org.id) ?? ctx.users)
      let r = rng.int(TOTAL_WEIGHT)
      const make = (ACTIONS.find(([w]) => (r -= w) < 0) ?? ACTIONS[0]!)[1]
      const at = new Date(t)
      const { global, ...event } = make(rng, org, staff, at)
      await ctx.audit.append({ ...event, at, actor: actorOf(staff), organisationId: global ? null : org.id })
      ctx.progress.add(1)
    }
  }
  await ctx.audit.flush()
}
