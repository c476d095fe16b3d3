import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import type { FieldErrors } from '../../errors.ts'
import { acceptUploads, fileServiceFor, sendThumbnail } from '../../platform/files/index.ts'
import { formString } from '../../web/http/form-errors.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { PHOTO_MAX_BYTES } from './executives.domain.ts'
import { emptyExecutiveForm, executiveFormFrom, readExecutiveForm, readPhotoFields, type ExecutiveFormValues } from './executives.input.ts'
import { executiveEditor, executivesWorkspace, moveExecutive, newExecutiveForm, removeExecutive, saveExecutive, staffPhotoPreview, type KeptPhoto, type UseCaseContext } from './executives.use-cases.ts'
import { ExecutiveFormPage } from './views/executive-form.page.tsx'
import { ExecutivesListPage } from './views/executives-list.page.tsx'

type IdParams = { Params: { id: string } }
type FormState = { values?: ExecutiveFormValues; errors?: FieldErrors; keptPhoto?: KeptPhoto | null; removePhoto?: boolean }

const listUrl = (slug: string) => `/staff/executives?org=${encodeURIComponent(slug)}`

/** /staff/executives: the agency's editors keep the list the public page shows. */
export async function executivesStaffRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const files = fileServiceFor(deps)
  const ctxOf = (req: FastifyRequest): UseCaseContext => ({ db: deps.db, actor: requireActor(req), now: req.now, files })

  async function renderNew(req: FastifyRequest, reply: FastifyReply, orgRef: { slug: string } | { id: string }, state: FormState = {}, status = 200) {
    const { org } = await newExecutiveForm(ctxOf(req), orgRef)
    const page = ExecutiveFormPage({ ctx: pageContext(req, reply), org, values: state.values ?? emptyExecutiveForm(), errors: state.errors, currentPhoto: null, keptPhoto: state.keptPhoto ?? null, removePhoto: false })
    return sendPage(reply, page, status)
  }

  async function renderEdit(req: FastifyRequest, reply: FastifyReply, id: string, state: FormState = {}, status = 200) {
    const editor = await executiveEditor(ctxOf(req), id)
    const page = ExecutiveFormPage({
      ctx: pageContext(req, reply),
      org: editor.org,
      executiveId: editor.entry.id,
      values: state.values ?? executiveFormFrom(editor.entry),
      errors: state.errors,
      currentPhoto: editor.currentPhoto,
      keptPhoto: state.keptPhoto ?? null,
      removePhoto: !!state.removePhoto,
    })
    return sendPage(reply, page, status)
  }

  app.get<{ Querystring: { org?: string } }>('/staff/executives', async (req, reply) => {
    const workspace = await executivesWorkspace(ctxOf(req), typeof req.query.org === 'string' && req.query.org ? req.query.org : undefined)
    return sendPage(reply, ExecutivesListPage({ ctx: pageContext(req, reply), workspace }))
  })

  app.get<{ Querystring: { org?: string } }>('/staff/executives/new', async (req, reply) => {
    if (typeof req.query.org === 'string' && req.query.org) return renderNew(req, reply, { slug: req.query.org })
    const workspace = await executivesWorkspace(ctxOf(req), undefined)
    return renderNew(req, reply, { id: workspace.org.id })
  })

  app.get<IdParams>('/staff/executives/:id', async (req, reply) => renderEdit(req, reply, req.params.id))

  app.get<{ Params: { orgId: string; fileId: string } }>('/staff/executives/photos/:orgId/:fileId', async (req, reply) => {
    return sendThumbnail(req, reply, await staffPhotoPreview(ctxOf(req), req.params.orgId, req.params.fileId))
  })

  app.post<IdParams>('/staff/executives/:id/move', async (req, reply) => {
    const direction = formString(req.body, 'direction') === 'down' ? 'down' : 'up'
    const { moved, org } = await moveExecutive(ctxOf(req), req.params.id, direction)
    if (moved) setFlash(reply, { th: 'เปลี่ยนลำดับแล้ว', en: 'Order changed' })
    return reply.redirect(listUrl(org.slug), 303)
  })

  app.post<IdParams>('/staff/executives/:id/delete', async (req, reply) => {
    const { org } = await removeExecutive(ctxOf(req), req.params.id)
    setFlash(reply, { th: 'ลบออกจากรายชื่อแล้ว', en: 'Removed from the list' })
    return reply.redirect(listUrl(org.slug), 303)
  })

  // The add and edit forms are multipart because the photo is one of their fields; the file is
  // read and checked as it arrives, and stored by the use case only once the editor is authorised.
  app.register(async (scope) => {
    const uploadsOf = await acceptUploads(scope, files, { fields: { photo: { maxBytes: PHOTO_MAX_BYTES, allowed: ['image'] } }, acceptFrom: (req) => req.actor !== null })

    scope.post('/staff/executives/new', async (req, reply) => {
      const values = readExecutiveForm(req.body)
      const organisationId = formString(req.body, 'organisation_id')
      const outcome = await saveExecutive(ctxOf(req), { organisationId }, { values, photo: { upload: uploadsOf(req).get('photo'), ...readPhotoFields(req.body) } })
      if (!outcome.saved) return renderNew(req, reply, { id: organisationId }, { values, errors: outcome.errors, keptPhoto: outcome.keptPhoto }, 422)
      setFlash(reply, { th: 'เพิ่มรายชื่อแล้ว', en: 'Person added' })
      const { org } = await newExecutiveForm(ctxOf(req), { id: outcome.organisationId })
      return reply.redirect(listUrl(org.slug), 303)
    })

    scope.post<IdParams>('/staff/executives/:id', async (req, reply) => {
      const values = readExecutiveForm(req.body)
      const photoFields = readPhotoFields(req.body)
      const outcome = await saveExecutive(ctxOf(req), { executiveId: req.params.id }, { values, photo: { upload: uploadsOf(req).get('photo'), ...photoFields } })
      if (!outcome.saved) return renderEdit(req, reply, req.params.id, { values, errors: outcome.errors, keptPhoto: outcome.keptPhoto, removePhoto: photoFields.removeCurrent }, 422)
      setFlash(reply, { th: 'บันทึกแล้ว', en: 'Saved' })
      const editor = await executiveEditor(ctxOf(req), outcome.id)
      return reply.redirect(listUrl(editor.org.slug), 303)
    })
  })
}
