import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { NotFoundError } from '../../errors.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { pageFrom, parseMailId } from './outbox.input.ts'
import { browseOutbox, readOutboxMail, sendMailAgain, type OutboxDeps } from './outbox.use-cases.ts'
import { OutboxListPage } from './views/outbox-list.page.tsx'
import { OutboxMailPage } from './views/outbox-mail.page.tsx'

/** The mail queue for platform admins: what was sent, what waits, what failed; readable while no SMTP server delivers it. */
export function outboxRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const useCaseDeps = (req: FastifyRequest): OutboxDeps => ({ db: deps.db, actor: requireActor(req), now: req.now })
  // Whether some instance delivers mail at all; without SMTP_URL it only waits here.
  const delivery = deps.config.smtpUrl ? 'smtp' : 'kept'

  app.get('/admin/outbox', async (req, reply) => {
    const result = await browseOutbox(useCaseDeps(req), pageFrom(req.query))
    return sendPage(reply, OutboxListPage({ ctx: pageContext(req, reply), result, delivery }))
  })

  app.get<{ Params: { id: string } }>('/admin/outbox/:id', async (req, reply) => {
    const d = useCaseDeps(req)
    const id = parseMailId(req.params.id)
    if (!id) throw new NotFoundError('mail')
    const mail = await readOutboxMail(d, id)
    return sendPage(reply, OutboxMailPage({ ctx: pageContext(req, reply), mail, delivery }))
  })

  app.post<{ Params: { id: string } }>('/admin/outbox/:id/send-again', async (req, reply) => {
    const d = useCaseDeps(req)
    const id = parseMailId(req.params.id)
    if (!id) throw new NotFoundError('mail')
    await sendMailAgain(d, id)
    setFlash(reply, { th: 'นำจดหมายกลับเข้าคิวส่งแล้ว', en: 'The mail is queued to be sent again' })
    return reply.redirect('/admin/outbox', 303)
  })
}
