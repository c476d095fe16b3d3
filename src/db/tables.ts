import type { Insertable, Selectable, Updateable } from 'kysely'
import type { FoundationTables } from './tables/foundation.ts'
import type { JobsTables } from './tables/jobs.ts'
import type { FilesTables } from './tables/files.ts'
import type { ComplaintsTables } from './tables/complaints.ts'
import type { PublicContentTables } from './tables/public-content.ts'
import type { PortalTables } from './tables/portal.ts'
import type { ItaResultsTables } from './tables/ita-results.ts'
import type { OitTables } from './tables/oit.ts'
import type { BudgetTables } from './tables/budget.ts'
import type { ProcurementTables } from './tables/procurement.ts'
import type { ExecutivesTables } from './tables/executives.ts'
import type { HonourRollTables } from './tables/honour-roll.ts'
import type { ContentIncidentsTables } from './tables/content-incidents.ts'
import type { OitMonitoringTables } from './tables/oit-monitoring.ts'
import type { ItaMeasuresTables } from './tables/ita-measures.ts'
import type { VoiceTables } from './tables/voice.ts'
import type { ServicesTables } from './tables/services.ts'
import type { ConflictScreenTables } from './tables/conflict-screen.ts'
import type { GiftsTables } from './tables/gifts.ts'
import type { PropertyTables } from './tables/property.ts'
import type { MeetingsTables } from './tables/meetings.ts'
import type { SecurityTables } from './tables/security.ts'
import type { FormsTables } from './tables/forms.ts'
import type { OversightReportsTables } from './tables/oversight-reports.ts'
import type { RisksTables } from './tables/risks.ts'
import type { DelegationsTables } from './tables/delegations.ts'
import type { SurveysTables } from './tables/surveys.ts'
import type { OrganisationsTable, UsersTable, AuditEventsTable } from './tables/foundation.ts'
import type { DevelopmentPlanTables } from './tables/development-plan.ts'

export type * from './tables/foundation.ts'
export type * from './tables/jobs.ts'
export type * from './tables/files.ts'
export type * from './tables/complaints.ts'
export type * from './tables/public-content.ts'
export type * from './tables/portal.ts'
export type * from './tables/ita-results.ts'
export type * from './tables/oit.ts'

/** Every table, one file per feature in `tables/<feature>.ts` (the same name as its migration). */
export interface Database
  extends FoundationTables,
    JobsTables,
    FilesTables,
    ComplaintsTables,
    PublicContentTables,
    PortalTables,
    ItaResultsTables,
    OitTables,
    BudgetTables,
    ProcurementTables,
    ExecutivesTables,
    ContentIncidentsTables,
    OitMonitoringTables,
    ItaMeasuresTables,
    VoiceTables,
    ServicesTables,
    ConflictScreenTables,
    GiftsTables,
    PropertyTables,
    MeetingsTables,
    SecurityTables,
    FormsTables,
    OversightReportsTables,
    RisksTables,
    DelegationsTables,
    DevelopmentPlanTables,
    SurveysTables,
    HonourRollTables {}

export type Organisation = Selectable<OrganisationsTable>
export type NewOrganisation = Insertable<OrganisationsTable>
export type OrganisationUpdate = Updateable<OrganisationsTable>
export type UserRow = Selectable<UsersTable>
export type AuditEventRow = Selectable<AuditEventsTable>
