import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts'
import { auditActorOf } from '../../platform/auth/actor.ts'
import { ROLE_LABELS, type Role } from '../../platform/auth/roles.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { queueMail } from '../../platform/mail/outbox.ts'
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { Actor } from '../../platform/auth/actor.ts'
import { canDecideRoleApproval } from './role-approvals.domain.ts'

export type RoleApprovalContext = { db: Kysely<Database>; actor: Actor; now: Date; baseUrl?: string }
import { decide, findPendingForUpdate, insertRoleRequest, peopleToNotify, pendingApprovalsIn, type PendingApproval } from './role-approvals.repository.ts'
import { insertMembership } from './users.repository.ts'

async function notify(trx: Transaction<Database>, ctx: RoleApprovalContext, organisationId: string, userId: string, what: { th: string; en: string }): Promise<void> {
  const org = await trx.selectFrom('organisations').select(['name_th', 'name_en']).where('id', '=', organisationId).executeTakeFirstOrThrow()
  const person = await trx.selectFrom('users').select('display_name').where('id', '=', userId).executeTakeFirstOrThrow()
  const link = `${ctx.baseUrl ?? ''}/staff/role-approvals`
  for (const p of await peopleToNotify(trx, organisationId, ctx.actor.userId)) {
    await queueMail(
      trx,
      {
        to: p.email,
        organisationId,
        subject: `${what.th}: ${person.display_name} – ${org.name_th} / ${what.en}`,
        text: [`${what.th}: ${person.display_name} (${org.name_th})`, `โดย ${ctx.actor.displayName}`, link, '', `${what.en}: ${person.display_name} (${org.name_en || org.name_th})`, `By ${ctx.actor.displayName}`].join('\n'),
      },
      ctx.now,
    )
  }
}

/**
 * An admin asks for a role that reaches complainants' identities; the head decides. The heads
 * and the complaint officers already in office are told at once, so nobody is added unnoticed.
 */
export async function requestRole(trx: Transaction<Database>, ctx: RoleApprovalContext, userId: string, organisationId: string, role: Role): Promise<void> {
  const id = await insertRoleRequest(trx, { userId, organisationId, role, requestedBy: ctx.actor.userId, now: ctx.now })
  if (!id) throw new ValidationError({ role: { th: 'มีคำขอบทบาทนี้รอการอนุมัติอยู่แล้ว', en: 'This role is already waiting for approval' } })
  await recordAudit(trx, {
    actor: auditActorOf(ctx.actor),
    organisationId,
    action: 'membership.approval_requested',
    entityType: 'user',
    entityId: userId,
    summary: { after: { organisation_id: organisationId, role, approval_id: id } },
    at: ctx.now,
  })
  await notify(trx, ctx, organisationId, userId, { th: `ขออนุมัติบทบาท${ROLE_LABELS[role].th}`, en: `Approval asked for the role ${ROLE_LABELS[role].en}` })
}

/** The requests this person may decide: those of the organisations they head. */
export async function pendingApprovals(ctx: RoleApprovalContext): Promise<PendingApproval[]> {
  const headed = ctx.actor.memberships.filter((m) => m.role === 'head').map((m) => m.organisationId)
  const rows = await pendingApprovalsIn(ctx.db, headed)
  return rows.filter((r) => canDecideRoleApproval(ctx.actor, { organisationId: r.organisation_id, userId: r.user_id, requestedBy: r.requested_by }))
}

export async function decideRoleApproval(ctx: RoleApprovalContext, id: string, approve: boolean): Promise<void> {
  const { actor, now } = ctx
  await ctx.db.transaction().execute(async (trx) => {
    const r = await findPendingForUpdate(trx, id)
    if (!r) throw new NotFoundError('role approval')
    if (!canDecideRoleApproval(actor, { organisationId: r.organisation_id, userId: r.user_id, requestedBy: r.requested_by })) {
      // Whoever may not decide it learns nothing about it either, unless it is their own.
      if (r.requested_by === actor.userId || r.user_id === actor.userId) throw new ForbiddenError('a second person must decide')
      throw new NotFoundError('role approval')
    }
    await decide(trx, r.id, { status: approve ? 'approved' : 'refused', by: actor.userId, at: now })
    if (approve && !(await insertMembership(trx, { userId: r.user_id, organisationId: r.organisation_id, role: r.role, now }))) {
      throw new ConflictError('ผู้ใช้นี้มีบทบาทนี้อยู่แล้ว', 'This person already holds this role')
    }
    await recordAudit(trx, {
      actor: auditActorOf(actor),
      organisationId: r.organisation_id,
      action: approve ? 'membership.approved' : 'membership.approval_refused',
      entityType: 'user',
      entityId: r.user_id,
      summary: { before: { status: 'pending', requested_by: r.requested_by }, after: { status: approve ? 'approved' : 'refused', organisation_id: r.organisation_id, role: r.role } },
      at: now,
    })
    const label = ROLE_LABELS[r.role as Role] ?? { th: r.role, en: r.role }
    await notify(trx, ctx, r.organisation_id, r.user_id, approve ? { th: `อนุมัติบทบาท${label.th}แล้ว`, en: `Role ${label.en} approved` } : { th: `ไม่อนุมัติบทบาท${label.th}`, en: `Role ${label.en} refused` })
  })
}
