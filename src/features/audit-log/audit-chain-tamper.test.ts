import { sql, type Kysely } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from '../../db/tables.ts'
import { recordAudit, verifyAuditChain } from '../../platform/audit/audit-log.ts'
import { createTestDb } from '../../../test/support/test-db.ts'

type Handle = Awaited<ReturnType<typeof createTestDb>>
let handle: Handle
let db: Kysely<Database>

beforeEach(async () => {
  handle = await createTestDb()
  db = handle.db
})
afterEach(() => handle.close())

/** Five events, each in its own transaction as use cases write them; returns their seqs. */
async function writeEvents(): Promise<number[]> {
  for (let i = 1; i <= 5; i++) {
    await db.transaction().execute((trx) =>
      recordAudit(trx, {
        actor: { id: null, label: `tester ${i}` },
        organisationId: null,
        action: 'test.changed',
        entityType: 'test',
        entityId: `thing-${i}`,
        summary: { before: { n: i - 1 }, after: { n: i, nested: { b: 2, a: 1 } } },
        at: new Date(Date.UTC(2026, 10, 20, 3, i, 0, 123)),
      }),
    )
  }
  const rows = await db.selectFrom('audit_events').select('seq').where('action', '=', 'test.changed').orderBy('seq').execute()
  return rows.map((r) => r.seq)
}

/** What an attacker holding the database superuser can do: switch the append-only guard off. */
async function asSuperuser(body: () => Promise<unknown>): Promise<void> {
  await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change`.execute(db)
  try {
    await body()
  } finally {
    await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_change`.execute(db)
  }
}

describe('the audit hash chain', () => {
  it('verifies as intact after events are written in separate transactions, counting every event', async () => {
    const before = await db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    await writeEvents()
    const progress: number[] = []
    const result = await verifyAuditChain(db, (n) => progress.push(n))
    expect(result).toEqual({ ok: true, checked: Number(before.n) + 5 })
    expect(progress.at(-1)).toBe(Number(before.n) + 5)
  })

  it('refuses ordinary UPDATE and DELETE on the audit table', async () => {
    const [first] = await writeEvents()
    await expect(db.updateTable('audit_events').set({ actor_label: 'someone else' }).where('seq', '=', first!).execute()).rejects.toThrow(
      /append-only/,
    )
    await expect(db.deleteFrom('audit_events').where('seq', '=', first!).execute()).rejects.toThrow(/append-only/)
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true })
  })

  it('names the edited event when a summary is rewritten behind the trigger’s back', async () => {
    const seqs = await writeEvents()
    const target = seqs[2]!
    await asSuperuser(() =>
      db
        .updateTable('audit_events')
        .set({ summary: JSON.stringify({ before: { n: 2 }, after: { n: 300, nested: { a: 1, b: 2 } } }) })
        .where('seq', '=', target)
        .execute(),
    )
    const result = await verifyAuditChain(db)
    expect(result).toMatchObject({ ok: false, problem: { kind: 'edited', seq: target } })
  })

  it('detects a rewritten actor or time too, not only the summary', async () => {
    const seqs = await writeEvents()
    await asSuperuser(() => db.updateTable('audit_events').set({ at: new Date('2026-11-20T03:04:00.124Z') }).where('seq', '=', seqs[3]!).execute())
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, problem: { kind: 'edited', seq: seqs[3] } })
  })

  it('names the event after a deleted one as having rows missing before it', async () => {
    const seqs = await writeEvents()
    await asSuperuser(() => db.deleteFrom('audit_events').where('seq', '=', seqs[1]!).execute())
    const result = await verifyAuditChain(db)
    expect(result).toMatchObject({ ok: false, problem: { kind: 'missing_before', seq: seqs[2] } })
  })

  it('does not mistake a rolled-back write (a burnt sequence number) for a deletion', async () => {
    await writeEvents()
    await expect(
      db.transaction().execute(async (trx) => {
        await recordAudit(trx, {
          actor: { id: null, label: 'tester' },
          organisationId: null,
          action: 'test.rolled_back',
          entityType: 'test',
          entityId: null,
          summary: { note: 'never committed' },
          at: new Date('2026-11-21T00:00:00Z'),
        })
        throw new Error('the write that caused it failed')
      }),
    ).rejects.toThrow(/failed/)
    await writeEvents()
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true })
  })
})
