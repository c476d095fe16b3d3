/**
 * Catalogues in the database (C2): seeded from the shipped NACC lists on first use, listed,
 * copied to a new year, and replaced whole from an admin's file. Every change is audited.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts'
import { auditActorOf, SYSTEM_ACTOR, type Actor } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { canManageCatalogues } from './oit-access.domain.ts'
import { NACC_OIT_CATALOGUES } from './oit-catalogue.data.ts'
import { copyCatalogueToYear, isPlausibleFiscalYear, type OitCatalogue } from './oit-catalogue.domain.ts'
import type { ImportError } from './oit-catalogue.input.ts'
import * as repo from './oit.repository.ts'

export type CatalogueContext = { db: Kysely<Database>; actor: Actor; now: Date }

/** Loads the shipped lists when no catalogue exists yet; never again once there is one. */
export async function ensureCataloguesSeeded(db: Kysely<Database>, now: Date): Promise<number> {
  const missingFrom = async (d: Kysely<Database>) => {
    const have = new Set((await repo.listCatalogueSummaries(d)).map((c) => `${c.scheme} ${c.fiscalYear}`))
    return NACC_OIT_CATALOGUES.filter((c) => !have.has(`${c.scheme} ${c.fiscalYear}`))
  }
  // Built-in years added in a later release (FY 2566, 2567, 2570) reach databases loaded before it;
  // a year an admin already made is left as it is.
  if ((await missingFrom(db)).length === 0) return 0
  return db.transaction().execute(async (trx) => {
    await repo.lockCataloguesForWriting(trx)
    const missing = await missingFrom(trx)
    if (missing.length === 0) return 0
    for (const c of missing) await repo.saveCatalogue(trx, c, now)
    await recordAudit(trx, {
      actor: SYSTEM_ACTOR,
      organisationId: null,
      action: 'oit.catalogues_initial_load',
      entityType: 'oit_catalogue',
      entityId: null,
      summary: { before: null, after: { count: missing.length, catalogues: missing.map((c) => `${c.scheme} ${c.fiscalYear}`) } },
      at: now,
    })
    return missing.length
  })
}

function requireManager(actor: Actor): void {
  if (!canManageCatalogues(actor)) throw new ForbiddenError('may not manage OIT catalogues')
}

export async function listCatalogues(ctx: CatalogueContext): Promise<repo.CatalogueSummary[]> {
  requireManager(ctx.actor)
  await ensureCataloguesSeeded(ctx.db, ctx.now)
  return repo.listCatalogueSummaries(ctx.db)
}

export function readYearParam(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^[0-9]{4}$/.test(value) ? Number(value) : Number.NaN
  return isPlausibleFiscalYear(n) ? n : undefined
}

export async function viewCatalogue(ctx: CatalogueContext, scheme: string, yearParam: unknown): Promise<OitCatalogue> {
  requireManager(ctx.actor)
  await ensureCataloguesSeeded(ctx.db, ctx.now)
  const year = readYearParam(yearParam)
  const c = year === undefined ? undefined : await repo.findCatalogue(ctx.db, scheme, year)
  if (!c) throw new NotFoundError('catalogue')
  return c
}

/** A new year as a copy of the latest year before it. */
export async function startCatalogueYear(ctx: CatalogueContext, scheme: string, yearText: string): Promise<{ from: number; to: number }> {
  requireManager(ctx.actor)
  await ensureCataloguesSeeded(ctx.db, ctx.now)
  const to = readYearParam(yearText.trim())
  if (to === undefined) {
    throw new ValidationError({ fiscal_year: { th: 'ระบุปีงบประมาณ พ.ศ. 4 หลัก เช่น 2570', en: 'Give a 4-digit Buddhist Era fiscal year, e.g. 2570' } })
  }
  return ctx.db.transaction().execute(async (trx) => {
    await repo.lockCataloguesForWriting(trx)
    if (await repo.findCatalogue(trx, scheme, to)) {
      throw new ValidationError({ fiscal_year: { th: `มีชุดเกณฑ์ปี ${to} อยู่แล้ว`, en: `There is already a catalogue for ${to}` } })
    }
    const from = await repo.latestCatalogueYear(trx, scheme, to - 1)
    const source = from === undefined ? undefined : await repo.findCatalogue(trx, scheme, from)
    if (!source) {
      throw new ValidationError({ fiscal_year: { th: `ไม่มีชุดเกณฑ์ปีก่อน ${to} ให้คัดลอก`, en: `There is no catalogue before ${to} to copy` } })
    }
    const copy = copyCatalogueToYear(source, to)
    await repo.saveCatalogue(trx, copy, ctx.now)
    await recordAudit(trx, {
      actor: auditActorOf(ctx.actor),
      organisationId: null,
      action: 'oit.catalogue_copied',
      entityType: 'oit_catalogue',
      entityId: `${scheme}:${to}`,
      summary: { before: null, after: { scheme, fiscal_year: to, items: copy.items.length, copied_from: source.fiscalYear } },
      at: ctx.now,
    })
    return { from: source.fiscalYear, to }
  })
}

export class CatalogueImportFailed extends ValidationError {
  constructor(readonly errors: readonly ImportError[]) {
    super({ file: { th: `ไฟล์มีข้อผิดพลาด ${errors.length} รายการ ไม่ได้นำเข้าข้อมูลใด ๆ`, en: `The file has ${errors.length} problem(s); nothing was imported` } })
  }
}

/** Replaces (or creates) the catalogue with a parsed, valid one: all or nothing. */
export async function replaceCatalogue(
  ctx: CatalogueContext,
  parsed: { ok: true; catalogue: OitCatalogue } | { ok: false; errors: readonly ImportError[] },
  target: { scheme: string; fiscalYear: number },
): Promise<{ items: number; replaced: boolean }> {
  requireManager(ctx.actor)
  await ensureCataloguesSeeded(ctx.db, ctx.now)
  if (!parsed.ok) throw new CatalogueImportFailed(parsed.errors)
  const catalogue = parsed.catalogue
  if (catalogue.scheme !== target.scheme || catalogue.fiscalYear !== target.fiscalYear) {
    throw new CatalogueImportFailed([
      {
        row: null,
        column: 'scheme',
        th: `ไฟล์เป็นชุดเกณฑ์ ${catalogue.scheme} ปี ${catalogue.fiscalYear} ไม่ใช่ ${target.scheme} ปี ${target.fiscalYear}`,
        en: `The file is catalogue ${catalogue.scheme} ${catalogue.fiscalYear}, not ${target.scheme} ${target.fiscalYear}`,
      },
    ])
  }
  return ctx.db.transaction().execute(async (trx) => {
    await repo.lockCataloguesForWriting(trx)
    const before = await repo.findCatalogue(trx, catalogue.scheme, catalogue.fiscalYear)
    await repo.saveCatalogue(trx, catalogue, ctx.now)
    await recordAudit(trx, {
      actor: auditActorOf(ctx.actor),
      organisationId: null,
      action: before ? 'oit.catalogue_replaced' : 'oit.catalogue_imported',
      entityType: 'oit_catalogue',
      entityId: `${catalogue.scheme}:${catalogue.fiscalYear}`,
      summary: {
        before: before ? { items: before.items.length, codes: before.items.map((i) => i.code) } : null,
        after: { items: catalogue.items.length, codes: catalogue.items.map((i) => i.code), source: catalogue.source },
      },
      at: ctx.now,
    })
    return { items: catalogue.items.length, replaced: before !== undefined }
  })
}
