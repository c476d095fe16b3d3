import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { ValidationError } from '../../errors.ts'
import { PUBLIC_POST_LIMIT, SourceLimiter } from '../../platform/abuse-limits/source-limiter.ts'
import { acceptUploads, fileServiceFor, sendStoredFile, sendThumbnail } from '../../platform/files/index.ts'
import { DIRECTORY_SCOPE, organisationScope } from '../../platform/public-content/generations.ts'
import { todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { formString } from '../../web/http/form-errors.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { emptyConsultationForm, parseComment, parseConsultationForm, parseHearing, parseSummary, readConsultationForm } from './consultations.input.ts'
import { addDocument, addHearingPhoto, commentOnConsultation, hearingAgency, moderateComment, openConsultation, participation, publicAgency, publicConsultation, publicDocument, publicHearingPhoto, publishSummary, recordHearing, staffConsultation, staffParticipation, type FilesContext, type StaffContext } from './consultations.use-cases.ts'
import { ConsultationPage, ParticipationPage } from './views/public-participation.page.tsx'
import { StaffConsultationPage, StaffParticipationPage } from './views/staff-participation.page.tsx'

type SlugId = { Params: { slug: string; id: string } }
type OrgQuery = { Querystring: { org?: string } }
const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024
const PHOTO_MAX_BYTES = 10 * 1024 * 1024

/** Participation (003 m6.3): consultations with comments and summaries, and public hearings. */
export async function consultationRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  // Per source only, in the database (shared by instances, no address kept): see SourceLimiter.
  const limits = new SourceLimiter(deps.db, 'consultation-comment', PUBLIC_POST_LIMIT)
  const pub = (req: FastifyRequest) => ({ db: deps.db, now: req.now })
  const staff = (req: FastifyRequest): StaffContext => ({ db: deps.db, actor: requireActor(req), now: req.now })
  const files = fileServiceFor(deps)
  const withFiles = (req: FastifyRequest): FilesContext => ({ ...staff(req), files })
  const orgParam = (req: FastifyRequest<OrgQuery>) => (typeof req.query.org === 'string' && req.query.org ? req.query.org : null)

  app.get<{ Params: { slug: string } }>('/o/:slug/consultations', async (req, reply) => {
    const org = await publicAgency(deps.db, req.params.slug)
    return deps.publicPages.serve(req, reply, [DIRECTORY_SCOPE, organisationScope(org.id)], async () => ParticipationPage({ ctx: pageContext(req, reply), view: await participation(pub(req), org) }))
  })

  app.get<SlugId>('/o/:slug/consultations/:id', async (req, reply) => {
    const org = await publicAgency(deps.db, req.params.slug)
    return sendPage(reply, ConsultationPage({ ctx: pageContext(req, reply), view: await publicConsultation(pub(req), org, req.params.id) }))
  })

  app.get<{ Params: { slug: string; id: string; fileId: string } }>('/o/:slug/consultations/:id/documents/:fileId', async (req, reply) => {
    const org = await publicAgency(deps.db, req.params.slug)
    return sendStoredFile(req, reply, await publicDocument({ ...pub(req), files }, org, req.params.id, req.params.fileId), { cacheControl: 'public, no-cache' })
  })

  app.get<{ Params: { slug: string; hearingId: string; fileId: string } }>('/o/:slug/hearings/:hearingId/photos/:fileId', async (req, reply) => {
    const org = await publicAgency(deps.db, req.params.slug)
    return sendThumbnail(req, reply, await publicHearingPhoto({ ...pub(req), files }, org, req.params.hearingId, req.params.fileId), { cacheControl: 'public, no-cache' })
  })

  app.post<SlugId>('/o/:slug/consultations/:id/comment', async (req, reply) => {
    const org = await publicAgency(deps.db, req.params.slug)
    await limits.check(req.ip, req.now)
    try {
      const { shown } = await commentOnConsultation(pub(req), org, req.params.id, parseComment(req.body))
      await limits.record(req.ip, req.now)
      setFlash(reply, shown ? { th: 'ขอบคุณสำหรับความคิดเห็น', en: 'Thank you for your comment' } : { th: 'ได้รับความคิดเห็นแล้ว เจ้าหน้าที่จะอ่านก่อนเผยแพร่', en: 'Comment received; staff read it before it is shown' })
      return reply.redirect(`/o/${org.slug}/consultations/${req.params.id}`, 303)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      const values = { name: formString(req.body, 'name'), body: formString(req.body, 'body') }
      return sendPage(reply, ConsultationPage({ ctx: pageContext(req, reply), view: await publicConsultation(pub(req), org, req.params.id), values, errors: e.fields }), 422)
    }
  })

  app.get<OrgQuery>('/staff/consultations', async (req, reply) => {
    return sendPage(reply, StaffParticipationPage({ ctx: pageContext(req, reply), view: await staffParticipation(staff(req), orgParam(req)), values: emptyConsultationForm() }))
  })

  app.post<OrgQuery>('/staff/consultations', async (req, reply) => {
    const ctx = staff(req)
    const values = readConsultationForm(req.body)
    try {
      const view = await staffParticipation(ctx, orgParam(req))
      const id = await openConsultation(ctx, view.org.id, parseConsultationForm(values))
      setFlash(reply, { th: 'เปิดรับฟังความคิดเห็นแล้ว', en: 'Consultation opened' })
      return reply.redirect(`/staff/consultations/${id}`, 303)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      return sendPage(reply, StaffParticipationPage({ ctx: pageContext(req, reply), view: await staffParticipation(ctx, orgParam(req)), values, errors: e.fields, form: 'consultation' }), 422)
    }
  })

  app.post<OrgQuery>('/staff/consultations/hearings', async (req, reply) => {
    const ctx = staff(req)
    const view = await staffParticipation(ctx, orgParam(req))
    try {
      await recordHearing(ctx, view.org.id, null, parseHearing(req.body, todayInBangkok(req.now)))
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      const held_on = { day: formString(req.body, 'held_on-day'), month: formString(req.body, 'held_on-month'), year: formString(req.body, 'held_on-year') }
      const values = { ...emptyConsultationForm(), subject: formString(req.body, 'subject'), held_on, place: formString(req.body, 'place'), attendance: formString(req.body, 'attendance'), minutes: formString(req.body, 'minutes') }
      return sendPage(reply, StaffParticipationPage({ ctx: pageContext(req, reply), view, values, errors: e.fields, form: 'hearing' }), 422)
    }
    setFlash(reply, { th: 'บันทึกการจัดเวทีประชาคมแล้ว', en: 'Hearing recorded' })
    return reply.redirect(`/staff/consultations?org=${view.org.id}`, 303)
  })

  app.get<{ Params: { id: string } }>('/staff/consultations/:id', async (req, reply) => {
    return sendPage(reply, StaffConsultationPage({ ctx: pageContext(req, reply), view: await staffConsultation(staff(req), req.params.id) }))
  })

  app.post<{ Params: { id: string } }>('/staff/consultations/:id/summary', async (req, reply) => {
    const ctx = staff(req)
    try {
      await publishSummary(ctx, req.params.id, parseSummary(req.body))
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      const values = { heard: formString(req.body, 'heard'), will_do: formString(req.body, 'will_do') }
      return sendPage(reply, StaffConsultationPage({ ctx: pageContext(req, reply), view: await staffConsultation(ctx, req.params.id), values, errors: e.fields }), 422)
    }
    setFlash(reply, { th: 'เผยแพร่สรุปผลแล้ว', en: 'Summary published' })
    return reply.redirect(`/staff/consultations/${req.params.id}`, 303)
  })

  app.post<{ Params: { id: string } }>('/staff/consultations/comments/:id/moderate', async (req, reply) => {
    const decision = formString(req.body, 'decision') === 'publish' ? 'publish' : 'reject'
    const { consultationId } = await moderateComment(staff(req), req.params.id, decision)
    setFlash(reply, decision === 'publish' ? { th: 'เผยแพร่ความคิดเห็นแล้ว', en: 'Comment published' } : { th: 'ไม่เผยแพร่ความคิดเห็นนี้', en: 'Comment rejected' })
    const back = formString(req.body, 'back')
    return reply.redirect(back === 'queue' ? '/staff/consultations' : `/staff/consultations/${consultationId}`, 303)
  })

  // Documents and hearing photos: multipart forms whose file is checked by content as it arrives.
  app.register(async (scope) => {
    const documentsOf = await acceptUploads(scope, files, { fields: { document: { maxBytes: DOCUMENT_MAX_BYTES, allowed: ['pdf', 'word', 'excel', 'image'] } }, acceptFrom: (req) => req.actor !== null })
    scope.post<{ Params: { id: string } }>('/staff/consultations/:id/documents', async (req, reply) => {
      const ctx = withFiles(req)
      try {
        await addDocument(ctx, req.params.id, documentsOf(req).get('document'))
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e
        return sendPage(reply, StaffConsultationPage({ ctx: pageContext(req, reply), view: await staffConsultation(ctx, req.params.id), errors: e.fields }), 422)
      }
      setFlash(reply, { th: 'เพิ่มเอกสารแล้ว', en: 'Document added' })
      return reply.redirect(`/staff/consultations/${req.params.id}`, 303)
    })
  })
  app.register(async (scope) => {
    const photosOf = await acceptUploads(scope, files, { fields: { photo: { maxBytes: PHOTO_MAX_BYTES, allowed: ['image'] } }, acceptFrom: (req) => req.actor !== null })
    scope.post<{ Params: { id: string } }>('/staff/consultations/hearings/:id/photos', async (req, reply) => {
      const ctx = withFiles(req)
      let organisationId: string
      try {
        const outcome = photosOf(req).get('photo')
        // The field is named per hearing on the page, so a problem is shown beside the right form.
        const renamed = outcome && 'problem' in outcome ? { problem: Object.fromEntries(Object.entries(outcome.problem).map(([, v]) => [`photo-${req.params.id}`, v])) } : outcome
        ;({ organisationId } = await addHearingPhoto(ctx, req.params.id, renamed))
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e
        const view = await staffParticipation(ctx, await hearingAgency(ctx, req.params.id))
        return sendPage(reply, StaffParticipationPage({ ctx: pageContext(req, reply), view, values: emptyConsultationForm(), errors: e.fields, form: 'photo' }), 422)
      }
      setFlash(reply, { th: 'เพิ่มภาพแล้ว', en: 'Photo added' })
      return reply.redirect(`/staff/consultations?org=${organisationId}`, 303)
    })
  })
}
