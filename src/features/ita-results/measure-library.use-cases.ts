import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError } from '../../errors.ts'
import { auditActorOf } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { canManageMeasures, type ItaContext } from './ita-access.ts'
import { countMeasures, findMeasure, insertMeasures, listMeasures, setMeasureRetired, updateMeasure } from './ita-results.repository.ts'
import type { IndicatorNumber } from './ita-score.domain.ts'
import { MEASURE_LIBRARY } from './measure-library.data.ts'
import { startingMeasures, type LibraryMeasure } from './measure-library.domain.ts'
import { parseMeasureForm, type MeasureFormValues } from './measure-library.input.ts'

/**
 * The library, filled from the starting data (seeds 001 and 003) the first time anyone needs
 * it. Two first uses at once are harmless: the ids are fixed and a second insert is ignored.
 */
export async function measureLibrary(db: Kysely<Database>, now: Date): Promise<LibraryMeasure[]> {
  if ((await countMeasures(db)) === 0) await insertMeasures(db, startingMeasures(MEASURE_LIBRARY), now)
  return listMeasures(db)
}

function assertMayManage(ctx: ItaContext): void {
  if (!canManageMeasures(ctx.actor)) throw new ForbiddenError('may not edit the ITA measure library')
}

export async function listLibrary(ctx: ItaContext): Promise<LibraryMeasure[]> {
  assertMayManage(ctx)
  return measureLibrary(ctx.db, ctx.now)
}

export async function libraryMeasure(ctx: ItaContext, id: string): Promise<LibraryMeasure> {
  assertMayManage(ctx)
  await measureLibrary(ctx.db, ctx.now)
  const measure = await findMeasure(ctx.db, id)
  if (!measure) throw new NotFoundError('measure')
  return measure
}

const auditText = (m: LibraryMeasure) => ({ indicator: m.indicator, th: m.th, en: m.en, source: m.source, retired: m.retired })

export async function addLibraryMeasure(ctx: ItaContext, values: MeasureFormValues): Promise<LibraryMeasure> {
  const library = await listLibrary(ctx)
  const draft = parseMeasureForm(values, library)
  const measure: LibraryMeasure = { id: `m-${randomUUID().slice(0, 8)}`, indicator: draft.indicator as IndicatorNumber, th: draft.th, en: draft.en, source: draft.source, retired: false }
  await ctx.db.transaction().execute(async (trx) => {
    await insertMeasures(trx, [measure], ctx.now)
    await recordAudit(trx, {
      actor: auditActorOf(ctx.actor),
      organisationId: null,
      action: 'ita.measure_added',
      entityType: 'ita_measure',
      entityId: measure.id,
      summary: { before: null, after: auditText(measure) },
      at: ctx.now,
    })
  })
  return measure
}

export async function editLibraryMeasure(ctx: ItaContext, id: string, values: MeasureFormValues): Promise<LibraryMeasure> {
  const before = await libraryMeasure(ctx, id)
  const library = await listMeasures(ctx.db)
  const draft = parseMeasureForm(values, library.filter((m) => m.id !== id))
  const after: LibraryMeasure = { ...before, indicator: draft.indicator as IndicatorNumber, th: draft.th, en: draft.en, source: draft.source }
  await ctx.db.transaction().execute(async (trx) => {
    await updateMeasure(trx, after, ctx.now)
    await recordAudit(trx, {
      actor: auditActorOf(ctx.actor),
      organisationId: null,
      action: 'ita.measure_edited',
      entityType: 'ita_measure',
      entityId: id,
      summary: { before: auditText(before), after: auditText(after) },
      at: ctx.now,
    })
  })
  return after
}

/** Retiring takes a measure off the form; plans that chose it keep their copy of the text. */
export async function setLibraryMeasureRetired(ctx: ItaContext, id: string, retired: boolean): Promise<LibraryMeasure> {
  const before = await libraryMeasure(ctx, id)
  if (before.retired === retired) return before
  await ctx.db.transaction().execute(async (trx) => {
    await setMeasureRetired(trx, id, retired, ctx.now)
    await recordAudit(trx, {
      actor: auditActorOf(ctx.actor),
      organisationId: null,
      action: retired ? 'ita.measure_retired' : 'ita.measure_restored',
      entityType: 'ita_measure',
      entityId: id,
      summary: { before: auditText(before), after: auditText({ ...before, retired }) },
      at: ctx.now,
    })
  })
  return { ...before, retired }
}
