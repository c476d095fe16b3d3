import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts'
import { auditActorOf, SYSTEM_ACTOR, type Actor } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { rolesIn } from '../../platform/auth/policy.ts'
import type { Role } from '../../platform/auth/roles.ts'
import { queueMail } from '../../platform/mail/outbox.ts'
import { formatDateEn, formatDateTh, todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { isUuid } from '../organisations/index.ts'
import { canApprove, canManage, CONDITIONS, halfRange, isOverdue } from './property.domain.ts'
import { ITEM_FIELDS, parseItem, parseRequest, parseReturn, REQUEST_FIELDS, valuesOf } from './property.input.ts'
import * as repo from './property.repository.ts'
import { addEvent } from './property-lifecycle.repository.ts'

export type UseCaseContext = { db: Kysely<Database>; actor: Actor; now: Date; baseUrl: string }

export async function agencyOf(ctx: UseCaseContext) {
  const id = ctx.actor.memberships.find((m) => m.role !== 'committee' && m.role !== 'oversight')?.organisationId
  if (!id) throw new ForbiddenError('works for no agency')
  const agency = await repo.organisationOf(ctx.db, id)
  if (!agency) throw new NotFoundError('organisation')
  return { agency, roles: rolesIn(ctx.actor, id) as Role[] }
}
export const audit = (ctx: UseCaseContext, org: string, action: string, entityType: string, entityId: string, summary: Record<string, unknown>) => ({ actor: auditActorOf(ctx.actor), organisationId: org, action, entityType, entityId, summary, at: ctx.now })
const BOOKED = { start_on: { th: 'ทรัพย์สินนี้มีผู้จองหรือยืมในช่วงวันดังกล่าวแล้ว เลือกวันอื่น', en: 'The item is already booked for some of these days; choose other days' } }

/** Whether a database error is the overlap the borrowing trigger refuses. */
function isOverlap(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: string }).code === '23P01'
}

export async function registerView(ctx: UseCaseContext) {
  const { agency, roles } = await agencyOf(ctx)
  const today = todayInBangkok(ctx.now)
  const [items, staff, all] = await Promise.all([repo.listItems(ctx.db, agency.id), canManage(roles) ? repo.staffOf(ctx.db, agency.id) : Promise.resolve([]), repo.listBorrowings(ctx.db, { org: agency.id })])
  const visible = canManage(roles) ? all : all.filter((b) => b.borrowerId === ctx.actor.userId)
  return { agency, items, staff, borrowings: visible, manages: canManage(roles), isHead: canApprove(roles), today, overdue: all.filter((b) => isOverdue(b, today)).length }
}

export async function addItem(ctx: UseCaseContext, body: unknown): Promise<string> {
  const { agency, roles } = await agencyOf(ctx)
  if (!canManage(roles)) throw new ForbiddenError('keeps no register')
  const staff = await repo.staffOf(ctx.db, agency.id)
  const input = parseItem(valuesOf(body, ITEM_FIELDS), new Set(staff.map((s) => s.id)))
  if (await repo.numberTaken(ctx.db, agency.id, input.number)) throw new ValidationError({ number: { th: 'หมายเลขนี้มีในทะเบียนแล้ว', en: 'This number is already in the register' } })
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertItem(trx, agency.id, input, ctx.now)
    await recordAudit(trx, audit(ctx, agency.id, 'property.registered', 'property_item', id, { after: { number: input.number, name: input.name, kind: input.kind, condition: input.condition } }))
    await addEvent(trx, { itemId: id, event: 'registered', detail: { location: input.location, condition: input.condition }, byLabel: ctx.actor.displayName, at: ctx.now })
    return id
  })
}

export async function loadItem(ctx: UseCaseContext, id: string) {
  if (!isUuid(id)) throw new NotFoundError('item')
  const item = await repo.findItem(ctx.db, id)
  if (!item || rolesIn(ctx.actor, item.organisationId).filter((r) => r !== 'committee' && r !== 'oversight').length === 0) throw new NotFoundError('item')
  return { item, roles: rolesIn(ctx.actor, item.organisationId) }
}

export async function itemView(ctx: UseCaseContext, id: string) {
  const { item, roles } = await loadItem(ctx, id)
  const borrowings = await repo.listBorrowings(ctx.db, { org: item.organisationId, itemId: id })
  return { item, borrowings, manages: canManage(roles), isHead: canApprove(roles), today: todayInBangkok(ctx.now), me: ctx.actor.userId }
}

/** A staff member asks to borrow; refused with 422 when the days overlap a booking (decided by the database). */
export async function requestBorrowing(ctx: UseCaseContext, itemId: string, body: unknown): Promise<string> {
  const { item } = await loadItem(ctx, itemId)
  if (!item.borrowable || item.condition === 'unusable' || item.status === 'disposed') throw new ForbiddenError('this item is not lent')
  const input = parseRequest(valuesOf(body, REQUEST_FIELDS), todayInBangkok(ctx.now))
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const id = await repo.insertBorrowing(trx, { org: item.organisationId, itemId, borrowerId: ctx.actor.userId, purpose: input.purpose, startOn: input.startOn, endOn: input.endOn, now: ctx.now })
      await recordAudit(trx, audit(ctx, item.organisationId, 'borrowing.requested', 'property_borrowing', id, { after: { item_id: itemId, start_on: input.startOn, end_on: input.endOn, purpose: input.purpose } }))
      return id
    })
  } catch (e) {
    if (isOverlap(e)) throw new ValidationError(BOOKED)
    throw e
  }
}

type Step = 'approve' | 'reject' | 'issue' | 'return' | 'cancel'

/** One step of a borrowing, decided again under the row's lock. */
export async function borrowingStep(ctx: UseCaseContext, id: string, step: Step, body: unknown): Promise<string> {
  if (!isUuid(id)) throw new NotFoundError('borrowing')
  const first = await repo.findBorrowing(ctx.db, id)
  if (!first) throw new NotFoundError('borrowing')
  const roles = rolesIn(ctx.actor, first.organisationId)
  const mine = first.borrowerId === ctx.actor.userId
  if (!canManage(roles) && !mine) throw new NotFoundError('borrowing')
  if ((step === 'approve' || step === 'reject') && !canApprove(roles)) throw new ForbiddenError('only the head approves')
  if ((step === 'issue' || step === 'return') && !canManage(roles)) throw new ForbiddenError('the custodian issues and takes back')
  if (step === 'cancel' && !mine && !canManage(roles)) throw new ForbiddenError('may not cancel')
  const v = valuesOf(body, ['note', 'issue_condition', 'return_condition', 'damage_note', 'returned_on-day', 'returned_on-month', 'returned_on-year'])
  const note = (v.note ?? '').trim()
  if (step === 'reject' && !note) throw new ValidationError({ note: { th: 'ระบุเหตุผลที่ไม่อนุมัติ', en: 'Give the reason' } })
  const returned = step === 'return' ? parseReturn(v, todayInBangkok(ctx.now)) : null
  const from = { approve: ['requested'], reject: ['requested'], issue: ['approved'], return: ['issued'], cancel: ['requested', 'approved'] }[step]
  await ctx.db.transaction().execute(async (trx) => {
    const b = await repo.findBorrowing(trx, id, true)
    if (!b || !from.includes(b.status)) throw new ConflictError('ขั้นตอนนี้ทำไม่ได้ในสถานะปัจจุบัน', `cannot ${step} a borrowing that is ${b?.status}`)
    const label = ctx.actor.displayName
    if (step === 'approve') await repo.updateBorrowing(trx, id, { status: 'approved', decided_by_label: label, decision_note: note, decided_at: ctx.now })
    if (step === 'reject') await repo.updateBorrowing(trx, id, { status: 'rejected', decided_by_label: label, decision_note: note, decided_at: ctx.now })
    if (step === 'cancel') await repo.updateBorrowing(trx, id, { status: 'cancelled' })
    if (step === 'issue') await repo.updateBorrowing(trx, id, { status: 'issued', issued_at: ctx.now, issue_condition: (v.issue_condition ?? '').trim() || CONDITIONS.good.th })
    if (returned) {
      await repo.updateBorrowing(trx, id, { status: 'returned', returned_on: returned.returnedOn, return_condition: returned.condition, damage_note: returned.damage || null })
      if (returned.condition === 'damaged' || returned.condition === 'unusable') {
        await repo.setCondition(trx, b.itemId, returned.condition)
        await addEvent(trx, { itemId: b.itemId, event: 'condition', detail: { to: returned.condition, damage: returned.damage, borrowing_id: id }, byLabel: ctx.actor.displayName, at: ctx.now })
      }
    }
    await recordAudit(trx, audit(ctx, b.organisationId, `borrowing.${step}`, 'property_borrowing', id, { before: { status: b.status }, after: { step, note, ...(returned ? { returned_on: returned.returnedOn, condition: returned.condition, damage: returned.damage } : {}) } }))
  })
  return first.itemId
}

/** The use-monitoring report for half a fiscal year: borrowings, overdue returns, damage and property no one used. */
export async function monitoring(ctx: UseCaseContext, fiscalYear: number, half: 1 | 2) {
  const { agency, roles } = await agencyOf(ctx)
  if (!canManage(roles)) throw new ForbiddenError('the monitoring report is for those who keep the register')
  const range = halfRange(fiscalYear, half)
  const [items, borrowings] = await Promise.all([repo.listItems(ctx.db, agency.id), repo.listBorrowings(ctx.db, { org: agency.id, overlapping: range })])
  const today = todayInBangkok(ctx.now)
  const used = new Set(borrowings.filter((b) => b.status === 'issued' || b.status === 'returned').map((b) => b.itemId))
  const lateReturns = borrowings.filter((b) => isOverdue(b, today) || (b.returnedOn !== null && b.returnedOn > b.endOn))
  return { agency, range, items, borrowings, lateReturns, damaged: borrowings.filter((b) => b.returnCondition === 'damaged' || b.returnCondition === 'unusable'), unused: items.filter((i) => i.borrowable && !used.has(i.id)) }
}

/** Daily: reminds borrowers of property not returned by its day (once a week after the first). */
export async function propertyDaily(deps: { db: Kysely<Database>; now: Date; baseUrl: string }): Promise<{ reminded: number }> {
  const today = todayInBangkok(deps.now)
  let reminded = 0
  for (const b of await repo.overdueToRemind(deps.db, today)) {
    if (b.remindedOn && b.remindedOn > (new Date(Date.parse(today) - 7 * 86_400_000).toISOString().slice(0, 10) as string)) continue
    await deps.db.transaction().execute(async (trx) => {
      await queueMail(
        trx,
        {
          to: b.email,
          organisationId: b.organisationId,
          subject: `เกินกำหนดคืนทรัพย์สินของทางราชการ: ${b.itemName} / Government property overdue: ${b.itemName}`,
          text: [`${b.itemName} (${b.itemNumber}) ครบกำหนดคืนเมื่อ ${formatDateTh(b.endOn, { style: 'long', thaiDigits: true })} โปรดส่งคืนผู้รับผิดชอบ`, `${deps.baseUrl}/staff/property/${b.itemId}`, '', '----', '', `${b.itemName} (${b.itemNumber}) was due back on ${formatDateEn(b.endOn, { style: 'long', era: 'be' })}. Please return it.`, ''].join('\n'),
        },
        deps.now,
      )
      await repo.updateBorrowing(trx, b.id, { reminded_on: today })
      await recordAudit(trx, { actor: SYSTEM_ACTOR, organisationId: b.organisationId, action: 'borrowing.reminded', entityType: 'property_borrowing', entityId: b.id, summary: { after: { end_on: b.endOn } }, at: deps.now })
    })
    reminded++
  }
  return { reminded }
}
