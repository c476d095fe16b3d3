import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../app.ts'
import { NotFoundError } from '../../errors.ts'
import { pageContext, requireActor, sendPage } from '../../web/http/request-context.ts'
import { pageFrom, parseMailId } from './outbox.input.ts'
import { browseOutbox, readOutboxMail, type OutboxDeps } from './outbox.use-cases.ts'
import { OutboxListPage } from './views/outbox-list.page.tsx'
import { OutboxMailPage } from './views/outbox-mail.page.tsx'

/** The mail queue, readable by platform admins while no SMTP server delivers it. */
export function outboxRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const useCaseDeps = (req: FastifyRequest): OutboxDeps => ({ db: deps.db, actor: requireActor(req), now: req.now })

  app.get('/admin/outbox', async (req, reply) => {
    const result = await browseOutbox(useCaseDeps(req), pageFrom(req.query))
    return sendPage(reply, OutboxListPage({ ctx: pageContext(req, reply), result }))
  })

  app.get<{ Params: { id: string } }>('/admin/outbox/:id', async (req, reply) => {
    const d = useCaseDeps(req)
    const id = parseMailId(req.params.id)
    if (!id) throw new NotFoundError('mail')
    const mail = await readOutboxMail(d, id)
    return sendPage(reply, OutboxMailPage({ ctx: pageContext(req, reply), mail }))
  })
}
