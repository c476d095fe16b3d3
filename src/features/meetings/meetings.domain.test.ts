import { describe, expect, it } from 'vitest'
import { itemQuorum, mayVote } from './meetings.domain.ts'

const members = ['a', 'b', 'c', 'd', 'e'].map((userId) => ({ userId, attended: userId !== 'e' }))

describe('quorum and recusal per agenda item', () => {
  it('counts more than half of the members who may take part', () => {
    expect(itemQuorum(members, new Set())).toEqual({ eligible: 5, present: 4, needed: 3, quorate: true })
  })
  it('a recused member is neither eligible nor present for the item', () => {
    expect(itemQuorum(members, new Set(['a']))).toEqual({ eligible: 4, present: 3, needed: 3, quorate: true })
    expect(itemQuorum(members, new Set(['a', 'b']))).toEqual({ eligible: 3, present: 2, needed: 2, quorate: true })
    expect(itemQuorum(members, new Set(['a', 'b', 'c']))).toEqual({ eligible: 2, present: 1, needed: 2, quorate: false })
  })
  it('a recused member cannot vote; nor can an absent one, nor anyone without a quorum', () => {
    const standing = itemQuorum(members, new Set(['a']))
    expect(mayVote(members[0], true, standing)).toBe(false)
    expect(mayVote(members[1], false, standing)).toBe(true)
    expect(mayVote(members[4], false, standing)).toBe(false)
    expect(mayVote(members[1], false, itemQuorum(members, new Set(['a', 'b', 'c'])))).toBe(false)
  })
})
