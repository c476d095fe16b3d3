import type { Kysely } from 'kysely'

// Placeholder: the tables of this migration are written with the feature.
export async function up(_db: Kysely<any>): Promise<void> {}

export async function down(_db: Kysely<any>): Promise<void> {}
