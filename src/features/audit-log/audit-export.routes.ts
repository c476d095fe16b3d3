import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { ValidationError } from '../../errors.ts'
import { EXPORT_FORMATS } from '../../platform/exports/index.ts'
import { requireActor } from '../../web/http/request-context.ts'
import { sendExport } from '../../web/http/send-export.ts'
import { auditFilterFormFrom, parseAuditFilter } from './audit-log.input.ts'
import { exportAuditTrail } from './audit-export.use-cases.ts'
import type { AuditDeps } from './audit-log.use-cases.ts'

/** /admin/audit/export.xlsx|docx|csv?<the list's filter>: the filtered list as a file. */
export function auditExportRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const useCaseDeps = (req: FastifyRequest): AuditDeps => ({ db: deps.db, actor: requireActor(req), now: req.now })
  for (const format of EXPORT_FORMATS) {
    app.get(`/admin/audit/export.${format}`, async (req, reply) => {
      const d = useCaseDeps(req)
      const parsed = parseAuditFilter(auditFilterFormFrom(req.query), 1)
      // The page only links here with a filter it accepted; anything else was typed by hand.
      if (!parsed.ok) throw new ValidationError(parsed.errors)
      return sendExport(reply, await exportAuditTrail(d, parsed.filter, format, req.locale))
    })
  }
}
