import type { FastifyInstance, FastifyRequest } from 'fastify'
import { ValidationError } from '../../errors.ts'
import { DIRECTORY_SCOPE, organisationScope } from '../../platform/public-content/generations.ts'
import { acceptUploads, fileServiceFor, sendStoredFile, type FileService } from '../../platform/files/index.ts'
import { isoDateParts, todayInBangkok } from '../../platform/thai-calendar/index.ts'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { formString } from '../../web/http/form-errors.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { pickedFrom } from './oversight-announcement.domain.ts'
import { measureCatalogue } from './oversight-announcement-measures.ts'
import { announcementValues, type AnnouncementValues } from './oversight-announcements.input.ts'
import * as uc from './oversight-announcements.use-cases.ts'
import { AnnouncementFormPage } from './views/announcement-form.page.tsx'
import { AgencyAnnouncementPage, AgencyAnnouncementsPage } from './views/announcements-agency.page.tsx'
import { OversightAnnouncementPage, OversightAnnouncementsPage } from './views/announcements-oversight.page.tsx'
import { PublicAnnouncementsPage } from './views/public-announcements.page.tsx'

type IdParams = { Params: { id: string } }
const ATTACHMENT = { attachment: { maxBytes: 20 * 1024 * 1024, allowed: ['image', 'pdf', 'word', 'excel'] as ('image' | 'pdf' | 'word' | 'excel')[] } }

/** Announcements of measures (A1): oversight issues and corrects, agencies acknowledge and publish. */
export async function oversightAnnouncementRoutes(app: FastifyInstance, deps: FeatureDeps, files: FileService = fileServiceFor(deps)): Promise<void> {
  const actx = (req: FastifyRequest): uc.AnnouncementContext => ({ db: deps.db, actor: requireActor(req), now: req.now, baseUrl: deps.config.baseUrl, files })

  app.get('/staff/oversight/announcements', async (req, reply) => sendPage(reply, OversightAnnouncementsPage({ ctx: pageContext(req, reply), list: await uc.listIssued(actx(req)) })))
  app.get('/staff/oversight/announcements/new', async (req, reply) => {
    const form = await uc.announcementForm(actx(req))
    const d = isoDateParts(todayInBangkok(req.now))
    const values: AnnouncementValues = { text: { 'issued_on-day': String(d.day), 'issued_on-month': String(d.month), 'issued_on-year': String(d.year + 543) }, measureIds: [], audienceKinds: [], audienceIds: [] }
    return sendPage(reply, AnnouncementFormPage({ ctx: pageContext(req, reply), form, values }))
  })
  app.get<IdParams>('/staff/oversight/announcements/:id', async (req, reply) => sendPage(reply, OversightAnnouncementPage({ ctx: pageContext(req, reply), view: await uc.oversightAnnouncementView(actx(req), req.params.id) })))
  app.get<IdParams>('/staff/oversight/announcements/:id/correct', async (req, reply) => {
    const view = await uc.oversightAnnouncementView(actx(req), req.params.id)
    const a = view.announcement
    const picked = pickedFrom(measureCatalogue(), a.measures)
    const d = isoDateParts(todayInBangkok(req.now))
    const values: AnnouncementValues = {
      text: { number: a.number, 'issued_on-day': String(d.day), 'issued_on-month': String(d.month), 'issued_on-year': String(d.year + 543), fiscal_year: String(a.fiscalYear), title_th: a.titleTh, title_en: a.titleEn, body_th: a.bodyTh, typed_measures: picked.typed.join('\n'), audience: a.audience.kind, schedule_id: a.scheduleId ?? '' },
      measureIds: picked.ids,
      audienceKinds: a.audience.kind === 'kinds' ? a.audience.kinds : [],
      audienceIds: a.audience.kind === 'chosen' ? a.audience.ids : [],
    }
    return sendPage(reply, AnnouncementFormPage({ ctx: pageContext(req, reply), form: await uc.announcementForm(actx(req)), values, correcting: { id: a.id, version: a.version, files: view.files } }))
  })
  app.post<IdParams>('/staff/oversight/announcements/:id/remind', async (req, reply) => {
    const n = await uc.remindUnacknowledged(actx(req), req.params.id)
    setFlash(reply, n ? { th: `ส่งอีเมลเตือนแล้ว ${n} หน่วยงาน`, en: `Reminder sent to ${n} agencies` } : { th: 'วันนี้เตือนครบทุกหน่วยงานแล้ว', en: 'Every agency was already reminded today' })
    return reply.redirect(`/staff/oversight/announcements/${req.params.id}`, 303)
  })

  app.register(async (scope) => {
    const uploadsOf = await acceptUploads(scope, files, { fields: ATTACHMENT, acceptFrom: (req) => req.actor !== null, maxTextFields: 200, maxFieldBytes: 64 * 1024 })
    const issue = async (req: FastifyRequest, correctionOf?: string) => {
      try {
        return { id: await uc.issueAnnouncement(actx(req), req.body, uploadsOf(req), correctionOf) }
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e
        return { errors: e.fields, kept: e instanceof uc.AnnouncementRejected ? e.kept : null }
      }
    }
    scope.post('/staff/oversight/announcements', async (req, reply) => {
      const r = await issue(req)
      if ('errors' in r) return sendPage(reply, AnnouncementFormPage({ ctx: pageContext(req, reply), form: await uc.announcementForm(actx(req)), values: announcementValues(req.body), errors: r.errors, kept: r.kept }), 422)
      setFlash(reply, { th: 'ออกประกาศแล้ว แจ้งหน่วยงานทางอีเมลแล้ว', en: 'Announcement issued; agencies were e-mailed' })
      return reply.redirect(`/staff/oversight/announcements/${r.id}`, 303)
    })
    scope.post<IdParams>('/staff/oversight/announcements/:id/correct', async (req, reply) => {
      const r = await issue(req, req.params.id)
      if ('errors' in r) {
        const view = await uc.oversightAnnouncementView(actx(req), req.params.id)
        return sendPage(reply, AnnouncementFormPage({ ctx: pageContext(req, reply), form: await uc.announcementForm(actx(req)), values: announcementValues(req.body), errors: r.errors, kept: r.kept, correcting: { id: view.announcement.id, version: view.announcement.version, files: view.files } }), 422)
      }
      setFlash(reply, { th: 'ออกประกาศฉบับแก้ไขแล้ว หน่วยงานต้องรับทราบฉบับใหม่', en: 'Correction issued; agencies acknowledge the new version' })
      return reply.redirect(`/staff/oversight/announcements/${r.id}`, 303)
    })
  })

  app.get('/staff/announcements', async (req, reply) => sendPage(reply, AgencyAnnouncementsPage({ ctx: pageContext(req, reply), list: await uc.listAddressedToMe(actx(req)) })))
  app.get<IdParams>('/staff/announcements/:id', async (req, reply) => sendPage(reply, AgencyAnnouncementPage({ ctx: pageContext(req, reply), view: await uc.agencyAnnouncementView(actx(req), req.params.id) })))
  app.get<{ Params: { id: string; fileId: string } }>('/staff/announcements/:id/files/:fileId', async (req, reply) => sendStoredFile(req, reply, await uc.openAnnouncementFile(actx(req), req.params.id, req.params.fileId)))
  app.post<IdParams>('/staff/announcements/:id/acknowledge', async (req, reply) => {
    try {
      await uc.acknowledgeAnnouncement(actx(req), req.params.id, req.body)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      return sendPage(reply, AgencyAnnouncementPage({ ctx: pageContext(req, reply), view: await uc.agencyAnnouncementView(actx(req), req.params.id), errors: e.fields, values: { position: formString(req.body, 'position') } }), 422)
    }
    setFlash(reply, { th: 'บันทึกการรับทราบแล้ว', en: 'Acknowledgement recorded' })
    return reply.redirect(`/staff/announcements/${req.params.id}`, 303)
  })
  for (const [path, on] of [
    ['publish', true],
    ['unpublish', false],
  ] as const) {
    app.post<IdParams>(`/staff/announcements/:id/${path}`, async (req, reply) => {
      await uc.publishOnPortal(actx(req), req.params.id, req.body, on)
      setFlash(reply, on ? { th: 'เผยแพร่บนเว็บไซต์ของหน่วยงานแล้ว', en: 'Published on the agency portal' } : { th: 'นำออกจากเว็บไซต์แล้ว', en: 'Taken off the portal' })
      return reply.redirect(`/staff/announcements/${req.params.id}`, 303)
    })
  }

  app.get<{ Params: { slug: string } }>('/o/:slug/announcements', async (req, reply) => {
    const first = await uc.publicAnnouncements(deps.db, req.params.slug)
    return deps.publicPages.serve(req, reply, [DIRECTORY_SCOPE, organisationScope(first.agency.id)], async () => PublicAnnouncementsPage({ ctx: pageContext(req, reply), data: await uc.publicAnnouncements(deps.db, req.params.slug) }))
  })
  app.get<{ Params: { slug: string; id: string; fileId: string } }>('/o/:slug/announcements/:id/files/:fileId', async (req, reply) => sendStoredFile(req, reply, await uc.publicAnnouncementFile(deps.db, files, req.params.slug, req.params.id, req.params.fileId)))
}
