import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { NotFoundError } from '../../errors.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { decideRoleApproval, pendingApprovals, type RoleApprovalContext } from './role-approvals.use-cases.ts'
import { RoleApprovalsPage } from './views/role-approvals.page.tsx'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The head approves or refuses roles an admin asked for (the complaint officer). */
export function roleApprovalRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const ctxOf = (req: FastifyRequest): RoleApprovalContext => ({ db: deps.db, actor: requireActor(req), now: req.now, baseUrl: deps.config.baseUrl })
  const idOf = (req: FastifyRequest<{ Params: { id: string } }>) => {
    if (!UUID.test(req.params.id)) throw new NotFoundError('role approval')
    return req.params.id
  }

  app.get('/staff/role-approvals', async (req, reply) => {
    const pending = await pendingApprovals(ctxOf(req))
    return sendPage(reply, RoleApprovalsPage({ ctx: pageContext(req, reply), pending }))
  })

  for (const [action, approve] of [['approve', true], ['refuse', false]] as const) {
    app.post<{ Params: { id: string } }>(`/staff/role-approvals/:id/${action}`, async (req, reply) => {
      const ctx = ctxOf(req)
      await decideRoleApproval(ctx, idOf(req), approve)
      setFlash(reply, approve ? { th: 'อนุมัติบทบาทแล้ว', en: 'Role approved' } : { th: 'ไม่อนุมัติบทบาทแล้ว', en: 'Role refused' })
      return reply.redirect('/staff/role-approvals', 303)
    })
  }
}
