import type { Bilingual } from '../../platform/i18n/locale.ts'
import type { Role } from '../../platform/auth/roles.ts'

/** Meetings with interests declared per item (F5), pure. */

export const MEMBER_ROLES = {
  chair: { th: 'ประธาน', en: 'Chair' },
  member: { th: 'กรรมการ', en: 'Member' },
  secretary: { th: 'เลขานุการ', en: 'Secretary' },
} as const satisfies Record<string, Bilingual>
export type MemberRole = keyof typeof MEMBER_ROLES

export const VOTES = {
  for: { th: 'เห็นชอบ', en: 'For' },
  against: { th: 'ไม่เห็นชอบ', en: 'Against' },
  abstain: { th: 'งดออกเสียง', en: 'Abstain' },
} as const satisfies Record<string, Bilingual>
export type Vote = keyof typeof VOTES

export const canOrganise = (roles: readonly Role[]) => roles.some((r) => r === 'officer' || r === 'admin' || r === 'head')

export type ItemStanding = { eligible: number; present: number; needed: number; quorate: boolean }

/**
 * An item's quorum: more than half of the members who may take part in it. A member with an
 * interest has left the room for the item — neither among those who may take part nor present.
 */
export function itemQuorum(members: readonly { userId: string; attended: boolean }[], recused: ReadonlySet<string>): ItemStanding {
  const eligible = members.filter((m) => !recused.has(m.userId))
  const present = eligible.filter((m) => m.attended).length
  const needed = Math.floor(eligible.length / 2) + 1
  return { eligible: eligible.length, present, needed, quorate: eligible.length > 0 && present >= needed }
}

/** A member may vote on an item when present, not recused, and the item is quorate. */
export function mayVote(member: { attended: boolean } | undefined, recused: boolean, standing: ItemStanding): boolean {
  return !!member && member.attended && !recused && standing.quorate
}
