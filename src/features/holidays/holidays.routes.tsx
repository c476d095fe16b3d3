import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { NotFoundError, ValidationError, type FieldErrors } from '../../errors.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { holidayCsvRoutes } from './holiday-csv.routes.tsx'
import { beYearOf, currentBeYear, readYear } from './holidays.domain.ts'
import {
  emptyHolidayForm,
  holidayFormValuesOf,
  parseDeadline,
  parseHolidayForm,
  readDeadlineQuery,
  readHolidayForm,
  readYearQuery,
  type HolidayFormValues,
} from './holidays.input.ts'
import { addHoliday, assertCanEditHolidays, checkDeadline, holidayOn, holidayYear, removeHoliday, updateHoliday, type HolidaysContext } from './holidays.use-cases.ts'
import type { DeadlineState } from './views/deadline-check.tsx'
import { HolidayDeletePage } from './views/holiday-delete.page.tsx'
import { HolidayFormPage } from './views/holiday-form.page.tsx'
import { yearPageHref } from './views/holiday-text.ts'
import { HolidayYearPage } from './views/holiday-year.page.tsx'

type DateParams = { Params: { date: string } }

/** The year a half-filled form belongs to, for its back link: what was typed if it is a BE year, else this year. */
function formYear(values: HolidayFormValues, now: Date): number {
  const typed = readYear(values.date.year.trim())
  return typed.kind === 'be' ? typed.beYear : currentBeYear(now)
}

/** The government-holiday calendar for platform admins: /admin/holidays. */
export function holidayRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const ctxOf = (req: FastifyRequest): HolidaysContext => ({ db: deps.db, actor: requireActor(req), now: req.now })

  app.get('/admin/holidays', async (req, reply) => {
    const year = readYearQuery(req.query, req.now)
    if (year.kind === 'invalid') throw new NotFoundError('year')
    if (year.kind === 'looks_ce') return reply.redirect(yearPageHref(year.beYear), 303)
    const ctx = ctxOf(req)
    const view = await holidayYear(ctx, year.beYear)
    const deadline: DeadlineState = { values: readDeadlineQuery(req.query) }
    if (deadline.values) {
      try {
        const { start, businessDays } = parseDeadline(deadline.values)
        deadline.result = await checkDeadline(ctx, start, businessDays)
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e
        deadline.errors = e.fields
      }
    }
    return sendPage(reply, HolidayYearPage({ ctx: pageContext(req, reply), view, deadline }), deadline.errors ? 422 : 200)
  })

  async function renderForm(req: FastifyRequest, reply: FastifyReply, values: HolidayFormValues, errors?: FieldErrors, status = 200) {
    return sendPage(reply, HolidayFormPage({ ctx: pageContext(req, reply), values, beYear: formYear(values, req.now), errors }), status)
  }

  app.get('/admin/holidays/new', async (req, reply) => {
    // Refuse before showing a form the person could not submit.
    assertCanEditHolidays(requireActor(req))
    const year = readYearQuery(req.query, req.now)
    return renderForm(req, reply, emptyHolidayForm(year.kind === 'invalid' ? currentBeYear(req.now) : year.beYear))
  })

  app.post('/admin/holidays/new', async (req, reply) => {
    // Who may add holidays is decided before the form is read, so a stranger learns nothing from its errors.
    assertCanEditHolidays(requireActor(req))
    const values = readHolidayForm(req.body)
    try {
      const holiday = parseHolidayForm(values)
      await addHoliday(ctxOf(req), holiday)
      setFlash(reply, { th: `เพิ่มวันหยุด “${holiday.nameTh}” แล้ว`, en: `Holiday “${holiday.nameEn}” added` })
      return reply.redirect(yearPageHref(beYearOf(holiday.date)), 303)
    } catch (e) {
      if (e instanceof ValidationError) return renderForm(req, reply, values, e.fields, 422)
      throw e
    }
  })

  app.get<DateParams>('/admin/holidays/day/:date', async (req, reply) => {
    const holiday = await holidayOn(ctxOf(req), req.params.date)
    return sendPage(reply, HolidayFormPage({ ctx: pageContext(req, reply), values: holidayFormValuesOf(holiday), beYear: beYearOf(holiday.date), holiday }))
  })

  app.post<DateParams>('/admin/holidays/day/:date', async (req, reply) => {
    const values = readHolidayForm(req.body)
    try {
      const changed = parseHolidayForm(values)
      await updateHoliday(ctxOf(req), req.params.date, changed)
      setFlash(reply, { th: `บันทึกวันหยุด “${changed.nameTh}” แล้ว`, en: `Holiday “${changed.nameEn}” saved` })
      return reply.redirect(yearPageHref(beYearOf(changed.date)), 303)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      const holiday = await holidayOn(ctxOf(req), req.params.date)
      return sendPage(reply, HolidayFormPage({ ctx: pageContext(req, reply), values, beYear: beYearOf(holiday.date), errors: e.fields, holiday }), 422)
    }
  })

  app.get<DateParams>('/admin/holidays/day/:date/delete', async (req, reply) => {
    const holiday = await holidayOn(ctxOf(req), req.params.date)
    return sendPage(reply, HolidayDeletePage({ ctx: pageContext(req, reply), holiday }))
  })

  app.post<DateParams>('/admin/holidays/day/:date/delete', async (req, reply) => {
    const removed = await removeHoliday(ctxOf(req), req.params.date)
    setFlash(reply, { th: `ลบวันหยุด “${removed.nameTh}” แล้ว`, en: `Holiday “${removed.nameEn}” deleted` })
    return reply.redirect(yearPageHref(beYearOf(removed.date)), 303)
  })

  holidayCsvRoutes(app, deps)
}
