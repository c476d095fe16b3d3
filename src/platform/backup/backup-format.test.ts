import { describe, expect, it } from 'vitest'
import { decodeCell, encodeRow, isLosslessJson, type BackupColumn } from './backup-format.ts'
import { planRestoreOrder } from './table-order.ts'

const col = (name: string, encoding: BackupColumn['encoding']): BackupColumn => ({ name, type: 'x', encoding, generated: false })

describe('restore order from foreign keys', () => {
  it('puts every table after the tables it references, whatever their names', () => {
    const plan = planRestoreOrder(
      ['public.a_memberships', 'public.users', 'public.organisations', 'public.holidays'],
      [
        { constraint: 'm_user', from: 'public.a_memberships', to: 'public.users' },
        { constraint: 'm_org', from: 'public.a_memberships', to: 'public.organisations' },
      ],
    )
    expect(plan.order).toEqual(['public.holidays', 'public.organisations', 'public.users', 'public.a_memberships'])
    expect(plan.deferred).toEqual([])
  })

  it('keeps tables that reference each other together and checks those keys at the end', () => {
    const edges = [
      { constraint: 'org_parent', from: 'public.organisations', to: 'public.organisations' },
      { constraint: 'org_logo', from: 'public.organisations', to: 'public.files' },
      { constraint: 'file_org', from: 'public.files', to: 'public.organisations' },
      { constraint: 'm_org', from: 'public.memberships', to: 'public.organisations' },
      { constraint: 'file_user', from: 'public.files', to: 'public.users' },
    ]
    const plan = planRestoreOrder(['public.memberships', 'public.users', 'public.organisations', 'public.files'], edges)
    expect(plan.order).toEqual(['public.users', 'public.files', 'public.organisations', 'public.memberships'])
    expect(plan.deferred.map((e) => e.constraint).sort()).toEqual(['file_org', 'org_logo', 'org_parent'])
  })

  it('ignores keys to tables outside the backup', () => {
    expect(planRestoreOrder(['public.a'], [{ constraint: 'k', from: 'public.a', to: 'other.b' }]).order).toEqual(['public.a'])
  })
})

describe('cell encoding', () => {
  it('carries jsonb as JSON only when no number would change on the way', () => {
    expect(isLosslessJson('{"a": [1, 2.5, -3, 1000000000000000000000]}')).toBe(false) // a double would print 1e+21: kept as text, to be safe
    expect(isLosslessJson('{"a": [1, 2.5, -3], "s": "1.50 and 007"}')).toBe(true)
    expect(isLosslessJson('{"price": 1.50}')).toBe(false)
    expect(isLosslessJson('{"big": 123456789012345678901234567890}')).toBe(false)
  })

  it('round-trips each kind of value through the file', () => {
    const columns = [col('b', 'base64'), col('j', 'json'), col('n', 'number'), col('f', 'boolean'), col('t', 'text'), col('lossy', 'json')]
    const text = ['\\x00ff10', '{"a": "ข", "n": [1, 2]}', '-42', 'true', '2026-11-22 03:00:00.123456+00', '{"x": 1.50}']
    const { cells, raw } = encodeRow(columns, text)
    expect(cells).toEqual(['AP8Q', { a: 'ข', n: [1, 2] }, -42, true, '2026-11-22 03:00:00.123456+00', '{"x": 1.50}'])
    expect(raw).toEqual([5])
    const back = JSON.parse(JSON.stringify(cells)) as unknown[]
    expect(columns.map((c, i) => decodeCell(c, back[i], raw.includes(i)))).toEqual(['\\x00ff10', '{"a":"ข","n":[1,2]}', '-42', 'true', '2026-11-22 03:00:00.123456+00', '{"x": 1.50}'])
  })

  it('names the column when a value has the wrong shape', () => {
    expect(() => decodeCell(col('flag', 'boolean'), 'yes', false)).toThrow('column flag: expected true or false')
  })
})
