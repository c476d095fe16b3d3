import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { ValidationError } from '../../errors.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { formString } from '../../web/http/form-errors.ts'
import type { ItaContext } from './ita-access.ts'
import { measureFormFrom, readMeasureForm } from './measure-library.input.ts'
import { addLibraryMeasure, editLibraryMeasure, libraryMeasure, listLibrary, setLibraryMeasureRetired } from './measure-library.use-cases.ts'
import { MeasureFormPage } from './views/measure-form.page.tsx'
import { MeasureLibraryPage } from './views/measure-library.page.tsx'

type IdParams = { Params: { id: string } }
const BLANK = { indicator: '', th: '', en: '', source: '' }

/** The measure library for oversight and platform admins: /staff/ita/measures. */
export function measureLibraryRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const ctxOf = (req: FastifyRequest): ItaContext => ({ db: deps.db, actor: requireActor(req), now: req.now })

  app.get('/staff/ita/measures', async (req, reply) => sendPage(reply, MeasureLibraryPage({ ctx: pageContext(req, reply), library: await listLibrary(ctxOf(req)) })))

  app.get('/staff/ita/measures/new', async (req, reply) => {
    await listLibrary(ctxOf(req))
    return sendPage(reply, MeasureFormPage({ ctx: pageContext(req, reply), values: BLANK }))
  })

  app.post('/staff/ita/measures/new', async (req, reply) => {
    const values = readMeasureForm(req.body)
    try {
      await addLibraryMeasure(ctxOf(req), values)
    } catch (e) {
      if (e instanceof ValidationError) return sendPage(reply, MeasureFormPage({ ctx: pageContext(req, reply), values, errors: e.fields }), 422)
      throw e
    }
    setFlash(reply, { th: 'เพิ่มมาตรการแล้ว', en: 'Measure added' })
    return reply.redirect('/staff/ita/measures', 303)
  })

  app.get<IdParams>('/staff/ita/measures/:id', async (req, reply) => {
    const measure = await libraryMeasure(ctxOf(req), req.params.id)
    return sendPage(reply, MeasureFormPage({ ctx: pageContext(req, reply), values: measureFormFrom(measure), measure }))
  })

  app.post<IdParams>('/staff/ita/measures/:id', async (req, reply) => {
    const values = readMeasureForm(req.body)
    try {
      await editLibraryMeasure(ctxOf(req), req.params.id, values)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      const measure = await libraryMeasure(ctxOf(req), req.params.id)
      return sendPage(reply, MeasureFormPage({ ctx: pageContext(req, reply), values, errors: e.fields, measure }), 422)
    }
    setFlash(reply, { th: 'บันทึกมาตรการแล้ว', en: 'Measure saved' })
    return reply.redirect('/staff/ita/measures', 303)
  })

  app.post<IdParams>('/staff/ita/measures/:id/retire', async (req, reply) => {
    const retired = formString(req.body, 'retired') === 'yes'
    await setLibraryMeasureRetired(ctxOf(req), req.params.id, retired)
    setFlash(reply, retired ? { th: 'เลิกใช้มาตรการแล้ว', en: 'Measure retired' } : { th: 'นำมาตรการกลับมาใช้แล้ว', en: 'Measure restored' })
    return reply.redirect('/staff/ita/measures', 303)
  })
}
