import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import multipart from '@fastify/multipart'
import type { FeatureDeps } from '../../app.ts'
import { ValidationError, type FieldErrors } from '../../errors.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { LOGO_MAX_BYTES } from './organisations.domain.ts'
import { parseOrganisationEdit, parseOrganisationForm, readOrganisationForm, type OrganisationFormValues } from './organisations.input.ts'
import type { OrganisationDetails } from './organisations.repository.ts'
import {
  createOrganisation,
  organisationAdminOverview,
  organisationEditor,
  parentChoicesForNew,
  removeLogo,
  replaceLogo,
  updateOrganisationDetails,
  type LogoUpload,
  type UseCaseContext,
} from './organisations.use-cases.ts'
import { OrganisationFormPage } from './views/organisation-form.page.tsx'
import { OrganisationListPage } from './views/organisation-list.page.tsx'

type IdParams = { Params: { id: string } }

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
  const ctxOf = (req: FastifyRequest): UseCaseContext => ({ db: deps.db, actor: requireActor(req), now: req.now })

  async function renderEditor(
    req: FastifyRequest,
    reply: FastifyReply,
    id: string,
    state: { values?: OrganisationFormValues; errors?: FieldErrors; logoErrors?: FieldErrors } = {},
    status = 200,
  ) {
    const editor = await organisationEditor(ctxOf(req), id)
    const values = state.values ?? valuesOf(editor.org)
    return sendPage(
      reply,
      OrganisationFormPage({ ctx: pageContext(req, reply), org: editor.org, values, parentChoices: editor.parentChoices, canChangeSlug: editor.canChangeSlug, errors: state.errors, logoErrors: state.logoErrors }),
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

  app.post<IdParams>('/admin/organisations/:id', async (req, reply) => {
    const values = readOrganisationForm(req.body)
    try {
      await updateOrganisationDetails(ctxOf(req), req.params.id, parseOrganisationEdit(values))
      setFlash(reply, { th: 'บันทึกข้อมูลหน่วยงานแล้ว', en: 'Organisation details saved' })
      return reply.redirect(`/admin/organisations/${req.params.id}`, 303)
    } catch (e) {
      if (e instanceof ValidationError) return renderEditor(req, reply, req.params.id, { values, errors: e.fields }, 422)
      throw e
    }
  })

  app.post<IdParams>('/admin/organisations/:id/logo/remove', async (req, reply) => {
    await removeLogo(ctxOf(req), req.params.id)
    setFlash(reply, { th: 'ลบตราสัญลักษณ์แล้ว', en: 'Logo removed' })
    return reply.redirect(`/admin/organisations/${req.params.id}`, 303)
  })

  // Multipart only where a file is expected. Fields land in req.body as plain strings
  // ('keyValues'), so the global CSRF check finds req.body._csrf; the file itself is read
  // here, with its size capped, and never attached to the body.
  app.register(async (scope) => {
    const uploads = new WeakMap<FastifyRequest, NonNullable<LogoUpload>>()
    await scope.register(multipart, {
      attachFieldsToBody: 'keyValues',
      throwFileSizeLimit: false,
      limits: { fileSize: LOGO_MAX_BYTES, files: 1, fields: 5, fieldSize: 4096, parts: 6 },
      async onFile(part) {
        const chunks: Buffer[] = []
        for await (const chunk of part.file) chunks.push(chunk as Buffer)
        if (part.fieldname === 'logo') uploads.set(this, { bytes: Buffer.concat(chunks), truncated: part.file.truncated })
      },
    })

    scope.post<IdParams>('/admin/organisations/:id/logo', async (req, reply) => {
      try {
        await replaceLogo(ctxOf(req), req.params.id, uploads.get(req) ?? null)
        setFlash(reply, { th: 'บันทึกตราสัญลักษณ์แล้ว', en: 'Logo saved' })
        return reply.redirect(`/admin/organisations/${req.params.id}`, 303)
      } catch (e) {
        if (e instanceof ValidationError) return renderEditor(req, reply, req.params.id, { logoErrors: e.fields }, 422)
        throw e
      }
    })
  })
}
