import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { NotFoundError, ValidationError, type FieldErrors } from '../../errors.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { cancelInvitation, invitationChoices, inviteUser } from './invitations.use-cases.ts'
import { isTokenHash, parseInvitation, readInvitationForm, type InvitationFormValues } from './users.input.ts'
import type { UsersContext } from './users.use-cases.ts'
import { InvitePage } from './views/invite.page.tsx'

/** Inviting people by e-mail; accepting is the accounts feature's /invitations/:token. */
export function invitationRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const ctxOf = (req: FastifyRequest): UsersContext => ({ db: deps.db, actor: requireActor(req), now: req.now })

  async function renderInvite(req: FastifyRequest, reply: FastifyReply, values: InvitationFormValues, errors?: FieldErrors, status = 200) {
    const choices = await invitationChoices(ctxOf(req))
    return sendPage(reply, InvitePage({ ctx: pageContext(req, reply), choices, values, errors }), status)
  }

  app.get('/admin/users/invite', async (req, reply) => renderInvite(req, reply, readInvitationForm(req.query)))

  app.post('/admin/users/invite', async (req, reply) => {
    const values = readInvitationForm(req.body)
    try {
      await inviteUser({ ...ctxOf(req), baseUrl: deps.config.baseUrl }, parseInvitation(values))
    } catch (e) {
      if (e instanceof ValidationError) return renderInvite(req, reply, values, e.fields, 422)
      throw e
    }
    setFlash(reply, { th: `ส่งคำเชิญไปที่ ${values.email} แล้ว`, en: `Invitation sent to ${values.email}` })
    return reply.redirect('/admin/users', 303)
  })

  app.post<{ Params: { hash: string } }>('/admin/users/invitations/:hash/cancel', async (req, reply) => {
    if (!isTokenHash(req.params.hash)) throw new NotFoundError('invitation')
    await cancelInvitation(ctxOf(req), req.params.hash)
    setFlash(reply, { th: 'ยกเลิกคำเชิญแล้ว', en: 'Invitation cancelled' })
    return reply.redirect('/admin/users', 303)
  })
}
