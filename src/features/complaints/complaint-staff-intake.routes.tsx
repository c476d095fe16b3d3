import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { ForbiddenError, NotFoundError, ValidationError, type FieldErrors } from '../../errors.ts'
import type { Actor } from '../../platform/auth/actor.ts'
import { todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { pageContext, requireActor, sendPage } from '../../web/http/request-context.ts'
import { canEnterComplaint, canUseInternalChannel } from './complaint-access.domain.ts'
import { collectEvidence, keepForCorrection, keptReferencesOf, type KeptEvidence } from './complaint-evidence.ts'
import { emptyComplaintForm, parseComplaintForm, readComplaintForm, type ComplaintDraft, type ComplaintFormValues } from './complaint-form.input.ts'
import { staffAgencies } from './complaint-handling.use-cases.ts'
import { submitComplaint, type Filer } from './complaint-intake.use-cases.ts'
import type { EvidenceReader } from './complaint-staff-case.routes.tsx'
import { chooseAgency, readInternalIntake, readOrgQuery } from './complaint-staff.input.ts'
import type { Intake } from './complaint-workflow.domain.ts'
import { StaffFiledPage } from './views/staff-filed.page.tsx'
import { StaffNewComplaintPage } from './views/staff-new.page.tsx'
import { StaffReportChoosePage, StaffReportPage } from './views/staff-report.page.tsx'

type IntakeParams = { Params: { intake: string } }
type FormState = { values: ComplaintFormValues; errors?: FieldErrors; kept: readonly KeptEvidence[] }

/**
 * Complaints that reach the agency another way, entered by a complaint officer (D1), and the two
 * internal channels any member of staff may use (002 m6 (12), 003 m2.3). Both show the receipt
 * once, in the answer to the submission.
 */
export function complaintStaffIntakeRoutes(app: FastifyInstance, deps: FeatureDeps, evidenceOf: EvidenceReader): void {
  const ucDeps = (req: FastifyRequest) => ({ db: deps.db, now: req.now, baseUrl: deps.config.baseUrl })
  const entryAgencies = async (actor: Actor) => (await staffAgencies(deps.db, actor)).filter((a) => !a.overseen && canEnterComplaint(actor, a.id))
  const internalAgencies = async (actor: Actor) => (await staffAgencies(deps.db, actor)).filter((a) => !a.overseen && canUseInternalChannel(actor, a.id))

  /** Checks the form and its files; returns the draft and files, or what to show again. */
  async function readSubmission(req: FastifyRequest, intake: Intake, channelFixed: 'web' | null) {
    const values = readComplaintForm(req.body)
    const { files, errors } = await collectEvidence(deps.db, evidenceOf(req), keptReferencesOf(req.body))
    let draft: ComplaintDraft | null = null
    let problems: FieldErrors = { ...errors }
    try {
      draft = parseComplaintForm(values, intake, channelFixed)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      problems = { ...e.fields, ...problems }
    }
    if (!draft || Object.keys(problems).length > 0) return { ok: false as const, form: { values, errors: problems, kept: await keepForCorrection(deps.db, files, req.now) } }
    return { ok: true as const, draft, files }
  }

  async function showFiled(req: FastifyRequest, reply: FastifyReply, agency: { name_th: string; name_en: string }, intake: Intake, filed: { id: string; reference: string; receipt: string }, by: Filer['by']) {
    // The receipt exists only in this response: never cached, never behind a redirect.
    return sendPage(
      reply,
      StaffFiledPage({ ctx: pageContext(req, reply), agency, intake, reference: filed.reference, receipt: filed.receipt, receivedOn: todayInBangkok(req.now), followUpUrl: `${deps.config.baseUrl}/complaints/follow-up`, by: by === 'officer' ? 'officer' : 'staff', caseId: filed.id }),
    )
  }

  async function renderNew(req: FastifyRequest, reply: FastifyReply, form: FormState, status = 200) {
    const actor = requireActor(req)
    const agencies = await entryAgencies(actor)
    const agency = chooseAgency(agencies, readOrgQuery(req.query))
    if (!agency) throw new ForbiddenError()
    return sendPage(reply, StaffNewComplaintPage({ ctx: pageContext(req, reply), agency, agencies, values: form.values, errors: form.errors, kept: form.kept }), status)
  }

  app.get('/staff/complaints/new', async (req, reply) => renderNew(req, reply, { values: emptyComplaintForm(), kept: [] }))

  app.post('/staff/complaints/new', async (req, reply) => {
    const actor = requireActor(req)
    const agency = chooseAgency(await entryAgencies(actor), readOrgQuery(req.query))
    if (!agency) throw new ForbiddenError()
    const read = await readSubmission(req, 'public', null)
    if (!read.ok) return renderNew(req, reply, read.form, 422)
    const filed = await submitComplaint(ucDeps(req), { organisationId: agency.id, draft: read.draft, evidence: read.files, filer: { by: 'officer', actor } })
    return showFiled(req, reply, agency, 'public', filed, 'officer')
  })

  app.get('/staff/report', async (req, reply) => {
    const actor = requireActor(req)
    return sendPage(reply, StaffReportChoosePage({ ctx: pageContext(req, reply), agencies: await internalAgencies(actor) }))
  })

  async function renderReport(req: FastifyRequest<IntakeParams>, reply: FastifyReply, form: FormState, status = 200) {
    const actor = requireActor(req)
    const intake = readInternalIntake(req.params.intake)
    if (!intake) throw new NotFoundError('channel')
    const agency = chooseAgency(await internalAgencies(actor), readOrgQuery(req.query))
    if (!agency) throw new ForbiddenError()
    return sendPage(reply, StaffReportPage({ ctx: pageContext(req, reply), intake, agency, values: form.values, errors: form.errors, kept: form.kept }), status)
  }

  app.get<IntakeParams>('/staff/report/:intake', async (req, reply) => renderReport(req, reply, { values: emptyComplaintForm(), kept: [] }))

  app.post<IntakeParams>('/staff/report/:intake', async (req, reply) => {
    const actor = requireActor(req)
    const intake = readInternalIntake(req.params.intake)
    if (!intake) throw new NotFoundError('channel')
    const agency = chooseAgency(await internalAgencies(actor), readOrgQuery(req.query))
    if (!agency) throw new ForbiddenError()
    // The internal channels are filed through the platform itself: there is no other channel to record.
    const read = await readSubmission(req, intake, 'web')
    if (!read.ok) return renderReport(req, reply, read.form, 422)
    const filed = await submitComplaint(ucDeps(req), { organisationId: agency.id, draft: read.draft, evidence: read.files, filer: { by: 'staff', actor } })
    return showFiled(req, reply, agency, intake, filed, 'staff')
  })
}
