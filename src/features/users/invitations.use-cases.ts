import { needsApproval } from './role-approvals.domain.ts'
import { ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts'
import { auditActorOf } from '../../platform/auth/actor.ts'
import { issueOneTimeToken } from '../../platform/auth/one-time-tokens.ts'
import { canGrantRole } from '../../platform/auth/policy.ts'
import { hashToken } from '../../platform/auth/tokens.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { queueMail } from '../../platform/mail/outbox.ts'
import { administeredOrganisationChoices, organisationPath, type ParentOption } from '../organisations/index.ts'
import { invitationMail } from './invitation-mail.ts'
import { deleteInvitation, findInvitation, listPendingInvitations, type PendingInvitation } from './invitations.repository.ts'
import { isPendingInvitation } from './users.domain.ts'
import type { InvitationInput } from './users.input.ts'
import { requireAdministration, type UsersContext } from './users.use-cases.ts'

/** The organisations the actor may invite people to. */
export async function invitationChoices(ctx: UsersContext): Promise<ParentOption[]> {
  await requireAdministration(ctx)
  return administeredOrganisationChoices(ctx)
}

export async function pendingInvitations(ctx: UsersContext): Promise<PendingInvitation[]> {
  const adm = await requireAdministration(ctx)
  return listPendingInvitations(ctx.db, ctx.actor.isPlatformAdmin ? 'all' : [...adm.ids], ctx.now)
}

/**
 * Creates the single-use link and queues the e-mail in one transaction. The mail goes
 * even when the address already has an account: accepting then adds the role.
 */
export async function inviteUser(ctx: UsersContext & { baseUrl: string }, input: InvitationInput): Promise<void> {
  const { actor, now } = ctx
  await ctx.db.transaction().execute(async (trx) => {
    const path = await organisationPath(trx, input.organisationId)
    const org = await trx.selectFrom('organisations').select(['id', 'name_th', 'name_en']).where('id', '=', input.organisationId).executeTakeFirst()
    if (!path || !org) throw new ValidationError({ organisation_id: { th: 'กรุณาเลือกหน่วยงาน', en: 'Choose an organisation' } })
    if (!canGrantRole(actor, path)) throw new ForbiddenError('cannot invite to this organisation')
    // Accepting an invitation grants its role at once, so a role that needs the head's approval is never invited to.
    if (needsApproval(input.role)) {
      throw new ValidationError({ role: { th: 'บทบาทนี้ต้องได้รับอนุมัติจากหัวหน้าหน่วยงาน เชิญด้วยบทบาทอื่นก่อน แล้วขอบทบาทนี้จากหน้าผู้ใช้', en: 'This role needs the head’s approval: invite with another role, then ask for this one on the person’s page' } })
    }
    const token = await issueOneTimeToken(trx, { purpose: 'invitation', email: input.email, organisationId: org.id, role: input.role, createdBy: actor.userId, now })
    const invitation = await findInvitation(trx, hashToken(token))
    if (!invitation) throw new Error('invitation vanished inside its own transaction')
    const mail = invitationMail({
      to: input.email,
      link: `${ctx.baseUrl}/invitations/${token}`,
      role: input.role,
      organisation: org,
      invitedBy: actor.displayName,
      expiresAt: invitation.expires_at,
    })
    await queueMail(trx, { to: input.email, subject: mail.subject, text: mail.text, organisationId: org.id }, now)
    await recordAudit(trx, {
      actor: auditActorOf(actor),
      organisationId: org.id,
      action: 'invitation.created',
      entityType: 'invitation',
      entityId: invitation.token_hash,
      summary: { before: null, after: { email: input.email, organisation_id: org.id, role: input.role, expires_at: invitation.expires_at.toISOString() } },
      at: now,
    })
  })
}

export async function cancelInvitation(ctx: UsersContext, tokenHash: string): Promise<void> {
  const { actor, now } = ctx
  await ctx.db.transaction().execute(async (trx) => {
    const inv = await findInvitation(trx, tokenHash)
    if (!inv || !inv.organisation_id || !isPendingInvitation(inv, now)) throw new NotFoundError('invitation')
    const path = await organisationPath(trx, inv.organisation_id)
    if (!path || !canGrantRole(actor, path)) throw new ForbiddenError('cannot cancel invitations of this organisation')
    await deleteInvitation(trx, tokenHash)
    await recordAudit(trx, {
      actor: auditActorOf(actor),
      organisationId: inv.organisation_id,
      action: 'invitation.cancelled',
      entityType: 'invitation',
      entityId: tokenHash,
      summary: { before: { email: inv.email, organisation_id: inv.organisation_id, role: inv.role, expires_at: inv.expires_at.toISOString() }, after: null },
      at: now,
    })
  })
}
