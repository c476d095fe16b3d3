import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { canAdministerOrganisation, canCreateChildOrganisation } from '../../platform/auth/policy.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { bumpPublicGeneration, DIRECTORY_SCOPE, organisationScope } from '../../platform/public-content/generations.ts'
import type { FileService, StoredFile } from '../../platform/files/index.ts'
import { buildTree, sortByThaiName, type TreeNode } from './organisation-tree.ts'
import {
  administeredOrganisations,
  changedFields,
  LOGO_PURPOSE,
  logoAfter,
  parentChangeProblem,
  type LogoChange,
  subtreeIds,
  type OrganisationFields,
} from './organisations.domain.ts'
import { isUuid, type OrganisationInput } from './organisations.input.ts'
import {
  findOrganisationById,
  findPublicOrganisationRecord,
  insertOrganisation,
  listAllOrganisations,
  listPublicOrganisationRecords,
  organisationPath,
  setLogo,
  slugTaken,
  updateOrganisation,
  type OrganisationDetails,
  type OrganisationSummary,
  type PublicOrganisationRecord,
} from './organisations.repository.ts'

export type UseCaseContext = { db: Kysely<Database>; actor: Actor; now: Date }
/** Use cases that touch the logo also need the file service. */
export type FileUseCaseContext = UseCaseContext & { files: FileService }

export type ParentOption = { id: string | null; org: OrganisationSummary | null; depth: number }

const SLUG_TAKEN = { th: 'ชื่อย่อนี้มีหน่วยงานอื่นใช้แล้ว กรุณาเลือกชื่ออื่น', en: 'Another organisation already uses this short name; choose another' }
const PARENT_NOT_ALLOWED = {
  th: 'เลือกได้เฉพาะหน่วยงานที่คุณเป็นผู้ดูแลระบบ',
  en: 'You can only choose an organisation you administer',
}
const TOP_LEVEL_NOT_ALLOWED = {
  th: 'เฉพาะผู้ดูแลระบบกลางเท่านั้นที่สร้างหรือย้ายหน่วยงานไปไว้ระดับบนสุดได้',
  en: 'Only platform administrators can place an organisation at the top level',
}

/** The organisations the actor administers (platform admin: all). */
export async function listAdministeredOrganisations({ db, actor }: UseCaseContext): Promise<OrganisationSummary[]> {
  return administeredOrganisations(actor, await listAllOrganisations(db))
}

export async function organisationAdminOverview(ctx: UseCaseContext): Promise<{ tree: TreeNode<OrganisationSummary>[]; canCreateTopLevel: boolean }> {
  const mine = await listAdministeredOrganisations(ctx)
  if (mine.length === 0 && !ctx.actor.isPlatformAdmin) throw new ForbiddenError('administers no organisation')
  return { tree: buildTree(mine), canCreateTopLevel: canCreateChildOrganisation(ctx.actor, null) }
}

/** Depth-first in Thai name order, so the list of choices reads like the tree. */
function flatten(nodes: TreeNode<OrganisationSummary>[], depth = 0, out: ParentOption[] = []): ParentOption[] {
  for (const n of nodes) {
    out.push({ id: n.org.id, org: n.org, depth })
    flatten(n.children, depth + 1, out)
  }
  return out
}

/** The organisations the actor administers in tree order, for choosing one from a list. */
export async function administeredOrganisationChoices(ctx: UseCaseContext): Promise<ParentOption[]> {
  return flatten(buildTree(await listAdministeredOrganisations(ctx)))
}

/** Where a new organisation may hang: below any organisation the actor administers, or at the top for platform admins. */
export async function parentChoicesForNew(ctx: UseCaseContext): Promise<ParentOption[]> {
  const mine = await listAdministeredOrganisations(ctx)
  if (mine.length === 0 && !ctx.actor.isPlatformAdmin) throw new ForbiddenError('administers no organisation')
  const top: ParentOption[] = ctx.actor.isPlatformAdmin ? [{ id: null, org: null, depth: 0 }] : []
  return [...top, ...flatten(buildTree(mine))]
}

export type OrganisationEditor = {
  org: OrganisationDetails
  parentChoices: ParentOption[]
  canChangeSlug: boolean
  currentLogo: StoredFile | null
}

export async function loadAdministered(db: Kysely<Database>, actor: Actor, id: string): Promise<OrganisationDetails> {
  if (!isUuid(id)) throw new NotFoundError('organisation')
  const org = await findOrganisationById(db, id)
  if (!org) throw new NotFoundError('organisation')
  const path = await organisationPath(db, id)
  if (!path || !canAdministerOrganisation(actor, path)) throw new ForbiddenError('not an administrator of this organisation')
  return org
}

export async function organisationEditor(ctx: FileUseCaseContext, id: string): Promise<OrganisationEditor> {
  const org = await loadAdministered(ctx.db, ctx.actor, id)
  const all = await listAllOrganisations(ctx.db)
  const own = subtreeIds(all, org.id)
  const choices = flatten(buildTree(administeredOrganisations(ctx.actor, all))).filter((c) => !c.id || !own.has(c.id))
  // The current parent stays selectable even when the actor does not administer it: keeping it is no move.
  const currentParent = org.parent_id ? all.find((o) => o.id === org.parent_id) : undefined
  if (currentParent && !choices.some((c) => c.id === currentParent.id)) choices.unshift({ id: currentParent.id, org: currentParent, depth: 0 })
  if (ctx.actor.isPlatformAdmin || org.parent_id === null) choices.unshift({ id: null, org: null, depth: 0 })
  const currentLogo = org.logo_file_id ? ((await ctx.files.findFile(org.logo_file_id)) ?? null) : null
  return { org, parentChoices: choices, canChangeSlug: ctx.actor.isPlatformAdmin, currentLogo }
}

function fieldsOf(o: OrganisationFields): OrganisationFields {
  return {
    parent_id: o.parent_id,
    slug: o.slug,
    kind: o.kind,
    name_th: o.name_th,
    name_en: o.name_en,
    address: o.address,
    phone: o.phone,
    email: o.email,
    website: o.website,
    require_staff_totp: o.require_staff_totp,
  }
}

function isUniqueViolation(e: unknown): boolean {
  return !!e && typeof e === 'object' && (e as { code?: unknown }).code === '23505'
}

export async function createOrganisation(ctx: UseCaseContext, input: OrganisationInput): Promise<{ id: string; slug: string }> {
  const { db, actor, now } = ctx
  try {
    return await db.transaction().execute(async (trx) => {
      const parentPath = input.parent_id ? await organisationPath(trx, input.parent_id) : null
      if (input.parent_id && !parentPath) throw new ValidationError({ parent_id: PARENT_NOT_ALLOWED })
      if (!canCreateChildOrganisation(actor, parentPath)) {
        if (!parentPath) throw new ValidationError({ parent_id: TOP_LEVEL_NOT_ALLOWED })
        throw new ForbiddenError('cannot create an organisation here')
      }
      if (await slugTaken(trx, input.slug)) throw new ValidationError({ slug: SLUG_TAKEN })
      const row = await insertOrganisation(trx, { ...fieldsOf(input), created_at: now, updated_at: now })
      await recordAudit(trx, {
        actor: auditActorOf(actor),
        organisationId: row.id,
        action: 'organisation.created',
        entityType: 'organisation',
        entityId: row.id,
        summary: { before: null, after: fieldsOf(row) },
        at: now,
      })
      await bumpPublicGeneration(trx, DIRECTORY_SCOPE)
      return { id: row.id, slug: row.slug }
    })
  } catch (e) {
    // Two people choosing the same short name at the same moment: the database's unique index decides.
    if (isUniqueViolation(e)) throw new ValidationError({ slug: SLUG_TAKEN })
    throw e
  }
}

async function checkNewParent(trx: Transaction<Database>, actor: Actor, orgId: string, parentId: string | null): Promise<void> {
  if (parentId === null) {
    if (!actor.isPlatformAdmin) throw new ValidationError({ parent_id: TOP_LEVEL_NOT_ALLOWED })
    return
  }
  const parentPath = await organisationPath(trx, parentId)
  if (!parentPath) throw new ValidationError({ parent_id: PARENT_NOT_ALLOWED })
  const problem = parentChangeProblem(orgId, parentPath)
  if (problem === 'self') throw new ValidationError({ parent_id: { th: 'หน่วยงานเป็นต้นสังกัดของตัวเองไม่ได้', en: 'An organisation cannot be its own parent' } })
  if (problem === 'descendant') {
    throw new ValidationError({
      parent_id: { th: 'เลือกหน่วยงานที่อยู่ภายใต้หน่วยงานนี้เป็นต้นสังกัดไม่ได้ เพราะจะทำให้เกิดวงวน', en: 'An organisation cannot be placed below one of its own agencies: that would make a loop' },
    })
  }
  if (!canAdministerOrganisation(actor, parentPath)) throw new ValidationError({ parent_id: PARENT_NOT_ALLOWED })
}

/** What the audit trail keeps of a logo: enough to identify the exact bytes, not the bytes. */
export function logoFacts(f: StoredFile): Record<string, unknown> {
  return { file_id: f.id, name: f.originalName, mime: f.mime, size: f.size, sha256: f.sha256 }
}

export const LOGO_NOT_AVAILABLE = {
  th: 'ไม่พบไฟล์ตราสัญลักษณ์ที่อัปโหลดไว้ หรือไฟล์หมดอายุแล้ว กรุณาเลือกไฟล์อีกครั้ง',
  en: 'The logo uploaded earlier cannot be found or has expired; choose the file again',
}

async function applyLogoChange(trx: Transaction<Database>, ctx: FileUseCaseContext, existing: OrganisationDetails, change: LogoChange): Promise<void> {
  const next = logoAfter(existing.logo_file_id, change)
  if (next === undefined) return
  const [before, after] = await Promise.all([existing.logo_file_id ? ctx.files.findFile(existing.logo_file_id, trx) : undefined, next ? ctx.files.findFile(next, trx) : undefined])
  // Only a logo uploaded for this very organisation may become its logo.
  if (next && (!after || after.organisationId !== existing.id || after.purpose !== LOGO_PURPOSE)) throw new ValidationError({ logo: LOGO_NOT_AVAILABLE })
  await setLogo(trx, existing.id, next, ctx.now)
  await recordAudit(trx, {
    actor: auditActorOf(ctx.actor),
    organisationId: existing.id,
    action: next ? 'organisation.logo_changed' : 'organisation.logo_removed',
    entityType: 'organisation',
    entityId: existing.id,
    summary: { before: before ? logoFacts(before) : null, after: after ? logoFacts(after) : null },
    at: ctx.now,
  })
}

/**
 * `input.slug` null means "leave the public address as it is". The details and the logo change
 * in one transaction, each audited.
 */
export async function updateOrganisationDetails(
  ctx: FileUseCaseContext,
  id: string,
  input: Omit<OrganisationInput, 'slug'> & { slug: string | null },
  logo: LogoChange = { kind: 'keep' },
): Promise<void> {
  const { db, actor, now } = ctx
  try {
    await db.transaction().execute(async (trx) => {
      const existing = await loadAdministered(trx, actor, id)
      const slug = input.slug ?? existing.slug
      if (slug !== existing.slug) {
        // The slug is the permanent public address: changing it breaks every printed link and QR code.
        if (!actor.isPlatformAdmin) throw new ForbiddenError('only platform admins change public addresses')
        if (await slugTaken(trx, slug, id)) throw new ValidationError({ slug: SLUG_TAKEN })
      }
      if (input.parent_id !== existing.parent_id) await checkNewParent(trx, actor, id, input.parent_id)
      const before = fieldsOf(existing)
      const after = fieldsOf({ ...input, slug })
      const diff = changedFields(before, after)
      if (Object.keys(diff.after).length > 0) {
        await updateOrganisation(trx, id, { ...after, updated_at: now })
        await recordAudit(trx, { actor: auditActorOf(actor), organisationId: id, action: 'organisation.updated', entityType: 'organisation', entityId: id, summary: diff, at: now })
      }
      await applyLogoChange(trx, ctx, existing, logo)
      // Names, addresses and logos show in the directory and on the agency's own pages.
      await bumpPublicGeneration(trx, DIRECTORY_SCOPE, organisationScope(id))
    })
  } catch (e) {
    if (isUniqueViolation(e)) throw new ValidationError({ slug: SLUG_TAKEN })
    throw e
  }
}

// Names, addresses and contacts of public bodies are public by nature (Official Information Act s.7):
// the directory needs no actor.
/** The most a page of the directory API holds: the whole country is some 8,000 organisations. */
export const DIRECTORY_PAGE_MAX = 1000
export const DIRECTORY_PAGE_DEFAULT = 500

export type DirectoryPage = { organisations: PublicOrganisationRecord[]; total: number; limit: number; offset: number }

/**
 * One page of the directory in Thai name order, optionally only the organisations directly
 * under one parent (so a client can walk the tree without loading the country).
 */
export async function pageOrganisationDirectory({ db }: { db: Kysely<Database> }, query: { parent?: unknown; limit?: unknown; offset?: unknown }): Promise<DirectoryPage> {
  const int = (v: unknown, fallback: number, min: number, max: number, field: string) => {
    if (v === undefined || v === '') return fallback
    const n = typeof v === 'string' && /^[0-9]{1,9}$/.test(v) ? Number(v) : NaN
    if (!(n >= min && n <= max)) throw new ValidationError({ [field]: { th: `ต้องเป็นจำนวนเต็มตั้งแต่ ${min} ถึง ${max}`, en: `must be a whole number from ${min} to ${max}` } })
    return n
  }
  const limit = int(query.limit, DIRECTORY_PAGE_DEFAULT, 1, DIRECTORY_PAGE_MAX, 'limit')
  const offset = int(query.offset, 0, 0, 100_000_000, 'offset')
  let parentSlug: string | undefined
  if (query.parent !== undefined && query.parent !== '') {
    if (typeof query.parent !== 'string') throw new ValidationError({ parent: { th: 'รหัสหน่วยงานไม่ถูกต้อง', en: 'not a valid slug' } })
    if (!(await findPublicOrganisationRecord(db, query.parent))) throw new NotFoundError('organisation')
    parentSlug = query.parent
  }
  const all = sortByThaiName(await listPublicOrganisationRecords(db, { parentSlug }))
  return { organisations: all.slice(offset, offset + limit), total: all.length, limit, offset }
}

export async function findOrganisationInDirectory({ db }: { db: Kysely<Database> }, slug: string): Promise<PublicOrganisationRecord> {
  const org = await findPublicOrganisationRecord(db, slug)
  if (!org) throw new NotFoundError('organisation')
  return org
}
