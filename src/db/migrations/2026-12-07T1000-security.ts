import { type Kysely } from 'kysely'

/**
 * Security hardening: a private mail recipient (a complainant's address) is kept encrypted,
 * never in clear, until delivery.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('sealed_recipient', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('sealed_recipient').execute()
}
