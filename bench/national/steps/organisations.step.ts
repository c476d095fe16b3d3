import { SYSTEM_ACTOR } from '../../../src/platform/auth/actor.ts'
import type { GeneratorContext } from '../generator-context.ts'
import { planOrganisations } from '../national-plan.ts'

/** 77 provincial offices and the agencies below them, each with its organisation.created event. */
export async function organisationsStep(ctx: GeneratorContext): Promise<void> {
  ctx.organisations.push(...planOrganisations(ctx.rng, ctx.options.agencies))
  const createdAt = ctx.fiscalYears[0]!.start
  ctx.progress.step('organisations', ctx.organisations.length)
  await ctx.insertMany(
    'organisations',
    ctx.organisations.map((o) => ({
      id: o.id,
      parent_id: o.parentId,
      slug: o.slug,
      kind: o.kind,
      name_th: o.nameTh,
      name_en: o.nameEn,
      address: o.address,
      phone: o.phone,
      email: o.email,
      created_at: createdAt,
      updated_at: createdAt,
    })),
  )
  ctx.progress.step('audit: organisation.created', ctx.organisations.length)
  for (const [i, o] of ctx.organisations.entries()) {
    await ctx.audit.append({
      at: new Date(createdAt.getTime() + i * 1000),
      actor: SYSTEM_ACTOR,
      organisationId: o.id,
      action: 'organisation.created',
      entityType: 'organisation',
      entityId: o.id,
      summary: { after: { slug: o.slug, name_th: o.nameTh, kind: o.kind }, note: 'bench data' },
    })
    ctx.progress.add(1)
  }
  await ctx.audit.flush()
}
