import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError, ValidationError, type FieldErrors } from '../../errors.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { bumpPublicGeneration, organisationScope } from '../../platform/public-content/generations.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { loadHolidayDates } from '../holidays/index.ts'
import { findOrganisationBySlug } from '../organisations/index.ts'
import { isoDate, todayInBangkok, type HolidayDates, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { canEditGuideline } from './complaint-access.domain.ts'
import { DEFAULT_GUIDELINE, GUIDELINE_STEPS, guidelineProblems, stepDueDate, stepOf, urgencyOf, type Guideline, type Urgency } from './complaint-deadlines.domain.ts'
import type { ComplaintStatus } from './complaint-workflow.domain.ts'

/** An agency's published guideline (D5): how to complain, and each step's unit and time frame. */
export type AgencyGuideline = { steps: Guideline; howToTh: string; howToEn: string; updatedAt: Date | null; isDefault: boolean }

export const DEFAULT_HOW_TO = {
  th: 'ยื่นเรื่องร้องเรียนได้ทางแบบฟอร์มบนหน้านี้ ยื่นด้วยตนเองที่สำนักงาน ส่งทางไปรษณีย์ โทรศัพท์ หรือสายด่วน 1567 และศูนย์ดำรงธรรม เรื่องร้องเรียนควรระบุผู้ถูกร้องเรียน ข้อเท็จจริงหรือพฤติการณ์ที่เกิดขึ้น และพยานหลักฐานเท่าที่มี',
  en: 'Complain with the form on this page, in person at the office, by post, by telephone or hotline 1567, or through the Damrongdhama Centre. Say who the complaint is about, what happened, and give whatever evidence you have.',
}

export async function loadGuideline(db: Kysely<Database>, organisationId: string): Promise<AgencyGuideline> {
  const row = await db.selectFrom('complaint_guidelines').selectAll().where('organisation_id', '=', organisationId).executeTakeFirst()
  if (!row) return { steps: DEFAULT_GUIDELINE, howToTh: DEFAULT_HOW_TO.th, howToEn: DEFAULT_HOW_TO.en, updatedAt: null, isDefault: true }
  const stored = row.steps as Partial<Guideline>
  // Steps added to the guideline after an agency saved theirs fall back to the default.
  const steps = Object.fromEntries(GUIDELINE_STEPS.map((s) => [s, stored[s] ?? DEFAULT_GUIDELINE[s]])) as Guideline
  return { steps, howToTh: row.how_to_th, howToEn: row.how_to_en, updatedAt: row.updated_at, isDefault: false }
}

/** The step rules of many agencies in one query (reminders, oversight), defaults where none is saved. */
export async function loadGuidelineSteps(db: Kysely<Database>, organisationIds: readonly string[]): Promise<Map<string, Guideline>> {
  const rows = organisationIds.length === 0 ? [] : await db.selectFrom('complaint_guidelines').select(['organisation_id', 'steps']).where('organisation_id', 'in', [...organisationIds]).execute()
  const saved = new Map(rows.map((r) => [r.organisation_id, r.steps as Partial<Guideline>]))
  return new Map(organisationIds.map((id) => [id, Object.fromEntries(GUIDELINE_STEPS.map((s) => [s, saved.get(id)?.[s] ?? DEFAULT_GUIDELINE[s]])) as Guideline]))
}

/** The agency a citizen complains to, by its public address, with its published guideline. */
export type ComplaintAgency = { id: string; slug: string; name_th: string; name_en: string; address: string; phone: string; email: string; guideline: AgencyGuideline }

export async function complaintAgency(db: Kysely<Database>, slug: string): Promise<ComplaintAgency> {
  const org = await findOrganisationBySlug(db, slug)
  if (!org) throw new NotFoundError('organisation')
  return { id: org.id, slug: org.slug, name_th: org.name_th, name_en: org.name_en, address: org.address, phone: org.phone, email: org.email, guideline: await loadGuideline(db, org.id) }
}

export async function saveGuideline(db: Kysely<Database>, actor: Actor, organisationId: string, input: { steps: Guideline; howToTh: string; howToEn: string }, now: Date): Promise<void> {
  if (!canEditGuideline(actor, organisationId)) throw new ForbiddenError()
  const problems = guidelineProblems(input.steps)
  const errors: FieldErrors = Object.fromEntries(Object.entries(problems).map(([step, msg]) => [`${step}_days`, msg!]))
  if (!input.howToTh.trim()) errors.how_to_th = { th: 'อธิบายวิธีร้องเรียนเป็นภาษาไทย', en: 'Explain in Thai how to complain' }
  if (input.howToTh.length > 5000) errors.how_to_th = { th: 'คำอธิบายยาวเกิน 5,000 ตัวอักษร', en: 'The explanation is longer than 5,000 characters' }
  if (input.howToEn.length > 5000) errors.how_to_en = { th: 'คำอธิบายภาษาอังกฤษยาวเกิน 5,000 ตัวอักษร', en: 'The English explanation is longer than 5,000 characters' }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
  const before = await loadGuideline(db, organisationId)
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('complaint_guidelines')
      .values({ organisation_id: organisationId, steps: JSON.stringify(input.steps), how_to_th: input.howToTh.trim(), how_to_en: input.howToEn.trim(), updated_by: actor.userId, updated_at: now })
      .onConflict((oc) => oc.column('organisation_id').doUpdateSet({ steps: JSON.stringify(input.steps), how_to_th: input.howToTh.trim(), how_to_en: input.howToEn.trim(), updated_by: actor.userId, updated_at: now }))
      .execute()
    await recordAudit(trx, {
      actor: auditActorOf(actor),
      organisationId,
      action: 'complaint_guideline.saved',
      entityType: 'organisation',
      entityId: organisationId,
      summary: { before: { steps: before.steps }, after: { steps: input.steps } },
      at: now,
    })
    // The guideline is published on the agency's complaint page.
    await bumpPublicGeneration(trx, organisationScope(organisationId))
  })
}

export type Deadline = { due: IsoDate; urgency: Urgency } | null

/** The head's deadline for an order asked today: the guideline's decision step, in business days on the holiday calendar. */
export async function orderDueDate(db: Kysely<Database>, organisationId: string, today: IsoDate): Promise<IsoDate> {
  const guideline = await loadGuideline(db, organisationId)
  const year = Number(today.slice(0, 4))
  const holidays = await loadHolidayDates(db, isoDate(`${year}-01-01`), isoDate(`${year + 2}-12-31`))
  return stepDueDate(today, guideline.steps.decision, holidays)
}

/** Due dates of open cases under their agency's guideline, counted on the holiday calendar. */
export async function deadlineCalculator(db: Kysely<Database>, now: Date): Promise<(c: { status: string; step_started_on: string }, g: Guideline) => Deadline> {
  const today = todayInBangkok(now)
  const year = Number(today.slice(0, 4))
  const from = isoDate(`${year - 2}-01-01`)
  const to = isoDate(`${year + 2}-12-31`)
  const holidays: HolidayDates = await loadHolidayDates(db, from, to)
  return (c, g) => {
    const step = stepOf(c.status as ComplaintStatus)
    if (!step) return null
    const due = stepDueDate(isoDate(c.step_started_on), g[step], holidays)
    return { due, urgency: urgencyOf(due, today, holidays) }
  }
}
