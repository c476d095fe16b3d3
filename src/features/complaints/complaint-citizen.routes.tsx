import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { ValidationError, type FieldErrors } from '../../errors.ts'
import { fileServiceFor } from '../../platform/files/index.ts'
import { formString } from '../../web/http/form-errors.ts'
import { pageContext, sendPage } from '../../web/http/request-context.ts'
import { ComplaintAbuseLimits } from './complaint-abuse-limits.ts'
import { EVIDENCE_FIELDS, acceptEvidence, collectEvidence, keepForCorrection, keptReferencesOf, type KeptEvidence } from './complaint-evidence.ts'
import { emptyComplaintForm, parseComplaintForm, readComplaintForm, type ComplaintDraft, type ComplaintFormValues } from './complaint-form.input.ts'
import { complaintAgency, type ComplaintAgency } from './complaint-guideline.use-cases.ts'
import { publicOrganisation } from './complaint-public-organisation.ts'
import { DIRECTORY_SCOPE, organisationScope } from '../../platform/public-content/generations.ts'
import { complainantCase, submitComplaint, type ComplaintDeps } from './complaint-intake.use-cases.ts'
import { complaintFollowUpRoutes, tryReceipt } from './complaint-citizen-follow-up.routes.tsx'
import { setFollowUp } from './complaint-follow-up-cookie.ts'
import { formatReceipt, normaliseReceipt } from './receipt.domain.ts'
import { CitizenAgencyPage } from './views/citizen-agency.page.tsx'
import { CitizenFormPage } from './views/citizen-form.page.tsx'
import { CitizenReceiptPage } from './views/citizen-receipt.page.tsx'

type SlugParams = { Params: { slug: string } }

/** Problems listed in the order the fields appear on the form, so the summary reads top to bottom. */
const FORM_ORDER = ['kind', 'subject', 'what_happened', 'happened_when', 'happened_where', 'request', 'witnesses', 'kept', ...EVIDENCE_FIELDS, 'identity', 'name', 'address', 'phone', 'email', 'email_updates']

function inFormOrder(errors: FieldErrors): FieldErrors {
  const rank = (k: string) => (FORM_ORDER.includes(k) ? FORM_ORDER.indexOf(k) : FORM_ORDER.length)
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b)))
}

/**
 * The citizen side of complaints (no account; no JavaScript needed): an agency's complaint page,
 * the form, the receipt shown once, and (in the follow-up routes) everything the receipt opens.
 */
export async function complaintCitizenRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const limits = new ComplaintAbuseLimits(deps.db)
  const files = fileServiceFor(deps)
  const useCaseDeps = (req: FastifyRequest): ComplaintDeps => ({ db: deps.db, now: req.now, baseUrl: deps.config.baseUrl })

  function renderForm(req: FastifyRequest, reply: FastifyReply, agency: ComplaintAgency, values: ComplaintFormValues, errors?: FieldErrors, kept: readonly KeptEvidence[] = []) {
    return sendPage(reply, CitizenFormPage({ ctx: pageContext(req, reply), agency, values, errors, kept }), errors ? 422 : 200)
  }

  app.get<SlugParams>('/o/:slug/complaints', async (req, reply) => {
    const org = await publicOrganisation(deps, req.params.slug)
    // The agency's details (directory) and its guideline (the agency's own scope).
    return deps.publicPages.serve(req, reply, [DIRECTORY_SCOPE, organisationScope(org.id)], async () => {
      const agency = await complaintAgency(deps.db, req.params.slug)
      return CitizenAgencyPage({ ctx: pageContext(req, reply), agency })
    })
  })

  app.get<SlugParams>('/o/:slug/complaints/new', async (req, reply) => {
    const agency = await complaintAgency(deps.db, req.params.slug)
    return renderForm(req, reply, agency, emptyComplaintForm())
  })

  // The form is multipart because of its evidence files. They arrive before the route runs, so a
  // client already past the submission limit has its files read past and never written.
  await app.register(async (scope) => {
    const evidenceOf = await acceptEvidence(scope, files, (req) => limits.allowsSubmission(req.ip, req.now))

    scope.post<SlugParams>('/o/:slug/complaints/new', async (req, reply) => {
      const agency = await complaintAgency(deps.db, req.params.slug)
      await limits.checkSubmission(req.ip, req.now)
      const values = readComplaintForm(req.body)
      const evidence = await collectEvidence(deps.db, evidenceOf(req), keptReferencesOf(req.body))
      let draft: ComplaintDraft | null = null
      let errors: FieldErrors = {}
      try {
        draft = parseComplaintForm(values, 'public', 'web')
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e
        errors = e.fields
      }
      errors = inFormOrder({ ...errors, ...evidence.errors })
      if (!draft || Object.keys(errors).length > 0) {
        const kept = await keepForCorrection(deps.db, evidence.files, req.now)
        return renderForm(req, reply, agency, values, errors, kept)
      }
      const filed = await submitComplaint(useCaseDeps(req), { organisationId: agency.id, draft, evidence: evidence.files, filer: { by: 'citizen' } })
      await limits.recordSubmission(req.ip, req.now)
      // Answered here, not behind a redirect: the receipt exists only in this one response (no-store).
      return sendPage(reply, CitizenReceiptPage({ ctx: pageContext(req, reply), agency, reference: filed.reference, receipt: filed.receipt }))
    })
  })

  // "I have saved it": the receipt comes back from the page, opens the case and starts following it.
  app.post('/complaints/receipt-saved', async (req, reply) => {
    const typed = formString(req.body, 'receipt')
    const opened = await tryReceipt(limits, useCaseDeps(req), req, typed)
    if (!opened.ok) return reply.redirect('/complaints/follow-up', 303)
    if (formString(req.body, 'saved') !== 'yes') {
      const c = await complainantCase(useCaseDeps(req), opened.value.complaintId, opened.value.key)
      const agency = { slug: c.organisation.slug, name_th: c.organisation.th, name_en: c.organisation.en }
      const errors = { saved: { th: 'ยืนยันว่าท่านได้จดหรือบันทึกรหัสติดตามเรื่องแล้ว โดยทำเครื่องหมายในช่อง', en: 'Tick the box to confirm you have written down or saved the receipt' } }
      return sendPage(reply, CitizenReceiptPage({ ctx: pageContext(req, reply), agency, reference: c.reference, receipt: formatReceipt(normaliseReceipt(typed)!), errors }), 422)
    }
    await setFollowUp(deps.db, reply, opened.value, req.now, deps.secureCookies)
    return reply.header('cache-control', 'no-store').redirect('/complaints/case', 303)
  })

  await complaintFollowUpRoutes(app, deps, { limits, files, useCaseDeps })
}
