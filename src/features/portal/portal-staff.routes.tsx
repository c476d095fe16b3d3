import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import type { FieldErrors } from '../../errors.ts'
import { acceptUploads, fileServiceFor, sendStoredFile } from '../../platform/files/index.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { formString } from '../../web/http/form-errors.ts'
import { ATTACHMENT_MAX_BYTES, LIMITS, MAX_LINKS, NEW_FILE_FIELDS, SPARE_LINK_ROWS } from './portal.domain.ts'
import { emptyPortalItemForm, readPortalItemForm, type PortalItemFormValues } from './portal.input.ts'
import {
  createPortalItem,
  itemEditor,
  newItemForm,
  openStaffAttachment,
  savePortalItemEdit,
  setItemPublication,
  staffItemView,
  type FileUseCaseContext,
  type ItemEditor,
  type ItemFormData,
  type PendingFile,
} from './portal-editing.use-cases.ts'
import { portalWorkspace } from './portal-workspace.use-cases.ts'
import { findPortalSection } from './portal-sections.domain.ts'
import type { PortalVersion } from './portal.repository.ts'
import { ItemFormPage } from './views/item-form.page.tsx'
import { StaffItemPage } from './views/staff-item.page.tsx'
import { WorkspacePage } from './views/workspace.page.tsx'

type ItemParams = { Params: { id: string } }

function valuesOf(v: PortalVersion, section: string): PortalItemFormValues {
  return {
    section,
    title_th: v.titleTh,
    title_en: v.titleEn,
    body: v.bodySource,
    fiscal_year: v.fiscalYear === null ? '' : String(v.fiscalYear),
    responsible_user_id: v.responsible?.id ?? '',
    links: v.links.map((l) => ({ label: l.label, url: l.url })),
    remove_files: [],
    pending: [],
    pending_discard: [],
    based_on_version: String(v.version),
  }
}

/** The agency's own pages for keeping its portal: /staff/portal. */
export async function portalStaffRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const files = fileServiceFor(deps)
  const ctxOf = (req: FastifyRequest): FileUseCaseContext => ({ db: deps.db, actor: requireActor(req), now: req.now, files })

  function renderNew(req: FastifyRequest, reply: FastifyReply, data: ItemFormData, values: PortalItemFormValues, state: { errors?: FieldErrors; pending?: PendingFile[] } = {}, status = 200) {
    return sendPage(reply, ItemFormPage({ ctx: pageContext(req, reply), org: data.org, staff: data.staff, currentFiscalYear: data.currentFiscalYear, values, errors: state.errors, pending: state.pending ?? [] }), status)
  }

  function renderEdit(req: FastifyRequest, reply: FastifyReply, editor: ItemEditor, values: PortalItemFormValues, state: { errors?: FieldErrors; pending?: PendingFile[] } = {}, status = 200) {
    return sendPage(
      reply,
      ItemFormPage({
        ctx: pageContext(req, reply),
        org: editor.org,
        staff: editor.staff,
        currentFiscalYear: editor.currentFiscalYear,
        values,
        item: editor.item,
        currentFiles: editor.current.files,
        errors: state.errors,
        pending: state.pending ?? [],
      }),
      status,
    )
  }

  app.get<{ Querystring: { org?: string } }>('/staff/portal', async (req, reply) => {
    const workspace = await portalWorkspace(ctxOf(req), typeof req.query.org === 'string' && req.query.org ? req.query.org : undefined)
    return sendPage(reply, WorkspacePage({ ctx: pageContext(req, reply), workspace }))
  })

  app.get<{ Querystring: { org?: string; section?: string } }>('/staff/portal/new', async (req, reply) => {
    const ctx = ctxOf(req)
    const data = await newItemForm(ctx, { slug: typeof req.query.org === 'string' ? req.query.org : '' })
    const section = findPortalSection(typeof req.query.section === 'string' ? req.query.section : '')
    const meOnStaff = data.staff.some((p) => p.id === ctx.actor.userId)
    const values = emptyPortalItemForm(section?.key ?? '', meOnStaff ? ctx.actor.userId : '', section?.yearly ? data.currentFiscalYear : null)
    return renderNew(req, reply, data, values)
  })

  app.get<ItemParams>('/staff/portal/items/:id', async (req, reply) => {
    return sendPage(reply, StaffItemPage({ ctx: pageContext(req, reply), view: await staffItemView(ctxOf(req), req.params.id) }))
  })

  app.get<{ Params: { id: string; n: string } }>('/staff/portal/items/:id/versions/:n', async (req, reply) => {
    const n = /^[1-9][0-9]{0,6}$/.test(req.params.n) ? Number(req.params.n) : -1
    return sendPage(reply, StaffItemPage({ ctx: pageContext(req, reply), view: await staffItemView(ctxOf(req), req.params.id, n) }))
  })

  app.get<ItemParams>('/staff/portal/items/:id/edit', async (req, reply) => {
    const editor = await itemEditor(ctxOf(req), req.params.id)
    return renderEdit(req, reply, editor, valuesOf(editor.current, editor.item.section))
  })

  app.get<{ Params: { id: string; fileId: string } }>('/staff/portal/items/:id/files/:fileId', async (req, reply) => {
    return sendStoredFile(req, reply, await openStaffAttachment(ctxOf(req), req.params.id, req.params.fileId), { inline: true })
  })

  app.post<ItemParams>('/staff/portal/items/:id/publication', async (req, reply) => {
    const publish = formString(req.body, 'publish') === 'yes'
    const { changed } = await setItemPublication(ctxOf(req), req.params.id, publish)
    if (changed) {
      setFlash(reply, publish ? { th: 'เผยแพร่แล้ว ประชาชนเปิดดูได้ที่ที่อยู่ถาวรของรายการ', en: 'Published: the public can now open it at its permanent address' } : { th: 'หยุดเผยแพร่แล้ว', en: 'Unpublished' })
    }
    return reply.redirect(`/staff/portal/items/${req.params.id}`, 303)
  })

  // The item form is multipart because files are among its fields. Files are read (up to their
  // limit) and checked as they arrive, and stored by the use case only once the person is known
  // to keep this agency's portal.
  await app.register(async (scope) => {
    const uploadsOf = await acceptUploads(scope, files, {
      fields: Object.fromEntries(NEW_FILE_FIELDS.map((f) => [f, { maxBytes: ATTACHMENT_MAX_BYTES, allowed: ['pdf', 'word', 'excel', 'image'] as const }])),
      acceptFrom: (req) => req.actor !== null,
      maxTextFields: 2 * (MAX_LINKS + SPARE_LINK_ROWS) + 2 * 30 + 20,
      // Thai is three bytes a character in UTF-8; four a character leaves room and still catches "too long".
      maxFieldBytes: 4 * LIMITS.body + 1024,
    })

    scope.post('/staff/portal/new', async (req, reply) => {
      const ctx = ctxOf(req)
      const values = readPortalItemForm(req.body)
      const organisationId = formString(req.body, 'organisation_id')
      const outcome = await createPortalItem(ctx, organisationId, { values, uploads: uploadsOf(req) })
      if (outcome.saved) {
        setFlash(reply, { th: 'บันทึกรายการแล้ว (ยังไม่เผยแพร่)', en: 'Item saved (not yet published)' })
        return reply.redirect(`/staff/portal/items/${outcome.itemId}`, 303)
      }
      const data = await newItemForm(ctx, { id: organisationId })
      return renderNew(req, reply, data, { ...values, pending: outcome.pending.map((p) => p.reference), pending_discard: [] }, { errors: outcome.errors, pending: outcome.pending }, 422)
    })

    scope.post<ItemParams>('/staff/portal/items/:id/edit', async (req, reply) => {
      const ctx = ctxOf(req)
      const values = readPortalItemForm(req.body)
      const outcome = await savePortalItemEdit(ctx, req.params.id, { values, uploads: uploadsOf(req) })
      if (outcome.saved) {
        setFlash(reply, { th: `บันทึกฉบับที่ ${outcome.version} แล้ว`, en: `Version ${outcome.version} saved` })
        return reply.redirect(`/staff/portal/items/${req.params.id}`, 303)
      }
      const editor = await itemEditor(ctx, req.params.id)
      const kept = { ...values, pending: outcome.pending.map((p) => p.reference), pending_discard: [], based_on_version: String(outcome.basedOnVersion) }
      return renderEdit(req, reply, editor, kept, { errors: outcome.errors, pending: outcome.pending }, 422)
    })
  })
}
