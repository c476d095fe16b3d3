import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { ValidationError, type FieldErrors } from '../../errors.ts'
import { beDateInputFrom } from '../../platform/thai-calendar/index.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { sendExport } from '../../web/http/send-export.ts'
import { exportLinkSheet, provinceCompleteness } from './oit-report.use-cases.ts'
import { parseOitEntryForm, readOitEntryForm, type OitEntryForm } from './oit-workspace.input.ts'
import { oitItemEditor, oitWorkspace, reopenOitEntry, saveOitEntry, type ItemEditorView, type WorkspaceContext } from './oit-workspace.use-cases.ts'
import { OitItemPage, type ReopenForm } from './views/oit-item.page.tsx'
import { OIT_ITEM_STATUS_LABELS } from './oit-workspace.domain.ts'
import { formString } from '../../web/http/form-errors.ts'
import { itemHref, workspaceHref } from './views/oit-view-helpers.tsx'
import { OitProvincePage } from './views/oit-province.page.tsx'
import { OitWorkspacePage } from './views/oit-workspace.page.tsx'

type WorkspaceQuery = { Querystring: { org?: string; year?: string; scheme?: string; mine?: string } }
type ItemRoute = WorkspaceQuery & { Params: { code: string } }

const param = (v: unknown) => (typeof v === 'string' && v ? v : undefined)

function formOf(editor: ItemEditorView): OitEntryForm {
  const e = editor.entry
  const due = e?.dueDate ? beDateInputFrom(e.dueDate) : { day: '', month: '', year: '' }
  const suggested = editor.suggestion
  // A stored or suggested address that is one of the agency's pages shows as that page in the picker.
  const pageOf = (url: string | null | undefined) => (url ? editor.pages.find((p) => p.url === url) : undefined)
  const storedPage = e && !e.portalItemId ? pageOf(e.url) : undefined
  const suggestedPage = !e && !suggested.portalItem ? pageOf(suggested.url) : undefined
  return {
    portal_item_id: e ? (e.portalItemId ?? (storedPage ? `page:${storedPage.path}` : '')) : (suggested.portalItem?.id ?? (suggestedPage ? `page:${suggestedPage.path}` : '')),
    url: e ? (storedPage ? '' : (e.url ?? '')) : suggested.portalItem || suggestedPage ? '' : (suggested.url ?? ''),
    explanation: e?.explanation ?? '',
    method: e?.method ?? '',
    time_frame: e?.timeFrame ?? '',
    elements: (e?.elementsDone ?? []).map(String),
    due_day: due.day,
    due_month: due.month,
    due_year: due.year,
    responsible_user_id: e?.responsibleUserId ?? '',
    status: e?.status ?? 'missing',
  }
}

/** The agency's OIT workspace (/staff/oit) and oversight's province report (/staff/oversight/oit). */
export function oitStaffRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const ctxOf = (req: FastifyRequest): WorkspaceContext => ({ db: deps.db, actor: requireActor(req), now: req.now, baseUrl: deps.config.baseUrl })

  app.get<WorkspaceQuery>('/staff/oit', async (req, reply) => {
    const view = await oitWorkspace(ctxOf(req), param(req.query.org), req.query.year, req.query.scheme, req.query.mine)
    return sendPage(reply, OitWorkspacePage({ ctx: pageContext(req, reply), view }))
  })

  app.get<WorkspaceQuery>('/staff/oit/links.xlsx', async (req, reply) => {
    return sendExport(reply, await exportLinkSheet(ctxOf(req), param(req.query.org), req.query.year, req.locale, req.query.scheme))
  })

  function renderItem(req: FastifyRequest, reply: FastifyReply, editor: ItemEditorView, form: OitEntryForm, errors?: FieldErrors, status = 200, reopen?: ReopenForm) {
    return sendPage(reply, OitItemPage({ ctx: pageContext(req, reply), editor, form, errors, ...(reopen ? { reopen } : {}) }), status)
  }

  app.post<ItemRoute>('/staff/oit/items/:code/reopen', async (req, reply) => {
    const ctx = ctxOf(req)
    const slug = param(req.query.org) ?? ''
    const reopen: ReopenForm = { reason: formString(req.body, 'reason'), reopen_to: formString(req.body, 'reopen_to') }
    try {
      const to = await reopenOitEntry(ctx, slug, req.query.year, req.params.code, { reason: reopen.reason, to: reopen.reopen_to }, req.query.scheme)
      const editor = await oitItemEditor(ctx, slug, req.query.year, req.params.code, req.query.scheme)
      setFlash(reply, { th: `เปิดรายการ ${editor.item.code} อีกครั้งแล้ว (${OIT_ITEM_STATUS_LABELS[to].th})`, en: `Item ${editor.item.code} reopened (${OIT_ITEM_STATUS_LABELS[to].en})` })
      return reply.redirect(itemHref(editor.org.slug, editor.fiscalYear, editor.item.code, editor.scheme), 303)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      const editor = await oitItemEditor(ctx, slug, req.query.year, req.params.code, req.query.scheme)
      return renderItem(req, reply, editor, formOf(editor), e.fields, 422, reopen)
    }
  })

  app.get<ItemRoute>('/staff/oit/items/:code', async (req, reply) => {
    const editor = await oitItemEditor(ctxOf(req), param(req.query.org) ?? '', req.query.year, req.params.code, req.query.scheme)
    return renderItem(req, reply, editor, formOf(editor))
  })

  app.post<ItemRoute>('/staff/oit/items/:code', async (req, reply) => {
    const ctx = ctxOf(req)
    const slug = param(req.query.org) ?? ''
    const form = readOitEntryForm(req.body)
    try {
      await saveOitEntry(ctx, slug, req.query.year, req.params.code, parseOitEntryForm(form), req.query.scheme)
      setFlash(reply, { th: `บันทึกรายการ ${req.params.code} แล้ว`, en: `Item ${req.params.code} saved` })
      const editor = await oitItemEditor(ctx, slug, req.query.year, req.params.code, req.query.scheme)
      return reply.redirect(`${workspaceHref(editor.org.slug, editor.fiscalYear, editor.scheme)}#item-${editor.item.code}`, 303)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      const editor = await oitItemEditor(ctx, slug, req.query.year, req.params.code, req.query.scheme)
      return renderItem(req, reply, editor, form, e.fields, 422)
    }
  })

  app.get<WorkspaceQuery>('/staff/oversight/oit', async (req, reply) => {
    const report = await provinceCompleteness(ctxOf(req), req.query.org, req.query.year, req.query.scheme)
    return sendPage(reply, OitProvincePage({ ctx: pageContext(req, reply), report }))
  })
}
