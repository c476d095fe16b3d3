import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FieldErrors } from '../../errors.ts'
import { renderExport } from '../../platform/exports/index.ts'
import { DIRECTORY_SCOPE, organisationScope } from '../../platform/public-content/generations.ts'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { formString } from '../../web/http/form-errors.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { sendExport } from '../../web/http/send-export.ts'
import { NotFoundError } from '../../errors.ts'
import { evaluationReportTable } from './performance-evaluation-report.ts'
import { emptyIndicatorForm, emptyMemberForm, readIndicatorForm, readMemberForm, readSheet, type SheetValues } from './performance-evaluation.input.ts'
import {
  addIndicator,
  addMember,
  completeEvaluation,
  createEvaluation,
  evaluationEditor,
  evaluationWorkspace,
  findEvaluationOrganisation,
  memberSheet,
  publicEvaluation,
  publicEvaluations,
  saveSheet,
  setEvaluationPublication,
  staffEvaluationReport,
  type UseCaseContext,
} from './performance-evaluation.use-cases.ts'
import { EvaluationPage, type EvaluationForms } from './views/evaluation.page.tsx'
import { NoEvaluationPage, PublicEvaluationPage, publicEvaluationUrl } from './views/public-evaluation.page.tsx'
import { SheetPage } from './views/sheet.page.tsx'
import { evaluationUrl, EvaluationWorkspacePage, sheetUrl } from './views/workspace.page.tsx'

type IdParams = { Params: { id: string } }
type SheetParams = { Params: { id: string; userId: string } }

/** The four-dimension evaluation (G5): managers set it up, each member scores their own sheet, the result is computed and published. */
export async function performanceEvaluationRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const ctxOf = (req: FastifyRequest): UseCaseContext => ({ db: deps.db, actor: requireActor(req), now: req.now })
  const orgQuery = (req: FastifyRequest) => {
    const q = (req.query as { org?: unknown } | undefined)?.org
    return typeof q === 'string' && q ? q : undefined
  }

  async function renderWorkspace(req: FastifyRequest, reply: FastifyReply, year?: string, errors?: FieldErrors, status = 200) {
    const workspace = await evaluationWorkspace(ctxOf(req), orgQuery(req))
    return sendPage(reply, EvaluationWorkspacePage({ ctx: pageContext(req, reply), workspace, year: year ?? String(workspace.currentFiscalYear - 1), errors }), status)
  }
  async function renderEvaluation(req: FastifyRequest, reply: FastifyReply, id: string, forms: Partial<EvaluationForms> = {}, status = 200) {
    const editor = await evaluationEditor(ctxOf(req), id)
    return sendPage(reply, EvaluationPage({ ctx: pageContext(req, reply), editor, forms: { indicator: forms.indicator ?? emptyIndicatorForm(), member: forms.member ?? emptyMemberForm(), errors: forms.errors } }), status)
  }
  async function renderSheet(req: FastifyRequest<SheetParams>, reply: FastifyReply, values?: SheetValues, errors?: FieldErrors, status = 200) {
    const sheet = await memberSheet(ctxOf(req), req.params.id, req.params.userId)
    const saved: SheetValues = Object.fromEntries(sheet.indicators.map((i) => {
      const s = sheet.scores.find((x) => x.indicatorId === i.id)
      return [i.id, { score: s ? String(s.score) : '', comment: s?.comment ?? '' }]
    }))
    return sendPage(reply, SheetPage({ ctx: pageContext(req, reply), sheet, values: values ?? saved, errors }), status)
  }

  app.get('/staff/performance-evaluation', async (req, reply) => renderWorkspace(req, reply))
  app.post('/staff/performance-evaluation/new', async (req, reply) => {
    const year = formString(req.body, 'year')
    const slug = orgQuery(req) ?? (await evaluationWorkspace(ctxOf(req), undefined)).org?.slug ?? ''
    const outcome = await createEvaluation(ctxOf(req), slug, year)
    if (!outcome.saved) return renderWorkspace(req, reply, year, outcome.errors, 422)
    setFlash(reply, { th: 'เริ่มการประเมินแล้ว', en: 'Evaluation started' })
    return reply.redirect(evaluationUrl(outcome.id), 303)
  })
  app.get<IdParams>('/staff/performance-evaluation/:id', async (req, reply) => renderEvaluation(req, reply, req.params.id))
  app.post<IdParams>('/staff/performance-evaluation/:id/indicators', async (req, reply) => {
    const indicator = readIndicatorForm(req.body)
    const outcome = await addIndicator(ctxOf(req), req.params.id, indicator)
    if (!outcome.saved) return renderEvaluation(req, reply, req.params.id, { indicator, errors: outcome.errors }, 422)
    setFlash(reply, { th: 'เพิ่มตัวชี้วัดแล้ว', en: 'Indicator added' })
    return reply.redirect(evaluationUrl(req.params.id), 303)
  })
  app.post<IdParams>('/staff/performance-evaluation/:id/members', async (req, reply) => {
    const member = readMemberForm(req.body)
    const outcome = await addMember(ctxOf(req), req.params.id, member)
    if (!outcome.saved) return renderEvaluation(req, reply, req.params.id, { member, errors: outcome.errors }, 422)
    setFlash(reply, { th: 'เพิ่มกรรมการแล้ว', en: 'Member added' })
    return reply.redirect(evaluationUrl(req.params.id), 303)
  })
  app.post<IdParams>('/staff/performance-evaluation/:id/complete', async (req, reply) => {
    const outcome = await completeEvaluation(ctxOf(req), req.params.id)
    if (!outcome.saved) return renderEvaluation(req, reply, req.params.id, { errors: outcome.errors }, 422)
    setFlash(reply, { th: `ผลการประเมินรวมร้อยละ ${outcome.overall.toFixed(1)}`, en: `Overall result ${outcome.overall.toFixed(1)}%` })
    return reply.redirect(evaluationUrl(req.params.id), 303)
  })
  app.post<IdParams>('/staff/performance-evaluation/:id/publication', async (req, reply) => {
    const published = formString(req.body, 'published') === 'yes'
    await setEvaluationPublication(ctxOf(req), req.params.id, published)
    setFlash(reply, published ? { th: 'เผยแพร่แล้ว', en: 'Published' } : { th: 'หยุดเผยแพร่แล้ว', en: 'Unpublished' })
    return reply.redirect(evaluationUrl(req.params.id), 303)
  })
  app.get<IdParams>('/staff/performance-evaluation/:id/report.docx', async (req, reply) => {
    const view = await staffEvaluationReport(ctxOf(req), req.params.id)
    return sendExport(reply, await renderExport(evaluationReportTable(view, req.locale, deps.config.baseUrl), 'docx', `performance-evaluation-${view.org.slug}-${view.evaluation.year}`))
  })
  app.get<SheetParams>('/staff/performance-evaluation/:id/sheets/:userId', async (req, reply) => renderSheet(req, reply))
  app.post<SheetParams>('/staff/performance-evaluation/:id/sheets/:userId', async (req, reply) => {
    const sheet = await memberSheet(ctxOf(req), req.params.id, req.params.userId)
    const values = readSheet(req.body, sheet.indicators.map((i) => i.id))
    const outcome = await saveSheet(ctxOf(req), req.params.id, req.params.userId, values)
    if (!outcome.saved) return renderSheet(req, reply, values, outcome.errors, 422)
    setFlash(reply, { th: 'บันทึกคะแนนแล้ว', en: 'Scores saved' })
    return reply.redirect(sheetUrl(req.params.id, req.params.userId), 303)
  })

  // Public: the published results, through the public-page cache under the agency's scope.
  const organisationOf = (slug: string) => deps.publicPages.memo([DIRECTORY_SCOPE], `perf-eval-org:${slug}`, () => findEvaluationOrganisation(deps.db, slug))
  const yearOf = (s: string) => {
    if (!/^[0-9]{4}$/.test(s)) throw new NotFoundError('year')
    return Number(s)
  }
  app.get<{ Params: { slug: string } }>('/o/:slug/performance-evaluation', async (req, reply) => {
    const org = await organisationOf(req.params.slug)
    const newest = (await publicEvaluations(deps.db, org))[0]
    if (!newest) return sendPage(reply, NoEvaluationPage({ ctx: pageContext(req, reply), org }), 404)
    return reply.header('cache-control', 'no-cache').redirect(publicEvaluationUrl(org.slug, newest.year), 303)
  })
  app.get<{ Params: { slug: string; year: string } }>('/o/:slug/performance-evaluation/:year', async (req, reply) => {
    const org = await organisationOf(req.params.slug)
    const year = yearOf(req.params.year)
    return deps.publicPages.serve(req, reply, [DIRECTORY_SCOPE, organisationScope(org.id)], async () =>
      PublicEvaluationPage({ ctx: pageContext(req, reply), view: await publicEvaluation(deps.db, org, year), years: await publicEvaluations(deps.db, org) }),
    )
  })
  app.get<{ Params: { slug: string; year: string } }>('/o/:slug/performance-evaluation/:year/report.docx', async (req, reply) => {
    const org = await organisationOf(req.params.slug)
    const view = await publicEvaluation(deps.db, org, yearOf(req.params.year))
    return sendExport(reply, await renderExport(evaluationReportTable(view, req.locale, deps.config.baseUrl), 'docx', `performance-evaluation-${org.slug}-${view.evaluation.year}`))
  })
}
