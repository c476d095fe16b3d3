import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { ValidationError, type FieldErrors } from '../../errors.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { invitationRoutes } from './invitations.routes.tsx'
import { roleApprovalRoutes } from './role-approvals.routes.tsx'
import { pendingInvitations } from './invitations.use-cases.ts'
import { parseRoleChoice, readRoleForm, readUserSearch, type RoleFormValues } from './users.input.ts'
import { grantRole, listUsersForAdmin, revokeRole, setPlatformAdminFlag, setUserActiveState, userForAdmin, type UsersContext } from './users.use-cases.ts'
import { UserPage } from './views/user.page.tsx'
import { UsersListPage } from './views/users-list.page.tsx'

type IdParams = { Params: { id: string } }

/** People and their roles: /admin/users (invitations live in invitations.routes.tsx). */
export function userAdminRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const ctxOf = (req: FastifyRequest): UsersContext & { baseUrl: string } => ({ db: deps.db, actor: requireActor(req), now: req.now, baseUrl: deps.config.baseUrl })

  async function renderUser(req: FastifyRequest, reply: FastifyReply, id: string, grant?: { values: RoleFormValues; errors: FieldErrors }, status = 200) {
    const view = await userForAdmin(ctxOf(req), id)
    return sendPage(reply, UserPage({ ctx: pageContext(req, reply), view, grant }), status)
  }

  app.get('/admin/users', async (req, reply) => {
    const ctx = ctxOf(req)
    const search = readUserSearch(req.query)
    const list = await listUsersForAdmin(ctx, search)
    const invitations = await pendingInvitations(ctx)
    return sendPage(reply, UsersListPage({ ctx: pageContext(req, reply), ...list, search: search.search, invitations }))
  })

  app.get<IdParams>('/admin/users/:id', async (req, reply) => renderUser(req, reply, req.params.id))

  app.post<IdParams>('/admin/users/:id/roles', async (req, reply) => {
    const values = readRoleForm(req.body)
    let outcome: 'granted' | 'requested'
    try {
      outcome = await grantRole(ctxOf(req), req.params.id, parseRoleChoice(values))
    } catch (e) {
      if (e instanceof ValidationError) return renderUser(req, reply, req.params.id, { values, errors: e.fields }, 422)
      throw e
    }
    setFlash(
      reply,
      outcome === 'granted'
        ? { th: 'ให้บทบาทแล้ว', en: 'Role granted' }
        : { th: 'ส่งคำขอให้หัวหน้าหน่วยงานอนุมัติแล้ว แจ้งเจ้าหน้าที่รับเรื่องร้องเรียนปัจจุบันทราบแล้ว', en: 'Sent to the head for approval; the current complaint officers have been told' },
    )
    return reply.redirect(`/admin/users/${req.params.id}`, 303)
  })

  app.post<IdParams>('/admin/users/:id/roles/revoke', async (req, reply) => {
    const { stillVisible } = await revokeRole(ctxOf(req), req.params.id, parseRoleChoice(readRoleForm(req.body)))
    setFlash(reply, { th: 'ถอนบทบาทแล้ว', en: 'Role revoked' })
    return reply.redirect(stillVisible ? `/admin/users/${req.params.id}` : '/admin/users', 303)
  })

  app.post<IdParams>('/admin/users/:id/deactivate', async (req, reply) => {
    await setUserActiveState(ctxOf(req), req.params.id, false)
    setFlash(reply, { th: 'ระงับการใช้งานแล้ว ผู้ใช้ถูกออกจากระบบทุกอุปกรณ์', en: 'Deactivated; the person has been signed out everywhere' })
    return reply.redirect(`/admin/users/${req.params.id}`, 303)
  })

  app.post<IdParams>('/admin/users/:id/reactivate', async (req, reply) => {
    await setUserActiveState(ctxOf(req), req.params.id, true)
    setFlash(reply, { th: 'เปิดใช้งานอีกครั้งแล้ว', en: 'Reactivated' })
    return reply.redirect(`/admin/users/${req.params.id}`, 303)
  })

  app.post<IdParams>('/admin/users/:id/platform-admin', async (req, reply) => {
    const value = (req.body as Record<string, unknown> | undefined)?.value === 'yes'
    await setPlatformAdminFlag(ctxOf(req), req.params.id, value)
    setFlash(reply, value ? { th: 'ตั้งเป็นผู้ดูแลระบบกลางแล้ว', en: 'Now a platform administrator' } : { th: 'ถอนสิทธิ์ผู้ดูแลระบบกลางแล้ว', en: 'Platform administrator rights removed' })
    return reply.redirect(`/admin/users/${req.params.id}`, 303)
  })

  invitationRoutes(app, deps)
  roleApprovalRoutes(app, deps)
}
