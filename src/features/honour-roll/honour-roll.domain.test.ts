import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ValidationError } from '../../errors.ts'
import type { IsoDate } from '../../platform/thai-calendar/index.ts'
import { canMove, HONOUR_STATUSES, HONOUR_TRANSITIONS, isPublic } from './honour-roll.domain.ts'
import { emptyHonourForm, parseHonourForm } from './honour-roll.input.ts'

describe('honour roll rules', () => {
  it('moves draft → approved → withdrawn only, the pairs the migration’s trigger allows', () => {
    const allowed = HONOUR_STATUSES.flatMap((f) => HONOUR_STATUSES.filter((t) => canMove(f, t)).map((t) => `${f}>${t}`))
    expect(allowed).toEqual(['draft>approved', 'approved>withdrawn'])
    const migration = readFileSync(new URL('../../db/migrations/2026-12-09T1600-honour-roll.ts', import.meta.url), 'utf8')
    for (const [from, to] of HONOUR_TRANSITIONS) expect(migration).toContain(`OLD.status = '${from}' AND NEW.status`)
    expect(migration).toContain("(OLD.status = 'approved' AND NEW.status = 'withdrawn')")
  })

  it('is public only when approved and the person consented', () => {
    expect(isPublic({ status: 'approved', consentToPublish: true })).toBe(true)
    expect(isPublic({ status: 'approved', consentToPublish: false })).toBe(false)
    expect(isPublic({ status: 'draft', consentToPublish: true })).toBe(false)
    expect(isPublic({ status: 'withdrawn', consentToPublish: true })).toBe(false)
  })

  it('reads a BE date, refuses one after today and names every missing field at once', () => {
    const today = '2026-12-09' as IsoDate
    const ok = parseHonourForm({ ...emptyHonourForm(), name_th: ' นาย ก ', position_th: 'ครู', deed_th: 'คืนเงิน', commended_by: 'นายก', consent: 'no', commended_on: { day: '9', month: '12', year: '2569' } }, today)
    expect(ok).toMatchObject({ nameTh: 'นาย ก', commendedOn: '2026-12-09', consentToPublish: false })
    try {
      parseHonourForm({ ...emptyHonourForm(), commended_on: { day: '10', month: '12', year: '2569' } }, today)
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError)
      expect(Object.keys((e as ValidationError).fields).sort()).toEqual(['commended_by', 'commended_on', 'consent', 'deed_th', 'name_th', 'position_th'])
    }
  })
})
