import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { SYSTEM_ACTOR } from '../../platform/auth/actor.ts'
import { hashPassword } from '../../platform/auth/passwords.ts'
import { newUserKeys } from '../../platform/auth/user-keys.ts'
import { loadDemoComplaints } from '../complaints/index.ts'
import { loadDemoPortal } from '../portal/index.ts'
import { loadDemoOit } from '../oit/index.ts'
import { loadDemoItaPlan, loadDemoItaResults } from '../ita-results/index.ts'
import { loadDemoBudget } from '../budget/index.ts'
import { loadDemoDevelopmentPlan } from '../development-plan/index.ts'
import { loadDemoPerformanceEvaluation } from '../performance-evaluation/index.ts'
import { loadDemoProcurement } from '../procurement/index.ts'
import { loadDemoExecutives } from '../executives/index.ts'
import { loadDemoHonourRoll } from '../honour-roll/index.ts'
import { loadDemoSurveys } from '../surveys/index.ts'
import { loadDemoWebboard } from '../webboard/index.ts'
import { loadDemoInfoRequests } from '../information-requests/index.ts'
import { loadDemoComments } from '../comment-box/index.ts'
import { loadDemoConsultations } from '../consultations/index.ts'
import { loadDemoServices } from '../services/index.ts'
import { loadDemoConflictScreen } from '../conflict-screen/index.ts'
import { loadDemoGifts } from '../gifts/index.ts'
import { loadDemoProperty } from '../property/index.ts'
import { loadDemoMeetings } from '../meetings/index.ts'
import { loadDemoOversightReports } from '../oversight-reports/index.ts'
import { loadDemoRisks } from '../risks/index.ts'
import { loadDemoDelegations } from '../delegations/index.ts'
import { loadDemoFairAuthority } from '../fair-authority/index.ts'
import type { FileService } from '../../platform/files/index.ts'
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS } from './demo-dataset.ts'

export type DemoLoadResult = { loaded: boolean; organisations: number; users: number; complaints: number; portalItems: number }

/**
 * Loads the demo province and, for a running app, its complaints and portal items (made through the
 * real use cases; the test template leaves them out so tests count only their own).
 */
export async function loadDemoData(db: Kysely<Database>, now: Date, opts: { baseUrl: string; files: FileService }): Promise<DemoLoadResult> {
  const r = await loadDemoDataIfEmpty(db, now)
  if (!r.loaded) return r
  const complaints = await loadDemoComplaints(db, now, { password: DEMO_PASSWORD, baseUrl: opts.baseUrl })
  const portalItems = await loadDemoPortal(db, now, opts.files, opts.baseUrl)
  await loadDemoOit(db, now, opts.baseUrl)
  await loadDemoItaResults(db, now)
  await loadDemoItaPlan(db, now)
  // Voice of the public (E5–E6).
  await loadDemoWebboard(db, now, opts.baseUrl)
  await loadDemoInfoRequests(db, now, opts.baseUrl)
  await loadDemoComments(db, now, opts.baseUrl)
  await loadDemoConsultations(db, now, opts.baseUrl)
  // Structured disclosures and services: each feature makes its own demo records through its use cases.
  const structured = (await loadDemoBudget(db, now, opts.files)) + (await loadDemoProcurement(db, now, opts.files)) + (await loadDemoExecutives(db, now, opts.files)) + (await loadDemoServices(db, now, opts.files))
  // Governance (G2, G5): the development plan funds the budget lines loaded above.
  await loadDemoDevelopmentPlan(db, now, opts.files)
  await loadDemoPerformanceEvaluation(db, now)
  // Integrity registers (F3–F6).
  await loadDemoConflictScreen(db, now)
  await loadDemoGifts(db, now, opts.baseUrl)
  await loadDemoProperty(db, now, opts.baseUrl)
  await loadDemoMeetings(db, now)
  // Corruption and discretion risks (G1).
  await loadDemoRisks(db, now, opts.baseUrl)
  await loadDemoDelegations(db, now)
  await loadDemoFairAuthority(db, now)
  // Seed 000's quarterly cycle dated from the clock (last fiscal year and this one), after the portal so item 2.3 can point at it.
  await loadDemoOversightReports(db, now, { files: opts.files, baseUrl: opts.baseUrl, password: DEMO_PASSWORD })
  await loadDemoSurveys(db, now, opts.baseUrl)
  // After the oversight demo, which gives Bang Phra its ITA coordinator and head.
  await loadDemoHonourRoll(db, now, opts.files)
  return { ...r, complaints, portalItems: portalItems + structured }
}

/** Loads the demo province once: a database that already has organisations is left alone. */
export async function loadDemoDataIfEmpty(db: Kysely<Database>, now: Date, onProgress?: (step: string) => void): Promise<DemoLoadResult> {
  const existing = await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst()
  if (existing) return { loaded: false, organisations: 0, users: 0, complaints: 0, portalItems: 0 }
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  return db.transaction().execute(async (trx) => {
    const idBySlug = new Map<string, string>()
    for (const o of DEMO_ORGANISATIONS) {
      const row = await trx
        .insertInto('organisations')
        .values({
          slug: o.slug,
          parent_id: o.parentSlug ? idBySlug.get(o.parentSlug)! : null,
          kind: o.kind,
          name_th: o.nameTh,
          name_en: o.nameEn,
          address: o.address,
          phone: o.phone,
          email: o.email,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      idBySlug.set(o.slug, row.id)
      await recordAudit(trx, { actor: SYSTEM_ACTOR, organisationId: row.id, action: 'organisation.created', entityType: 'organisation', entityId: row.id, summary: { after: { slug: o.slug, name_th: o.nameTh, kind: o.kind }, note: 'demo data' }, at: now })
    }
    onProgress?.(`organisations: ${DEMO_ORGANISATIONS.length}`)
    for (const u of DEMO_USERS) {
      const row = await trx
        .insertInto('users')
        .values({ email: u.email, display_name: u.displayName, position: u.position, password_hash: passwordHash, is_platform_admin: u.platformAdmin ?? false })
        .returning('id')
        .executeTakeFirstOrThrow()
      // Handlers of complaints get their key pair now, so that demo complaints filed before their
      // first sign-in are sealed to them (everyone else gets one at first sign-in).
      if (u.roles.some((r) => r.role === 'complaint_officer' || r.role === 'head')) {
        const { privateKey: _unused, ...stored } = await newUserKeys(row.id, DEMO_PASSWORD)
        await trx.updateTable('users').set(stored).where('id', '=', row.id).execute()
      }
      for (const r of u.roles) {
        await trx.insertInto('memberships').values({ user_id: row.id, organisation_id: idBySlug.get(r.orgSlug)!, role: r.role }).execute()
      }
      await recordAudit(trx, { actor: SYSTEM_ACTOR, organisationId: u.roles[0] ? idBySlug.get(u.roles[0].orgSlug)! : null, action: 'user.created', entityType: 'user', entityId: row.id, summary: { after: { email: u.email, roles: u.roles }, note: 'demo data' }, at: now })
    }
    onProgress?.(`users: ${DEMO_USERS.length}`)
    return { loaded: true, organisations: DEMO_ORGANISATIONS.length, users: DEMO_USERS.length, complaints: 0, portalItems: 0 }
  })
}
