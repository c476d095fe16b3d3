import { NotFoundError } from '../../errors.ts'
import { memoToDocx } from '../../platform/exports/index.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { auditActorOf } from '../../platform/auth/actor.ts'
import { caseMemo, DOCUMENT_TITLES, type DocumentKind } from './complaint-documents.domain.ts'
import { caseDetail, type Reader } from './complaint-handling.use-cases.ts'
import type { ComplaintDeps } from './complaint-intake.use-cases.ts'
import * as repo from './complaints.repository.ts'

/**
 * One of a case's records as a Word memo, for whoever may see the case (its facts only, never the
 * complainant's identity). 404 when the case has no such record yet. Downloads are audited.
 */
export async function caseDocument(deps: ComplaintDeps, reader: Reader, id: string, kind: DocumentKind): Promise<{ body: Buffer; filename: string }> {
  const detail = await caseDetail(deps, reader, id)
  const c = detail.complaint
  const head = (await repo.peopleWithRole(deps.db, c.organisation_id, 'head'))[0]
  const headRow = head ? await deps.db.selectFrom('users').select('position').where('id', '=', head.id).executeTakeFirst() : undefined
  const closer = c.status === 'closed' ? await repo.closerOf(deps.db, c.id) : null
  const memo = caseMemo(kind, c, detail.orders, {
    organisation: detail.organisation.name_th,
    unit: detail.guideline.report_back.responsibleUnit.th,
    headTitle: headRow?.position || 'หัวหน้าส่วนราชการ',
    investigationDays: detail.guideline.investigation.businessDays,
    closedBy: closer,
  })
  if (!memo) throw new NotFoundError('document')
  const body = await memoToDocx(memo)
  await deps.db.transaction().execute((trx) =>
    recordAudit(trx, { actor: auditActorOf(reader.actor), organisationId: c.organisation_id, action: 'complaint.document_downloaded', entityType: 'complaint', entityId: c.id, summary: { note: kind }, at: deps.now }),
  )
  return { body, filename: `${DOCUMENT_TITLES[kind].th}-${c.reference.replace('/', '-')}.docx` }
}
