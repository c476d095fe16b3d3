/**
 * The daily OIT monitoring job (C3): for the current fiscal year's catalogues, each person
 * responsible for items that are missing, stale, due soon or overdue gets one digest; items
 * with nobody (active) responsible go to the agency's ITA coordinators. A person hears about
 * the same item in the same state at most once a week: the notices and the mail are written in
 * one transaction under a lock, so two instances running at once send nothing twice.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { SYSTEM_ACTOR } from '../../platform/auth/actor.ts'
import { queueMail } from '../../platform/mail/outbox.ts'
import { currentFiscalYear } from '../../platform/thai-calendar/index.ts'
import { NACC_ITA_SCHEME } from './oit-catalogue.domain.ts'
import { attentionState, digestMail, monitoringRecipients, RENOTIFY_DAYS, unsentNotices, type DigestLine, type NoticeKey } from './oit-monitoring.domain.ts'
import * as watch from './oit-monitoring.repository.ts'
import { completenessOf } from './oit-workspace.use-cases.ts'
import * as repo from './oit.repository.ts'

export type MonitoringDeps = { db: Kysely<Database>; now: Date; baseUrl: string }
export type MonitoringCounts = { oit_items_flagged: number; oit_digests: number; oit_notices: number }

type Candidate = NoticeKey & { line: DigestLine; slug: string }

export async function oitMonitoring(deps: MonitoringDeps): Promise<MonitoringCounts> {
  const { db, now } = deps
  const fiscalYear = currentFiscalYear(now)
  const catalogues = (await repo.listCatalogueSummaries(db)).filter((c) => c.fiscalYear === fiscalYear)
  const candidates: Candidate[] = []
  let flagged = 0
  for (const summary of catalogues) {
    const catalogue = await repo.findCatalogue(db, summary.scheme, fiscalYear)
    if (!catalogue) continue
    const agencies = await watch.agenciesToWatch(db, catalogue.scheme, fiscalYear, catalogue.scheme === NACC_ITA_SCHEME)
    if (agencies.length === 0) continue
    const reports = await completenessOf(db, catalogue, agencies, now)
    const { staff } = await watch.staffOf(db, agencies)
    const names = await watch.agencyNames(db, agencies)
    for (const organisationId of agencies) {
      const { report } = reports.get(organisationId)!
      const people = staff.get(organisationId)!
      const agency = names.get(organisationId)!
      report.items.forEach((ic, index) => {
        const state = attentionState(ic)
        if (!state) return
        flagged++
        const item = catalogue.items[index]!
        for (const userId of monitoringRecipients(ic.responsibleUserId, people.active, people.coordinators)) {
          candidates.push({
            userId,
            organisationId,
            scheme: catalogue.scheme,
            fiscalYear,
            itemCode: item.code,
            state,
            slug: agency.slug,
            line: { agency: { th: agency.name_th, en: agency.name_en || agency.name_th }, code: item.code, name: { th: item.nameTh, en: item.nameEn }, state, dueDate: ic.dueDate },
          })
        }
      })
    }
  }

  const counts: MonitoringCounts = { oit_items_flagged: flagged, oit_digests: 0, oit_notices: 0 }
  if (candidates.length === 0) return counts
  const byUser = new Map<string, Candidate[]>()
  for (const c of candidates) byUser.set(c.userId, [...(byUser.get(c.userId) ?? []), c])
  const { people } = await watch.staffOf(db, [...new Set(candidates.map((c) => c.organisationId))])
  const since = new Date(now.getTime() - RENOTIFY_DAYS * 86_400_000)
  for (const [userId, mine] of byUser) {
    const person = people.get(userId)
    if (!person) continue
    const sent = await db.transaction().execute(async (trx) => {
      await watch.lockMonitoring(trx)
      const fresh = unsentNotices(mine, await watch.sentSince(trx, userId, since), now)
      if (fresh.length === 0) return 0
      const first = fresh[0]!
      const link = `${deps.baseUrl}/staff/oit?org=${encodeURIComponent(first.slug)}&scheme=${encodeURIComponent(first.scheme)}&year=${fiscalYear}&mine=1`
      const mail = digestMail({ name: person.name, fiscalYear, lines: fresh.map((c) => c.line), link })
      await queueMail(trx, { to: person.email, organisationId: first.organisationId, ...mail }, now)
      await watch.recordNotices(trx, fresh, now)
      await recordAudit(trx, {
        actor: SYSTEM_ACTOR,
        organisationId: first.organisationId,
        action: 'oit.monitoring_digest',
        entityType: 'user',
        entityId: userId,
        summary: { after: { fiscal_year: fiscalYear, items: fresh.map((c) => `${c.scheme}:${c.itemCode}:${c.state}`) } },
        at: now,
      })
      return fresh.length
    })
    if (sent === 0) continue
    counts.oit_digests++
    counts.oit_notices += sent
  }
  return counts
}
