import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { Actor } from '../../platform/auth/actor.ts'
import { organisationsOf, rolesIn } from '../../platform/auth/policy.ts'
import type { Role } from '../../platform/auth/roles.ts'
import type { Bilingual } from '../../platform/i18n/locale.ts'
import { complaintCounts } from '../complaints/index.ts'
import { reportCounts } from '../oversight-reports/index.ts'
import { sortByThaiName, type OrganisationSummary } from '../organisations/index.ts'

type Deps = { db: Kysely<Database>; actor: Actor }

export type MyOrganisation = OrganisationSummary & { roles: Role[] }

export async function myOrganisations({ db, actor }: Deps): Promise<MyOrganisation[]> {
  const ids = organisationsOf(actor)
  if (ids.length === 0) return []
  const orgs = await db.selectFrom('organisations').select(['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en']).where('id', 'in', ids).execute()
  return sortByThaiName(orgs.map((o) => ({ ...o, roles: rolesIn(actor, o.id) })))
}

/** One count on the staff home: what waits for this person, where to go to do it. */
export type WorkCount = { id: string; href: string; label: Bilingual; count: number; urgent: boolean }

/**
 * Each role's own work first: read through each module's index, which scopes to the actor's
 * agencies (a module the person has no part in answers null and shows nothing).
 */
export async function myWork(deps: { db: Kysely<Database>; actor: Actor; now: Date; baseUrl: string }): Promise<WorkCount[]> {
  const { actor } = deps
  const work: WorkCount[] = []
  const complaints = await complaintCounts(deps, actor)
  if (complaints) {
    work.push({ id: 'complaints-overdue', href: '/staff/complaints?view=overdue', label: { th: 'เรื่องร้องเรียนเกินกำหนด', en: 'Complaints overdue' }, count: complaints.overdue, urgent: complaints.overdue > 0 })
    work.push({ id: 'complaints-due', href: '/staff/complaints?view=due_soon', label: { th: 'เรื่องร้องเรียนครบกำหนดใน 2 วันทำการ', en: 'Complaints due within 2 working days' }, count: complaints.dueSoon, urgent: false })
    work.push({ id: 'complaints-open', href: '/staff/complaints', label: { th: 'เรื่องร้องเรียนที่ยังไม่ปิด', en: 'Open complaints' }, count: complaints.open, urgent: false })
  }
  const reports = await reportCounts(deps)
  if (reports) {
    if (actor.memberships.some((m) => m.role === 'head')) work.push({ id: 'reports-awaiting-head', href: '/staff/reports', label: { th: 'รายงานรอหัวหน้าหน่วยงานลงนาม', en: 'Reports waiting for your signature' }, count: reports.awaitingHead, urgent: reports.awaitingHead > 0 })
    if (actor.memberships.some((m) => m.role === 'ita_coordinator' || m.role === 'head')) {
      work.push({ id: 'reports-to-write', href: '/staff/reports', label: { th: 'รายงานต่อจังหวัดที่ยังไม่ส่ง', en: 'Reports to the province not yet sent' }, count: reports.toWrite, urgent: false })
      work.push({ id: 'reports-late', href: '/staff/reports', label: { th: 'รายงานต่อจังหวัดที่เลยกำหนด', en: 'Reports to the province past their deadline' }, count: reports.late, urgent: reports.late > 0 })
    }
  }
  return work
}
