import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { NotFoundError, ValidationError, type FieldErrors } from '../../errors.ts'
import { contentDisposition, downloadName } from '../../platform/files/index.ts'
import { formString } from '../../web/http/form-errors.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { collectEvidence, keepForCorrection, keptReferencesOf, type acceptEvidence } from './complaint-evidence.ts'
import { addStaffMessage, caseDetail, markSubject, orderOnProposal, staffAttachment, takeStep, transferKey, type Reader } from './complaint-handling.use-cases.ts'
import { caseDocument } from './complaint-documents.use-cases.ts'
import { isDocumentKind } from './complaint-documents.domain.ts'
import { isUuid, parseOrder, parseStep, parseSubjectUser, readMessageText, readOrderForm, readStepForm } from './complaint-staff.input.ts'
import { EXPORT_CONTENT_TYPES } from '../../platform/exports/index.ts'
import { StaffCasePage, type StaffCaseProps } from './views/staff-case.page.tsx'

type IdParams = { Params: { id: string } }
type AttachmentParams = { Params: { id: string; aid: string } }
export type EvidenceReader = Awaited<ReturnType<typeof acceptEvidence>>

const FLASH = {
  step: { th: 'บันทึกขั้นตอนแล้ว', en: 'Step recorded' },
  order: { th: 'บันทึกการสั่งการแล้ว', en: 'Order recorded' },
  message: { th: 'ส่งข้อความถึงผู้ร้องเรียนแล้ว', en: 'Message sent to the complainant' },
  note: { th: 'บันทึกภายในแล้ว', en: 'Note added' },
  keyTransfer: { th: 'มอบสิทธิ์อ่านข้อมูลผู้ร้องเรียนแล้ว', en: 'Access to the complainant’s identity given' },
  subject: { th: 'บันทึกเจ้าหน้าที่ผู้ถูกร้องเรียนแล้ว เจ้าหน้าที่ผู้นั้นจะไม่เห็นเรื่องนี้อีก', en: 'Subject recorded; that person no longer sees this complaint' },
}

/**
 * One case: reading it (identity only on an explicit, audited request), its files, and the forms
 * that move it on. Whoever may not see a case gets 404, ids and all.
 */
export function complaintStaffCaseRoutes(app: FastifyInstance, deps: FeatureDeps, evidenceOf: EvidenceReader): void {
  const ucDeps = (req: FastifyRequest) => ({ db: deps.db, now: req.now, baseUrl: deps.config.baseUrl })
  const readerOf = (req: FastifyRequest): Reader => ({ actor: requireActor(req), privateKey: req.session?.privateKey ?? null })
  const caseId = (req: FastifyRequest<IdParams>): string => {
    requireActor(req)
    if (!isUuid(req.params.id)) throw new NotFoundError('complaint')
    return req.params.id
  }

  async function render(req: FastifyRequest, reply: FastifyReply, id: string, extra: Omit<StaffCaseProps, 'ctx' | 'detail'> = {}, opts: { revealIdentity?: boolean } = {}, status = 200) {
    const detail = await caseDetail(ucDeps(req), readerOf(req), id, opts)
    return sendPage(reply, StaffCasePage({ ctx: pageContext(req, reply), detail, ...extra }), status)
  }

  app.get<IdParams>('/staff/complaints/:id', async (req, reply) => render(req, reply, caseId(req)))

  // A POST, so that a link, a prefetch or a crawler never opens identity; the answer is the case
  // page itself (not a redirect), so the details exist only in this response.
  app.post<IdParams>('/staff/complaints/:id/identity', async (req, reply) => render(req, reply, caseId(req), {}, { revealIdentity: true }))

  app.get<AttachmentParams>('/staff/complaints/:id/attachments/:aid', async (req, reply) => {
    const id = caseId(req)
    if (!isUuid(req.params.aid)) throw new NotFoundError('attachment')
    const f = await staffAttachment(ucDeps(req), readerOf(req), id, req.params.aid)
    return reply
      .header('content-type', f.mime)
      .header('content-disposition', contentDisposition('attachment', downloadName(f.name, f.mime)))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'no-store')
      .send(f.bytes)
  })

  app.post<IdParams>('/staff/complaints/:id/steps', async (req, reply) => {
    const id = caseId(req)
    const values = readStepForm(req.body)
    try {
      await takeStep(ucDeps(req), readerOf(req), id, parseStep(values))
    } catch (e) {
      if (e instanceof ValidationError) return render(req, reply, id, { step: { values, errors: e.fields } }, {}, 422)
      throw e
    }
    setFlash(reply, FLASH.step)
    return reply.redirect(`/staff/complaints/${id}`, 303)
  })

  // The head's order on a waiting proposal (สั่งการ).
  app.post<IdParams>('/staff/complaints/:id/orders', async (req, reply) => {
    const id = caseId(req)
    const values = readOrderForm(req.body)
    try {
      await orderOnProposal(ucDeps(req), readerOf(req), id, parseOrder(values))
    } catch (e) {
      if (e instanceof ValidationError) return render(req, reply, id, { order: { values, errors: e.fields } }, {}, 422)
      throw e
    }
    setFlash(reply, FLASH.order)
    return reply.redirect(`/staff/complaints/${id}`, 303)
  })

  app.get<{ Params: { id: string; kind: string } }>('/staff/complaints/:id/documents/:kind', async (req, reply) => {
    const id = caseId(req)
    const kind = req.params.kind.replace(/\.docx$/, '')
    if (!req.params.kind.endsWith('.docx') || !isDocumentKind(kind)) throw new NotFoundError('document')
    const doc = await caseDocument(ucDeps(req), readerOf(req), id, kind)
    return reply.header('content-type', EXPORT_CONTENT_TYPES.docx).header('content-disposition', contentDisposition('attachment', doc.filename)).header('cache-control', 'no-store').send(doc.body)
  })

  app.post<IdParams>('/staff/complaints/:id/key-transfers', async (req, reply) => {
    const id = caseId(req)
    const value = formString(req.body, 'officer')
    try {
      await transferKey(ucDeps(req), readerOf(req), id, value, formString(req.body, 'confirm') === 'yes')
    } catch (e) {
      if (e instanceof ValidationError) return render(req, reply, id, { keyTransfer: { value, errors: e.fields } }, {}, 422)
      throw e
    }
    setFlash(reply, FLASH.keyTransfer)
    return reply.redirect(`/staff/complaints/${id}`, 303)
  })

  app.post<IdParams>('/staff/complaints/:id/messages', async (req, reply) => {
    const id = caseId(req)
    const value = readMessageText(req.body, 'message')
    const { files, errors } = await collectEvidence(deps.db, evidenceOf(req), keptReferencesOf(req.body))
    let problems: FieldErrors = errors
    if (Object.keys(problems).length === 0) {
      try {
        await addStaffMessage(ucDeps(req), readerOf(req), id, { kind: 'staff', body: value, evidence: files })
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e
        problems = e.fields
      }
    }
    if (Object.keys(problems).length > 0) {
      const kept = await keepForCorrection(deps.db, files, req.now)
      return render(req, reply, id, { message: { field: 'message', value, errors: problems, kept } }, {}, 422)
    }
    setFlash(reply, FLASH.message)
    return reply.redirect(`/staff/complaints/${id}#thread-heading`, 303)
  })

  app.post<IdParams>('/staff/complaints/:id/notes', async (req, reply) => {
    const id = caseId(req)
    const value = readMessageText(req.body, 'note')
    try {
      await addStaffMessage(ucDeps(req), readerOf(req), id, { kind: 'note', body: value, evidence: [] })
    } catch (e) {
      if (e instanceof ValidationError) return render(req, reply, id, { message: { field: 'note', value, errors: e.fields, kept: [] } }, {}, 422)
      throw e
    }
    setFlash(reply, FLASH.note)
    return reply.redirect(`/staff/complaints/${id}#thread-heading`, 303)
  })

  app.post<IdParams>('/staff/complaints/:id/subjects', async (req, reply) => {
    const id = caseId(req)
    const value = formString(req.body, 'subject_user')
    try {
      await markSubject(ucDeps(req), readerOf(req), id, parseSubjectUser(req.body))
    } catch (e) {
      if (e instanceof ValidationError) return render(req, reply, id, { subject: { value, errors: e.fields } }, {}, 422)
      throw e
    }
    setFlash(reply, FLASH.subject)
    return reply.redirect(`/staff/complaints/${id}`, 303)
  })
}
