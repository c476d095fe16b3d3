import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { IsoDate } from '../../platform/thai-calendar/index.ts'
import type { ActionKind, IncidentKind, IncidentStatus, StepKind, Urgency } from './content-incidents.domain.ts'
import type { ReportInput } from './content-incidents.input.ts'

export type Incident = {
  id: string
  organisationId: string
  organisationNameTh: string
  organisationNameEn: string
  kind: IncidentKind
  whereSeen: string
  seenOn: IsoDate
  description: string
  urgency: Urgency
  evidenceFileId: string | null
  status: IncidentStatus
  reportedBy: string | null
  reporterName: string | null
  escalatedAt: Date | null
  closedAt: Date | null
  closingSummary: string | null
  createdAt: Date
}

export type IncidentStep = { step: StepKind; actionKind: ActionKind | null; note: string; byLabel: string; at: Date }

function baseQuery(db: Kysely<Database>) {
  return db
    .selectFrom('content_incidents as i')
    .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
    .leftJoin('users as u', 'u.id', 'i.reported_by')
    .select([
      'i.id',
      'i.organisation_id',
      'o.name_th as org_name_th',
      'o.name_en as org_name_en',
      'i.kind',
      'i.where_seen',
      'i.seen_on',
      'i.description',
      'i.urgency',
      'i.evidence_file_id',
      'i.status',
      'i.reported_by',
      'u.display_name as reporter_name',
      'i.escalated_at',
      'i.closed_at',
      'i.closing_summary',
      'i.created_at',
    ])
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>

function toIncident(r: Row): Incident {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    organisationNameTh: r.org_name_th,
    organisationNameEn: r.org_name_en,
    kind: r.kind as IncidentKind,
    whereSeen: r.where_seen,
    seenOn: r.seen_on as IsoDate,
    description: r.description,
    urgency: r.urgency as Urgency,
    evidenceFileId: r.evidence_file_id,
    status: r.status as IncidentStatus,
    reportedBy: r.reported_by,
    reporterName: r.reporter_name,
    escalatedAt: r.escalated_at,
    closedAt: r.closed_at,
    closingSummary: r.closing_summary,
    createdAt: r.created_at,
  }
}

export async function findIncident(db: Kysely<Database>, id: string, options: { forUpdate?: boolean } = {}): Promise<Incident | undefined> {
  let q = baseQuery(db).where('i.id', '=', id)
  if (options.forUpdate) q = q.forUpdate('i')
  const row = await q.executeTakeFirst()
  return row ? toIncident(row) : undefined
}

/**
 * The incidents a person may see, in one query: their own reports, everything of the agencies
 * they head, and what was escalated from the agencies below the bodies they oversee.
 */
export async function listVisibleIncidents(db: Kysely<Database>, scope: { userId: string; headOf: string[]; overseenAgencies: string[] }): Promise<Incident[]> {
  const rows = await baseQuery(db)
    .where((eb) =>
      eb.or([
        eb('i.reported_by', '=', scope.userId),
        ...(scope.headOf.length ? [eb('i.organisation_id', 'in', scope.headOf)] : []),
        ...(scope.overseenAgencies.length ? [eb.and([eb('i.organisation_id', 'in', scope.overseenAgencies), eb('i.escalated_at', 'is not', null)])] : []),
      ]),
    )
    .orderBy(sql`CASE i.status WHEN 'closed' THEN 1 ELSE 0 END`)
    .orderBy('i.created_at', 'desc')
    .limit(500)
    .execute()
  return rows.map(toIncident)
}

export async function insertIncident(db: Kysely<Database>, v: { organisationId: string; input: ReportInput; evidenceFileId: string | null; reportedBy: string; now: Date }): Promise<string> {
  const row = await db
    .insertInto('content_incidents')
    .values({
      organisation_id: v.organisationId,
      kind: v.input.kind,
      where_seen: v.input.whereSeen,
      seen_on: v.input.seenOn,
      description: v.input.description,
      urgency: v.input.urgency,
      evidence_file_id: v.evidenceFileId,
      status: 'reported',
      reported_by: v.reportedBy,
      created_at: v.now,
      updated_at: v.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function setStatus(db: Kysely<Database>, id: string, status: IncidentStatus, now: Date, extra: { escalated?: boolean; closingSummary?: string } = {}): Promise<void> {
  await db
    .updateTable('content_incidents')
    .set({
      status,
      updated_at: now,
      ...(extra.escalated ? { escalated_at: now } : {}),
      ...(status === 'closed' ? { closed_at: now, closing_summary: extra.closingSummary ?? null } : {}),
    })
    .where('id', '=', id)
    .execute()
}

export async function insertStep(db: Kysely<Database>, v: { incidentId: string; step: StepKind; actionKind?: ActionKind | null; note: string; byUser: string; byLabel: string; at: Date }): Promise<void> {
  await db.insertInto('content_incident_steps').values({ incident_id: v.incidentId, step: v.step, action_kind: v.actionKind ?? null, note: v.note, by_user: v.byUser, by_label: v.byLabel, at: v.at }).execute()
  await db.updateTable('content_incidents').set({ updated_at: v.at }).where('id', '=', v.incidentId).execute()
}

export async function listSteps(db: Kysely<Database>, incidentId: string): Promise<IncidentStep[]> {
  const rows = await db.selectFrom('content_incident_steps').select(['step', 'action_kind', 'note', 'by_label', 'at']).where('incident_id', '=', incidentId).orderBy('at').orderBy('id').execute()
  return rows.map((r) => ({ step: r.step as StepKind, actionKind: r.action_kind as ActionKind | null, note: r.note, byLabel: r.by_label, at: r.at }))
}

export type Recipient = { id: string; email: string; name: string }

/** Active holders of a role in any of the organisations. */
export async function holdersOf(db: Kysely<Database>, organisationIds: readonly string[], role: string): Promise<Recipient[]> {
  if (organisationIds.length === 0) return []
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.email', 'u.display_name'])
    .distinct()
    .where('m.organisation_id', 'in', [...organisationIds])
    .where('m.role', '=', role)
    .where('u.is_active', '=', true)
    .orderBy('u.email')
    .execute()
  return rows.map((r) => ({ id: r.id, email: r.email, name: r.display_name }))
}

export async function findUser(db: Kysely<Database>, id: string): Promise<Recipient | undefined> {
  const r = await db.selectFrom('users').select(['id', 'email', 'display_name']).where('id', '=', id).where('is_active', '=', true).executeTakeFirst()
  return r ? { id: r.id, email: r.email, name: r.display_name } : undefined
}
