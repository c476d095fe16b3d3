import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts'
import { auditActorOf, SYSTEM_ACTOR, type Actor } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { hasRoleIn } from '../../platform/auth/policy.ts'
import { CHIANG_MAI_EB12_QUARTERLY, ensureTemplate, findDefinition, type StoredDefinition } from '../../platform/forms/index.ts'
import { queueMail } from '../../platform/mail/outbox.ts'
import { addCalendarDays, currentFiscalYear, formatDateEn, formatDateTh, todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { loadHolidayDates } from '../holidays/index.ts'
import { isUuid } from '../organisations/index.ts'
import { periodOpenedMail } from './oversight-report-mail.ts'
import { parseScheduleForm } from './oversight-reports.input.ts'
import * as repo from './oversight-reports.repository.ts'
import { addressedAgencies, closesOnOf, deadlineOf, periodsOf, startedPeriods } from './oversight-schedule.domain.ts'

export type ScheduleContext = { db: Kysely<Database>; actor: Actor; now: Date; baseUrl: string }

/** The oversight bodies the actor works for (where they may schedule and review). */
export function oversightBodiesOf(actor: Actor): string[] {
  return [...new Set(actor.memberships.filter((m) => m.role === 'oversight').map((m) => m.organisationId))]
}

/** The forms an oversight body may schedule: the built-in templates (seed 000's first). */
export async function schedulableForms(db: Kysely<Database>, now: Date): Promise<StoredDefinition[]> {
  return [await ensureTemplate(db, CHIANG_MAI_EB12_QUARTERLY, now)]
}

export type ScheduleForm = { bodies: { id: string; nameTh: string; nameEn: string }[]; forms: StoredDefinition[]; agencies: { id: string; kind: string; nameTh: string }[]; fiscalYear: number }

export async function scheduleForm(ctx: ScheduleContext): Promise<ScheduleForm> {
  const ids = oversightBodiesOf(ctx.actor)
  if (ids.length === 0) throw new ForbiddenError('only oversight schedules reports')
  const bodies = await ctx.db.selectFrom('organisations').select(['id', 'name_th', 'name_en']).where('id', 'in', ids).orderBy('name_th').execute()
  const agencies = (await Promise.all(ids.map((id) => repo.agenciesUnder(ctx.db, id)))).flat()
  return { bodies: bodies.map((b) => ({ id: b.id, nameTh: b.name_th, nameEn: b.name_en })), forms: await schedulableForms(ctx.db, ctx.now), agencies, fiscalYear: currentFiscalYear(ctx.now) }
}

/** Oversight schedules a form for its agencies; the periods already begun open at once. */
export async function createSchedule(ctx: ScheduleContext, body: unknown): Promise<string> {
  const input = parseScheduleForm(body)
  if (!isUuid(input.organisationId) || !hasRoleIn(ctx.actor, input.organisationId, 'oversight')) throw new ForbiddenError('may schedule reports only for an oversight body one works for')
  const form = isUuid(input.formDefinitionId) ? await findDefinition(ctx.db, input.formDefinitionId) : undefined
  if (!form) throw new ValidationError({ form_definition_id: { th: 'เลือกแบบรายงาน', en: 'Choose the report form' } })
  if (form.status !== 'published') throw new ValidationError({ form_definition_id: { th: 'แบบรายงานฉบับนี้ยังไม่เผยแพร่', en: 'This form version is not published' } })
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertSchedule(trx, { ...input, formDefinitionId: form.id, createdBy: ctx.actor.userId, now: ctx.now })
    await recordAudit(trx, {
      actor: auditActorOf(ctx.actor),
      organisationId: input.organisationId,
      action: 'oversight_schedule.created',
      entityType: 'oversight_schedule',
      entityId: id,
      summary: { before: null, after: { title: input.titleTh, fiscal_year: input.fiscalYear, frequency: input.frequency, deadline: input.rule, audience: input.audience, form: `${form.key} v${form.version}` } },
      at: ctx.now,
    })
    return id
  })
  await openDuePeriods(ctx.db, ctx.now, ctx.baseUrl, [id])
  return id
}

/**
 * Opens every period that has begun and fixes its expected reports from the agencies addressed
 * now; run by the daily job and before pages that list reports. Idempotent.
 */
export async function openDuePeriods(db: Kysely<Database>, now: Date, baseUrl: string, scheduleIds?: string[]): Promise<number> {
  const today = todayInBangkok(now)
  const fy = currentFiscalYear(now)
  let schedules = scheduleIds ? (await Promise.all(scheduleIds.map((id) => repo.findSchedule(db, id)))).filter((s): s is repo.Schedule => !!s) : await repo.listAllSchedules(db, [fy - 1, fy, fy + 1])
  schedules = schedules.filter(Boolean)
  let opened = 0
  for (const s of schedules) {
    const done = await repo.openedPeriodKeys(db, s.id)
    const due = startedPeriods(periodsOf(s.frequency, s.fiscalYear), today).filter((p) => !done.has(p.key))
    if (due.length === 0) continue
    const agencies = await repo.agenciesUnder(db, s.organisationId)
    const addressed = addressedAgencies(s.audience, agencies, s.organisationId)
    for (const p of due) {
      const holidays = await loadHolidayDates(db, p.endsOn, addCalendarDays(p.endsOn, 200))
      const deadline = deadlineOf(p, s.rule, holidays)
      const closesOn = closesOnOf(deadline, s.rule)
      await db.transaction().execute(async (trx) => {
        const periodId = await repo.openPeriod(trx, { scheduleId: s.id, period: p, deadline, closesOn, agencyIds: addressed, now })
        if (!periodId) return
        opened++
        await recordAudit(trx, { actor: SYSTEM_ACTOR, organisationId: s.organisationId, action: 'oversight_period.opened', entityType: 'oversight_period', entityId: periodId, summary: { before: null, after: { schedule: s.id, period: p.key, deadline, expected: addressed.length } }, at: now })
        // Only a period still running is news; catching up on past ones (a schedule made late in the year) stays quiet.
        if (p.endsOn < today) return
        const people = await repo.holdersOf(trx, addressed, ['ita_coordinator', 'head'])
        const byAgency = await trx.selectFrom('memberships').select(['user_id', 'organisation_id']).where('organisation_id', 'in', addressed.length ? addressed : ['00000000-0000-0000-0000-000000000000']).where('role', 'in', ['ita_coordinator', 'head']).execute()
        for (const person of people) {
          const orgId = byAgency.find((m) => m.user_id === person.id)?.organisation_id ?? null
          const name = agencies.find((a) => a.id === orgId)?.nameTh ?? ''
          await queueMail(
            trx,
            {
              to: person.email,
              organisationId: orgId,
              ...periodOpenedMail({ agency: { th: name, en: name }, report: { th: s.titleTh, en: s.titleEn || s.titleTh }, period: p.label, deadline: { th: formatDateTh(deadline), en: formatDateEn(deadline) }, link: `${baseUrl}/staff/reports` }),
            },
            now,
          )
        }
      })
    }
  }
  return opened
}

export async function loadSchedule(ctx: ScheduleContext, id: string): Promise<repo.Schedule> {
  if (!isUuid(id)) throw new NotFoundError('schedule')
  const s = await repo.findSchedule(ctx.db, id)
  if (!s || !hasRoleIn(ctx.actor, s.organisationId, 'oversight')) throw new NotFoundError('schedule')
  return s
}
