import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts'
import type { FileService, OpenedFile, UploadOutcome } from '../../platform/files/index.ts'
import { auditActorOf, signerLabel, SYSTEM_ACTOR, type Actor } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { rolesIn } from '../../platform/auth/policy.ts'
import type { Role } from '../../platform/auth/roles.ts'
import { queueMail } from '../../platform/mail/outbox.ts'
import { bumpPublicGeneration, organisationScope } from '../../platform/public-content/generations.ts'
import { addCalendarDays, compareIsoDates, fiscalYearRange, formatDateEn, formatDateTh, todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { loadHolidayDates } from '../holidays/index.ts'
import { isUuid } from '../organisations/index.ts'
import { giftReminderMail, giftSubmittedMail } from './gift-mail.ts'
import { canHandleDonations, canRule, declarationDueOn, DAYS_TO_DECLARE, isLate, needsRuling, reminderDue } from './gifts.domain.ts'
import { DECLARATION_FIELDS, DONATION_FIELDS, parseAcceptance, parseDecision, parseDeclaration, parseDonation, parseRuling, valuesOf } from './gifts.input.ts'
import * as repo from './gifts.repository.ts'

export type UseCaseContext = { db: Kysely<Database>; actor: Actor; now: Date; baseUrl: string }

async function agencyOf(ctx: UseCaseContext): Promise<{ agency: NonNullable<Awaited<ReturnType<typeof repo.organisationOf>>>; roles: Role[] }> {
  const id = ctx.actor.memberships.find((m) => m.role !== 'committee' && m.role !== 'oversight')?.organisationId
  if (!id) throw new ForbiddenError('works for no agency')
  const agency = await repo.organisationOf(ctx.db, id)
  if (!agency) throw new NotFoundError('organisation')
  return { agency, roles: rolesIn(ctx.actor, id) }
}

const audit = (ctx: UseCaseContext, org: string, action: string, entityType: string, entityId: string, summary: Record<string, unknown>) => ({ actor: auditActorOf(ctx.actor), organisationId: org, action, entityType, entityId, summary, at: ctx.now })

/** The register: one's own declarations; the head sees the agency's. */
export async function register(ctx: UseCaseContext) {
  const { agency, roles } = await agencyOf(ctx)
  const isHead = canRule(roles)
  const [declarations, donations] = await Promise.all([repo.listDeclarations(ctx.db, agency.id, isHead ? null : ctx.actor.userId), canHandleDonations(roles) ? repo.listDonations(ctx.db, agency.id) : Promise.resolve([])])
  return { agency, isHead, handlesDonations: canHandleDonations(roles), declarations, donations, today: todayInBangkok(ctx.now) }
}

export async function declareGift(ctx: UseCaseContext, body: unknown): Promise<string> {
  const { agency } = await agencyOf(ctx)
  const input = parseDeclaration(valuesOf(body, DECLARATION_FIELDS), todayInBangkok(ctx.now))
  // Holidays a little past the 30 days: a long run of them moves the deadline further.
  const dueOn = needsRuling(input.valueSatang) ? declarationDueOn(input.receivedOn, await loadHolidayDates(ctx.db, input.receivedOn, addCalendarDays(input.receivedOn, DAYS_TO_DECLARE + 21))) : null
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertDeclaration(trx, agency.id, ctx.actor.userId, input, dueOn, ctx.now)
    await recordAudit(trx, audit(ctx, agency.id, 'gift.declared', 'gift_declaration', id, { after: { value_satang: input.valueSatang, received_on: input.receivedOn, due_on: dueOn, donor_type: input.donorType } }))
    return id
  })
}

async function loadDeclaration(ctx: UseCaseContext, id: string) {
  if (!isUuid(id)) throw new NotFoundError('gift')
  const d = await repo.findDeclaration(ctx.db, id)
  if (!d) throw new NotFoundError('gift')
  const roles = rolesIn(ctx.actor, d.organisationId)
  if (d.userId !== ctx.actor.userId && !canRule(roles)) throw new NotFoundError('gift')
  return { declaration: d, roles }
}

export async function declarationView(ctx: UseCaseContext, id: string) {
  const { declaration, roles } = await loadDeclaration(ctx, id)
  return { declaration, isOwner: declaration.userId === ctx.actor.userId, canRule: canRule(roles) && declaration.status === 'submitted', today: todayInBangkok(ctx.now) }
}

export const NACC_FORM_PURPOSE = 'gift-nacc-form'
export const NACC_FORM_MAX_BYTES = 10 * 1024 * 1024

/** The declarant attaches the signed NACC gift report form (scanned) until the head has ruled; a later one replaces it. */
export async function attachNaccForm(ctx: UseCaseContext & { files: FileService }, id: string, upload: UploadOutcome | undefined): Promise<void> {
  const { declaration } = await loadDeclaration(ctx, id)
  if (declaration.userId !== ctx.actor.userId) throw new ForbiddenError('only the declarant attaches the form')
  if (declaration.status === 'ruled') throw new ConflictError('หัวหน้าวินิจฉัยแล้ว แนบแบบเพิ่มไม่ได้', 'already ruled')
  if (!upload) throw new ValidationError({ nacc_form: { th: 'เลือกไฟล์แบบรายงาน', en: 'Choose the form’s file' } })
  if ('problem' in upload) throw new ValidationError(upload.problem)
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await ctx.files.commit(upload.upload, { organisationId: declaration.organisationId, uploadedBy: ctx.actor.userId, purpose: NACC_FORM_PURPOSE, now: ctx.now }, trx)
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: declaration.organisationId, action: 'file.uploaded', entityType: 'file', entityId: stored.id, summary: { before: null, after: { purpose: NACC_FORM_PURPOSE, mime: stored.mime, size: stored.size, sha256: stored.sha256 } }, at: ctx.now })
    await repo.setNaccForm(trx, id, stored.id)
    await recordAudit(trx, audit(ctx, declaration.organisationId, 'gift.nacc_form_attached', 'gift_declaration', id, { before: { file_id: declaration.naccFormFileId }, after: { file_id: stored.id } }))
  })
}

/** The form, for the declarant and the head. */
export async function naccForm(ctx: UseCaseContext & { files: FileService }, id: string): Promise<OpenedFile> {
  const { declaration } = await loadDeclaration(ctx, id)
  if (!declaration.naccFormFileId) throw new NotFoundError('file')
  const opened = await ctx.files.openFile(declaration.naccFormFileId)
  if (!opened) throw new NotFoundError('file')
  return opened
}

/** The declarant sends a draft to the head; late if after the due day. The heads are mailed in the same transaction. */
export async function submitGift(ctx: UseCaseContext, id: string): Promise<void> {
  const { declaration } = await loadDeclaration(ctx, id)
  if (declaration.userId !== ctx.actor.userId) throw new ForbiddenError('only the declarant sends it')
  const today = todayInBangkok(ctx.now)
  await ctx.db.transaction().execute(async (trx) => {
    const d = await repo.findDeclaration(trx, id, true)
    if (d?.status !== 'draft' || !d.dueOn) throw new ConflictError('ส่งรายงานนี้ไปแล้ว', 'already sent')
    const late = isLate(d.dueOn, today)
    await repo.submitDeclaration(trx, id, ctx.now, today, late)
    await recordAudit(trx, audit(ctx, d.organisationId, 'gift.submitted', 'gift_declaration', id, { before: { status: 'draft' }, after: { status: 'submitted', late, due_on: d.dueOn } }))
    for (const head of await repo.headsOf(trx, d.organisationId)) {
      await queueMail(trx, { to: head.email, organisationId: d.organisationId, ...giftSubmittedMail({ declarant: ctx.actor.displayName, dueTh: formatDateTh(d.dueOn, { style: 'long', thaiDigits: true }), dueEn: formatDateEn(d.dueOn, { style: 'long', era: 'be' }), late, link: `${ctx.baseUrl}/staff/gifts/${id}` }) }, ctx.now)
    }
  })
}

export async function ruleGift(ctx: UseCaseContext, id: string, body: unknown): Promise<void> {
  const { declaration, roles } = await loadDeclaration(ctx, id)
  if (!canRule(roles)) throw new ForbiddenError('only the head rules')
  const input = parseRuling(valuesOf(body, ['ruling', 'reason']))
  await ctx.db.transaction().execute(async (trx) => {
    const d = await repo.findDeclaration(trx, id, true)
    if (d?.status !== 'submitted') throw new ConflictError('รายการนี้ไม่อยู่ในสถานะรอวินิจฉัย', 'not awaiting a ruling')
    await repo.ruleDeclaration(trx, id, { ruling: input.ruling, reason: input.reason, by: signerLabel(ctx.actor, declaration.organisationId), now: ctx.now })
    await recordAudit(trx, audit(ctx, declaration.organisationId, 'gift.ruled', 'gift_declaration', id, { before: { status: 'submitted' }, after: { status: 'ruled', ruling: input.ruling, reason: input.reason } }))
  })
}

// ---- Donations (m6 (11)) ----

async function donationsAgency(ctx: UseCaseContext) {
  const a = await agencyOf(ctx)
  if (!canHandleDonations(a.roles)) throw new ForbiddenError('donations are handled by the agency’s officers and head')
  return a
}

/** Who may open the blank forms: the same people the saves accept, so nobody fills in a form that will be refused. */
export async function mayDeclareGift(ctx: UseCaseContext): Promise<void> {
  await agencyOf(ctx)
}

export async function mayProposeDonation(ctx: UseCaseContext): Promise<void> {
  await donationsAgency(ctx)
}

export async function proposeDonation(ctx: UseCaseContext, body: unknown): Promise<string> {
  const { agency } = await donationsAgency(ctx)
  const input = parseDonation(valuesOf(body, DONATION_FIELDS))
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertDonation(trx, agency.id, input, { id: ctx.actor.userId, label: ctx.actor.displayName }, ctx.now)
    await recordAudit(trx, audit(ctx, agency.id, 'donation.proposed', 'gift_donation', id, { after: { donor: input.donorName, value_satang: input.valueSatang, purpose: input.purpose } }))
    return id
  })
}

async function loadDonation(ctx: UseCaseContext, id: string) {
  if (!isUuid(id)) throw new NotFoundError('donation')
  const d = await repo.findDonation(ctx.db, id)
  if (!d || !canHandleDonations(rolesIn(ctx.actor, d.organisationId))) throw new NotFoundError('donation')
  return { donation: d, roles: rolesIn(ctx.actor, d.organisationId) }
}

export async function donationView(ctx: UseCaseContext, id: string) {
  const { donation, roles } = await loadDonation(ctx, id)
  return { donation, canDecide: canRule(roles) && donation.status === 'proposed', canAccept: donation.status === 'approved' }
}

export async function decideDonation(ctx: UseCaseContext, id: string, body: unknown): Promise<void> {
  const { donation, roles } = await loadDonation(ctx, id)
  if (!canRule(roles)) throw new ForbiddenError('only the head approves a donation')
  const input = parseDecision(valuesOf(body, ['decision', 'reason']))
  await ctx.db.transaction().execute(async (trx) => {
    const d = await repo.findDonation(trx, id, true)
    if (d?.status !== 'proposed') throw new ConflictError('พิจารณาไปแล้ว', 'already decided')
    await repo.decideDonation(trx, id, input.approve, input.reason, signerLabel(ctx.actor, donation.organisationId), ctx.now)
    await recordAudit(trx, audit(ctx, donation.organisationId, input.approve ? 'donation.approved' : 'donation.rejected', 'gift_donation', id, { before: { status: 'proposed' }, after: { status: input.approve ? 'approved' : 'rejected', reason: input.reason } }))
  })
}

/** Received only once approved (the database refuses otherwise); the public list changes with it. */
export async function acceptDonation(ctx: UseCaseContext, id: string, body: unknown): Promise<void> {
  const { donation } = await loadDonation(ctx, id)
  const input = parseAcceptance(valuesOf(body, ['accepted_on-day', 'accepted_on-month', 'accepted_on-year', 'receipt_number']), todayInBangkok(ctx.now))
  await ctx.db.transaction().execute(async (trx) => {
    const d = await repo.findDonation(trx, id, true)
    if (d?.status !== 'approved') throw new ConflictError('รับมอบได้เฉพาะรายการที่อนุมัติแล้ว', 'only an approved donation is received')
    await repo.acceptDonation(trx, id, input.acceptedOn, input.receipt)
    await recordAudit(trx, audit(ctx, donation.organisationId, 'donation.accepted', 'gift_donation', id, { before: { status: 'approved' }, after: { status: 'accepted', accepted_on: input.acceptedOn, receipt_number: input.receipt } }))
    await bumpPublicGeneration(trx, organisationScope(donation.organisationId))
  })
}

/** The public list of donations received and the No Gift policy: facts, no actor needed. */
export async function publicDonations(db: Kysely<Database>, slug: string) {
  const agency = await repo.publicOrganisation(db, slug)
  if (!agency) throw new NotFoundError('organisation')
  return { agency, donations: await repo.listDonations(db, agency.id, { acceptedOnly: true }) }
}

/** The head's yearly summary: declarations received and donations accepted in a fiscal year. */
export async function yearlySummary(ctx: UseCaseContext, fiscalYear: number) {
  const { agency, roles } = await agencyOf(ctx)
  if (!canRule(roles)) throw new ForbiddenError('the yearly summary is the head’s')
  const span = fiscalYearRange(fiscalYear)
  const range = { from: span.start, to: span.end }
  return { agency, declarations: await repo.listDeclarations(ctx.db, agency.id, null, range), donations: (await repo.listDonations(ctx.db, agency.id, { range })).filter((d) => d.status === 'accepted') }
}

/** Daily: reminds declarants whose gift over 3,000 baht is still a draft near or past its deadline. */
export async function giftsDaily(deps: { db: Kysely<Database>; now: Date; baseUrl: string }): Promise<{ reminded: number }> {
  const today = todayInBangkok(deps.now)
  let reminded = 0
  for (const d of await repo.draftsToRemind(deps.db)) {
    if (!d.dueOn || !reminderDue(d.dueOn, today, d.remindedOn)) continue
    await deps.db.transaction().execute(async (trx) => {
      await queueMail(trx, { to: d.email, organisationId: d.organisationId, ...giftReminderMail({ dueTh: formatDateTh(d.dueOn!, { style: 'long', thaiDigits: true }), dueEn: formatDateEn(d.dueOn!, { style: 'long', era: 'be' }), overdue: compareIsoDates(today, d.dueOn!) > 0, link: `${deps.baseUrl}/staff/gifts/${d.id}` }) }, deps.now)
      await repo.markReminded(trx, d.id, today)
      await recordAudit(trx, { actor: SYSTEM_ACTOR, organisationId: d.organisationId, action: 'gift.reminded', entityType: 'gift_declaration', entityId: d.id, summary: { after: { due_on: d.dueOn, overdue: compareIsoDates(today, d.dueOn!) > 0 } }, at: deps.now })
    })
    reminded++
  }
  return { reminded }
}
