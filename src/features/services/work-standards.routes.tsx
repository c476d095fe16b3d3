import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import type { FieldErrors } from '../../errors.ts'
import { acceptUploads, fileServiceFor, sendStoredFile } from '../../platform/files/index.ts'
import { DIRECTORY_SCOPE, organisationScope } from '../../platform/public-content/generations.ts'
import { formString } from '../../web/http/form-errors.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { findPublicAgency } from './services-public.use-cases.ts'
import { PublicWorkStandardsPage, WorkStandardFormPage, WorkStandardsListPage } from './views/work-standards.page.tsx'
import { emptyWorkStandard, publicWorkStandardFile, publicWorkStandards, readWorkStandardForm, saveWorkStandard, WORK_STANDARD_MAX_BYTES, workStandardEditor, workStandardsWorkspace, type WorkStandardValues } from './work-standards.ts'

/** Officer work-standard manuals: kept by staff, the published ones on the agency's public page. */
export async function workStandardRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const files = fileServiceFor(deps)
  const ctxOf = (req: FastifyRequest) => ({ db: deps.db, actor: requireActor(req), now: req.now, files })

  async function renderForm(req: FastifyRequest, reply: FastifyReply, orgSlug: string | undefined, id: string | null, values?: WorkStandardValues, errors?: FieldErrors, status = 200) {
    const { org, item } = await workStandardEditor(ctxOf(req), orgSlug, id)
    return sendPage(reply, WorkStandardFormPage({ ctx: pageContext(req, reply), org, item, values: values ?? item ?? emptyWorkStandard(), errors }), status)
  }

  app.get<{ Querystring: { org?: string } }>('/staff/work-standards', async (req, reply) => {
    const { org, items } = await workStandardsWorkspace(ctxOf(req), req.query.org || undefined)
    return sendPage(reply, WorkStandardsListPage({ ctx: pageContext(req, reply), org, items }))
  })
  app.get<{ Querystring: { org?: string } }>('/staff/work-standards/new', async (req, reply) => renderForm(req, reply, req.query.org || undefined, null))
  app.get<{ Params: { id: string } }>('/staff/work-standards/:id', async (req, reply) => renderForm(req, reply, undefined, req.params.id))

  app.register(async (scope) => {
    const uploadsOf = await acceptUploads(scope, files, { fields: { manual_file: { maxBytes: WORK_STANDARD_MAX_BYTES, allowed: ['pdf', 'word'] } }, acceptFrom: (req) => req.actor !== null })
    scope.post('/staff/work-standards/new', async (req, reply) => {
      const values = readWorkStandardForm(req.body)
      const organisationId = formString(req.body, 'organisation_id')
      const outcome = await saveWorkStandard(ctxOf(req), { organisationId }, values, uploadsOf(req).get('manual_file'))
      if (!outcome.saved) {
        const org = await deps.db.selectFrom('organisations').select('slug').where('id', '=', /^[0-9a-f-]{36}$/.test(organisationId) ? organisationId : '00000000-0000-0000-0000-000000000000').executeTakeFirst()
        return renderForm(req, reply, org?.slug, null, values, outcome.errors, 422)
      }
      setFlash(reply, { th: 'บันทึกคู่มือแล้ว', en: 'Manual saved' })
      const org = await deps.db.selectFrom('organisations').select('slug').where('id', '=', outcome.organisationId).executeTakeFirstOrThrow()
      return reply.redirect(`/staff/work-standards?org=${encodeURIComponent(org.slug)}`, 303)
    })
    scope.post<{ Params: { id: string } }>('/staff/work-standards/:id', async (req, reply) => {
      const values = readWorkStandardForm(req.body)
      const outcome = await saveWorkStandard(ctxOf(req), { id: req.params.id }, values, uploadsOf(req).get('manual_file'))
      if (!outcome.saved) return renderForm(req, reply, undefined, req.params.id, values, outcome.errors, 422)
      setFlash(reply, { th: 'บันทึกคู่มือแล้ว', en: 'Manual saved' })
      const org = await deps.db.selectFrom('organisations').select('slug').where('id', '=', outcome.organisationId).executeTakeFirstOrThrow()
      return reply.redirect(`/staff/work-standards?org=${encodeURIComponent(org.slug)}`, 303)
    })
  })

  app.get<{ Params: { slug: string } }>('/o/:slug/work-standards', async (req, reply) => {
    const org = await findPublicAgency({ db: deps.db }, req.params.slug)
    return deps.publicPages.serve(req, reply, [DIRECTORY_SCOPE, organisationScope(org.id)], async () => PublicWorkStandardsPage({ ctx: pageContext(req, reply), org, items: await publicWorkStandards(deps.db, org) }))
  })
  app.get<{ Params: { slug: string; id: string } }>('/o/:slug/work-standards/:id/file', async (req, reply) => {
    const org = await findPublicAgency({ db: deps.db }, req.params.slug)
    return sendStoredFile(req, reply, await publicWorkStandardFile(deps.db, files, org, req.params.id), { inline: true, cacheControl: 'public, no-cache' })
  })
}
