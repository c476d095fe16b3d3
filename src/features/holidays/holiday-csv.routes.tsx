import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { NotFoundError, ValidationError } from '../../errors.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { exportYearCsv, holidayCountInYear, replaceYearHolidays } from './holiday-csv.use-cases.ts'
import { readYear } from './holidays.domain.ts'
import { parseImportCsv, readImportForm, readYearQuery } from './holidays.input.ts'
import type { HolidaysContext } from './holidays.use-cases.ts'
import { HolidayImportPage } from './views/holiday-import.page.tsx'
import { yearPageHref } from './views/holiday-text.ts'

/** A whole year in and out as CSV: the cabinet's yearly announcement, edited in a spreadsheet. */
export function holidayCsvRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const ctxOf = (req: FastifyRequest): HolidaysContext => ({ db: deps.db, actor: requireActor(req), now: req.now })

  function beYearOf(req: FastifyRequest): number {
    const year = readYearQuery(req.query, req.now)
    // Only a form can post here, and its address carries a BE year; anything else is a wrong address.
    if (year.kind !== 'be') throw new NotFoundError('year')
    return year.beYear
  }

  app.get('/admin/holidays/import', async (req, reply) => {
    const beYear = beYearOf(req)
    const count = await holidayCountInYear(ctxOf(req), beYear)
    return sendPage(reply, HolidayImportPage({ ctx: pageContext(req, reply), beYear, count, csv: '' }))
  })

  app.post('/admin/holidays/import', async (req, reply) => {
    const beYear = beYearOf(req)
    const { csv } = readImportForm(req.body)
    try {
      const { before, after } = await replaceYearHolidays(ctxOf(req), beYear, parseImportCsv(csv))
      setFlash(reply, {
        th: `นำเข้าวันหยุดปี พ.ศ. ${beYear} แล้ว: ${after} วัน (เดิม ${before} วัน)`,
        en: `Imported the holidays of ${beYear} BE: ${after} days (before: ${before})`,
      })
      return reply.redirect(yearPageHref(beYear), 303)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      const count = await holidayCountInYear(ctxOf(req), beYear)
      return sendPage(reply, HolidayImportPage({ ctx: pageContext(req, reply), beYear, count, csv, errors: e.fields }), 422)
    }
  })

  app.get<{ Params: { year: string } }>('/admin/holidays/:year.csv', async (req, reply) => {
    const year = readYear(req.params.year)
    if (year.kind !== 'be') throw new NotFoundError('year')
    const file = await exportYearCsv(ctxOf(req), year.beYear)
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .header('cache-control', 'no-store')
      .send(file.body)
  })
}
