import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { IsoDate } from '../../platform/thai-calendar/index.ts'
import type { DeclarationStatus, DonationStatus, DonorType, Ruling } from './gifts.domain.ts'
import type { DeclarationInput, DonationInput } from './gifts.input.ts'

type Db = Kysely<Database>

export type Declaration = {
  id: string
  organisationId: string
  userId: string
  declarant: string
  donorName: string
  donorType: DonorType
  relation: string
  occasion: string
  description: string
  valueSatang: number
  receivedOn: IsoDate
  dueOn: IsoDate | null
  status: DeclarationStatus
  submittedOn: IsoDate | null
  late: boolean
  ruling: Ruling | null
  rulingReason: string | null
  ruledByLabel: string | null
  ruledAt: Date | null
  remindedOn: IsoDate | null
  naccFormFileId: string | null
}

function declarations(db: Db) {
  return db.selectFrom('gift_declarations as g').innerJoin('users as u', 'u.id', 'g.user_id').selectAll('g').select('u.display_name')
}

type DeclarationDbRow = Awaited<ReturnType<ReturnType<typeof declarations>['executeTakeFirstOrThrow']>>

const toDeclaration = (r: DeclarationDbRow): Declaration => ({
  id: r.id,
  organisationId: r.organisation_id,
  userId: r.user_id,
  declarant: r.display_name,
  donorName: r.donor_name,
  donorType: r.donor_type as DonorType,
  relation: r.relation,
  occasion: r.occasion,
  description: r.description,
  valueSatang: r.value_satang,
  receivedOn: r.received_on as IsoDate,
  dueOn: r.due_on as IsoDate | null,
  status: r.status as DeclarationStatus,
  submittedOn: r.submitted_on as IsoDate | null,
  late: r.late,
  ruling: r.ruling as Ruling | null,
  rulingReason: r.ruling_reason,
  ruledByLabel: r.ruled_by_label,
  ruledAt: r.ruled_at,
  remindedOn: r.reminded_on as IsoDate | null,
  naccFormFileId: r.nacc_form_file_id,
})

export async function insertDeclaration(db: Db, org: string, userId: string, d: DeclarationInput, dueOn: IsoDate | null, now: Date): Promise<string> {
  const row = await db
    .insertInto('gift_declarations')
    .values({
      organisation_id: org,
      user_id: userId,
      donor_name: d.donorName,
      donor_type: d.donorType,
      relation: d.relation,
      occasion: d.occasion,
      description: d.description,
      value_satang: d.valueSatang,
      received_on: d.receivedOn,
      due_on: dueOn,
      status: dueOn ? 'draft' : 'recorded',
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function findDeclaration(db: Db, id: string, forUpdate = false): Promise<Declaration | undefined> {
  let q = declarations(db).where('g.id', '=', id)
  if (forUpdate) q = q.forUpdate()
  const r = await q.executeTakeFirst()
  return r ? toDeclaration(r) : undefined
}

/** The agency's declarations (for its head) or one person's own. */
export async function listDeclarations(db: Db, org: string, onlyUser: string | null, range?: { from: IsoDate; to: IsoDate }): Promise<Declaration[]> {
  let q = declarations(db).where('g.organisation_id', '=', org)
  if (onlyUser) q = q.where('g.user_id', '=', onlyUser)
  if (range) q = q.where('g.received_on', '>=', range.from).where('g.received_on', '<=', range.to)
  return (await q.orderBy('g.received_on', 'desc').orderBy('g.created_at', 'desc').execute()).map(toDeclaration)
}

export async function submitDeclaration(db: Db, id: string, now: Date, today: IsoDate, late: boolean): Promise<void> {
  await db.updateTable('gift_declarations').set({ status: 'submitted', submitted_at: now, submitted_on: today, late }).where('id', '=', id).execute()
}

export async function ruleDeclaration(db: Db, id: string, r: { ruling: Ruling; reason: string; by: string; now: Date }): Promise<void> {
  await db.updateTable('gift_declarations').set({ status: 'ruled', ruling: r.ruling, ruling_reason: r.reason, ruled_by_label: r.by, ruled_at: r.now }).where('id', '=', id).execute()
}

export async function draftsToRemind(db: Db): Promise<(Declaration & { email: string; orgName: string })[]> {
  const rows = await declarations(db)
    .innerJoin('organisations as o', 'o.id', 'g.organisation_id')
    .select(['u.email', 'o.name_th as org_name'])
    .where('g.status', '=', 'draft')
    .where('u.is_active', '=', true)
    .execute()
  return rows.map((r) => ({ ...toDeclaration(r), email: r.email, orgName: r.org_name }))
}

export async function markReminded(db: Db, id: string, today: IsoDate): Promise<void> {
  await db.updateTable('gift_declarations').set({ reminded_on: today }).where('id', '=', id).execute()
}

export type Donation = {
  id: string
  organisationId: string
  donorName: string
  donorType: DonorType
  description: string
  valueSatang: number
  purpose: string
  intendedUse: string
  status: DonationStatus
  proposedByLabel: string
  decidedByLabel: string | null
  decisionReason: string | null
  decidedAt: Date | null
  acceptedOn: IsoDate | null
  receiptNumber: string | null
  createdAt: Date
}

type DonationDbRow = Awaited<ReturnType<ReturnType<typeof donationsQuery>['executeTakeFirstOrThrow']>>
const donationsQuery = (db: Db) => db.selectFrom('gift_donations').selectAll()
const toDonation = (r: DonationDbRow): Donation => ({
  id: r.id,
  organisationId: r.organisation_id,
  donorName: r.donor_name,
  donorType: r.donor_type as DonorType,
  description: r.description,
  valueSatang: r.value_satang,
  purpose: r.purpose,
  intendedUse: r.intended_use,
  status: r.status as DonationStatus,
  proposedByLabel: r.proposed_by_label,
  decidedByLabel: r.decided_by_label,
  decisionReason: r.decision_reason,
  decidedAt: r.decided_at,
  acceptedOn: r.accepted_on as IsoDate | null,
  receiptNumber: r.receipt_number,
  createdAt: r.created_at,
})

export async function insertDonation(db: Db, org: string, d: DonationInput, by: { id: string; label: string }, now: Date): Promise<string> {
  const row = await db
    .insertInto('gift_donations')
    .values({ organisation_id: org, donor_name: d.donorName, donor_type: d.donorType, description: d.description, value_satang: d.valueSatang, purpose: d.purpose, intended_use: d.intendedUse, status: 'proposed', proposed_by: by.id, proposed_by_label: by.label, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function findDonation(db: Db, id: string, forUpdate = false): Promise<Donation | undefined> {
  let q = donationsQuery(db).where('id', '=', id)
  if (forUpdate) q = q.forUpdate()
  const r = await q.executeTakeFirst()
  return r ? toDonation(r) : undefined
}

export async function listDonations(db: Db, org: string, options: { acceptedOnly?: boolean; range?: { from: IsoDate; to: IsoDate } } = {}): Promise<Donation[]> {
  let q = donationsQuery(db).where('organisation_id', '=', org)
  if (options.acceptedOnly) q = q.where('status', '=', 'accepted')
  if (options.range) q = q.where('accepted_on', '>=', options.range.from).where('accepted_on', '<=', options.range.to)
  return (await q.orderBy('created_at', 'desc').execute()).map(toDonation)
}

export async function decideDonation(db: Db, id: string, approve: boolean, reason: string, by: string, now: Date): Promise<void> {
  await db.updateTable('gift_donations').set({ status: approve ? 'approved' : 'rejected', decision_reason: reason, decided_by_label: by, decided_at: now }).where('id', '=', id).execute()
}

export async function acceptDonation(db: Db, id: string, acceptedOn: IsoDate, receipt: string): Promise<void> {
  await db.updateTable('gift_donations').set({ status: 'accepted', accepted_on: acceptedOn, receipt_number: receipt || null }).where('id', '=', id).execute()
}

export async function headsOf(db: Db, org: string): Promise<{ email: string }[]> {
  return db.selectFrom('memberships as m').innerJoin('users as u', 'u.id', 'm.user_id').select('u.email').where('m.organisation_id', '=', org).where('m.role', '=', 'head').where('u.is_active', '=', true).execute()
}

export async function organisationOf(db: Db, id: string) {
  return db.selectFrom('organisations').select(['id', 'slug', 'name_th', 'name_en']).where('id', '=', id).executeTakeFirst()
}

export async function publicOrganisation(db: Db, slug: string) {
  return db.selectFrom('organisations').select(['id', 'slug', 'name_th', 'name_en']).where('slug', '=', slug).executeTakeFirst()
}

export async function setNaccForm(db: Db, id: string, fileId: string): Promise<void> {
  await db.updateTable('gift_declarations').set({ nacc_form_file_id: fileId }).where('id', '=', id).execute()
}
