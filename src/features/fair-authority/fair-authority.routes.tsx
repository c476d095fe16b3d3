import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { ValidationError } from '../../errors.ts'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import * as uc from './fair-authority.use-cases.ts'
import { FairAuthorityPage, type FormState } from './views/fair-authority.page.tsx'

const queryOrg = (req: FastifyRequest) => {
  const o = (req.query as { org?: string }).org
  return typeof o === 'string' && o ? o : undefined
}
const queryYear = (req: FastifyRequest) => {
  const y = Number((req.query as { year?: string }).year)
  return Number.isInteger(y) ? y : undefined
}

/** Fair use of authority (G3): criteria, decisions and the yearly summary, for the agency's staff. */
export async function fairAuthorityRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const ctxOf = (req: FastifyRequest): uc.UseCaseContext => ({ db: deps.db, actor: requireActor(req), now: req.now })
  const render = async (req: FastifyRequest, reply: FastifyReply, state?: FormState) =>
    sendPage(reply, FairAuthorityPage({ ctx: pageContext(req, reply), view: await uc.register(ctxOf(req), { slug: queryOrg(req), year: queryYear(req) }), state }), state ? 422 : 200)
  const back = (req: FastifyRequest, reply: FastifyReply) => {
    setFlash(reply, { th: 'บันทึกแล้ว', en: 'Saved' })
    const org = queryOrg(req)
    return reply.redirect(`/staff/fair-authority${org ? `?org=${encodeURIComponent(org)}` : ''}`, 303)
  }

  app.get('/staff/fair-authority', async (req, reply) => render(req, reply))
  for (const [path, run, fields, form] of [
    ['criteria', uc.publishCriteria, uc.CRITERIA_FIELDS, 'criteria'],
    ['decisions', uc.recordDecision, uc.DECISION_FIELDS, 'decision'],
  ] as const) {
    app.post(`/staff/fair-authority/${path}`, async (req, reply) => {
      try {
        await run(ctxOf(req), queryOrg(req), req.body)
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e
        return render(req, reply, { values: uc.valuesOf(req.body, fields), errors: e.fields, form })
      }
      return back(req, reply)
    })
  }
}
