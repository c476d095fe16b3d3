import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { NotFoundError, ValidationError, type FieldErrors } from '../../errors.ts'
import { EXPORT_CONTENT_TYPES } from '../../platform/exports/index.ts'
import { sendExport } from '../../web/http/send-export.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { monitoringDocx } from './property-monitoring-docx.ts'
import { ITEM_FIELDS, REQUEST_FIELDS, valuesOf } from './property.input.ts'
import * as uc from './property.use-cases.ts'
import { propertyLifecycleRoutes } from './property-lifecycle.routes.tsx'
import { lifecycleOf } from './property-lifecycle.use-cases.ts'
import { PropertyItemPage } from './views/property-item.page.tsx'
import { PropertyRegisterPage } from './views/property-register.page.tsx'

type IdParams = { Params: { id: string } }
const STEP_FIELDS = ['note', 'issue_condition', 'return_condition', 'damage_note', 'returned_on-day', 'returned_on-month', 'returned_on-year']

/** The property register and borrowing (F6): internal pages. */
export async function propertyRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const ctxOf = (req: FastifyRequest): uc.UseCaseContext => ({ db: deps.db, actor: requireActor(req), now: req.now, baseUrl: deps.config.baseUrl })

  const renderRegister = async (req: FastifyRequest, reply: FastifyReply, state?: { values: Record<string, string>; errors: FieldErrors }) =>
    sendPage(reply, PropertyRegisterPage({ ctx: pageContext(req, reply), view: await uc.registerView(ctxOf(req)), state }), state ? 422 : 200)
  app.get('/staff/property', async (req, reply) => renderRegister(req, reply))
  app.post('/staff/property', async (req, reply) => {
    try {
      const id = await uc.addItem(ctxOf(req), req.body)
      setFlash(reply, { th: 'เพิ่มในทะเบียนแล้ว', en: 'Added to the register' })
      return reply.redirect(`/staff/property/${id}`, 303)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      return renderRegister(req, reply, { values: valuesOf(req.body, ITEM_FIELDS), errors: e.fields })
    }
  })

  app.get<{ Params: { period: string } }>('/staff/property/monitoring/:period.docx', async (req, reply) => {
    const m = /^(\d{4})-([12])$/.exec(req.params.period)
    if (!m) throw new NotFoundError('report')
    const [year, half] = [Number(m[1]), Number(m[2]) as 1 | 2]
    const ctx = ctxOf(req)
    const report = await uc.monitoring(ctx, year, half)
    return sendExport(reply, { body: await monitoringDocx(report, year, half, ctx.actor.displayName, req.now), contentType: EXPORT_CONTENT_TYPES.docx, filename: `ติดตามการใช้ทรัพย์สิน-${year}-${half}.docx` })
  })

  const renderItem = async (req: FastifyRequest, reply: FastifyReply, id: string, state?: { form: string; values: Record<string, string>; errors: FieldErrors }) => {
    const [view, life] = await Promise.all([uc.itemView(ctxOf(req), id), lifecycleOf(ctxOf(req), id)])
    return sendPage(reply, PropertyItemPage({ ctx: pageContext(req, reply), view, life, state }), state ? 422 : 200)
  }
  await propertyLifecycleRoutes(app, deps, renderItem)
  app.get<IdParams>('/staff/property/:id', async (req, reply) => renderItem(req, reply, req.params.id))
  app.post<IdParams>('/staff/property/:id/borrow', async (req, reply) => {
    try {
      await uc.requestBorrowing(ctxOf(req), req.params.id, req.body)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      return renderItem(req, reply, req.params.id, { form: 'request', values: valuesOf(req.body, REQUEST_FIELDS), errors: e.fields })
    }
    setFlash(reply, { th: 'ส่งคำขอยืมแล้ว รอหัวหน้าอนุมัติ', en: 'Request sent for approval' })
    return reply.redirect(`/staff/property/${req.params.id}`, 303)
  })
  for (const path of ['decide', 'issue', 'return', 'cancel'] as const) {
    app.post<IdParams>(`/staff/property/borrowings/:id/${path}`, async (req, reply) => {
      const id = req.params.id
      const chosen = valuesOf(req.body, ['step']).step
      const step = path === 'decide' ? (chosen === 'reject' ? 'reject' : 'approve') : path
      try {
        const itemId = await uc.borrowingStep(ctxOf(req), id, step, req.body)
        setFlash(reply, { th: 'บันทึกแล้ว', en: 'Saved' })
        return reply.redirect(`/staff/property/${itemId}#b-${id}`, 303)
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e
        const row = await deps.db.selectFrom('property_borrowings').select('item_id').where('id', '=', id).executeTakeFirstOrThrow()
        // The step forms share a page: their fields carry the borrowing's id.
        const errors: FieldErrors = Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [`${k}-${id}`, v]))
        return renderItem(req, reply, row.item_id, { form: id, values: valuesOf(req.body, STEP_FIELDS), errors })
      }
    })
  }
}
