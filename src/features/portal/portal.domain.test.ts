import { describe, expect, it } from 'vitest'
import { canEditPortal, isItemKey, isStale, itemKeyFor } from './portal.domain.ts'
import { plainTextOf, sanitiseRichText } from './portal-rich-text.ts'
import { searchTextOf, segmentWords } from './portal-search-text.ts'
import { PORTAL_SECTIONS } from './portal-sections.domain.ts'
import type { Actor } from '../../platform/auth/actor.ts'

const actor = (role: Actor['memberships'][number]['role'], organisationId = 'agency'): Actor => ({ userId: 'u', displayName: 'u', email: 'u@x', isPlatformAdmin: false, memberships: [{ organisationId, role }] })

describe('portal rules', () => {
  it('keys items by section and number, and accepts only well-formed keys', () => {
    expect(itemKeyFor('procurement-summary', 12)).toBe('procurement-summary-12')
    for (const s of PORTAL_SECTIONS) expect(isItemKey(itemKeyFor(s.key, 1))).toBe(true)
    for (const bad of ['news', 'news-0', 'news-01', 'News-1', 'news-1;drop', '../news-1', 'news--1']) expect(isItemKey(bad)).toBe(false)
  })

  it('flags an item of a fiscal year that is over; reports may be last year’s; timeless items never', () => {
    expect(isStale('plans', 2569, 2570)).toBe(true)
    expect(isStale('plans', 2570, 2570)).toBe(false)
    expect(isStale('plans', 2571, 2570)).toBe(false)
    expect(isStale('reports', 2569, 2570)).toBe(false)
    expect(isStale('reports', 2568, 2570)).toBe(true)
    expect(isStale('authority', null, 2570)).toBe(false)
  })

  it('lets the agency’s editors and administrators above it edit, no one else', () => {
    for (const role of ['officer', 'ita_coordinator', 'admin', 'head'] as const) expect(canEditPortal(actor(role), ['agency', 'province'])).toBe(true)
    for (const role of ['complaint_officer', 'procurement_officer', 'committee', 'oversight'] as const) expect(canEditPortal(actor(role), ['agency', 'province'])).toBe(false)
    expect(canEditPortal(actor('admin', 'province'), ['agency', 'province'])).toBe(true)
    expect(canEditPortal(actor('officer', 'province'), ['agency', 'province'])).toBe(false)
    expect(canEditPortal(actor('officer', 'other'), ['agency', 'province'])).toBe(false)
    expect(canEditPortal(null, ['agency'])).toBe(false)
  })
})

describe('rich text', () => {
  it('turns plain text into escaped paragraphs', () => {
    expect(sanitiseRichText('ราคา < 5,000 & "ถูก"\nบรรทัดสอง\n\n  ย่อหน้าใหม่  ')).toBe('<p>ราคา &lt; 5,000 &amp; "ถูก"<br />บรรทัดสอง</p>\n<p>ย่อหน้าใหม่</p>')
  })

  it('keeps only the allowed subset of HTML', () => {
    expect(sanitiseRichText('<p><a href="mailto:saraban@x.go.th">อีเมล</a> <a href="data:text/html,x">x</a> <a href="//evil.test">y</a></p>')).toBe(
      '<p><a href="mailto:saraban@x.go.th" rel="noopener nofollow">อีเมล</a> <a>x</a> <a>y</a></p>',
    )
    expect(sanitiseRichText('<svg onload=alert(1)><circle/></svg><object data=x></object><form><input></form>ok')).toBe('ok')
  })

  it('reads stored HTML back as words for search and summaries', () => {
    expect(plainTextOf('<h2>หัวข้อ</h2><p>ก &amp; ข</p><table><tr><td>1</td><td>2</td></tr></table>')).toBe('หัวข้อ ก & ข 1 2')
  })
})

describe('Thai search text', () => {
  it('cuts Thai into words and lower-cases English', () => {
    // Where exactly ICU's dictionary cuts may change between versions; that it cuts, and loses nothing, may not.
    const words = segmentWords('แผนการจัดซื้อจัดจ้าง ANNUAL Plan')
    expect(words.join('')).toBe('แผนการจัดซื้อจัดจ้างannualplan')
    expect(words.length).toBeGreaterThanOrEqual(5)
    expect(words.slice(-2)).toEqual(['annual', 'plan'])
    expect(searchTextOf(['สขร.1', 'ข่าว']).replaceAll(' ', '')).toBe('สขร1ข่าว')
  })
})
