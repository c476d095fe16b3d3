import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { canGrantRole } from '../../platform/auth/policy.ts'
import { deleteSessionsOfUser } from '../../platform/auth/sessions.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import {
  administeredOrganisationChoices,
  isUuid,
  listAdministeredOrganisations,
  organisationPath,
  sortByThaiName,
  type OrganisationSummary,
  type ParentOption,
} from '../organisations/index.ts'
import {
  canChangePlatformAdmin,
  canSeeUser,
  pageCountFor,
  statusChangeRefusal,
  USERS_PAGE_SIZE,
  visibleToActor,
  type StatusRefusal,
  type TargetUser,
} from './users.domain.ts'
import type { RoleChoice, UserSearch } from './users.input.ts'
import { needsApproval } from './role-approvals.domain.ts'
import { requestRole } from './role-approvals.use-cases.ts'
import {
  deleteMembership,
  findUser,
  insertMembership,
  listUsers,
  membershipsOf,
  setPlatformAdmin,
  setUserActive,
  type MembershipRow,
  type UserListRow,
} from './users.repository.ts'

export type UsersContext = { db: Kysely<Database>; actor: Actor; now: Date }

export type Administered = { orgs: OrganisationSummary[]; ids: Set<string> }

/** The organisations the actor administers; refuses people who administer none. */
export async function requireAdministration(ctx: UsersContext): Promise<Administered> {
  const orgs = await listAdministeredOrganisations(ctx)
  if (orgs.length === 0 && !ctx.actor.isPlatformAdmin) throw new ForbiddenError('administers no organisation')
  return { orgs, ids: new Set(orgs.map((o) => o.id)) }
}

export type UserWithRoles = UserListRow & { roles: MembershipRow[] }

export async function listUsersForAdmin(ctx: UsersContext, q: UserSearch): Promise<{ users: UserWithRoles[]; total: number; page: number; pageCount: number }> {
  const adm = await requireAdministration(ctx)
  const scope = ctx.actor.isPlatformAdmin ? ({ kind: 'all' } as const) : ({ kind: 'organisations', ids: [...adm.ids] } as const)
  const { rows, total } = await listUsers(ctx.db, scope, { search: q.search, limit: USERS_PAGE_SIZE, offset: (q.page - 1) * USERS_PAGE_SIZE })
  const memberships = visibleToActor(ctx.actor, adm.ids, await membershipsOf(ctx.db, rows.map((r) => r.id)))
  const users = rows.map((r) => ({ ...r, roles: sortByThaiName(memberships.filter((m) => m.user_id === r.id)) }))
  return { users, total, page: q.page, pageCount: pageCountFor(total) }
}

type LoadedTarget = { user: UserListRow; memberships: MembershipRow[]; target: TargetUser; adm: Administered }

async function loadTarget(ctx: UsersContext, db: Kysely<Database>, userId: string): Promise<LoadedTarget> {
  if (!isUuid(userId)) throw new NotFoundError('user')
  const adm = await requireAdministration({ ...ctx, db })
  const user = await findUser(db, userId)
  if (!user) throw new NotFoundError('user')
  const memberships = await membershipsOf(db, [userId])
  const target = { id: user.id, isPlatformAdmin: user.is_platform_admin, memberOrganisationIds: memberships.map((m) => m.organisation_id) }
  if (!canSeeUser(ctx.actor, adm.ids, target)) throw new ForbiddenError('user is outside the organisations this admin manages')
  return { user, memberships, target, adm }
}

export type UserAdminView = {
  user: UserListRow
  roles: MembershipRow[]
  hiddenRoleCount: number
  statusRefusal: StatusRefusal | null
  canChangePlatformAdmin: boolean
  /** Organisations the actor administers, in tree order. */
  grantChoices: ParentOption[]
}

export async function userForAdmin(ctx: UsersContext, userId: string): Promise<UserAdminView> {
  const { user, memberships, target, adm } = await loadTarget(ctx, ctx.db, userId)
  const roles = sortByThaiName(visibleToActor(ctx.actor, adm.ids, memberships))
  return {
    user,
    roles,
    hiddenRoleCount: memberships.length - roles.length,
    statusRefusal: statusChangeRefusal(ctx.actor, adm.ids, target),
    canChangePlatformAdmin: canChangePlatformAdmin(ctx.actor, user.id),
    grantChoices: await administeredOrganisationChoices(ctx),
  }
}

/** The organisation an event about a person is filed under, so that organisation's admins see it in their audit trail. */
function auditOrganisation(memberships: MembershipRow[], adm: Administered): string | null {
  return (memberships.find((m) => adm.ids.has(m.organisation_id)) ?? memberships[0])?.organisation_id ?? null
}

async function requireGrantable(db: Kysely<Database>, actor: Actor, organisationId: string): Promise<void> {
  const path = await organisationPath(db, organisationId)
  if (!path) throw new ValidationError({ organisation_id: { th: 'กรุณาเลือกหน่วยงาน', en: 'Choose an organisation' } })
  if (!canGrantRole(actor, path)) throw new ForbiddenError('cannot grant roles in this organisation')
}

/** 'requested' when the role needs the head's approval first (complaint officer): nothing is granted yet. */
export async function grantRole(ctx: UsersContext & { baseUrl?: string }, userId: string, choice: RoleChoice): Promise<'granted' | 'requested'> {
  const { actor, now } = ctx
  return ctx.db.transaction().execute(async (trx) => {
    await loadTarget(ctx, trx, userId)
    await requireGrantable(trx, actor, choice.organisationId)
    if (needsApproval(choice.role)) {
      const held = await trx.selectFrom('memberships').select('user_id').where('user_id', '=', userId).where('organisation_id', '=', choice.organisationId).where('role', '=', choice.role).executeTakeFirst()
      if (held) throw new ValidationError({ role: { th: 'ผู้ใช้นี้มีบทบาทนี้ในหน่วยงานนี้อยู่แล้ว', en: 'This person already holds this role in this organisation' } })
      await requestRole(trx, ctx, userId, choice.organisationId, choice.role)
      return 'requested'
    }
    const added = await insertMembership(trx, { userId, organisationId: choice.organisationId, role: choice.role, now })
    if (!added) throw new ValidationError({ role: { th: 'ผู้ใช้นี้มีบทบาทนี้ในหน่วยงานนี้อยู่แล้ว', en: 'This person already holds this role in this organisation' } })
    await recordAudit(trx, {
      actor: auditActorOf(actor),
      organisationId: choice.organisationId,
      action: 'membership.granted',
      entityType: 'user',
      entityId: userId,
      summary: { before: null, after: { organisation_id: choice.organisationId, role: choice.role } },
      at: now,
    })
    return 'granted'
  })
}

/** Returns whether the actor can still see the person afterwards (their last shared role may be gone). */
export async function revokeRole(ctx: UsersContext, userId: string, choice: RoleChoice): Promise<{ stillVisible: boolean }> {
  const { actor, now } = ctx
  return ctx.db.transaction().execute(async (trx) => {
    const { adm, target } = await loadTarget(ctx, trx, userId)
    await requireGrantable(trx, actor, choice.organisationId)
    if (!(await deleteMembership(trx, { userId, organisationId: choice.organisationId, role: choice.role }))) throw new NotFoundError('membership')
    await recordAudit(trx, {
      actor: auditActorOf(actor),
      organisationId: choice.organisationId,
      action: 'membership.revoked',
      entityType: 'user',
      entityId: userId,
      summary: { before: { organisation_id: choice.organisationId, role: choice.role }, after: null },
      at: now,
    })
    const remaining = (await membershipsOf(trx, [userId])).map((m) => m.organisation_id)
    return { stillVisible: canSeeUser(actor, adm.ids, { ...target, memberOrganisationIds: remaining }) }
  })
}

/** Deactivation also ends every session the person has, so it takes effect at once. */
export async function setUserActiveState(ctx: UsersContext, userId: string, active: boolean): Promise<void> {
  const { actor, now } = ctx
  await ctx.db.transaction().execute(async (trx) => {
    const { user, memberships, target, adm } = await loadTarget(ctx, trx, userId)
    if (statusChangeRefusal(actor, adm.ids, target)) throw new ForbiddenError('cannot change this person’s status')
    if (user.is_active === active) return
    await setUserActive(trx, userId, active, now)
    if (!active) await deleteSessionsOfUser(trx, userId)
    await recordAudit(trx, {
      actor: auditActorOf(actor),
      organisationId: auditOrganisation(memberships, adm),
      action: active ? 'user.reactivated' : 'user.deactivated',
      entityType: 'user',
      entityId: userId,
      summary: { before: { is_active: user.is_active }, after: { is_active: active }, ...(active ? {} : { note: 'all sessions ended' }) },
      at: now,
    })
  })
}

export async function setPlatformAdminFlag(ctx: UsersContext, userId: string, value: boolean): Promise<void> {
  const { actor, now } = ctx
  if (!canChangePlatformAdmin(actor, userId)) throw new ForbiddenError('only platform admins make platform admins')
  await ctx.db.transaction().execute(async (trx) => {
    const { user } = await loadTarget(ctx, trx, userId)
    if (user.is_platform_admin === value) return
    await setPlatformAdmin(trx, userId, value, now)
    await recordAudit(trx, {
      actor: auditActorOf(actor),
      organisationId: null,
      action: value ? 'user.platform_admin_granted' : 'user.platform_admin_revoked',
      entityType: 'user',
      entityId: userId,
      summary: { before: { is_platform_admin: user.is_platform_admin }, after: { is_platform_admin: value } },
      at: now,
    })
  })
}
