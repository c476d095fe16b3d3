import type { Migration } from 'kysely'
import * as foundation from './2026-11-22T0000-foundation.ts'
import * as jobs from './2026-11-22T1017-jobs.ts'
import * as files from './2026-11-22T1130-files.ts'
import * as complaints from './2026-11-22T1500-complaints.ts'
import * as publicGenerations from './2026-11-22T1600-public-generations.ts'
import * as portal from './2026-11-22T1700-portal.ts'
import * as itaResults from './2026-11-22T1800-ita-results.ts'
import * as oit from './2026-11-22T1900-oit.ts'
import * as budgetMigration from './2026-12-04T1000-budget.ts'
import * as procurementMigration from './2026-12-04T1100-procurement.ts'
import * as executivesMigration from './2026-12-04T1200-executives.ts'
import * as contentIncidentsMigration from './2026-12-04T1300-content-incidents.ts'
import * as oitMonitoringMigration from './2026-12-04T1400-oit-monitoring.ts'
import * as itaMeasuresMigration from './2026-12-04T1500-ita-measures.ts'
import * as complaintSubmissions from './2026-12-04T1600-complaint-submissions.ts'
import * as voiceMigration from './2026-12-07T1400-voice.ts'
import * as servicesMigration from './2026-12-07T1300-services.ts'
import * as conflictScreenMigration from './2026-12-07T1500-conflict-screen.ts'
import * as giftsMigration from './2026-12-07T1500-gifts.ts'
import * as propertyMigration from './2026-12-07T1500-property.ts'
import * as meetingsMigration from './2026-12-07T1500-meetings.ts'
import * as securityMigration from './2026-12-07T1000-security.ts'
import * as formsAndOversightReports from './2026-12-07T1200-forms-and-oversight-reports.ts'
import * as oversightAnnouncements from './2026-12-08T1100-oversight-announcements.ts'
import * as risksMigration from './2026-12-08T1300-risks.ts'
import * as developmentPlanMigration from './2026-12-08T1400-development-plan.ts'
import * as complaintOrders from './2026-12-08T1500-complaint-orders.ts'
import * as surveysMigration from './2026-12-08T1200-surveys.ts'
import * as delegationsMigration from './2026-12-09T1500-delegations-and-fair-authority.ts'
import * as voiceSealedMigration from './2026-12-09T1300-voice-sealed-and-moderated.ts'
import * as propertyLifecycle from './2026-12-09T1400-property-lifecycle.ts'
import * as honourRollMigration from './2026-12-09T1600-honour-roll.ts'
import * as servicesStatistics from './2026-12-09T1200-services-statistics.ts'

/** Every migration in order; the key is its permanent name in kysely_migration. */
export const migrations: Record<string, Migration> = {
  '2026-11-22T0000-foundation': foundation,
  '2026-11-22T1017-jobs': jobs,
  '2026-11-22T1130-files': files,
  '2026-11-22T1500-complaints': complaints,
  '2026-11-22T1600-public-generations': publicGenerations,
  '2026-11-22T1700-portal': portal,
  '2026-11-22T1800-ita-results': itaResults,
  '2026-11-22T1900-oit': oit,
  '2026-12-04T1000-budget': budgetMigration,
  '2026-12-04T1100-procurement': procurementMigration,
  '2026-12-04T1200-executives': executivesMigration,
  '2026-12-04T1300-content-incidents': contentIncidentsMigration,
  '2026-12-04T1400-oit-monitoring': oitMonitoringMigration,
  '2026-12-04T1500-ita-measures': itaMeasuresMigration,
  '2026-12-04T1600-complaint-submissions': complaintSubmissions,
  '2026-12-07T1400-voice': voiceMigration,
  '2026-12-07T1300-services': servicesMigration,
  '2026-12-07T1500-conflict-screen': conflictScreenMigration,
  '2026-12-07T1500-gifts': giftsMigration,
  '2026-12-07T1500-meetings': meetingsMigration,
  '2026-12-07T1500-property': propertyMigration,
  '2026-12-07T1000-security': securityMigration,
  '2026-12-07T1200-forms-and-oversight-reports': formsAndOversightReports,
  '2026-12-08T1100-oversight-announcements': oversightAnnouncements,
  '2026-12-08T1300-risks': risksMigration,
  '2026-12-08T1400-development-plan': developmentPlanMigration,
  '2026-12-08T1500-complaint-orders': complaintOrders,
  '2026-12-08T1200-surveys': surveysMigration,
  '2026-12-09T1500-delegations-and-fair-authority': delegationsMigration,
  '2026-12-09T1300-voice-sealed-and-moderated': voiceSealedMigration,
  '2026-12-09T1400-property-lifecycle': propertyLifecycle,
  '2026-12-09T1600-honour-roll': honourRollMigration,
  '2026-12-09T1200-services-statistics': servicesStatistics,
}
