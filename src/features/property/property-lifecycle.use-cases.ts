import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldErrors } from '../../errors.ts'
import { auditActorOf } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { rolesIn } from '../../platform/auth/policy.ts'
import type { FileService, OpenedFile, UploadOutcome } from '../../platform/files/index.ts'
import { todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { isUuid } from '../organisations/index.ts'
import { canApprove, canManage } from './property.domain.ts'
import { valuesOf } from './property.input.ts'
import * as repo from './property.repository.ts'
import { agencyOf, audit, loadItem, type UseCaseContext } from './property.use-cases.ts'
import { stocktakeTotals, stocktakeYearFor } from './property-lifecycle.domain.ts'
import { formList, MOVEMENT_FIELDS, parseAppoint, parseCount, parseFileMeta, parseMovement } from './property-lifecycle.input.ts'
import * as life from './property-lifecycle.repository.ts'

export const PROPERTY_FILE_PURPOSE = 'property-file'
export const PROPERTY_PHOTO_MAX_BYTES = 8 * 1024 * 1024
export const PROPERTY_DOCUMENT_MAX_BYTES = 15 * 1024 * 1024

/** What the item page adds to the record: photos and documents, transfers and disposal, and the history. */
export async function lifecycleOf(ctx: UseCaseContext, itemId: string) {
  const { item, roles } = await loadItem(ctx, itemId)
  const [files, movements, events, staff] = await Promise.all([life.filesOf(ctx.db, itemId), life.movementsOf(ctx.db, { itemId }), life.eventsOf(ctx.db, itemId), canManage(roles) ? repo.staffOf(ctx.db, item.organisationId) : Promise.resolve([])])
  return { files, movements, events, staff, open: movements.find((m) => m.status === 'requested') ?? null }
}

/** Someone who keeps the register asks to transfer or dispose of an item; the head decides. */
export async function requestMovement(ctx: UseCaseContext, itemId: string, body: unknown): Promise<void> {
  const { item, roles } = await loadItem(ctx, itemId)
  if (!canManage(roles)) throw new ForbiddenError('keeps no register')
  if (item.status === 'disposed') throw new ConflictError('ทรัพย์สินนี้จำหน่ายแล้ว', 'the item has been disposed of')
  const staff = await repo.staffOf(ctx.db, item.organisationId)
  const input = parseMovement(valuesOf(body, MOVEMENT_FIELDS), new Set(staff.map((s) => s.id)))
  await ctx.db.transaction().execute(async (trx) => {
    if ((await life.movementsOf(trx, { itemId, status: 'requested' })).length) throw new ValidationError({ kind: { th: 'มีคำขอที่รอหัวหน้าพิจารณาอยู่แล้ว', en: 'A request is already awaiting the head' } })
    const id = await life.insertMovement(trx, { org: item.organisationId, itemId, ...input, requestedBy: ctx.actor.userId, now: ctx.now })
    await life.addEvent(trx, { itemId, event: input.kind === 'transfer' ? 'transfer_requested' : 'disposal_requested', detail: { movement_id: id, to_location: input.toLocation, method: input.method, reason: input.reason }, byLabel: ctx.actor.displayName, at: ctx.now })
    await recordAudit(trx, audit(ctx, item.organisationId, `property.${input.kind}_requested`, 'property_item', itemId, { after: { movement_id: id, to_location: input.toLocation, to_custodian_id: input.toCustodianId, method: input.method, reason: input.reason } }))
  })
}

/** The head approves (the item moves or is disposed of, in the same transaction) or rejects; the requester or the head may cancel. */
export async function decideMovement(ctx: UseCaseContext, movementId: string, step: 'approve' | 'reject' | 'cancel', note: string): Promise<string> {
  if (!isUuid(movementId)) throw new NotFoundError('movement')
  const first = await life.findMovement(ctx.db, movementId)
  if (!first) throw new NotFoundError('movement')
  const { item, roles } = await loadItem(ctx, first.itemId)
  if (!canManage(roles)) throw new NotFoundError('movement')
  if (step !== 'cancel' && !canApprove(roles)) throw new ForbiddenError('only the head approves')
  if (step === 'cancel' && first.requestedBy !== ctx.actor.userId && !canApprove(roles)) throw new ForbiddenError('only the requester or the head cancels')
  const text = note.trim().slice(0, 1000)
  if (step === 'reject' && !text) throw new ValidationError({ note: { th: 'ระบุเหตุผลที่ไม่อนุมัติ', en: 'Give the reason' } })
  await ctx.db.transaction().execute(async (trx) => {
    const m = await life.findMovement(trx, movementId, true)
    if (!m || m.status !== 'requested') throw new ConflictError('คำขอนี้พิจารณาแล้ว', 'the request has been decided')
    const by = ctx.actor.displayName
    if (step === 'cancel') {
      await life.decideMovement(trx, m.id, { status: 'cancelled', byLabel: null, note: text || null, at: null })
      await life.addEvent(trx, { itemId: m.itemId, event: 'cancelled', detail: { movement_id: m.id }, byLabel: by, at: ctx.now })
    } else if (step === 'reject') {
      await life.decideMovement(trx, m.id, { status: 'rejected', byLabel: by, note: text, at: ctx.now })
      await life.addEvent(trx, { itemId: m.itemId, event: 'rejected', detail: { movement_id: m.id, kind: m.kind, note: text }, byLabel: by, at: ctx.now })
    } else {
      await life.decideMovement(trx, m.id, { status: 'approved', byLabel: by, note: text, at: ctx.now })
      if (m.kind === 'transfer') {
        await life.moveItem(trx, m.itemId, { location: m.toLocation ?? item.location, custodianId: m.toCustodianId ?? item.custodianId })
        await life.addEvent(trx, { itemId: m.itemId, event: 'transferred', detail: { movement_id: m.id, from_location: item.location, to_location: m.toLocation, from_custodian: item.custodian, to_custodian: m.toCustodian ?? item.custodian }, byLabel: by, at: ctx.now })
      } else {
        await life.disposeItem(trx, m.itemId, todayInBangkok(ctx.now))
        await life.addEvent(trx, { itemId: m.itemId, event: 'disposed', detail: { movement_id: m.id, method: m.method }, byLabel: by, at: ctx.now })
      }
    }
    await recordAudit(trx, audit(ctx, m.organisationId, `property.movement_${step}`, 'property_item', m.itemId, { before: { status: 'requested', location: item.location, custodian_id: item.custodianId }, after: { movement_id: m.id, kind: m.kind, step, note: text } }))
  })
  return first.itemId
}

/** A photo or document of the item, kept on the file service. */
export async function addItemFile(ctx: UseCaseContext & { files: FileService }, itemId: string, body: unknown, upload: UploadOutcome | undefined): Promise<void> {
  const { item, roles } = await loadItem(ctx, itemId)
  if (!canManage(roles)) throw new ForbiddenError('keeps no register')
  if (item.status === 'disposed') throw new ConflictError('ทรัพย์สินนี้จำหน่ายแล้ว', 'the item has been disposed of')
  const meta = parseFileMeta(valuesOf(body, ['file_kind', 'label']))
  const errors: FieldErrors = meta.ok ? {} : { ...meta.errors }
  if (!upload) errors.file = { th: 'เลือกไฟล์', en: 'Choose a file' }
  else if ('problem' in upload) Object.assign(errors, upload.problem)
  else if (meta.ok && meta.kind === 'photo' && !upload.upload.mime.startsWith('image/')) errors.file = { th: 'ภาพถ่ายต้องเป็นไฟล์ภาพ', en: 'A photo must be an image' }
  if (!meta.ok || Object.keys(errors).length || !upload || !('upload' in upload)) throw new ValidationError(errors)
  const { kind, label } = meta
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await ctx.files.commit(upload.upload, { organisationId: item.organisationId, uploadedBy: ctx.actor.userId, purpose: PROPERTY_FILE_PURPOSE, now: ctx.now }, trx)
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: item.organisationId, action: 'file.uploaded', entityType: 'file', entityId: stored.id, summary: { before: null, after: { purpose: PROPERTY_FILE_PURPOSE, mime: stored.mime, size: stored.size, sha256: stored.sha256 } }, at: ctx.now })
    const id = await life.insertFile(trx, { itemId, fileId: stored.id, kind, label, now: ctx.now })
    await life.addEvent(trx, { itemId, event: 'file_added', detail: { kind, label }, byLabel: ctx.actor.displayName, at: ctx.now })
    await recordAudit(trx, audit(ctx, item.organisationId, 'property.file_added', 'property_item', itemId, { after: { property_file_id: id, file_id: stored.id, kind, label } }))
  })
}

/** A file of an item, for the agency's staff only. */
export async function openItemFile(ctx: UseCaseContext & { files: FileService }, id: string): Promise<OpenedFile> {
  if (!isUuid(id)) throw new NotFoundError('file')
  const f = await life.findFile(ctx.db, id)
  if (!f) throw new NotFoundError('file')
  await loadItem(ctx, f.item_id)
  const opened = await ctx.files.openFile(f.file_id)
  if (!opened) throw new NotFoundError('file')
  return opened
}

// ---- Yearly stock-take (MoF supplies regulation ข้อ 213–214) ----

export async function stocktakesView(ctx: UseCaseContext) {
  const { agency, roles } = await agencyOf(ctx)
  const [list, staff] = await Promise.all([life.listStocktakes(ctx.db, agency.id), canApprove(roles) ? repo.staffOf(ctx.db, agency.id) : Promise.resolve([])])
  return { agency, list, staff, isHead: canApprove(roles), manages: canManage(roles), suggestedYear: stocktakeYearFor(todayInBangkok(ctx.now)) }
}

/** The head appoints the committee (a chair and at least two members) for a fiscal year. */
export async function appointStocktake(ctx: UseCaseContext, body: unknown): Promise<string> {
  const { agency, roles } = await agencyOf(ctx)
  if (!canApprove(roles)) throw new ForbiddenError('only the head appoints the committee')
  const staff = await repo.staffOf(ctx.db, agency.id)
  const v = valuesOf(body, ['fiscal_year', 'chair_id'])
  const input = parseAppoint({ fiscal_year: v.fiscal_year ?? '', chair_id: v.chair_id ?? '', members: formList(body, 'members') }, new Set(staff.map((s) => s.id)))
  if (await life.stocktakeYearTaken(ctx.db, agency.id, input.fiscalYear)) throw new ValidationError({ fiscal_year: { th: 'ปีงบประมาณนี้แต่งตั้งคณะกรรมการแล้ว', en: 'A committee is already appointed for this year' } })
  return ctx.db.transaction().execute(async (trx) => {
    const members = [{ userId: input.chairId, role: 'chair' as const }, ...input.memberIds.map((userId) => ({ userId, role: 'member' as const }))]
    const id = await life.insertStocktake(trx, { org: agency.id, fiscalYear: input.fiscalYear, byLabel: ctx.actor.displayName, members, now: ctx.now })
    await recordAudit(trx, audit(ctx, agency.id, 'property.stocktake_appointed', 'property_stocktake', id, { after: { fiscal_year: input.fiscalYear, members } }))
    return id
  })
}

async function loadStocktake(ctx: UseCaseContext, id: string) {
  if (!isUuid(id)) throw new NotFoundError('stocktake')
  const s = await life.findStocktake(ctx.db, id)
  if (!s) throw new NotFoundError('stocktake')
  const member = s.members.find((m) => m.userId === ctx.actor.userId)
  const isHead = canApprove(rolesOf(ctx, s.organisationId))
  if (!member && !isHead && !canManage(rolesOf(ctx, s.organisationId))) throw new NotFoundError('stocktake')
  return { s, member: member ?? null, isHead }
}
const rolesOf = (ctx: UseCaseContext, org: string) => rolesIn(ctx.actor, org)

export async function stocktakeView(ctx: UseCaseContext, id: string) {
  const { s, member, isHead } = await loadStocktake(ctx, id)
  const [agency, all] = await Promise.all([repo.organisationOf(ctx.db, s.organisationId), repo.listItems(ctx.db, s.organisationId)])
  if (!agency) throw new NotFoundError('organisation')
  // Items disposed of before the count began are not counted; those counted stay in the report.
  const counted = new Set(s.lines.map((l) => l.itemId))
  const items = all.filter((i) => i.status === 'in_use' || counted.has(i.id))
  return { agency, stocktake: s, items, totals: stocktakeTotals(items.map((i) => i.id), s.lines), member, isHead, canCount: member !== null && s.status === 'counting' }
}

/** A committee member records what was found for one item; a difference from the register is explained. */
export async function countItem(ctx: UseCaseContext, id: string, itemId: string, body: unknown): Promise<void> {
  const { s, member } = await loadStocktake(ctx, id)
  if (!member) throw new ForbiddenError('only the committee counts')
  if (s.status !== 'counting') throw new ConflictError('ส่งรายงานแล้ว แก้ไขผลการตรวจนับไม่ได้', 'the stock-take has been reported')
  if (!isUuid(itemId)) throw new NotFoundError('item')
  const item = await repo.findItem(ctx.db, itemId)
  if (!item || item.organisationId !== s.organisationId) throw new NotFoundError('item')
  const v = valuesOf(body, ['found', 'condition', 'note'])
  const parsed = parseCount({ found: v.found ?? '', condition: v.condition ?? '', note: v.note ?? '' }, item.condition, itemId)
  await ctx.db.transaction().execute(async (trx) => {
    await life.saveLine(trx, s.id, { itemId, registerCondition: item.condition, ...parsed }, ctx.actor.displayName, ctx.now)
    await life.addEvent(trx, { itemId, event: 'counted', detail: { stocktake_id: s.id, fiscal_year: s.fiscalYear, found: parsed.found, condition: parsed.countedCondition, note: parsed.note }, byLabel: ctx.actor.displayName, at: ctx.now })
    await recordAudit(trx, audit(ctx, s.organisationId, 'property.counted', 'property_stocktake', s.id, { after: { item_id: itemId, ...parsed } }))
  })
}

/** The chair reports to the head once every item is counted. */
export async function submitStocktake(ctx: UseCaseContext, id: string): Promise<void> {
  const view = await stocktakeView(ctx, id)
  if (view.member?.role !== 'chair') throw new ForbiddenError('the chair reports')
  if (view.totals.uncounted.length) throw new ValidationError({ submit: { th: `ยังไม่ได้ตรวจนับอีก ${view.totals.uncounted.length} รายการ`, en: `${view.totals.uncounted.length} items are not counted yet` } })
  await ctx.db.transaction().execute(async (trx) => {
    const s = await life.findStocktake(trx, id, true)
    if (!s || s.status !== 'counting') throw new ConflictError('ส่งรายงานแล้ว', 'already reported')
    await life.submitStocktake(trx, id, ctx.actor.displayName, ctx.now)
    await recordAudit(trx, audit(ctx, s.organisationId, 'property.stocktake_submitted', 'property_stocktake', id, { before: { status: 'counting' }, after: { status: 'submitted', ...view.totals, uncounted: undefined } }))
  })
}

export async function acknowledgeStocktake(ctx: UseCaseContext, id: string, note: string): Promise<void> {
  const { s, isHead } = await loadStocktake(ctx, id)
  if (!isHead) throw new ForbiddenError('the head acknowledges')
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await life.findStocktake(trx, id, true)
    if (!locked || locked.status !== 'submitted') throw new ConflictError('ยังไม่มีรายงานให้รับทราบ หรือรับทราบแล้ว', `cannot acknowledge a stock-take that is ${locked?.status}`)
    await life.acknowledgeStocktake(trx, id, ctx.actor.displayName, note.trim().slice(0, 1000), ctx.now)
    await recordAudit(trx, audit(ctx, s.organisationId, 'property.stocktake_acknowledged', 'property_stocktake', id, { before: { status: 'submitted' }, after: { status: 'acknowledged', note: note.trim() } }))
  })
}
