/** Completeness across a province for oversight, and the link sheet an agency hands to the NACC. */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError } from '../../errors.ts'
import type { Actor } from '../../platform/auth/actor.ts'
import { renderExport, type ExportFile } from '../../platform/exports/index.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import { descendantIds, organisationPath } from '../organisations/index.ts'
import { canOverseeBelow } from './oit-access.domain.ts'
import { ensureCataloguesSeeded } from './oit-catalogue.use-cases.ts'
import { LINK_SHEET_COLUMNS, linkSheetRows, oitProgress, type OitProgress } from './oit-workspace.domain.ts'
import { catalogueYears, chooseYear, completenessOf, oitWorkspace, type WorkspaceContext } from './oit-workspace.use-cases.ts'
import { chooseScheme } from './oit-scheme.domain.ts'
import * as repo from './oit.repository.ts'

export type ProvinceRow = {
  id: string
  slug: string
  name_th: string
  name_en: string
  total: number
  finished: number
  missing: number
  stale: number
  dueSoon: number
  overdue: number
  percentFinished: number
  progress: OitProgress
}

export type ProvinceReport = {
  overseer: { id: string; name_th: string; name_en: string }
  choices: { id: string; name_th: string; name_en: string }[]
  scheme: string
  schemes: string[]
  fiscalYear: number
  years: number[]
  hasCatalogue: boolean
  rows: ProvinceRow[]
}

const thai = new Intl.Collator('th')

/** Least complete first (where oversight should call), then most missing, then by name. */
export function sortProvinceRows(rows: ProvinceRow[]): ProvinceRow[] {
  return [...rows].sort((a, b) => a.percentFinished - b.percentFinished || b.missing + b.stale - (a.missing + a.stale) || thai.compare(a.name_th, b.name_th))
}

export async function provinceCompleteness(ctx: { db: Kysely<Database>; actor: Actor; now: Date }, orgParam: unknown, yearParam: unknown, schemeParam?: unknown): Promise<ProvinceReport> {
  const { db, actor, now } = ctx
  await ensureCataloguesSeeded(db, now)
  const roots = actor.isPlatformAdmin
    ? (await db.selectFrom('organisations').select('id').where('parent_id', 'is', null).execute()).map((r) => r.id)
    : actor.memberships.filter((m) => m.role === 'oversight').map((m) => m.organisationId)
  if (roots.length === 0) throw new ForbiddenError('not an oversight body')
  const choices = roots.length ? await db.selectFrom('organisations').select(['id', 'name_th', 'name_en']).where('id', 'in', roots).execute() : []
  choices.sort((a, b) => thai.compare(a.name_th, b.name_th))
  const wanted = typeof orgParam === 'string' && orgParam !== '' ? orgParam : choices[0]?.id
  if (!wanted || !/^[0-9a-f-]{36}$/.test(wanted)) throw new NotFoundError('organisation')
  const overseer = await db.selectFrom('organisations').select(['id', 'name_th', 'name_en']).where('id', '=', wanted).executeTakeFirst()
  if (!overseer) throw new NotFoundError('organisation')
  const path = (await organisationPath(db, overseer.id)) ?? []
  if (!canOverseeBelow(actor, path)) throw new ForbiddenError('may not oversee this body')

  const schemes = await repo.listSchemes(db)
  const scheme = chooseScheme(schemeParam, schemes)
  const years = await catalogueYears(db, scheme)
  const fiscalYear = chooseYear(yearParam, years, now)
  const catalogue = await repo.findCatalogue(db, scheme, fiscalYear)
  const agencies = await db
    .selectFrom('organisations')
    .select(['id', 'slug', 'name_th', 'name_en'])
    .where('id', 'in', [overseer.id, ...(await descendantIds(db, [overseer.id]))])
    .where('id', '!=', overseer.id)
    .execute()
  if (!catalogue) return { overseer, choices, scheme, schemes, fiscalYear, years, hasCatalogue: false, rows: [] }
  const reports = await completenessOf(db, catalogue, agencies.map((a) => a.id), now)
  const rows = agencies.map((a): ProvinceRow => {
    const r = reports.get(a.id)!.report
    return { ...a, total: r.total, finished: r.finished, missing: r.missing, stale: r.stale, dueSoon: r.dueSoon, overdue: r.overdue, percentFinished: r.percentFinished, progress: oitProgress(r) }
  })
  return { overseer, choices, scheme, schemes, fiscalYear, years, hasCatalogue: true, rows: sortProvinceRows(rows) }
}

/** The sheet as agencies submit it: code, item, มี/ไม่มี, URL, explanation. */
export async function exportLinkSheet(ctx: WorkspaceContext, slug: string | undefined, yearParam: unknown, locale: Locale, schemeParam?: unknown): Promise<ExportFile> {
  const view = await oitWorkspace(ctx, slug, yearParam, schemeParam)
  // The sheet carries unsent answers and notes: internal, like the drafts it is made from.
  if (view.access !== 'internal') throw new ForbiddenError('may not export this OIT link sheet')
  if (!view.catalogue) throw new NotFoundError('catalogue')
  const rows = linkSheetRows(
    view.catalogue,
    view.rows.flatMap((r) => (r.entry ? [{ ...r.entry, contentFiscalYear: null }] : [])),
  )
  const keys = ['code', 'item', 'answer', 'url', 'explanation'] as const
  const name = locale === 'en' && view.org.name_en ? view.org.name_en : view.org.name_th
  const file = await renderExport(
    {
      title: { th: `แบบแจ้งลิงก์ข้อมูล OIT ปีงบประมาณ พ.ศ. ${view.fiscalYear}`, en: `OIT link sheet, fiscal year ${view.fiscalYear} BE` },
      organisation: { name, address: view.org.address || undefined },
      columns: LINK_SHEET_COLUMNS.map((header, i) => ({ key: keys[i]!, header, type: 'text' as const })),
      rows: rows.map((r) => ({ code: r.code, item: r.item, answer: r.answer, url: r.url, explanation: r.explanation })),
      options: { locale, thaiDigits: false, orientation: 'landscape' },
    },
    'xlsx',
    `oit-links-${view.org.slug}-${view.fiscalYear}`,
  )
  return file
}
