import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { bumpPublicGeneration, organisationScope } from '../../platform/public-content/generations.ts'
import { todayInBangkok } from '../../platform/thai-calendar/index.ts'
import type { FileService, OpenedFile, UploadOutcome } from '../../platform/files/index.ts'
import { findOrganisationById, findOrganisationBySlug, isUuid, organisationPath, type OrganisationDetails } from '../organisations/index.ts'
import { canManageDelegations, canReadDelegations, orderState, publicOrders, type OrderState } from './delegations.domain.ts'
import { ORDER_FIELDS, parseOrder, parseRevoke, REVOKE_FIELDS, valuesOf } from './delegations.input.ts'
import * as repo from './delegations.repository.ts'
import type { DelegationOrder, Member } from './delegations.repository.ts'

export type UseCaseContext = { db: Kysely<Database>; actor: Actor; now: Date }
export type { DelegationOrder, Member }

type Access = { agency: OrganisationDetails; mayManage: boolean }

/** The agency named by `slug`, or the first the actor works in; refused unless they may read its orders. */
async function access(ctx: UseCaseContext, slug?: string): Promise<Access> {
  let id: string | undefined
  if (slug) id = (await findOrganisationBySlug(ctx.db, slug))?.id
  else id = ctx.actor.memberships.find((m) => m.role !== 'committee' && m.role !== 'oversight')?.organisationId ?? ctx.actor.memberships[0]?.organisationId
  if (!id) throw new NotFoundError('organisation')
  const [agency, path] = await Promise.all([findOrganisationById(ctx.db, id), organisationPath(ctx.db, id)])
  if (!agency || !path) throw new NotFoundError('organisation')
  if (!canReadDelegations(ctx.actor, path)) throw new ForbiddenError('may not read this agency’s delegation orders')
  return { agency, mayManage: canManageDelegations(ctx.actor, path) }
}

export type Workspace = Access & { today: string; orders: (DelegationOrder & { state: OrderState })[]; members: Member[] }

/** /staff/delegations: every order of the agency with its state today, and the form for a new one. */
export async function workspace(ctx: UseCaseContext, slug?: string): Promise<Workspace> {
  const a = await access(ctx, slug)
  const today = todayInBangkok(ctx.now)
  const [orders, members] = await Promise.all([repo.listOrders(ctx.db, a.agency.id), a.mayManage ? repo.membersOf(ctx.db, a.agency.id) : Promise.resolve([])])
  return { ...a, today, orders: orders.map((o) => ({ ...o, state: orderState(o, today) })), members }
}

function auditOf(ctx: UseCaseContext, organisationId: string, action: string, id: string, summary: { before?: Record<string, unknown>; after?: Record<string, unknown> }) {
  return { actor: auditActorOf(ctx.actor), organisationId, action, entityType: 'delegation_order', entityId: id, summary: { before: summary.before ?? null, after: summary.after ?? null }, at: ctx.now }
}

/** Records an order; from its first day the person holds the role it lends (the session reads it). */
export async function issueOrder(ctx: UseCaseContext, slug: string | undefined, body: unknown): Promise<string> {
  const a = await access(ctx, slug)
  if (!a.mayManage) throw new ForbiddenError('only the agency’s head or administrator records delegation orders')
  const members = await repo.membersOf(ctx.db, a.agency.id)
  const input = parseOrder(valuesOf(body, ORDER_FIELDS), new Set(members.map((m) => m.id)))
  if (input.toUserId === ctx.actor.userId && !ctx.actor.isPlatformAdmin && input.grantsRole) {
    throw new ValidationError({ to_user_id: { th: 'ไม่สามารถมอบอำนาจให้ตนเองได้', en: 'You cannot delegate to yourself' } })
  }
  const toName = members.find((m) => m.id === input.toUserId)!.name
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertOrder(trx, a.agency.id, input, toName, ctx.actor.displayName, ctx.now)
    await repo.insertHistory(trx, { orderId: id, from: null, to: 'in_force', note: `คำสั่งที่ ${input.orderNo}`, by: ctx.actor.displayName, at: ctx.now })
    await recordAudit(trx, auditOf(ctx, a.agency.id, 'delegation_order.issued', id, { after: { kind: input.kind, order_no: input.orderNo, to: toName, grants_role: input.grantsRole, starts_on: input.startsOn, ends_on: input.endsOn } }))
    await bumpPublicGeneration(trx, organisationScope(a.agency.id))
    return id
  })
}

/** Ends an order before its date (a revoking order, the person's transfer): it stops lending its role at once. */
export async function revokeOrder(ctx: UseCaseContext, id: string, body: unknown): Promise<{ slug: string }> {
  if (!isUuid(id)) throw new NotFoundError('delegation order')
  const order = await repo.findOrder(ctx.db, id)
  if (!order) throw new NotFoundError('delegation order')
  const path = await organisationPath(ctx.db, order.organisationId)
  if (!path || !canReadDelegations(ctx.actor, path)) throw new NotFoundError('delegation order')
  if (!canManageDelegations(ctx.actor, path)) throw new ForbiddenError('only the agency’s head or administrator revokes delegation orders')
  const reason = parseRevoke(valuesOf(body, REVOKE_FIELDS))
  const agency = (await findOrganisationById(ctx.db, order.organisationId))!
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.revokeOrder(trx, id, todayInBangkok(ctx.now), reason))) throw new ConflictError('คำสั่งนี้ถูกยกเลิกไปแล้ว', 'already revoked')
    await repo.insertHistory(trx, { orderId: id, from: 'in_force', to: 'revoked', note: reason, by: ctx.actor.displayName, at: ctx.now })
    await recordAudit(trx, auditOf(ctx, order.organisationId, 'delegation_order.revoked', id, { before: { status: 'in_force' }, after: { status: 'revoked', reason } }))
    await bumpPublicGeneration(trx, organisationScope(order.organisationId))
  })
  return { slug: agency.slug }
}

export { REVOKE_FIELDS, ORDER_FIELDS, valuesOf }

/** /o/<slug>/delegations: the orders in force today and those still to come; no history, no user ids. */
export async function publicDelegations(deps: { db: Kysely<Database> }, slug: string, now: Date) {
  const agency = await findOrganisationBySlug(deps.db, slug)
  if (!agency) throw new NotFoundError('organisation')
  const today = todayInBangkok(now)
  const orders = publicOrders(await repo.listOrders(deps.db, agency.id), today).map((o) => ({
    id: o.id,
    kind: o.kind,
    orderNo: o.orderNo,
    orderDate: o.orderDate,
    fromName: o.fromName,
    fromPositionTh: o.fromPositionTh,
    toName: o.toName,
    toPositionTh: o.toPositionTh,
    powersTh: o.powersTh,
    startsOn: o.startsOn,
    endsOn: o.endsOn,
    fileId: o.fileId,
    state: orderState(o, today),
  }))
  return { agency, today, orders }
}

export const ORDER_FILE_PURPOSE = 'delegation-order'

/** The scanned, signed order, attached once to its record; it is public like the order itself. */
export async function attachOrderFile(ctx: UseCaseContext & { files: FileService }, id: string, upload: UploadOutcome | undefined): Promise<{ slug: string }> {
  if (!isUuid(id)) throw new NotFoundError('delegation order')
  const order = await repo.findOrder(ctx.db, id)
  if (!order) throw new NotFoundError('delegation order')
  const path = await organisationPath(ctx.db, order.organisationId)
  if (!path || !canReadDelegations(ctx.actor, path)) throw new NotFoundError('delegation order')
  if (!canManageDelegations(ctx.actor, path)) throw new ForbiddenError('only the agency’s head or administrator attaches the order')
  if (!upload) throw new ValidationError({ order_file: { th: 'เลือกไฟล์คำสั่ง (PDF หรือภาพ)', en: 'Choose the order’s file (PDF or image)' } })
  if ('problem' in upload) throw new ValidationError(upload.problem)
  const agency = (await findOrganisationById(ctx.db, order.organisationId))!
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await ctx.files.commit(upload.upload, { organisationId: order.organisationId, uploadedBy: ctx.actor.userId, purpose: ORDER_FILE_PURPOSE, now: ctx.now }, trx)
    if (!(await repo.attachFile(trx, id, stored.id))) throw new ConflictError('คำสั่งนี้มีไฟล์แล้ว', 'the order already has its file')
    await recordAudit(trx, auditOf(ctx, order.organisationId, 'delegation_order.file_attached', id, { after: { file_id: stored.id } }))
    await bumpPublicGeneration(trx, organisationScope(order.organisationId))
  })
  return { slug: agency.slug }
}

/** The order's file for anyone: only an order of this agency, only one that has a file. */
export async function orderFile(deps: { db: Kysely<Database>; files: FileService }, slug: string, id: string): Promise<OpenedFile> {
  if (!isUuid(id)) throw new NotFoundError('file')
  const agency = await findOrganisationBySlug(deps.db, slug)
  const order = await repo.findOrder(deps.db, id)
  if (!agency || !order || order.organisationId !== agency.id || !order.fileId) throw new NotFoundError('file')
  const opened = await deps.files.openFile(order.fileId)
  if (!opened) throw new NotFoundError('file')
  return opened
}
