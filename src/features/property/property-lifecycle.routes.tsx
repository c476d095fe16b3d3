import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { ValidationError, type FieldErrors } from '../../errors.ts'
import { EXPORT_CONTENT_TYPES } from '../../platform/exports/index.ts'
import { acceptUploads, fileServiceFor, sendStoredFile } from '../../platform/files/index.ts'
import { formString } from '../../web/http/form-errors.ts'
import { sendExport } from '../../web/http/send-export.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { valuesOf } from './property.input.ts'
import type { UseCaseContext } from './property.use-cases.ts'
import { FILE_FIELDS, formList, MOVEMENT_FIELDS } from './property-lifecycle.input.ts'
import * as uc from './property-lifecycle.use-cases.ts'
import { stocktakeDocx } from './property-stocktake-docx.ts'
import { StocktakePage, StocktakesPage } from './views/stocktake.page.tsx'

type IdParams = { Params: { id: string } }
type ItemState = { form: string; values: Record<string, string>; errors: FieldErrors }
export type RenderItem = (req: FastifyRequest, reply: FastifyReply, id: string, state?: ItemState) => Promise<unknown>

/** Photos and documents, transfers and disposal, and the yearly stock-take (F6). */
export async function propertyLifecycleRoutes(app: FastifyInstance, deps: FeatureDeps, renderItem: RenderItem): Promise<void> {
  const files = fileServiceFor(deps)
  const ctxOf = (req: FastifyRequest): UseCaseContext => ({ db: deps.db, actor: requireActor(req), now: req.now, baseUrl: deps.config.baseUrl })
  const backTo = (reply: FastifyReply, url: string) => {
    setFlash(reply, { th: 'บันทึกแล้ว', en: 'Saved' })
    return reply.redirect(url, 303)
  }

  app.post<IdParams>('/staff/property/:id/movements', async (req, reply) => {
    try {
      await uc.requestMovement(ctxOf(req), req.params.id, req.body)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      return renderItem(req, reply, req.params.id, { form: 'movement', values: valuesOf(req.body, MOVEMENT_FIELDS), errors: e.fields })
    }
    return backTo(reply, `/staff/property/${req.params.id}`)
  })
  app.post<IdParams>('/staff/property/movements/:id/decide', async (req, reply) => {
    const step = formString(req.body, 'step')
    const chosen = step === 'reject' ? 'reject' : step === 'cancel' ? 'cancel' : 'approve'
    try {
      const itemId = await uc.decideMovement(ctxOf(req), req.params.id, chosen, formString(req.body, 'note'))
      return backTo(reply, `/staff/property/${itemId}`)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      const row = await deps.db.selectFrom('property_movements').select('item_id').where('id', '=', req.params.id).executeTakeFirstOrThrow()
      const errors: FieldErrors = Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [`${k}-${req.params.id}`, v]))
      return renderItem(req, reply, row.item_id, { form: req.params.id, values: { note: formString(req.body, 'note') }, errors })
    }
  })
  app.get<IdParams>('/staff/property/files/:id', async (req, reply) => sendStoredFile(req, reply, await uc.openItemFile({ ...ctxOf(req), files }, req.params.id), { inline: true }))
  app.register(async (scope) => {
    const uploadsOf = await acceptUploads(scope, files, { fields: { file: { maxBytes: uc.PROPERTY_DOCUMENT_MAX_BYTES, allowed: ['image', 'pdf', 'word', 'excel'] } }, acceptFrom: (req) => req.actor !== null })
    scope.post<IdParams>('/staff/property/:id/files', async (req, reply) => {
      try {
        await uc.addItemFile({ ...ctxOf(req), files }, req.params.id, req.body, uploadsOf(req).get('file'))
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e
        return renderItem(req, reply, req.params.id, { form: 'file', values: valuesOf(req.body, FILE_FIELDS), errors: e.fields })
      }
      return backTo(reply, `/staff/property/${req.params.id}`)
    })
  })

  // ---- Stock-take ----
  const renderList = async (req: FastifyRequest, reply: FastifyReply, state?: { form: string; values: Record<string, string>; errors: FieldErrors; members: string[] }) =>
    sendPage(reply, StocktakesPage({ ctx: pageContext(req, reply), view: await uc.stocktakesView(ctxOf(req)), state }), state ? 422 : 200)
  app.get('/staff/property/stocktakes', async (req, reply) => renderList(req, reply))
  app.post('/staff/property/stocktakes', async (req, reply) => {
    try {
      const id = await uc.appointStocktake(ctxOf(req), req.body)
      return backTo(reply, `/staff/property/stocktakes/${id}`)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      return renderList(req, reply, { form: 'appoint', values: valuesOf(req.body, ['fiscal_year', 'chair_id']), errors: e.fields, members: formList(req.body, 'members') })
    }
  })
  const renderOne = async (req: FastifyRequest, reply: FastifyReply, id: string, state?: ItemState) => sendPage(reply, StocktakePage({ ctx: pageContext(req, reply), view: await uc.stocktakeView(ctxOf(req), id), state }), state ? 422 : 200)
  app.get<IdParams>('/staff/property/stocktakes/:id', async (req, reply) => renderOne(req, reply, req.params.id))
  app.get<IdParams>('/staff/property/stocktakes/:id/report.docx', async (req, reply) => {
    const view = await uc.stocktakeView(ctxOf(req), req.params.id)
    return sendExport(reply, { body: await stocktakeDocx(view, req.now), contentType: EXPORT_CONTENT_TYPES.docx, filename: `ตรวจสอบพัสดุประจำปี-${view.stocktake.fiscalYear}.docx` })
  })
  app.post<{ Params: { id: string; itemId: string } }>('/staff/property/stocktakes/:id/items/:itemId', async (req, reply) => {
    try {
      await uc.countItem(ctxOf(req), req.params.id, req.params.itemId, req.body)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      return renderOne(req, reply, req.params.id, { form: req.params.itemId, values: valuesOf(req.body, ['found', 'condition', 'note']), errors: e.fields })
    }
    return backTo(reply, `/staff/property/stocktakes/${req.params.id}#i-${req.params.itemId}`)
  })
  app.post<IdParams>('/staff/property/stocktakes/:id/submit', async (req, reply) => {
    try {
      await uc.submitStocktake(ctxOf(req), req.params.id)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      return renderOne(req, reply, req.params.id, { form: 'submit', values: {}, errors: e.fields })
    }
    return backTo(reply, `/staff/property/stocktakes/${req.params.id}`)
  })
  app.post<IdParams>('/staff/property/stocktakes/:id/acknowledge', async (req, reply) => {
    await uc.acknowledgeStocktake(ctxOf(req), req.params.id, formString(req.body, 'head_note'))
    return backTo(reply, `/staff/property/stocktakes/${req.params.id}`)
  })
}
