import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { ForbiddenError, ValidationError, type FieldErrors } from '../../errors.ts'
import type { Actor } from '../../platform/auth/actor.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { canEditGuideline, canEnterComplaint, canSeeComplaint } from './complaint-access.domain.ts'
import { loadGuideline, saveGuideline } from './complaint-guideline.use-cases.ts'
import { listCases, organisationsWithCases, staffAgencies, type StaffAgency } from './complaint-handling.use-cases.ts'
import { guidelineFormValues, parseGuidelineForm, placeGuidelineErrors, readGuidelineForm, readListQuery, readOrgQuery, chooseAgency, type GuidelineFormValues } from './complaint-staff.input.ts'
import { INTAKES, type Intake } from './complaint-workflow.domain.ts'
import { StaffGuidelinePage } from './views/staff-guideline.page.tsx'
import { StaffListPage, StaffNoAgencyPage } from './views/staff-list.page.tsx'

/** The case list of one agency (D2: due-soon and overdue views) and the agency's guideline (D5). */
export function complaintStaffListRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const ucDeps = (req: FastifyRequest) => ({ db: deps.db, now: req.now, baseUrl: deps.config.baseUrl })

  app.get('/staff/complaints', async (req, reply) => {
    const actor = requireActor(req)
    const asked = readListQuery(req.query)
    const handled = new Set(organisationsWithCases(actor))
    const all = await staffAgencies(deps.db, actor)
    // Own agencies where the person handles or heads complaints, then agencies overseen from above.
    const agencies = all.filter((a) => (a.overseen ? true : handled.has(a.id)))
    const agency = chooseAgency(agencies, asked.org)
    if (!agency) return sendPage(reply, StaffNoAgencyPage({ ctx: pageContext(req, reply) }))
    const intakes = visibleIntakes(actor, agency)
    // An intake this person cannot see here is ignored rather than refused: it may come from a link for another agency.
    const filter = { ...asked, intake: asked.intake && intakes.includes(asked.intake) ? asked.intake : null }
    const rows = await listCases(ucDeps(req), actor, agency.id, filter)
    const open = filter.view === 'open' ? rows : await listCases(ucDeps(req), actor, agency.id, { ...filter, view: 'open' })
    const counts = { overdue: open.filter((r) => r.deadline?.urgency === 'overdue').length, dueSoon: open.filter((r) => r.deadline?.urgency === 'due_soon').length }
    return sendPage(
      reply,
      StaffListPage({
        ctx: pageContext(req, reply),
        agency,
        agencies,
        filter,
        rows,
        counts,
        intakes,
        canEnter: canEnterComplaint(actor, agency.id),
        canEditGuideline: canEditGuideline(actor, agency.id),
      }),
    )
  })

  const guidelineAgencies = async (actor: Actor) => (await staffAgencies(deps.db, actor)).filter((a) => !a.overseen && canEditGuideline(actor, a.id))

  async function renderGuideline(req: FastifyRequest, reply: FastifyReply, form?: { values: GuidelineFormValues; errors: FieldErrors }) {
    const actor = requireActor(req)
    const agencies = await guidelineAgencies(actor)
    const agency = chooseAgency(agencies, readOrgQuery(req.query))
    if (!agency) throw new ForbiddenError()
    const g = await loadGuideline(deps.db, agency.id)
    return sendPage(
      reply,
      StaffGuidelinePage({ ctx: pageContext(req, reply), agency, agencies, values: form?.values ?? guidelineFormValues(g), errors: form?.errors, updatedAt: g.updatedAt, isDefault: g.isDefault }),
      form ? 422 : 200,
    )
  }

  app.get('/staff/complaints/guideline', async (req, reply) => renderGuideline(req, reply))

  app.post('/staff/complaints/guideline', async (req, reply) => {
    const actor = requireActor(req)
    const agency = chooseAgency(await guidelineAgencies(actor), readOrgQuery(req.query))
    if (!agency) throw new ForbiddenError()
    const values = readGuidelineForm(req.body)
    try {
      await saveGuideline(deps.db, actor, agency.id, parseGuidelineForm(values), req.now)
    } catch (e) {
      if (e instanceof ValidationError) return renderGuideline(req, reply, { values, errors: placeGuidelineErrors(values, e.fields) })
      throw e
    }
    setFlash(reply, { th: 'บันทึกแนวทางแล้ว กำหนดเสร็จของเรื่องที่ค้างอยู่คำนวณตามแนวทางใหม่', en: 'Guideline saved; open cases’ due dates now follow it' })
    return reply.redirect(`/staff/complaints/guideline?org=${agency.id}`, 303)
  })
}

/**
 * The intakes whose cases this person sees in the agency, for the list's filter. In their own
 * agency that follows from their roles there; an agency overseen from above shows public cases only.
 */
function visibleIntakes(actor: Actor, agency: StaffAgency): Intake[] {
  if (agency.overseen) return ['public']
  return INTAKES.filter((intake) => canSeeComplaint(actor, { organisationPath: [agency.id], intake, subjectUserIds: [] }))
}
