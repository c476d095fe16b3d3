import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FieldErrors } from '../../errors.ts'
import { acceptUploads, fileServiceFor, sendStoredFile } from '../../platform/files/index.ts'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { formString } from '../../web/http/form-errors.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import {
  emptyParticipationForm,
  emptyPlanForm,
  emptyProjectForm,
  emptyVersionForm,
  projectFormFrom,
  readParticipationForm,
  readPlanForm,
  readProjectForm,
  readStrategyForm,
  readVersionForm,
  type ParticipationFormValues,
  type PlanFormValues,
  type ProjectFormValues,
} from './development-plan.input.ts'
import {
  addParticipation,
  addStrategy,
  budgetLinksEditor,
  createPlan,
  devPlanWorkspace,
  monitoringEditor,
  newProjectForm,
  planEditor,
  projectEditor,
  recordVersion,
  saveBudgetLinks,
  saveMonitoring,
  saveProject,
  setPlanPublication,
  staffMinutes,
  type UseCaseContext,
} from './development-plan.use-cases.ts'
import { BudgetLinksPage } from './views/budget-links.page.tsx'
import { staffPlanUrl } from './views/devplan-text.ts'
import { MonitoringPage } from './views/monitoring.page.tsx'
import { DevPlanPage, type PlanPageForms } from './views/plan.page.tsx'
import { DevPlanProjectPage } from './views/project.page.tsx'
import { DevPlanWorkspacePage } from './views/workspace.page.tsx'

type IdParams = { Params: { id: string } }
type YearParams = { Params: { id: string; fy: string } }
const MINUTES_MAX_BYTES = 10 * 1024 * 1024
const yearOf = (s: string) => (/^[0-9]{4}$/.test(s) ? Number(s) : NaN)

/** /staff/development-plan: the plan, its projects and participation, its links to the budget and its yearly reports. */
export async function devPlanStaffRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const files = fileServiceFor(deps)
  const ctxOf = (req: FastifyRequest): UseCaseContext => ({ db: deps.db, actor: requireActor(req), now: req.now })
  const orgQuery = (req: FastifyRequest) => {
    const q = (req.query as { org?: unknown } | undefined)?.org
    return typeof q === 'string' && q ? q : undefined
  }

  async function renderWorkspace(req: FastifyRequest, reply: FastifyReply, values?: PlanFormValues, errors?: FieldErrors, status = 200) {
    const workspace = await devPlanWorkspace(ctxOf(req), orgQuery(req))
    return sendPage(reply, DevPlanWorkspacePage({ ctx: pageContext(req, reply), workspace, values: values ?? emptyPlanForm(workspace.currentFiscalYear), errors }), status)
  }

  async function renderPlan(req: FastifyRequest, reply: FastifyReply, id: string, forms?: Partial<PlanPageForms>, status = 200) {
    const editor = await planEditor(ctxOf(req), id)
    const page = DevPlanPage({ ctx: pageContext(req, reply), editor, forms: { strategy: forms?.strategy ?? { name: '', goal: '' }, version: forms?.version ?? emptyVersionForm(editor.plan.currentVersion + 1), errors: forms?.errors } })
    return sendPage(reply, page, status)
  }

  type ProjectState = { values?: ProjectFormValues; errors?: FieldErrors; participation?: ParticipationFormValues; participationErrors?: FieldErrors }
  async function renderProject(req: FastifyRequest, reply: FastifyReply, target: { planId: string } | { projectId: string }, state: ProjectState = {}, status = 200) {
    const editor = 'planId' in target ? await newProjectForm(ctxOf(req), target.planId) : await projectEditor(ctxOf(req), target.projectId)
    const values = state.values ?? (editor.project ? projectFormFrom(editor.project, editor.years) : emptyProjectForm(editor.years, editor.strategies[0]?.id))
    const page = DevPlanProjectPage({ ctx: pageContext(req, reply), editor, values, errors: state.errors, participation: state.participation ?? emptyParticipationForm(), participationErrors: state.participationErrors })
    return sendPage(reply, page, status)
  }

  app.get('/staff/development-plan', async (req, reply) => renderWorkspace(req, reply))
  app.post('/staff/development-plan/new', async (req, reply) => {
    const values = readPlanForm(req.body)
    const slug = orgQuery(req) ?? (await devPlanWorkspace(ctxOf(req), undefined)).org.slug
    const outcome = await createPlan(ctxOf(req), slug, values)
    if (!outcome.saved) return renderWorkspace(req, reply, values, outcome.errors, 422)
    setFlash(reply, { th: 'สร้างแผนแล้ว', en: 'Plan created' })
    return reply.redirect(staffPlanUrl(outcome.id), 303)
  })

  app.get<IdParams>('/staff/development-plan/:id', async (req, reply) => renderPlan(req, reply, req.params.id))
  app.post<IdParams>('/staff/development-plan/:id/strategies', async (req, reply) => {
    const strategy = readStrategyForm(req.body)
    const outcome = await addStrategy(ctxOf(req), req.params.id, strategy)
    if (!outcome.saved) return renderPlan(req, reply, req.params.id, { strategy, errors: outcome.errors }, 422)
    setFlash(reply, { th: 'เพิ่มยุทธศาสตร์แล้ว', en: 'Strategy added' })
    return reply.redirect(staffPlanUrl(req.params.id), 303)
  })
  app.post<IdParams>('/staff/development-plan/:id/versions', async (req, reply) => {
    const version = readVersionForm(req.body)
    const outcome = await recordVersion(ctxOf(req), req.params.id, version)
    if (!outcome.saved) return renderPlan(req, reply, req.params.id, { version, errors: outcome.errors }, 422)
    setFlash(reply, { th: `บันทึกฉบับที่ ${outcome.version} แล้ว`, en: `Version ${outcome.version} recorded` })
    return reply.redirect(staffPlanUrl(req.params.id), 303)
  })
  app.post<IdParams>('/staff/development-plan/:id/publication', async (req, reply) => {
    const published = formString(req.body, 'published') === 'yes'
    await setPlanPublication(ctxOf(req), req.params.id, published)
    setFlash(reply, published ? { th: 'เผยแพร่แผนแล้ว', en: 'Plan published' } : { th: 'หยุดเผยแพร่แล้ว', en: 'Plan unpublished' })
    return reply.redirect(staffPlanUrl(req.params.id), 303)
  })

  app.get<IdParams>('/staff/development-plan/:id/projects/new', async (req, reply) => renderProject(req, reply, { planId: req.params.id }))
  app.post<IdParams>('/staff/development-plan/:id/projects/new', async (req, reply) => {
    const editor = await newProjectForm(ctxOf(req), req.params.id)
    const values = readProjectForm(req.body, editor.years)
    const outcome = await saveProject(ctxOf(req), { planId: req.params.id }, values)
    if (!outcome.saved) return renderProject(req, reply, { planId: req.params.id }, { values, errors: outcome.errors }, 422)
    setFlash(reply, { th: 'เพิ่มโครงการแล้ว', en: 'Project added' })
    return reply.redirect(`/staff/development-plan/projects/${outcome.id}`, 303)
  })
  app.get<IdParams>('/staff/development-plan/projects/:id', async (req, reply) => renderProject(req, reply, { projectId: req.params.id }))
  app.post<IdParams>('/staff/development-plan/projects/:id', async (req, reply) => {
    const editor = await projectEditor(ctxOf(req), req.params.id)
    const values = readProjectForm(req.body, editor.years)
    const outcome = await saveProject(ctxOf(req), { projectId: req.params.id }, values)
    if (!outcome.saved) return renderProject(req, reply, { projectId: req.params.id }, { values, errors: outcome.errors }, 422)
    setFlash(reply, { th: 'บันทึกโครงการแล้ว', en: 'Project saved' })
    return reply.redirect(staffPlanUrl(outcome.planId), 303)
  })
  app.get<IdParams>('/staff/development-plan/minutes/:id', async (req, reply) => sendStoredFile(req, reply, await staffMinutes({ ...ctxOf(req), files }, req.params.id), { inline: true }))

  app.get<YearParams>('/staff/development-plan/:id/budget/:fy', async (req, reply) => {
    const view = await budgetLinksEditor(ctxOf(req), req.params.id, yearOf(req.params.fy))
    return sendPage(reply, BudgetLinksPage({ ctx: pageContext(req, reply), view }))
  })
  app.post<YearParams>('/staff/development-plan/:id/budget/:fy', async (req, reply) => {
    const fy = yearOf(req.params.fy)
    const body = (req.body ?? {}) as Record<string, unknown>
    const chosen = new Map<number, string>()
    for (const [k, v] of Object.entries(body)) {
      const m = /^line_([0-9]{1,4})$/.exec(k)
      if (m && typeof v === 'string') chosen.set(Number(m[1]), v)
    }
    const outcome = await saveBudgetLinks(ctxOf(req), req.params.id, fy, chosen)
    if (!outcome.saved) {
      const view = await budgetLinksEditor(ctxOf(req), req.params.id, fy)
      return sendPage(reply, BudgetLinksPage({ ctx: pageContext(req, reply), view, chosen, errors: outcome.errors }), 422)
    }
    setFlash(reply, outcome.unplanned ? { th: `บันทึกแล้ว มี ${outcome.unplanned} รายการที่ไม่อยู่ในแผน`, en: `Saved; ${outcome.unplanned} line(s) are not in the plan` } : { th: 'บันทึกแล้ว ทุกรายการอยู่ในแผน', en: 'Saved; every line is in the plan' })
    return reply.redirect(`${staffPlanUrl(req.params.id)}/budget/${fy}`, 303)
  })

  app.get<YearParams>('/staff/development-plan/:id/monitoring/:fy', async (req, reply) => {
    const view = await monitoringEditor(ctxOf(req), req.params.id, yearOf(req.params.fy))
    return sendPage(reply, MonitoringPage({ ctx: pageContext(req, reply), view, summary: view.report?.summary ?? '' }))
  })
  app.post<YearParams>('/staff/development-plan/:id/monitoring/:fy', async (req, reply) => {
    const fy = yearOf(req.params.fy)
    const summary = formString(req.body, 'summary')
    const publish = formString(req.body, 'action') === 'publish'
    const outcome = await saveMonitoring(ctxOf(req), req.params.id, fy, summary, publish)
    if (!outcome.saved) {
      const view = await monitoringEditor(ctxOf(req), req.params.id, fy)
      return sendPage(reply, MonitoringPage({ ctx: pageContext(req, reply), view, summary, errors: outcome.errors }), 422)
    }
    setFlash(reply, publish ? { th: 'เผยแพร่รายงานแล้ว', en: 'Report published' } : { th: 'บันทึกร่างแล้ว', en: 'Draft saved' })
    return reply.redirect(`${staffPlanUrl(req.params.id)}/monitoring/${fy}`, 303)
  })

  // The participation form is multipart: the minutes travel with it.
  app.register(async (scope) => {
    const uploadsOf = await acceptUploads(scope, files, { fields: { minutes: { maxBytes: MINUTES_MAX_BYTES, allowed: ['pdf', 'word'] } }, acceptFrom: (req) => req.actor !== null })
    scope.post<IdParams>('/staff/development-plan/projects/:id/participation', async (req, reply) => {
      const participation = readParticipationForm(req.body)
      const outcome = await addParticipation({ ...ctxOf(req), files }, req.params.id, participation, uploadsOf(req).get('minutes'))
      if (!outcome.saved) return renderProject(req, reply, { projectId: req.params.id }, { participation, participationErrors: outcome.errors }, 422)
      setFlash(reply, { th: 'บันทึกการมีส่วนร่วมแล้ว', en: 'Participation recorded' })
      return reply.redirect(`/staff/development-plan/projects/${req.params.id}`, 303)
    })
  })
}
