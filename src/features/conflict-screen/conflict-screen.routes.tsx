import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { ValidationError, type FieldErrors } from '../../errors.ts'
import { EXPORT_CONTENT_TYPES } from '../../platform/exports/index.ts'
import { addCalendarDays, monthNameEn, monthNameTh, todayInBangkok, type IsoDate } from '../../platform/thai-calendar/index.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import { sendExport } from '../../web/http/send-export.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { monthlyReportDocx } from './conflict-report-docx.ts'
import { DECLARATION_FIELDS, ENTRY_FIELDS, BIDDER_FIELDS, PARTICIPANT_FIELDS, PROCUREMENT_FIELDS, valuesOf } from './conflict-screen.input.ts'
import * as uc from './conflict-screen.use-cases.ts'
import { ConflictHomePage } from './views/conflict-home.page.tsx'
import { MyRecordPage } from './views/my-record.page.tsx'
import { NewProcurementPage } from './views/new-procurement.page.tsx'
import { ProcurementPage } from './views/procurement.page.tsx'
import { ReportPage, ReportsPage } from './views/reports.page.tsx'
import type { FormState } from './views/form-state.ts'

type IdParams = { Params: { id: string } }

/** This month and the eleven before it, newest first, as 'YYYY-MM' choices. */
function recentMonths(now: Date, locale: Locale): { value: string; text: string }[] {
  let day = `${todayInBangkok(now).slice(0, 7)}-01`
  const out: { value: string; text: string }[] = []
  for (let i = 0; i < 12; i++) {
    const [y, m] = day.split('-').map(Number) as [number, number]
    out.push({ value: day.slice(0, 7), text: locale === 'th' ? `${monthNameTh(m)} ${y + 543}` : `${monthNameEn(m)} ${y + 543}` })
    day = `${addCalendarDays(day as IsoDate, -1).slice(0, 7)}-01`
  }
  return out
}

/** Runs a form's use case; a rejected form comes back to `render` with status 422. */
async function attemptForm(reply: FastifyReply, form: string, values: Record<string, string>, run: () => Promise<void>, render: (state: FormState) => Promise<FastifyReply>): Promise<FastifyReply | null> {
  try {
    await run()
    return null
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e
    reply.status(422)
    return render({ form, values, errors: e.fields })
  }
}

/** The conflict-of-interest screen in procurement (F3): internal pages only. */
export async function conflictScreenRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const ctxOf = (req: FastifyRequest): uc.UseCaseContext => ({ db: deps.db, actor: requireActor(req), now: req.now })

  app.get('/staff/conflict', async (req, reply) => sendPage(reply, ConflictHomePage({ ctx: pageContext(req, reply), view: await uc.overview(ctxOf(req)) })))

  // ---- Own interest record ----
  const renderRecord = async (req: FastifyRequest, reply: FastifyReply, state?: FormState) => {
    const { entries } = await uc.myRecord(ctxOf(req))
    return sendPage(reply, MyRecordPage({ ctx: pageContext(req, reply), entries, state }), state ? 422 : 200)
  }
  app.get('/staff/conflict/my-record', async (req, reply) => renderRecord(req, reply))
  app.post('/staff/conflict/my-record', async (req, reply) => {
    const failed = await attemptForm(reply, 'entry', valuesOf(req.body, ENTRY_FIELDS), () => uc.addEntry(ctxOf(req), req.body), (s) => renderRecord(req, reply, s))
    if (failed) return failed
    setFlash(reply, { th: 'เพิ่มข้อมูลแล้ว', en: 'Added' })
    return reply.redirect('/staff/conflict/my-record', 303)
  })
  app.post<IdParams>('/staff/conflict/my-record/:id/delete', async (req, reply) => {
    await uc.removeEntry(ctxOf(req), req.params.id)
    setFlash(reply, { th: 'ลบข้อมูลแล้ว', en: 'Removed' })
    return reply.redirect('/staff/conflict/my-record', 303)
  })

  // ---- Procurements ----
  const renderNew = async (req: FastifyRequest, reply: FastifyReply, state?: FormState) => {
    await uc.newProcurementForm(ctxOf(req))
    const ctx = pageContext(req, reply)
    const months = recentMonths(req.now, ctx.locale)
    const fromRegister = await uc.registerRows(ctxOf(req), months.slice(0, 3).map((m) => m.value))
    return sendPage(reply, NewProcurementPage({ ctx, months, fromRegister, state }), state ? 422 : 200)
  }
  app.get('/staff/conflict/procurements/new', async (req, reply) => renderNew(req, reply))
  app.post('/staff/conflict/procurements/new', async (req, reply) => {
    let id = ''
    const failed = await attemptForm(reply, 'procurement', valuesOf(req.body, PROCUREMENT_FIELDS), async () => void (id = await uc.createProcurement(ctxOf(req), req.body)), (s) => renderNew(req, reply, s))
    if (failed) return failed
    setFlash(reply, { th: 'เพิ่มรายการแล้ว เพิ่มผู้เสนอราคาและผู้เกี่ยวข้องได้ที่หน้านี้', en: 'Added; now add its bidders and participants' })
    return reply.redirect(`/staff/conflict/procurements/${id}`, 303)
  })

  app.post('/staff/conflict/procurements/from-register', async (req, reply) => {
    const id = await uc.importFromRegister(ctxOf(req), req.body)
    setFlash(reply, { th: 'นำรายการและผู้เสนอราคาจากรายงาน สขร.๑ แล้ว เพิ่มกรรมการ ผู้ถือหุ้น และที่อยู่ของผู้เสนอราคาได้ที่หน้านี้', en: 'Taken from the สขร.1 with its bidders; add their directors and addresses here' })
    return reply.redirect(`/staff/conflict/procurements/${id}`, 303)
  })

  const renderProcurement = async (req: FastifyRequest, reply: FastifyReply, id: string, state?: FormState) => {
    const view = await uc.procurementView(ctxOf(req), id)
    return sendPage(reply, ProcurementPage({ ctx: pageContext(req, reply), view, state }), state ? 422 : 200)
  }
  app.get<IdParams>('/staff/conflict/procurements/:id', async (req, reply) => renderProcurement(req, reply, req.params.id))

  const steps = {
    bidders: { fields: BIDDER_FIELDS, form: 'bidder', run: uc.addBidder, flash: { th: 'เพิ่มผู้เสนอราคาแล้ว', en: 'Bidder added' } },
    participants: { fields: PARTICIPANT_FIELDS, form: 'participant', run: uc.addParticipant, flash: { th: 'เพิ่มผู้เกี่ยวข้องแล้ว', en: 'Participant added' } },
    declaration: { fields: DECLARATION_FIELDS, form: 'declaration', run: uc.declare, flash: { th: 'ยื่นแบบแสดงความสัมพันธ์แล้ว', en: 'Declaration filed' } },
  } as const
  for (const [path, step] of Object.entries(steps)) {
    app.post<IdParams>(`/staff/conflict/procurements/:id/${path}`, async (req, reply) => {
      const id = req.params.id
      const failed = await attemptForm(reply, step.form, valuesOf(req.body, step.fields), () => step.run(ctxOf(req), id, req.body), (s) => renderProcurement(req, reply, id, s))
      if (failed) return failed
      setFlash(reply, step.flash)
      return reply.redirect(`/staff/conflict/procurements/${id}`, 303)
    })
  }
  app.post<IdParams>('/staff/conflict/procurements/:id/screen', async (req, reply) => {
    const { found, added } = await uc.runScreen(ctxOf(req), req.params.id)
    setFlash(reply, { th: `ตรวจสอบแล้ว พบความเชื่อมโยง ${found} กรณี (ใหม่ ${added})`, en: `Screened: ${found} hit(s), ${added} new` })
    return reply.redirect(`/staff/conflict/procurements/${req.params.id}`, 303)
  })
  app.post<IdParams>('/staff/conflict/hits/:id/resolve', async (req, reply) => {
    const hitId = req.params.id
    let procurementId = ''
    try {
      procurementId = await uc.resolveHit(ctxOf(req), hitId, req.body)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      const row = await deps.db.selectFrom('coi_hits').select('procurement_id').where('id', '=', hitId).executeTakeFirstOrThrow()
      // The hit forms share a page: their fields carry the hit's id, so the summary links to the right one.
      const errors: FieldErrors = Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [`${k}-${hitId}`, v]))
      reply.status(422)
      return renderProcurement(req, reply, row.procurement_id, { form: `hit-${hitId}`, values: valuesOf(req.body, ['decision', 'reason']), errors })
    }
    setFlash(reply, { th: 'บันทึกผลการพิจารณาแล้ว', en: 'Decision recorded' })
    return reply.redirect(`/staff/conflict/procurements/${procurementId}#hit-${hitId}`, 303)
  })

  // ---- Monthly reports ----
  const renderReports = async (req: FastifyRequest, reply: FastifyReply, state?: FormState) => {
    const page = await uc.reportsPage(ctxOf(req))
    const ctx = pageContext(req, reply)
    return sendPage(reply, ReportsPage({ ctx, reports: page.reports, isOfficer: page.isOfficer, months: recentMonths(req.now, ctx.locale), state }), state ? 422 : 200)
  }
  app.get('/staff/conflict/reports', async (req, reply) => renderReports(req, reply))
  app.post('/staff/conflict/reports', async (req, reply) => {
    let id = ''
    const failed = await attemptForm(reply, 'report', valuesOf(req.body, ['month']), async () => void (id = await uc.submitReport(ctxOf(req), req.body)), (s) => renderReports(req, reply, s))
    if (failed) return failed
    setFlash(reply, { th: 'ส่งรายงานถึงหัวหน้าส่วนราชการแล้ว', en: 'Report sent to the head' })
    return reply.redirect(`/staff/conflict/reports/${id}`, 303)
  })
  const renderReport = async (req: FastifyRequest, reply: FastifyReply, id: string, state?: FormState) => {
    const v = await uc.reportView(ctxOf(req), id)
    const ctx = pageContext(req, reply)
    return sendPage(reply, ReportPage({ ctx, report: v.report, agencyName: ctx.locale === 'th' ? v.agency.name_th : v.agency.name_en || v.agency.name_th, isHead: v.isHead, state }), state ? 422 : 200)
  }
  app.get<IdParams>('/staff/conflict/reports/:id.docx', async (req, reply) => {
    const v = await uc.reportView(ctxOf(req), req.params.id)
    const body = await monthlyReportDocx(v.report, v.agency)
    return sendExport(reply, { body, contentType: EXPORT_CONTENT_TYPES.docx, filename: `รายงานผลประโยชน์ทับซ้อน-${v.report.month.slice(0, 7)}.docx` })
  })
  app.get<IdParams>('/staff/conflict/reports/:id', async (req, reply) => renderReport(req, reply, req.params.id))
  app.post<IdParams>('/staff/conflict/reports/:id/acknowledge', async (req, reply) => {
    const id = req.params.id
    const failed = await attemptForm(reply, 'acknowledge', valuesOf(req.body, ['head_note']), () => uc.acknowledgeReport(ctxOf(req), id, req.body), (s) => renderReport(req, reply, id, s))
    if (failed) return failed
    setFlash(reply, { th: 'รับทราบรายงานแล้ว', en: 'Report acknowledged' })
    return reply.redirect(`/staff/conflict/reports/${id}`, 303)
  })
}
