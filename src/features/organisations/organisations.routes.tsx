import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { ValidationError, type FieldErrors } from '../../errors.ts'
import { acceptUploads, fileServiceFor, sendStoredFile, sendThumbnail } from '../../platform/files/index.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { LOGO_MAX_BYTES } from './organisations.domain.ts'
import { parseOrganisationForm, readLogoFields, readOrganisationForm, type OrganisationFormValues } from './organisations.input.ts'
import type { OrganisationDetails } from './organisations.repository.ts'
import { createOrganisation, organisationAdminOverview, organisationEditor, parentChoicesForNew, type FileUseCaseContext } from './organisations.use-cases.ts'
import { openLogoFile, logoPreview, saveOrganisationEdit, type KeptLogo } from './organisation-logo.use-cases.ts'
import { OrganisationFormPage } from './views/organisation-form.page.tsx'
import { OrganisationListPage } from './views/organisation-list.page.tsx'

type IdParams = { Params: { id: string } }
type FileParams = { Params: { id: string; fileId: string }; Querystring: { inline?: string } }

function valuesOf(org: OrganisationDetails): OrganisationFormValues {
  return {
    name_th: org.name_th,
    name_en: org.name_en,
    kind: org.kind,
    parent_id: org.parent_id ?? '',
    slug: org.slug,
    address: org.address,
    phone: org.phone,
    email: org.email,
    website: org.website,
    require_staff_totp: org.require_staff_totp,
  }
}

/** Administration of the organisation tree: /admin/organisations. */
export function organisationAdminRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const files = fileServiceFor(deps)
  const ctxOf = (req: FastifyRequest): FileUseCaseContext => ({ db: deps.db, actor: requireActor(req), now: req.now, files })

  async function renderEditor(
    req: FastifyRequest,
    reply: FastifyReply,
    id: string,
    state: { values?: OrganisationFormValues; errors?: FieldErrors; keptLogo?: KeptLogo | null; removeLogo?: boolean } = {},
    status = 200,
  ) {
    const editor = await organisationEditor(ctxOf(req), id)
    const values = state.values ?? valuesOf(editor.org)
    return sendPage(
      reply,
      OrganisationFormPage({
        ctx: pageContext(req, reply),
        org: editor.org,
        values,
        parentChoices: editor.parentChoices,
        canChangeSlug: editor.canChangeSlug,
        errors: state.errors,
        currentLogo: editor.currentLogo,
        keptLogo: state.keptLogo ?? null,
        removeLogo: !!state.removeLogo,
      }),
      status,
    )
  }

  async function renderNew(req: FastifyRequest, reply: FastifyReply, values: OrganisationFormValues, errors?: FieldErrors, status = 200) {
    const parentChoices = await parentChoicesForNew(ctxOf(req))
    return sendPage(reply, OrganisationFormPage({ ctx: pageContext(req, reply), values, parentChoices, canChangeSlug: true, errors }), status)
  }

  app.get('/admin/organisations', async (req, reply) => {
    const overview = await organisationAdminOverview(ctxOf(req))
    return sendPage(reply, OrganisationListPage({ ctx: pageContext(req, reply), ...overview }))
  })

  app.get<{ Querystring: { parent?: string } }>('/admin/organisations/new', async (req, reply) => {
    const values = readOrganisationForm({ parent_id: req.query.parent ?? '' })
    return renderNew(req, reply, values)
  })

  app.post('/admin/organisations/new', async (req, reply) => {
    const values = readOrganisationForm(req.body)
    try {
      const created = await createOrganisation(ctxOf(req), parseOrganisationForm(values))
      setFlash(reply, { th: 'เพิ่มหน่วยงานแล้ว', en: 'Organisation added' })
      return reply.redirect(`/admin/organisations/${created.id}`, 303)
    } catch (e) {
      if (e instanceof ValidationError) return renderNew(req, reply, values, e.fields, 422)
      throw e
    }
  })

  app.get<IdParams>('/admin/organisations/:id', async (req, reply) => renderEditor(req, reply, req.params.id))

  // Logo files (the current one, or one uploaded with a rejected form) for the organisation's administrators.
  app.get<FileParams>('/admin/organisations/:id/files/:fileId', async (req, reply) => {
    const opened = await openLogoFile(ctxOf(req), req.params.id, req.params.fileId)
    return sendStoredFile(req, reply, opened, { inline: req.query.inline === '1' })
  })

  app.get<FileParams>('/admin/organisations/:id/files/:fileId/preview', async (req, reply) => {
    return sendThumbnail(req, reply, await logoPreview(ctxOf(req), req.params.id, req.params.fileId))
  })

  // The edit form is multipart because the logo is one of its fields; the file is read (up to its
  // limit) and checked as it arrives, then stored by the use case only once the person is known
  // to administer this organisation.
  app.register(async (scope) => {
    const uploadsOf = await acceptUploads(scope, files, {
      fields: { logo: { maxBytes: LOGO_MAX_BYTES, allowed: ['image'] } },
      acceptFrom: (req) => req.actor !== null,
    })

    scope.post<IdParams>('/admin/organisations/:id', async (req, reply) => {
      const values = readOrganisationForm(req.body)
      const logoFields = readLogoFields(req.body)
      const outcome = await saveOrganisationEdit(ctxOf(req), req.params.id, { values, logo: { upload: uploadsOf(req).get('logo'), ...logoFields } })
      if (outcome.saved) {
        setFlash(reply, { th: 'บันทึกข้อมูลหน่วยงานแล้ว', en: 'Organisation details saved' })
        return reply.redirect(`/admin/organisations/${req.params.id}`, 303)
      }
      return renderEditor(req, reply, req.params.id, { values, errors: outcome.errors, keptLogo: outcome.keptLogo, removeLogo: logoFields.removeCurrent }, 422)
    })
  })
}
