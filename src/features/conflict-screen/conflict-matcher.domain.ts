import { addressKey, firmKey, isFirmName, personName, taxIdDigits } from './thai-matching.domain.ts'

/**
 * The bidder–staff screen (seed 002 measure 4 §7 (1)–(2)): every bidder, its directors or partners
 * and its addresses against every staff member's declared interests. Both sides are reduced to
 * normalised keys and the staff side is indexed once, so the screen is one pass over the bidders
 * (2,000 × 5,000 in well under a second) rather than a comparison of every pair. It only points:
 * a person reads why each hit matched and clears or confirms it.
 */

export type InterestEntry = {
  id: string
  userId: string
  kind: 'person' | 'address' | 'firm'
  /** The name, the address or the firm's name, as the staff member wrote it. */
  text: string
  taxId: string | null
}

export type Bidder = {
  id: string
  name: string
  taxId: string | null
  /** Directors, partners or owners, one name each. */
  people: readonly string[]
  addresses: readonly string[]
}

export type MatchReason = 'tax_id' | 'full_name' | 'surname' | 'firm_name' | 'address'

export type ReasonDetail = { reason: MatchReason; bidderValue: string; entryValue: string }

export type Hit = { bidderId: string; entryId: string; userId: string; reasons: ReasonDetail[] }

type Key = string

/** The keys a staff member's entry is found under. */
export function entryKeys(e: Pick<InterestEntry, 'kind' | 'text' | 'taxId'>): { key: Key; reason: MatchReason }[] {
  const keys: { key: Key; reason: MatchReason }[] = []
  const tax = e.taxId ? taxIdDigits(e.taxId) : null
  if (tax) keys.push({ key: `t:${tax}`, reason: 'tax_id' })
  if (e.kind === 'person') keys.push(...personKeys(e.text))
  if (e.kind === 'firm') {
    const k = firmKey(e.text)
    if (k.length >= 2) keys.push({ key: `f:${k}`, reason: 'firm_name' })
  }
  if (e.kind === 'address') {
    const k = addressKey(e.text)
    if (k) keys.push({ key: `a:${k}`, reason: 'address' })
  }
  return keys
}

function personKeys(text: string): { key: Key; reason: MatchReason }[] {
  const p = personName(text)
  if (!p) return []
  const keys: { key: Key; reason: MatchReason }[] = []
  if (p.surname.length >= 2) {
    keys.push({ key: `n:${p.given}|${p.surname}`, reason: 'full_name' })
    keys.push({ key: `s:${p.surname}`, reason: 'surname' })
  }
  return keys
}

/** The keys a bidder is looked up by, each with the value of the bidder's that produced it. */
export function bidderKeys(b: Bidder): { key: Key; reason: MatchReason; value: string }[] {
  const keys: { key: Key; reason: MatchReason; value: string }[] = []
  const tax = b.taxId ? taxIdDigits(b.taxId) : null
  if (tax) keys.push({ key: `t:${tax}`, reason: 'tax_id', value: b.taxId! })
  if (isFirmName(b.name)) {
    const k = firmKey(b.name)
    if (k.length >= 2) keys.push({ key: `f:${k}`, reason: 'firm_name', value: b.name })
  } else {
    for (const k of personKeys(b.name)) keys.push({ ...k, value: b.name })
  }
  for (const person of b.people) {
    if (isFirmName(person)) {
      const k = firmKey(person)
      if (k.length >= 2) keys.push({ key: `f:${k}`, reason: 'firm_name', value: person })
    } else for (const k of personKeys(person)) keys.push({ ...k, value: person })
  }
  for (const address of b.addresses) {
    const k = addressKey(address)
    if (k) keys.push({ key: `a:${k}`, reason: 'address', value: address })
  }
  return keys
}

export type InterestIndex = Map<Key, { entry: InterestEntry; reason: MatchReason }[]>

export function indexEntries(entries: readonly InterestEntry[]): InterestIndex {
  const index: InterestIndex = new Map()
  for (const entry of entries) {
    for (const { key, reason } of entryKeys(entry)) {
      const list = index.get(key)
      if (list) list.push({ entry, reason })
      else index.set(key, [{ entry, reason }])
    }
  }
  return index
}

const STRENGTH: Record<MatchReason, number> = { tax_id: 0, firm_name: 1, full_name: 2, address: 3, surname: 4 }

/** Every (bidder, entry) pair that shares a key, with each reason once; a full-name match makes the surname one redundant. */
export function screenBidders(bidders: readonly Bidder[], index: InterestIndex): Hit[] {
  const hits: Hit[] = []
  for (const bidder of bidders) {
    const byEntry = new Map<string, Hit>()
    for (const { key, reason, value } of bidderKeys(bidder)) {
      for (const found of index.get(key) ?? []) {
        let hit = byEntry.get(found.entry.id)
        if (!hit) {
          hit = { bidderId: bidder.id, entryId: found.entry.id, userId: found.entry.userId, reasons: [] }
          byEntry.set(found.entry.id, hit)
        }
        if (!hit.reasons.some((r) => r.reason === reason && r.bidderValue === value)) hit.reasons.push({ reason, bidderValue: value, entryValue: found.entry.text })
      }
    }
    for (const hit of byEntry.values()) {
      if (hit.reasons.some((r) => r.reason === 'full_name')) hit.reasons = hit.reasons.filter((r) => r.reason !== 'surname' || !hit.reasons.some((f) => f.reason === 'full_name' && f.bidderValue === r.bidderValue))
      hit.reasons.sort((a, b) => STRENGTH[a.reason] - STRENGTH[b.reason])
      hits.push(hit)
    }
  }
  return hits
}

export const REASON_LABELS: Record<MatchReason, { th: string; en: string }> = {
  tax_id: { th: 'เลขประจำตัวผู้เสียภาษีตรงกัน', en: 'Same tax id' },
  firm_name: { th: 'ชื่อนิติบุคคลตรงกัน (ไม่นับคำนำหน้าและรูปแบบบริษัท)', en: 'Same firm name (legal form ignored)' },
  full_name: { th: 'ชื่อและนามสกุลตรงกัน (ไม่นับคำนำหน้าชื่อ)', en: 'Same given name and surname (title ignored)' },
  surname: { th: 'นามสกุลตรงกัน', en: 'Same surname' },
  address: { th: 'ที่อยู่ตรงกัน (บ้านเลขที่ หมู่ และตำบล)', en: 'Same address (house number, village and subdistrict)' },
}

/** Short forms for the tables of the monthly memo. */
export const REASON_SHORT: Record<MatchReason, string> = { tax_id: 'เลขผู้เสียภาษี', firm_name: 'ชื่อกิจการ', full_name: 'ชื่อ-สกุล', surname: 'นามสกุล', address: 'ที่อยู่' }
