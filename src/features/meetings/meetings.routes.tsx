import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { ValidationError } from '../../errors.ts'
import { EXPORT_CONTENT_TYPES } from '../../platform/exports/index.ts'
import { sendExport } from '../../web/http/send-export.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { minutesDocx } from './meetings-minutes-docx.ts'
import { MEETING_FIELDS, valuesOf } from './meetings.input.ts'
import * as uc from './meetings.use-cases.ts'
import { MeetingPage, MeetingsPage, type State } from './views/meetings.page.tsx'

type IdParams = { Params: { id: string } }

/** Meetings with interests declared per item and recusal (F5). */
export async function meetingsRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const ctxOf = (req: FastifyRequest): uc.UseCaseContext => ({ db: deps.db, actor: requireActor(req), now: req.now })
  const renderList = async (req: FastifyRequest, reply: FastifyReply, state?: State) => {
    const v = await uc.meetingsList(ctxOf(req))
    return sendPage(reply, MeetingsPage({ ctx: pageContext(req, reply), meetings: v.meetings, organises: v.organises, state }), state ? 422 : 200)
  }
  const renderMeeting = async (req: FastifyRequest, reply: FastifyReply, id: string, state?: State) => sendPage(reply, MeetingPage({ ctx: pageContext(req, reply), view: await uc.meetingView(ctxOf(req), id), state }), state ? 422 : 200)

  app.get('/staff/meetings', async (req, reply) => renderList(req, reply))
  app.post('/staff/meetings', async (req, reply) => {
    try {
      const id = await uc.createMeeting(ctxOf(req), req.body)
      setFlash(reply, { th: 'เพิ่มการประชุมแล้ว', en: 'Meeting added' })
      return reply.redirect(`/staff/meetings/${id}`, 303)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      return renderList(req, reply, { form: 'meeting', values: valuesOf(req.body, MEETING_FIELDS), errors: e.fields })
    }
  })
  app.get<IdParams>('/staff/meetings/:id', async (req, reply) => renderMeeting(req, reply, req.params.id))
  app.get<IdParams>('/staff/meetings/:id/minutes.docx', async (req, reply) => {
    const data = await uc.minutesData(ctxOf(req), req.params.id)
    return sendExport(reply, { body: await minutesDocx(data), contentType: EXPORT_CONTENT_TYPES.docx, filename: `รายงานการประชุม-${data.view.meeting.heldOn}.docx` })
  })
  const meetingSteps = {
    items: { run: uc.addItem, form: 'item', fields: ['item_title'] },
    members: { run: uc.addMember, form: 'member', fields: ['user_id', 'role'] },
    approve: { run: uc.approveMinutes, form: 'approve', fields: ['approval_note'] },
  } as const
  for (const [path, s] of Object.entries(meetingSteps)) {
    app.post<IdParams>(`/staff/meetings/:id/${path}`, async (req, reply) => {
      try {
        await s.run(ctxOf(req), req.params.id, req.body)
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e
        return renderMeeting(req, reply, req.params.id, { form: s.form, values: valuesOf(req.body, s.fields), errors: e.fields })
      }
      setFlash(reply, { th: 'บันทึกแล้ว', en: 'Saved' })
      return reply.redirect(`/staff/meetings/${req.params.id}`, 303)
    })
  }
  const itemSteps = {
    interest: { run: uc.declareInterest, fields: ['nature'] },
    vote: { run: uc.castVote, fields: ['vote'] },
    resolution: { run: uc.recordResolution, fields: ['resolution'] },
  } as const
  for (const [path, s] of Object.entries(itemSteps)) {
    app.post<IdParams>(`/staff/meetings/items/:id/${path}`, async (req, reply) => {
      const itemId = req.params.id
      try {
        const meetingId = await s.run(ctxOf(req), itemId, req.body)
        setFlash(reply, { th: 'บันทึกแล้ว', en: 'Saved' })
        return reply.redirect(`/staff/meetings/${meetingId}#item-${itemId}`, 303)
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e
        const row = await deps.db.selectFrom('meeting_items').select('meeting_id').where('id', '=', itemId).executeTakeFirstOrThrow()
        const errors = Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [`${k}-${itemId}`, v]))
        return renderMeeting(req, reply, row.meeting_id, { form: `${path}-${itemId}`, values: valuesOf(req.body, s.fields), errors })
      }
    })
  }
}
