import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import type { FieldErrors } from '../../errors.ts'
import { acceptUploads, fileServiceFor, sendStoredFile } from '../../platform/files/index.ts'
import { renderExport } from '../../platform/exports/index.ts'
import { formString } from '../../web/http/form-errors.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { sendExport } from '../../web/http/send-export.ts'
import { manualWordTable } from './services-open-data.ts'
import { emptyServiceForm, readFormAction, readServiceForm, serviceFormFrom, withExtraRow, type ServiceFormValues } from './services.input.ts'
import { changeSampleForms, newServiceForm, publishService, SAMPLE_FORM_MAX_BYTES, saveService, serviceEditor, servicesWorkspace, staffSampleForm, withdrawService, type UseCaseContext } from './services.use-cases.ts'
import { ServiceFormPage } from './views/service-form.page.tsx'
import { ServicePreviewPage } from './views/service-preview.page.tsx'
import { ServicesListPage } from './views/services-list.page.tsx'

type IdParams = { Params: { id: string } }
type FormState = { values?: ServiceFormValues; errors?: FieldErrors; formErrors?: FieldErrors }

/** /staff/services: the agency's officers keep the services and their citizen manuals. */
export async function servicesStaffRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const files = fileServiceFor(deps)
  const ctxOf = (req: FastifyRequest): UseCaseContext => ({ db: deps.db, actor: requireActor(req), now: req.now, files })

  async function renderNew(req: FastifyRequest, reply: FastifyReply, orgRef: { slug: string } | { id: string }, state: FormState = {}, status = 200) {
    const { org } = await newServiceForm(ctxOf(req), orgRef)
    return sendPage(reply, ServiceFormPage({ ctx: pageContext(req, reply), org, values: state.values ?? emptyServiceForm(), errors: state.errors }), status)
  }

  async function renderEdit(req: FastifyRequest, reply: FastifyReply, id: string, state: FormState = {}, status = 200) {
    const editor = await serviceEditor(ctxOf(req), id)
    return sendPage(reply, ServiceFormPage({ ctx: pageContext(req, reply), org: editor.org, editor, values: state.values ?? serviceFormFrom(editor.current.manual), errors: state.errors, formErrors: state.formErrors }), status)
  }

  app.get<{ Querystring: { org?: string } }>('/staff/services', async (req, reply) => {
    const workspace = await servicesWorkspace(ctxOf(req), typeof req.query.org === 'string' && req.query.org ? req.query.org : undefined)
    return sendPage(reply, ServicesListPage({ ctx: pageContext(req, reply), workspace }))
  })

  app.get<{ Querystring: { org?: string } }>('/staff/services/new', async (req, reply) => {
    if (typeof req.query.org === 'string' && req.query.org) return renderNew(req, reply, { slug: req.query.org })
    const workspace = await servicesWorkspace(ctxOf(req), undefined)
    return renderNew(req, reply, { id: workspace.org.id })
  })

  app.post('/staff/services/new', async (req, reply) => {
    const organisationId = formString(req.body, 'organisation_id')
    const values = readServiceForm(req.body)
    const action = readFormAction(req.body)
    if (action !== 'save') return renderNew(req, reply, { id: organisationId }, { values: withExtraRow(values, action) })
    const outcome = await saveService(ctxOf(req), { organisationId }, values)
    if (!outcome.saved) return renderNew(req, reply, { id: organisationId }, { values, errors: outcome.errors }, 422)
    setFlash(reply, { th: 'บันทึกงานบริการแล้ว (ยังไม่เผยแพร่)', en: 'Service saved (not yet published)' })
    return reply.redirect(`/staff/services/${outcome.id}`, 303)
  })

  app.get<IdParams>('/staff/services/:id', async (req, reply) => renderEdit(req, reply, req.params.id))

  app.post<IdParams>('/staff/services/:id', async (req, reply) => {
    const values = readServiceForm(req.body)
    const action = readFormAction(req.body)
    if (action !== 'save') return renderEdit(req, reply, req.params.id, { values: withExtraRow(values, action) })
    const outcome = await saveService(ctxOf(req), { serviceId: req.params.id }, values)
    if (!outcome.saved) return renderEdit(req, reply, req.params.id, { values, errors: outcome.errors }, 422)
    setFlash(reply, { th: 'บันทึกเป็นฉบับใหม่แล้ว กด "เผยแพร่" เพื่อให้ประชาชนเห็น', en: 'Saved as a new version; publish it for citizens to see' })
    return reply.redirect(`/staff/services/${outcome.id}`, 303)
  })

  app.post<IdParams>('/staff/services/:id/publish', async (req, reply) => {
    const editor = await publishService(ctxOf(req), req.params.id)
    setFlash(reply, { th: `เผยแพร่ฉบับที่ ${editor.service.currentVersion} แล้ว`, en: `Version ${editor.service.currentVersion} published` })
    return reply.redirect(`/staff/services/${editor.service.id}`, 303)
  })

  app.post<IdParams>('/staff/services/:id/withdraw', async (req, reply) => {
    const editor = await withdrawService(ctxOf(req), req.params.id)
    setFlash(reply, { th: 'นำออกจากหน้าสาธารณะแล้ว', en: 'Taken off the public list' })
    return reply.redirect(`/staff/services/${editor.service.id}`, 303)
  })

  app.get<IdParams>('/staff/services/:id/preview', async (req, reply) => {
    const editor = await serviceEditor(ctxOf(req), req.params.id)
    return sendPage(reply, ServicePreviewPage({ ctx: pageContext(req, reply), editor }))
  })

  app.get<IdParams>('/staff/services/:id/manual.docx', async (req, reply) => {
    const editor = await serviceEditor(ctxOf(req), req.params.id)
    const table = manualWordTable(editor.org, editor.current, `${deps.config.baseUrl}/o/${editor.org.slug}/services/${editor.service.key}`, req.locale)
    return sendExport(reply, await renderExport(table, 'docx', `คู่มือ-${editor.service.key}-v${editor.current.version}`))
  })

  app.get<{ Params: { id: string; fileId: string } }>('/staff/services/:id/forms/:fileId', async (req, reply) => {
    return sendStoredFile(req, reply, await staffSampleForm(ctxOf(req), req.params.id, req.params.fileId))
  })

  app.post<{ Params: { id: string; fileId: string } }>('/staff/services/:id/forms/:fileId/remove', async (req, reply) => {
    await changeSampleForms(ctxOf(req), req.params.id, { remove: req.params.fileId })
    setFlash(reply, { th: 'นำแบบฟอร์มออกแล้ว (ฉบับใหม่)', en: 'Form removed (new version)' })
    return reply.redirect(`/staff/services/${req.params.id}`, 303)
  })

  app.register(async (scope) => {
    const uploadsOf = await acceptUploads(scope, files, { fields: { sample_form: { maxBytes: SAMPLE_FORM_MAX_BYTES, allowed: ['pdf', 'word', 'excel'] } }, acceptFrom: (req) => req.actor !== null })
    scope.post<IdParams>('/staff/services/:id/forms', async (req, reply) => {
      const outcome = await changeSampleForms(ctxOf(req), req.params.id, { add: uploadsOf(req).get('sample_form') })
      if (!outcome.saved) return renderEdit(req, reply, req.params.id, { formErrors: outcome.errors }, 422)
      setFlash(reply, { th: 'เพิ่มแบบฟอร์มแล้ว (ฉบับใหม่)', en: 'Form added (new version)' })
      return reply.redirect(`/staff/services/${req.params.id}`, 303)
    })
  })
}
