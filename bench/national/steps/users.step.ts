import { hashPassword } from '../../../src/platform/auth/passwords.ts'
import { SYSTEM_ACTOR } from '../../../src/platform/auth/actor.ts'
import type { GeneratorContext } from '../generator-context.ts'
import { planUsers } from '../national-plan.ts'

/** Staff of every agency (demo-style roles) with their memberships and user.created events. */
export async function usersStep(ctx: GeneratorContext): Promise<void> {
  ctx.users.push(...planUsers(ctx.rng, ctx.organisations, ctx.options.staffPerAgency))
  // One argon2 hash for everyone (the demo password): 25,000 hashes would take minutes and prove nothing.
  const passwordHash = await hashPassword('prongsai-demo-2569')
  const createdAt = new Date(ctx.fiscalYears[0]!.start.getTime() + 86_400_000)
  ctx.progress.step('users', ctx.users.length)
  await ctx.insertMany(
    'users',
    ctx.users.map((u) => ({
      id: u.id,
      email: u.email,
      display_name: u.displayName,
      position: u.position,
      password_hash: passwordHash,
      is_platform_admin: u.isPlatformAdmin,
      created_at: createdAt,
      updated_at: createdAt,
    })),
  )
  const memberships = ctx.users.flatMap((u) => u.roles.map((r) => ({ user_id: u.id, organisation_id: r.organisationId, role: r.role, created_at: createdAt })))
  ctx.progress.step('memberships', memberships.length)
  await ctx.insertMany('memberships', memberships)
  ctx.progress.step('audit: user.created', ctx.users.length)
  for (const [i, u] of ctx.users.entries()) {
    await ctx.audit.append({
      at: new Date(createdAt.getTime() + i * 1000),
      actor: SYSTEM_ACTOR,
      organisationId: u.roles[0]?.organisationId ?? null,
      action: 'user.created',
      entityType: 'user',
      entityId: u.id,
      summary: { after: { email: u.email, roles: u.roles.map((r) => r.role) }, note: 'bench data' },
    })
    ctx.progress.add(1)
  }
  await ctx.audit.flush()
}
