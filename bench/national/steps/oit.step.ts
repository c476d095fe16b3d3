import { NACC_ITA_SCHEME } from '../../../src/features/oit/oit-catalogue.domain.ts'
import { builtInCatalogue } from '../../../src/features/oit/oit-catalogue.data.ts'
import { currentFiscalYear } from '../../../src/platform/thai-calendar/fiscal-year.ts'
import type { GeneratorContext } from '../generator-context.ts'

/** How far agencies have got with FY 2569's OIT list, mid-year: most items worked on, some not yet. */
const STATUS_WEIGHTS: readonly [string, number][] = [
  ['confirmed', 30],
  ['submitted', 20],
  ['ready', 15],
  ['draft', 15],
  ['missing', 20],
]
export const OIT_BENCH_YEAR = 2569

/**
 * Every agency's OIT workspace for FY 2569 and the current year (the built-in NACC lists): one entry per
 * agency and item with a status, a link for those past "missing", due dates on a third of them
 * and a responsible officer, as the workspace writes them. The catalogue row itself is loaded
 * by the app on first use, as in a real deployment.
 */
export async function oitStep(ctx: GeneratorContext, now = new Date()): Promise<void> {
  // FY 2569 for bench:oit, and the year the oversight home opens on (the current one) for the
  // national roll-up bench, when the platform has that year's list.
  const years = [...new Set([OIT_BENCH_YEAR, currentFiscalYear(now)])]
  for (const year of years) {
    const catalogue = builtInCatalogue(NACC_ITA_SCHEME, year)
    if (!catalogue && year === OIT_BENCH_YEAR) throw new Error(`no built-in OIT catalogue for ${year}`)
    if (catalogue) await oitYear(ctx, catalogue, year)
  }
}

async function oitYear(ctx: GeneratorContext, catalogue: NonNullable<ReturnType<typeof builtInCatalogue>>, year: number): Promise<void> {
  const agencies = ctx.organisations.filter((o) => o.parentId !== null)
  const officerOf = new Map<string, string>()
  for (const u of ctx.users) for (const r of u.roles) if (r.role === 'ita_coordinator' && !officerOf.has(r.organisationId)) officerOf.set(r.organisationId, u.id)
  const total = STATUS_WEIGHTS.reduce((s, [, w]) => s + w, 0)
  const statusOf = () => {
    let roll = ctx.rng.int(total)
    for (const [status, weight] of STATUS_WEIGHTS) {
      if (roll < weight) return status
      roll -= weight
    }
    return 'missing'
  }
  const at = new Date(Date.UTC(year - 543 - 1, 11, 15, 3, 0))
  const rows: Record<string, unknown>[] = []
  for (const org of agencies) {
    const officer = officerOf.get(org.id) ?? null
    for (const item of catalogue.items) {
      const status = statusOf()
      const linked = status !== 'missing'
      rows.push({
        organisation_id: org.id,
        scheme: catalogue.scheme,
        fiscal_year: year,
        item_code: item.code,
        status,
        url: linked ? `https://${org.slug}.bench.prongsai.test/oit/${item.code.toLowerCase()}` : null,
        explanation: '',
        method: '',
        time_frame: '',
        elements_done: JSON.stringify(linked ? item.elements.map((_, i) => i) : []),
        due_date: ctx.rng.int(3) === 0 ? `${year - 543}-0${4 + ctx.rng.int(5)}-15` : null,
        responsible_user_id: officer,
        updated_by: linked ? officer : null,
        updated_at: at,
      })
    }
  }
  ctx.progress.step(`oit entries ${year}`, rows.length)
  await ctx.insertMany('oit_entries', rows)
}
