import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import type { FieldErrors } from '../../errors.ts'
import { acceptUploads, fileServiceFor, sendThumbnail } from '../../platform/files/index.ts'
import { formString } from '../../web/http/form-errors.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { PHOTO_MAX_BYTES } from './honour-roll.domain.ts'
import { emptyHonourForm, honourFormFrom, readHonourForm, readPhotoFields, type HonourFormValues } from './honour-roll.input.ts'
import { approveEntry, entryView, honourWorkspace, newEntryForm, oversightHonourRoll, saveEntry, staffPhotoPreview, withdrawEntry, type KeptPhoto, type UseCaseContext } from './honour-roll.use-cases.ts'
import { HonourEntryFormPage } from './views/honour-entry-form.page.tsx'
import { HonourEntryPage } from './views/honour-entry.page.tsx'
import { HonourRollListPage } from './views/honour-roll-list.page.tsx'
import { OversightHonourRollPage } from './views/oversight-honour-roll.page.tsx'

type IdParams = { Params: { id: string } }
type FormState = { values?: HonourFormValues; errors?: FieldErrors; keptPhoto?: KeptPhoto | null; removePhoto?: boolean }
type DecisionState = { errors?: FieldErrors; values?: Record<string, string> }

/** The agency records people it commends; its head approves; oversight sees its agencies' rolls. */
export async function honourRollStaffRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const files = fileServiceFor(deps)
  const ctxOf = (req: FastifyRequest): UseCaseContext => ({ db: deps.db, actor: requireActor(req), now: req.now, files })

  async function renderNew(req: FastifyRequest, reply: FastifyReply, orgRef: { slug: string } | { id: string }, state: FormState = {}, status = 200) {
    const { org } = await newEntryForm(ctxOf(req), orgRef)
    return sendPage(reply, HonourEntryFormPage({ ctx: pageContext(req, reply), org, values: state.values ?? emptyHonourForm(), errors: state.errors, currentPhoto: null, keptPhoto: state.keptPhoto ?? null, removePhoto: false }), status)
  }

  async function renderEdit(req: FastifyRequest, reply: FastifyReply, id: string, state: FormState = {}, status = 200) {
    const v = await entryView(ctxOf(req), id)
    const page = HonourEntryFormPage({ ctx: pageContext(req, reply), org: v.org, entryId: v.entry.id, values: state.values ?? honourFormFrom(v.entry), errors: state.errors, currentPhoto: v.currentPhoto, keptPhoto: state.keptPhoto ?? null, removePhoto: !!state.removePhoto })
    return sendPage(reply, page, status)
  }

  async function renderEntry(req: FastifyRequest, reply: FastifyReply, id: string, state: DecisionState = {}, status = 200) {
    const view = await entryView(ctxOf(req), id)
    return sendPage(reply, HonourEntryPage({ ctx: pageContext(req, reply), view, errors: state.errors, values: state.values ?? {} }), status)
  }

  app.get<{ Querystring: { org?: string } }>('/staff/honour-roll', async (req, reply) => {
    const workspace = await honourWorkspace(ctxOf(req), typeof req.query.org === 'string' && req.query.org ? req.query.org : undefined)
    return sendPage(reply, HonourRollListPage({ ctx: pageContext(req, reply), workspace }))
  })

  app.get<{ Querystring: { org?: string } }>('/staff/honour-roll/new', async (req, reply) => {
    if (typeof req.query.org === 'string' && req.query.org) return renderNew(req, reply, { slug: req.query.org })
    const workspace = await honourWorkspace(ctxOf(req), undefined)
    return renderNew(req, reply, { id: workspace.org.id })
  })

  app.get('/staff/oversight/honour-roll', async (req, reply) => {
    return sendPage(reply, OversightHonourRollPage({ ctx: pageContext(req, reply), roll: await oversightHonourRoll(ctxOf(req)) }))
  })

  app.get<IdParams>('/staff/honour-roll/:id', async (req, reply) => renderEntry(req, reply, req.params.id))
  app.get<IdParams>('/staff/honour-roll/:id/edit', async (req, reply) => renderEdit(req, reply, req.params.id))

  app.get<{ Params: { orgId: string; fileId: string } }>('/staff/honour-roll/photos/:orgId/:fileId', async (req, reply) => {
    return sendThumbnail(req, reply, await staffPhotoPreview(ctxOf(req), req.params.orgId, req.params.fileId))
  })

  app.post<IdParams>('/staff/honour-roll/:id/approve', async (req, reply) => {
    const outcome = await approveEntry(ctxOf(req), req.params.id, req.body)
    if (!outcome.done) return renderEntry(req, reply, req.params.id, outcome, 422)
    setFlash(reply, { th: 'อนุมัติแล้ว', en: 'Approved' })
    return reply.redirect(`/staff/honour-roll/${req.params.id}`, 303)
  })

  app.post<IdParams>('/staff/honour-roll/:id/withdraw', async (req, reply) => {
    const outcome = await withdrawEntry(ctxOf(req), req.params.id, req.body)
    if (!outcome.done) return renderEntry(req, reply, req.params.id, outcome, 422)
    setFlash(reply, { th: 'ถอนออกจากทำเนียบแล้ว', en: 'Withdrawn from the roll' })
    return reply.redirect(`/staff/honour-roll/${req.params.id}`, 303)
  })

  // Multipart because the photo is one of the fields; the file is stored by the use case once the recorder is authorised.
  app.register(async (scope) => {
    const uploadsOf = await acceptUploads(scope, files, { fields: { photo: { maxBytes: PHOTO_MAX_BYTES, allowed: ['image'] } }, acceptFrom: (req) => req.actor !== null })

    scope.post('/staff/honour-roll/new', async (req, reply) => {
      const values = readHonourForm(req.body)
      const organisationId = formString(req.body, 'organisation_id')
      const outcome = await saveEntry(ctxOf(req), { organisationId }, { values, photo: { upload: uploadsOf(req).get('photo'), ...readPhotoFields(req.body) } })
      if (!outcome.saved) return renderNew(req, reply, { id: organisationId }, { values, errors: outcome.errors, keptPhoto: outcome.keptPhoto }, 422)
      setFlash(reply, { th: 'บันทึกแล้ว รอหัวหน้าหน่วยงานอนุมัติ', en: 'Saved; awaiting the head’s approval' })
      return reply.redirect(`/staff/honour-roll/${outcome.id}`, 303)
    })

    scope.post<IdParams>('/staff/honour-roll/:id/edit', async (req, reply) => {
      const values = readHonourForm(req.body)
      const photoFields = readPhotoFields(req.body)
      const outcome = await saveEntry(ctxOf(req), { entryId: req.params.id }, { values, photo: { upload: uploadsOf(req).get('photo'), ...photoFields } })
      if (!outcome.saved) return renderEdit(req, reply, req.params.id, { values, errors: outcome.errors, keptPhoto: outcome.keptPhoto, removePhoto: photoFields.removeCurrent }, 422)
      setFlash(reply, { th: 'บันทึกแล้ว', en: 'Saved' })
      return reply.redirect(`/staff/honour-roll/${outcome.id}`, 303)
    })
  })
}
