import type { Kysely } from 'kysely'
import type { Database } from '../../src/db/tables.ts'
import { createSession } from '../../src/platform/auth/sessions.ts'
import { SESSION_COOKIE } from '../../src/web/http/request-context.ts'

/** The top-level body with the most agencies directly below it (on generated data: the largest province). */
export async function largestProvince(db: Kysely<Database>) {
  return db
    .selectFrom('organisations as p')
    .innerJoin('organisations as a', 'a.parent_id', 'p.id')
    .select(['p.id', 'p.name_th', (eb) => eb.fn.countAll<string>().as('agencies')])
    .where('p.parent_id', 'is', null)
    .groupBy(['p.id', 'p.name_th'])
    .orderBy('agencies', 'desc')
    .limit(1)
    .executeTakeFirst()
}

/** A signed-in cookie for a generated user (second factor done), written straight into the sessions table. */
export async function sessionCookieFor(db: Kysely<Database>, userId: string, now = new Date()): Promise<string> {
  return `${SESSION_COOKIE}=${await createSession(db, { userId, now, ttlHours: 2, secondFactorDone: true, privateKey: null })}`
}
