import { renderChartPng } from '../../platform/charts/index.ts'
import { renderExport, type ExportFigure, type ExportFile, type ExportFormat, type ExportOrganisation } from '../../platform/exports/index.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import { todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { administeredOrganisationIds, instantRange, type AuditFilter, type AuditScope } from './audit-log.domain.ts'
import { countAuditEventsByDay, findOrganisationLetterhead, findUserPosition, listAuditEvents } from './audit-log.repository.ts'
import { dayCounts, scopeOf, type AuditDeps } from './audit-log.use-cases.ts'
import { AUDIT_EXPORT_LIMIT, auditActivityChart, auditExportBaseName, auditExportTable } from './audit-report.domain.ts'

/**
 * The audit trail as the person sees it on /admin/audit — same scope, same filter, newest
 * first, up to AUDIT_EXPORT_LIMIT events — as an Excel, Word or CSV file. The Word file is
 * a signed report: the activity chart, the table and the downloading admin's signature block.
 *
 * A read: it changes nothing, so it records no audit event (like browsing the list).
 */
export async function exportAuditTrail(deps: AuditDeps, filter: AuditFilter, format: ExportFormat, locale: Locale): Promise<ExportFile> {
  const scope = await scopeOf(deps)
  const { from: _from, to: _to, ...rest } = filter
  const query = { ...rest, ...instantRange(filter) }
  const { rows, total } = await listAuditEvents(deps.db, scope, query, { limit: AUDIT_EXPORT_LIMIT, offset: 0 })
  const today = todayInBangkok(deps.now)
  // Official Thai documents print Thai digits; spreadsheets and data files keep Arabic ones.
  const thaiDigits = format === 'docx' && locale === 'th'
  const letterhead = await letterheadFor(deps, scope, filter, locale)

  const figures: ExportFigure[] = []
  if (format === 'docx') {
    const spec = auditActivityChart(dayCounts(await countAuditEventsByDay(deps.db, scope, query)), filter, today)
    if (spec) {
      const { image } = renderChartPng(spec, { locale, thaiDigits })
      figures.push({ title: spec.title, description: spec.description, png: image.png, widthPx: image.width, heightPx: image.height })
    }
  }

  const table = auditExportTable({
    events: rows,
    total,
    filter,
    filteredOrganisation: letterhead.filteredName,
    organisation: letterhead.organisation,
    signature: { name: deps.actor.displayName, position: await findUserPosition(deps.db, deps.actor.userId), date: today },
    locale,
    thaiDigits,
  })
  return renderExport({ ...table, figures }, format, auditExportBaseName(today, locale))
}

/**
 * Whose letterhead the report carries: the organisation chosen in the filter (when the
 * reader may see it), else the one the reader administers, else the platform itself.
 */
async function letterheadFor(
  deps: AuditDeps,
  scope: AuditScope,
  filter: AuditFilter,
  locale: Locale,
): Promise<{ organisation: ExportOrganisation; filteredName?: string | undefined }> {
  const name = (o: { name_th: string; name_en: string }) => (locale === 'en' && o.name_en ? o.name_en : o.name_th)
  const visible = (id: string) => scope.kind === 'all' || scope.ids.includes(id)
  const chosen = filter.organisationId && visible(filter.organisationId) ? await findOrganisationLetterhead(deps.db, filter.organisationId) : undefined
  const ownId = administeredOrganisationIds(deps.actor)[0]
  const head = chosen ?? (ownId ? await findOrganisationLetterhead(deps.db, ownId) : undefined)
  const organisation: ExportOrganisation = head
    ? { name: name(head), address: head.address || undefined }
    : { name: locale === 'th' ? 'แพลตฟอร์มโปร่งใส' : 'Prongsai platform' }
  return { organisation, filteredName: chosen ? name(chosen) : undefined }
}
