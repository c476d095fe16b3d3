import { ExcelJS } from '../../platform/heavy-modules.ts'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import type { FieldErrors } from '../../errors.ts'
import { EXPORT_CONTENT_TYPES } from '../../platform/exports/index.ts'
import { acceptUploads, fileServiceFor } from '../../platform/files/index.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { formString } from '../../web/http/form-errors.ts'
import { sendExport } from '../../web/http/send-export.ts'
import { LIMITS } from './procurement.domain.ts'
import { emptyMonthRow, emptyPlanLine, monthFormFrom, planFormFrom, readMonthForm, readPlanForm, type MonthFormValues, type PlanFormValues } from './procurement.input.ts'
import { templateRows } from './procurement-import.ts'
import { parseFiscalYear, parseMonth } from './procurement-public.use-cases.ts'
import { importMonthRows, monthEditor, planEditor, procurementOverview, saveMonth, savePlan, setPublication, type ImportSource, type UseCaseContext } from './procurement-staff.use-cases.ts'
import { MonthFormPage, type ImportState } from './views/month-form.page.tsx'
import { PlanFormPage } from './views/plan-form.page.tsx'
import { StaffOverviewPage } from './views/staff-overview.page.tsx'

type YearParams = { Params: { slug: string; fy: string } }
type MonthParams = { Params: { slug: string; fy: string; month: string } }

const IMPORT_FILE_MAX_BYTES = 2 * 1024 * 1024

/** The agency's own pages for its procurement disclosures: /staff/procurement. */
export async function procurementStaffRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const files = fileServiceFor(deps)
  const ctxOf = (req: FastifyRequest): UseCaseContext => ({ db: deps.db, actor: requireActor(req), now: req.now })
  const overviewOf = (slug: string, fy: number) => `/staff/procurement?org=${encodeURIComponent(slug)}&year=${fy}`

  app.get<{ Querystring: { org?: string; year?: string } }>('/staff/procurement', async (req, reply) => {
    const slug = typeof req.query.org === 'string' && /^[a-z0-9-]{1,80}$/.test(req.query.org) ? req.query.org : undefined
    const year = typeof req.query.year === 'string' && /^[0-9]{4}$/.test(req.query.year) ? Number(req.query.year) : undefined
    const view = await procurementOverview(ctxOf(req), slug, year)
    return sendPage(reply, StaffOverviewPage({ ctx: pageContext(req, reply), view }))
  })

  for (const format of ['xlsx', 'csv'] as const) {
    app.get(`/staff/procurement/template.${format}`, async (req, reply) => {
      requireActor(req)
      const rows = templateRows()
      const filename = `skr1-template.${format}`
      if (format === 'csv') {
        const quote = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)
        return sendExport(reply, { body: Buffer.from(`\uFEFF${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`, 'utf8'), contentType: EXPORT_CONTENT_TYPES.csv, filename })
      }
      const workbook = new ExcelJS.Workbook()
      const sheet = workbook.addWorksheet('สขร.1')
      // Text cells, so Excel keeps "12,500.00" and "5/11/2568" as typed.
      sheet.columns = rows[0]!.map(() => ({ width: 22, style: { numFmt: '@' } }))
      for (const row of rows) sheet.addRow(row)
      sheet.getRow(1).font = { bold: true }
      return sendExport(reply, { body: Buffer.from(await workbook.xlsx.writeBuffer()), contentType: EXPORT_CONTENT_TYPES.xlsx, filename })
    })
  }

  async function renderPlan(req: FastifyRequest<YearParams>, reply: FastifyReply, values: PlanFormValues | null, errors?: FieldErrors, status = 200) {
    const fy = parseFiscalYear(req.params.fy)
    const editor = await planEditor(ctxOf(req), req.params.slug, fy)
    return sendPage(reply, PlanFormPage({ ctx: pageContext(req, reply), editor, fiscalYear: fy, values: values ?? planFormFrom(editor.content, editor.record?.currentVersion ?? 0), errors }), status)
  }

  app.get<YearParams>('/staff/procurement/:slug/:fy/plan', async (req, reply) => renderPlan(req, reply, null))

  app.post<YearParams>('/staff/procurement/:slug/:fy/plan', async (req, reply) => {
    const fy = parseFiscalYear(req.params.fy)
    const values = readPlanForm(req.body)
    if (formString(req.body, 'action') === 'add_rows') {
      const room = LIMITS.rows + LIMITS.spareRows - values.lines.length
      return renderPlan(req, reply, { ...values, lines: [...values.lines, ...Array.from({ length: Math.max(0, Math.min(LIMITS.addRows, room)) }, emptyPlanLine)] })
    }
    const outcome = await savePlan(ctxOf(req), req.params.slug, fy, values)
    if (!outcome.saved) return renderPlan(req, reply, { ...values, based_on_version: String(outcome.basedOnVersion) }, outcome.errors, 422)
    setFlash(reply, { th: `บันทึกแผนฉบับที่ ${outcome.version} แล้ว`, en: `Plan version ${outcome.version} saved` })
    return reply.redirect(overviewOf(req.params.slug, fy), 303)
  })

  app.post<YearParams>('/staff/procurement/:slug/:fy/plan/publication', async (req, reply) => {
    const fy = parseFiscalYear(req.params.fy)
    const publish = formString(req.body, 'publish') === 'yes'
    const { changed } = await setPublication(ctxOf(req), req.params.slug, fy, 'plan', 0, publish)
    if (changed) setFlash(reply, publish ? { th: 'เผยแพร่แผนแล้ว', en: 'Plan published' } : { th: 'หยุดเผยแพร่แผนแล้ว', en: 'Plan unpublished' })
    return reply.redirect(overviewOf(req.params.slug, fy), 303)
  })

  async function renderMonth(req: FastifyRequest<MonthParams>, reply: FastifyReply, state: { values?: MonthFormValues; errors?: FieldErrors; importState?: ImportState }, status = 200) {
    const fy = parseFiscalYear(req.params.fy)
    const month = parseMonth(req.params.month)
    const editor = await monthEditor(ctxOf(req), req.params.slug, fy, month)
    const values = state.values ?? monthFormFrom(editor.content, editor.record?.currentVersion ?? 0)
    return sendPage(reply, MonthFormPage({ ctx: pageContext(req, reply), editor, fiscalYear: fy, month, values, errors: state.errors, importState: state.importState }), status)
  }

  app.get<MonthParams>('/staff/procurement/:slug/:fy/months/:month', async (req, reply) => renderMonth(req, reply, {}))

  app.post<MonthParams>('/staff/procurement/:slug/:fy/months/:month', async (req, reply) => {
    const fy = parseFiscalYear(req.params.fy)
    const month = parseMonth(req.params.month)
    const values = readMonthForm(req.body)
    if (formString(req.body, 'action') === 'add_rows') {
      const room = LIMITS.rows + LIMITS.spareRows - values.rows.length
      return renderMonth(req, reply, { values: { ...values, rows: [...values.rows, ...Array.from({ length: Math.max(0, Math.min(LIMITS.addRows, room)) }, emptyMonthRow)] } })
    }
    const outcome = await saveMonth(ctxOf(req), req.params.slug, fy, month, values)
    if (!outcome.saved) return renderMonth(req, reply, { values: { ...values, based_on_version: String(outcome.basedOnVersion) }, errors: outcome.errors }, 422)
    setFlash(reply, { th: `บันทึกฉบับที่ ${outcome.version} แล้ว`, en: `Version ${outcome.version} saved` })
    return reply.redirect(overviewOf(req.params.slug, fy), 303)
  })

  app.post<MonthParams>('/staff/procurement/:slug/:fy/months/:month/publication', async (req, reply) => {
    const fy = parseFiscalYear(req.params.fy)
    const month = parseMonth(req.params.month)
    const publish = formString(req.body, 'publish') === 'yes'
    const { changed } = await setPublication(ctxOf(req), req.params.slug, fy, 'month', month, publish)
    if (changed) setFlash(reply, publish ? { th: 'เผยแพร่สรุปผลของเดือนแล้ว', en: 'Month published' } : { th: 'หยุดเผยแพร่สรุปผลของเดือนแล้ว', en: 'Month unpublished' })
    return reply.redirect(overviewOf(req.params.slug, fy), 303)
  })

  await app.register(async (scope) => {
    const uploadsOf = await acceptUploads(scope, files, {
      fields: { file: { maxBytes: IMPORT_FILE_MAX_BYTES, allowed: ['excel'] } },
      acceptFrom: (req) => req.actor !== null,
      maxFieldBytes: 1024 * 1024,
    })
    scope.post<MonthParams>('/staff/procurement/:slug/:fy/months/:month/import', async (req, reply) => {
      const fy = parseFiscalYear(req.params.fy)
      const month = parseMonth(req.params.month)
      const csv = formString(req.body, 'csv')
      const file = uploadsOf(req).get('file')
      if (file && 'problem' in file) return renderMonth(req, reply, { importState: { csv, problem: Object.values(file.problem)[0]?.[req.locale] } }, 422)
      let source: ImportSource
      if (file) source = { kind: 'xlsx', path: file.upload.tempPath }
      else if (csv.trim()) source = { kind: 'csv', text: csv }
      else return renderMonth(req, reply, { importState: { csv, problem: req.locale === 'th' ? 'เลือกไฟล์ Excel หรือวางข้อมูล CSV' : 'Choose an Excel file or paste CSV' } }, 422)
      const outcome = await importMonthRows(ctxOf(req), req.params.slug, fy, month, source)
      if (!outcome.ok) return renderMonth(req, reply, { importState: { csv, errors: outcome.errors } }, 422)
      setFlash(reply, { th: `นำเข้า ${outcome.rows} รายการแล้ว (ฉบับที่ ${outcome.version})`, en: `Imported ${outcome.rows} purchase(s) (version ${outcome.version})` })
      return reply.redirect(`/staff/procurement/${req.params.slug}/${fy}/months/${month}`, 303)
    })
  })
}
