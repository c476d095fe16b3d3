import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import type { FieldErrors } from '../../errors.ts'
import { NotFoundError } from '../../errors.ts'
import { acceptUploads, fileServiceFor } from '../../platform/files/index.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { formString } from '../../web/http/form-errors.ts'
import { sendExport } from '../../web/http/send-export.ts'
import { emptyLineText, LIMITS, lineText, parseFiscalYearParam, planTotals } from './budget.domain.ts'
import { ADD_ROWS, readBudgetForm, withSpareRows, type BudgetFormValues } from './budget.input.ts'
import { budgetTemplateFile } from './budget-open-data.ts'
import { budgetEditor, budgetWorkspace, importBudgetPlan, saveBudgetPlan, setBudgetPublication, staffBudgetVersion, templateLines, type BudgetEditor, type ImportSource, type UseCaseContext } from './budget.use-cases.ts'
import { renderBudgetCharts } from './budget-view-data.ts'
import { BudgetEditorPage, type ImportFormState } from './views/editor.page.tsx'
import { StaffVersionPage } from './views/staff-version.page.tsx'
import { BudgetWorkspacePage, staffBudgetUrl } from './views/workspace.page.tsx'

type YearParams = { Params: { slug: string; fy: string } }

/** An import file is a small table; this leaves plenty of room for 200 lines. */
const IMPORT_MAX_BYTES = 2 * 1024 * 1024

const yearOf = (text: unknown) => {
  const y = parseFiscalYearParam(text)
  if (y === undefined) throw new NotFoundError('fiscal year')
  return y
}

function valuesOf(editor: BudgetEditor): BudgetFormValues {
  const current = editor.current
  return {
    lines: withSpareRows(current ? current.lines.map(lineText) : []),
    notes: current?.notes ?? '',
    responsible: current?.responsible ?? '',
    based_on_version: String(editor.plan?.currentVersion ?? 0),
  }
}

/** The agency's own pages for its spending plan: /staff/budget. */
export async function budgetStaffRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const files = fileServiceFor(deps)
  const ctxOf = (req: FastifyRequest): UseCaseContext => ({ db: deps.db, actor: requireActor(req), now: req.now })

  async function renderEditor(req: FastifyRequest<YearParams>, reply: FastifyReply, state: { values?: BudgetFormValues; errors?: FieldErrors; importState?: ImportFormState } = {}, status = 200) {
    const editor = await budgetEditor(ctxOf(req), req.params.slug, yearOf(req.params.fy))
    return sendPage(
      reply,
      BudgetEditorPage({ ctx: pageContext(req, reply), editor, values: state.values ?? valuesOf(editor), errors: state.errors, importState: state.importState ?? { csv: '' } }),
      status,
    )
  }

  app.get<{ Querystring: { org?: string; year?: string } }>('/staff/budget', async (req, reply) => {
    const org = typeof req.query.org === 'string' && req.query.org ? req.query.org : undefined
    const workspace = await budgetWorkspace(ctxOf(req), org)
    // The year picker is a GET form: it lands on that year's editor.
    if (req.query.year !== undefined) return reply.redirect(staffBudgetUrl(workspace.org.slug, yearOf(req.query.year)), 303)
    return sendPage(reply, BudgetWorkspacePage({ ctx: pageContext(req, reply), workspace }))
  })

  app.get<YearParams>('/staff/budget/:slug/:fy', async (req, reply) => renderEditor(req, reply))

  app.post<YearParams>('/staff/budget/:slug/:fy', async (req, reply) => {
    const fy = yearOf(req.params.fy)
    const values = readBudgetForm(req.body)
    if (formString(req.body, 'action') === 'add_rows') {
      // Nothing is saved: the same table comes back with more empty rows (no JavaScript needed).
      const room = Math.max(0, LIMITS.lines + ADD_ROWS - values.lines.length)
      const lines = [...values.lines, ...Array.from({ length: Math.min(ADD_ROWS, room) }, emptyLineText)]
      return renderEditor(req, reply, { values: { ...values, lines } })
    }
    const outcome = await saveBudgetPlan(ctxOf(req), req.params.slug, fy, values)
    if (outcome.saved) {
      setFlash(reply, { th: `บันทึกฉบับที่ ${outcome.version} แล้ว`, en: `Version ${outcome.version} saved` })
      return reply.redirect(staffBudgetUrl(req.params.slug, fy), 303)
    }
    return renderEditor(req, reply, { values: { ...values, based_on_version: String(outcome.basedOnVersion) }, errors: outcome.errors }, 422)
  })

  app.post<YearParams>('/staff/budget/:slug/:fy/publication', async (req, reply) => {
    const fy = yearOf(req.params.fy)
    const publish = formString(req.body, 'publish') === 'yes'
    const { changed } = await setBudgetPublication(ctxOf(req), req.params.slug, fy, publish)
    if (changed) {
      setFlash(reply, publish ? { th: 'เผยแพร่แล้ว ประชาชนเปิดดูได้ที่ที่อยู่ถาวรของปีงบประมาณนี้', en: 'Published: the public can now open it at this fiscal year’s permanent address' } : { th: 'หยุดเผยแพร่แล้ว', en: 'Unpublished' })
    }
    return reply.redirect(staffBudgetUrl(req.params.slug, fy), 303)
  })

  app.get<YearParams & { Params: { n: string } }>('/staff/budget/:slug/:fy/v/:n', async (req, reply) => {
    const fy = yearOf(req.params.fy)
    const n = /^[1-9][0-9]{0,6}$/.test(req.params.n) ? Number(req.params.n) : -1
    const view = await staffBudgetVersion(ctxOf(req), req.params.slug, fy, n)
    const totals = planTotals(view.shown.lines)
    return sendPage(reply, StaffVersionPage({ ctx: pageContext(req, reply), editor: view, shown: view.shown, totals, charts: renderBudgetCharts(totals, fy, req.locale) }))
  })

  for (const format of ['xlsx', 'csv'] as const) {
    app.get<YearParams>(`/staff/budget/:slug/:fy/template.${format}`, async (req, reply) => {
      const fy = yearOf(req.params.fy)
      const { org, lines } = await templateLines(ctxOf(req), req.params.slug, fy)
      return sendExport(reply, await budgetTemplateFile(lines, org.slug, fy, format))
    })
  }

  await app.register(async (scope) => {
    const uploadsOf = await acceptUploads(scope, files, {
      fields: { file: { maxBytes: IMPORT_MAX_BYTES, allowed: ['excel'] } },
      acceptFrom: (req) => req.actor !== null,
      maxFieldBytes: 1024 * 1024,
    })
    scope.post<YearParams>('/staff/budget/:slug/:fy/import', async (req, reply) => {
      const fy = yearOf(req.params.fy)
      const csv = formString(req.body, 'csv')
      const file = uploadsOf(req).get('file')
      if (file && 'problem' in file) {
        const problem = Object.values(file.problem)[0]
        return renderEditor(req, reply, { importState: { csv, fileProblem: problem?.[req.locale] } }, 422)
      }
      let source: ImportSource
      if (file) source = { kind: 'xlsx', path: file.upload.tempPath }
      else if (csv.trim()) source = { kind: 'csv', text: csv }
      else return renderEditor(req, reply, { importState: { csv, fileProblem: req.locale === 'th' ? 'เลือกไฟล์ Excel หรือวางข้อมูล CSV' : 'Choose an Excel file or paste CSV' } }, 422)
      const outcome = await importBudgetPlan(ctxOf(req), req.params.slug, fy, source)
      if (!outcome.ok) return renderEditor(req, reply, { importState: { csv, errors: outcome.errors } }, 422)
      setFlash(reply, { th: `นำเข้า ${outcome.lines} รายการแล้ว บันทึกเป็นฉบับที่ ${outcome.version}`, en: `Imported ${outcome.lines} line(s) as version ${outcome.version}` })
      return reply.redirect(staffBudgetUrl(req.params.slug, fy), 303)
    })
  })
}
