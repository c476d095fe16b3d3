import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { NotFoundError } from '../../errors.ts'
import { pageContext, requireActor, sendPage } from '../../web/http/request-context.ts'
import { auditFilterFormFrom, pageFrom, parseAuditFilter, parseSeq } from './audit-log.input.ts'
import { auditFilterOptions, browseAuditTrail, showAuditEvent, verifyAuditTrail, type AuditDeps } from './audit-log.use-cases.ts'
import { AuditEventPage } from './views/audit-event.page.tsx'
import { AuditListPage } from './views/audit-list.page.tsx'
import { auditExportRoutes } from './audit-export.routes.ts'
import { renderChartSvg } from '../../platform/charts/index.ts'
import { VerifyResultPage } from './views/verify-result.page.tsx'

/** Browsing the audit trail, one event in full, checking the hash chain, and downloads. */
export function auditRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  auditExportRoutes(app, deps)
  const useCaseDeps = (req: FastifyRequest): AuditDeps => ({ db: deps.db, actor: requireActor(req), now: req.now })

  app.get('/admin/audit', async (req, reply) => {
    const d = useCaseDeps(req)
    const form = auditFilterFormFrom(req.query)
    const parsed = parseAuditFilter(form, pageFrom(req.query))
    if (!parsed.ok) {
      const options = await auditFilterOptions(d)
      return sendPage(reply, AuditListPage({ ctx: pageContext(req, reply), form, errors: parsed.errors, options }), 422)
    }
    const result = await browseAuditTrail(d, parsed.filter, parsed.page)
    const chart = result.activity ? renderChartSvg(result.activity, { locale: req.locale }) : undefined
    return sendPage(reply, AuditListPage({ ctx: pageContext(req, reply), form, result, options: result, chart }))
  })

  app.get<{ Params: { seq: string } }>('/admin/audit/:seq', async (req, reply) => {
    const d = useCaseDeps(req)
    const seq = parseSeq(req.params.seq)
    if (seq === undefined) throw new NotFoundError('audit event')
    const event = await showAuditEvent(d, seq)
    return sendPage(reply, AuditEventPage({ ctx: pageContext(req, reply), event }))
  })

  // Shown straight from the POST: the check changes nothing, so repeating it on reload is harmless,
  // and a redirect would have to carry the verdict somewhere a person could forge it.
  app.post('/admin/audit/verify', async (req, reply) => {
    const result = await verifyAuditTrail(useCaseDeps(req))
    return sendPage(reply, VerifyResultPage({ ctx: pageContext(req, reply), result }))
  })
}
