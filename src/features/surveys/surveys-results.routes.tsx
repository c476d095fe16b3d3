import type { FastifyInstance, FastifyRequest } from 'fastify'
import { NotFoundError } from '../../errors.ts'
import { renderExport } from '../../platform/exports/index.ts'
import { DIRECTORY_SCOPE, organisationScope } from '../../platform/public-content/generations.ts'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { formString } from '../../web/http/form-errors.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { sendExport } from '../../web/http/send-export.ts'
import { savePointMapping, selfAssessment } from './self-assessment.use-cases.ts'
import { resultCharts, resultsExportTable } from './survey-results-views.ts'
import { pointMappingValues, readPointMapping } from './surveys.input.ts'
import { moderateComment, publicSurveyList, publicSurveyResults, publishResults, surveyResults, type UseCaseContext } from './surveys.use-cases.ts'
import { PublicResultsPage, StaffResultsPage } from './views/results.page.tsx'
import { PublicSurveysPage } from './views/public-surveys.page.tsx'
import { SelfAssessmentPage } from './views/self-assessment.page.tsx'

type IdParams = { Params: { id: string } }

/** Results (E4), the self-assessment (B3) and the public pages that publish results. */
export async function surveysResultsRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const ctxOf = (req: FastifyRequest): UseCaseContext => ({ db: deps.db, actor: requireActor(req), now: req.now, baseUrl: deps.config.baseUrl })
  const orgQuery = (req: FastifyRequest) => {
    const q = (req.query as { org?: unknown }).org
    return typeof q === 'string' && q ? q : undefined
  }

  app.get('/staff/surveys/self-assessment', async (req, reply) => {
    const fy = Number((req.query as { fy?: unknown }).fy)
    const sa = await selfAssessment(ctxOf(req), orgQuery(req), Number.isInteger(fy) && fy > 2500 && fy < 2700 ? fy : null)
    return sendPage(reply, SelfAssessmentPage({ ctx: pageContext(req, reply), sa, mappingValues: pointMappingValues(sa.mapping) }))
  })

  app.post<{ Params: { fy: string } }>('/staff/surveys/points/:fy', async (req, reply) => {
    const fy = Number(req.params.fy)
    if (!Number.isInteger(fy) || fy < 2500 || fy > 2700) throw new NotFoundError('fiscal year')
    const { values, result } = readPointMapping(req.body)
    if (!result.ok) {
      const sa = await selfAssessment(ctxOf(req), orgQuery(req), fy)
      return sendPage(reply, SelfAssessmentPage({ ctx: pageContext(req, reply), sa, mappingValues: values, errors: result.errors }), 422)
    }
    await savePointMapping(ctxOf(req), fy, result.mapping)
    setFlash(reply, { th: 'บันทึกคะแนนแล้ว', en: 'Points saved' })
    const org = orgQuery(req)
    return reply.redirect(`/staff/surveys/self-assessment?fy=${fy}${org ? `&org=${encodeURIComponent(org)}` : ''}`, 303)
  })

  app.get<IdParams>('/staff/surveys/:id/results', async (req, reply) => {
    const results = await surveyResults(ctxOf(req), req.params.id)
    return sendPage(reply, StaffResultsPage({ ctx: pageContext(req, reply), results, charts: resultCharts(results, req.locale) }))
  })

  app.post<{ Params: { id: string; commentId: string } }>('/staff/surveys/:id/comments/:commentId', async (req, reply) => {
    const decision = formString(req.body, 'decision') === 'approved' ? 'approved' : 'rejected'
    await moderateComment(ctxOf(req), req.params.id, req.params.commentId, decision)
    setFlash(reply, decision === 'approved' ? { th: 'ให้เผยแพร่ข้อเสนอแนะแล้ว', en: 'Comment approved' } : { th: 'ไม่เผยแพร่ข้อเสนอแนะนี้', en: 'Comment rejected' })
    return reply.redirect(`/staff/surveys/${req.params.id}/results`, 303)
  })

  app.post<IdParams>('/staff/surveys/:id/publish', async (req, reply) => {
    const publish = formString(req.body, 'publish') === 'yes'
    await publishResults(ctxOf(req), req.params.id, publish)
    setFlash(reply, publish ? { th: 'เผยแพร่ผลแล้ว', en: 'Results published' } : { th: 'ถอนการเผยแพร่แล้ว', en: 'Results withdrawn' })
    return reply.redirect(`/staff/surveys/${req.params.id}/results`, 303)
  })

  // Public: through the public-page cache; publishing, moderation and reopening bump the agency's generation.
  app.get<{ Params: { slug: string } }>('/o/:slug/surveys', async (req, reply) => {
    const { org, surveys } = await publicSurveyList(deps.db, req.params.slug)
    return deps.publicPages.serve(req, reply, [DIRECTORY_SCOPE, organisationScope(org.id)], () => PublicSurveysPage({ ctx: pageContext(req, reply), org, surveys }))
  })

  app.get<{ Params: { slug: string; id: string } }>('/o/:slug/surveys/:id', async (req, reply) => {
    const m = /^([0-9a-f-]{36})\.(docx|xlsx)$/.exec(req.params.id)
    if (m) {
      const results = await publicSurveyResults(deps.db, req.params.slug, m[1]!)
      const format = m[2] as 'docx' | 'xlsx'
      return sendExport(reply, await renderExport(resultsExportTable(results, req.locale, format === 'docx'), format, `survey-${results.org.slug}-${results.survey.closesOn}`))
    }
    const results = await publicSurveyResults(deps.db, req.params.slug, req.params.id)
    return deps.publicPages.serve(req, reply, [DIRECTORY_SCOPE, organisationScope(results.org.id)], () => PublicResultsPage({ ctx: pageContext(req, reply), results, charts: resultCharts(results, req.locale) }))
  })

}
