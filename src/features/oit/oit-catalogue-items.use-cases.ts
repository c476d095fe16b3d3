/**
 * One catalogue item at a time in the browser (issue 5): add, change, remove. Each change is
 * checked against the whole list's rules, written under the catalogue lock and audited with the
 * item before and after. An item an agency has already answered keeps its code: renaming or
 * removing it would leave that agency's work pointing at nothing.
 */
import { ForbiddenError, NotFoundError, ValidationError, type FieldErrors } from '../../errors.ts'
import { auditActorOf } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { canManageCatalogues } from './oit-access.domain.ts'
import { PROBLEM_FIELDS, withItem, withoutItem } from './oit-catalogue-edit.domain.ts'
import { findItem, type OitItem } from './oit-catalogue.domain.ts'
import { parseCatalogueItemForm, type CatalogueItemForm } from './oit-catalogue-item.input.ts'
import { ensureCataloguesSeeded, readYearParam, type CatalogueContext } from './oit-catalogue.use-cases.ts'
import * as repo from './oit.repository.ts'

export type CatalogueItemView = { scheme: string; fiscalYear: number; item: OitItem | null; answeredBy: number }

async function load(ctx: CatalogueContext, scheme: string, yearParam: unknown) {
  if (!canManageCatalogues(ctx.actor)) throw new ForbiddenError('may not manage OIT catalogues')
  await ensureCataloguesSeeded(ctx.db, ctx.now)
  const year = readYearParam(yearParam)
  const catalogue = year === undefined ? undefined : await repo.findCatalogue(ctx.db, scheme, year)
  if (!catalogue) throw new NotFoundError('catalogue')
  return catalogue
}

/** `code` null: the form for a new item. */
export async function catalogueItem(ctx: CatalogueContext, scheme: string, yearParam: unknown, code: string | null): Promise<CatalogueItemView> {
  const catalogue = await load(ctx, scheme, yearParam)
  const item = code === null ? null : findItem(catalogue, code)
  if (code !== null && !item) throw new NotFoundError('item')
  const answeredBy = item ? await repo.countEntriesForItem(ctx.db, scheme, catalogue.fiscalYear, item.code) : 0
  return { scheme, fiscalYear: catalogue.fiscalYear, item: item ?? null, answeredBy }
}

const entityId = (scheme: string, year: number, code: string) => `${scheme}:${year}:${code}`

/** Saves the item typed on the form; returns its (possibly new) code. */
export async function saveCatalogueItem(ctx: CatalogueContext, scheme: string, yearParam: unknown, code: string | null, form: CatalogueItemForm): Promise<string> {
  await load(ctx, scheme, yearParam)
  return ctx.db.transaction().execute(async (trx) => {
    await repo.lockCataloguesForWriting(trx)
    const catalogue = (await repo.findCatalogue(trx, scheme, readYearParam(yearParam)!))!
    const before = code === null ? null : (findItem(catalogue, code) ?? null)
    if (code !== null && !before) throw new NotFoundError('item')
    const { item, errors } = parseCatalogueItemForm(form, before?.publicationWindow ?? null)
    const change = withItem(catalogue, item, before?.code ?? null)
    const all: FieldErrors = {}
    for (const p of change.problems) {
      const field = PROBLEM_FIELDS[p.field] ?? p.field
      all[field] ??= { th: p.th, en: p.en }
    }
    Object.assign(all, errors)
    if (before && before.code.toUpperCase() !== item.code.trim().toUpperCase() && !all.code) {
      const answered = await repo.countEntriesForItem(trx, scheme, catalogue.fiscalYear, before.code)
      if (answered > 0) {
        all.code = {
          th: `เปลี่ยนรหัสรายการ ${before.code} ไม่ได้ เพราะหน่วยงาน ${answered} แห่งตอบรายการนี้แล้ว`,
          en: `Item ${before.code} cannot be renamed: ${answered} agency workspace(s) already answer it`,
        }
      }
    }
    if (Object.keys(all).length > 0) throw new ValidationError(all)
    const saved = change.catalogue.items[change.index]!
    await repo.saveCatalogue(trx, change.catalogue, ctx.now)
    await recordAudit(trx, {
      actor: auditActorOf(ctx.actor),
      organisationId: null,
      action: before ? 'oit.catalogue_item_changed' : 'oit.catalogue_item_added',
      entityType: 'oit_catalogue',
      entityId: entityId(scheme, catalogue.fiscalYear, saved.code),
      summary: { before: before && { ...before }, after: { ...saved } },
      at: ctx.now,
    })
    return saved.code
  })
}

/** Refused while any agency has an answer for the item. */
export async function removeCatalogueItem(ctx: CatalogueContext, scheme: string, yearParam: unknown, code: string): Promise<void> {
  await load(ctx, scheme, yearParam)
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockCataloguesForWriting(trx)
    const catalogue = (await repo.findCatalogue(trx, scheme, readYearParam(yearParam)!))!
    const item = findItem(catalogue, code)
    if (!item) throw new NotFoundError('item')
    const answered = await repo.countEntriesForItem(trx, scheme, catalogue.fiscalYear, item.code)
    if (answered > 0) {
      throw new ValidationError({ remove: {
        th: `ลบรายการ ${item.code} ไม่ได้ เพราะหน่วยงาน ${answered} แห่งตอบรายการนี้แล้ว แก้ไขชื่อหรือองค์ประกอบแทนได้`,
        en: `Item ${item.code} cannot be removed: ${answered} agency workspace(s) already answer it. Edit its name or elements instead.`,
      } })
    }
    if (catalogue.items.length === 1) {
      throw new ValidationError({ remove: { th: 'ชุดเกณฑ์ต้องมีอย่างน้อยหนึ่งรายการ ลบรายการสุดท้ายไม่ได้', en: 'A catalogue needs at least one item; the last one cannot be removed' } })
    }
    await repo.saveCatalogue(trx, withoutItem(catalogue, item.code), ctx.now)
    await recordAudit(trx, {
      actor: auditActorOf(ctx.actor),
      organisationId: null,
      action: 'oit.catalogue_item_removed',
      entityType: 'oit_catalogue',
      entityId: entityId(scheme, catalogue.fiscalYear, item.code),
      summary: { before: { ...item }, after: null },
      at: ctx.now,
    })
  })
}
