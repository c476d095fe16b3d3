import { describe, expect, it } from 'vitest'
import { indexEntries, screenBidders, type Bidder, type InterestEntry, type MatchReason } from './conflict-matcher.domain.ts'
import { addressKey, firmKey, isValidTaxId, personName } from './thai-matching.domain.ts'

const entry = (kind: InterestEntry['kind'], text: string, taxId: string | null = null): InterestEntry => ({ id: 'e', userId: 'u', kind, text, taxId })
const bidder = (over: Partial<Bidder>): Bidder => ({ id: 'b', name: 'บริษัท ไม่เกี่ยวข้อง จำกัด', taxId: null, people: [], addresses: [], ...over })
const reasonsOf = (e: InterestEntry, b: Bidder): MatchReason[] => screenBidders([b], indexEntries([e])).flatMap((h) => h.reasons.map((r) => r.reason))

describe('Thai names, firms, addresses and tax ids as keys', () => {
  it.each([
    ['นายสมชาย ใจดี', 'สมชาย', 'ใจดี'],
    ['นางสาวสมใจ  ใจดี', 'สมใจ', 'ใจดี'],
    ['น.ส. สมใจ ใจ ดี', 'สมใจ', 'ใจดี'],
    ['ด.ช.ก้องภพ รักถิ่น', 'ก้องภพ', 'รักถิ่น'],
    ['ด.ญ. ฟ้าใส รักถิ่น', 'ฟ้าใส', 'รักถิ่น'],
    ['เด็กหญิงฟ้าใส รักถิ่น', 'ฟ้าใส', 'รักถิ่น'],
    ['นาง มาลี ศรีสุข', 'มาลี', 'ศรีสุข'],
    ['ว่าที่ร้อยตรีวีระ กล้าหาญ', 'วีระ', 'กล้าหาญ'],
    // A name that merely starts like a title keeps its letters when nothing follows.
    ['นาง', 'นาง', ''],
  ])('%s → %s / %s', (raw, given, surname) => {
    expect(personName(raw)).toEqual({ given, surname })
  })

  it.each([
    ['บริษัท เวียงทองก่อสร้าง จำกัด', 'หจก.เวียงทองก่อสร้าง', true],
    ['บริษัท เวียงทอง ก่อสร้าง จำกัด (มหาชน)', 'บริษัทเวียงทองก่อสร้างจำกัด', true],
    ['ห้างหุ้นส่วนจำกัด ทองดีวัสดุ', 'หจก. ทองดี วัสดุ', true],
    ['บจก. ทองดีวัสดุ', 'ทองดีวัสดุ co., ltd.', true],
    ['บริษัท ทองดีวัสดุ จำกัด', 'บริษัท ทองดีการโยธา จำกัด', false],
    ['ร้านเจริญพาณิชย์', 'ร้าน เจริญ พาณิชย์', true],
  ])('firm %s vs %s → same: %s', (a, b, same) => {
    expect(firmKey(a) === firmKey(b)).toBe(same)
  })

  it.each([
    ['เลขที่ 12/3 หมู่ 4 ตำบลเวียงทอง อำเภอเวียงทอง', '12/3 ม.4 ต.เวียงทอง', true],
    ['บ้านเลขที่ ๑๒/๓ หมู่ที่ ๐๔ ตำบล เวียงทอง', '12/3 หมู่ 4 ต.เวียงทอง จ.สุวรรณภูมิ', true],
    ['99 หมู่บ้านสุขใจ ตำบลหนองบัว', 'เลขที่ 99 หมู่บ้าน สุขใจ แขวง หนองบัว', true],
    ['99 หมู่บ้านสุขใจ ตำบลหนองบัว', '99 หมู่บ้านร่มเย็น ตำบลหนองบัว', false],
    ['99 หมู่บ้านสุขใจ ตำบลหนองบัว', 'เลขที่ 99 หมู่บ้านสุขใจ ต.หนองบัว', true],
    ['12/3 หมู่ 4 ตำบลเวียงทอง', '12/3 หมู่ 5 ตำบลเวียงทอง', false],
    ['12/3 หมู่ 4 ตำบลเวียงทอง', '12/4 หมู่ 4 ตำบลเวียงทอง', false],
    ['12/3 หมู่ 4 ตำบลเวียงทอง', '12/3 หมู่ 4 ตำบลหนองบัว', false],
  ])('address %s vs %s → same: %s', (a, b, same) => {
    const ka = addressKey(a)
    expect(ka).not.toBeNull()
    expect(ka === addressKey(b)).toBe(same)
  })

  it('an address without a house number, village or subdistrict has no key (it cannot tell houses apart)', () => {
    expect(addressKey('ตำบลเวียงทอง อำเภอเวียงทอง')).toBeNull()
    expect(addressKey('12 ถนนเทศบาล')).toBeNull()
  })

  it.each([
    ['0105550123451', true],
    ['0-1055-50123-45-1', true],
    ['๐๑๐๕๕๕๐๑๒๓๔๕๑', true],
    ['0105550123452', false],
    ['010555012345', false],
    ['3100100123451', true],
  ])('tax id %s valid: %s', (id, ok) => {
    expect(isValidTaxId(id)).toBe(ok)
  })
})

describe('screening a bidder against interest entries', () => {
  it.each<[string, InterestEntry, Bidder, MatchReason[]]>([
    ['spouse with the same surname as a director', entry('person', 'นางมาลี ศรีสุข'), bidder({ people: ['นายประสิทธิ์ ศรีสุข'] }), ['surname']],
    ['the same relative under another title and spacing', entry('person', 'นางสาวมาลี ศรีสุข'), bidder({ name: 'นาง มาลี  ศรี สุข' }), ['full_name']],
    ['Thai digits in a tax id', entry('firm', 'บจก. ทองดีวัสดุ', '๐๑๐๕๕๕๐๑๒๓๔๕๑'), bidder({ name: 'บริษัท ทองดี วัสดุ จำกัด', taxId: '0105550123451' }), ['tax_id', 'firm_name']],
    ['a former employer under a partnership form', entry('firm', 'ห้างหุ้นส่วนจำกัด เวียงทองก่อสร้าง'), bidder({ name: 'หจก.เวียงทองก่อสร้าง' }), ['firm_name']],
    ['the same house written two ways', entry('address', 'บ้านเลขที่ ๔๕ หมู่ที่ ๒ ตำบลเวียงทอง'), bidder({ addresses: ['45 ม.2 ต.เวียงทอง อ.เวียงทอง'] }), ['address']],
    ['a child under ด.ช. matched by a director of the same name', entry('person', 'ด.ช.ก้องภพ รักถิ่น'), bidder({ people: ['นายก้องภพ รักถิ่น'] }), ['full_name']],
  ])('%s: match', (_why, e, b, reasons) => {
    expect(reasonsOf(e, b)).toEqual(reasons)
  })

  it.each<[string, InterestEntry, Bidder]>([
    ['only the title is the same', entry('person', 'นายสมชาย ใจดี'), bidder({ people: ['นายสมศักดิ์ รักงาน'] })],
    ['same given name, different surname', entry('person', 'นางมาลี ศรีสุข'), bidder({ people: ['นางมาลี ทองคำ'] })],
    ['the same legal form only', entry('firm', 'บริษัท ทองดีวัสดุ จำกัด'), bidder({ name: 'บริษัท เจริญก่อสร้าง จำกัด' })],
    ['a neighbour: same village, another house', entry('address', '45 หมู่ 2 ตำบลเวียงทอง'), bidder({ addresses: ['46 หมู่ 2 ตำบลเวียงทอง'] })],
    ['same house number in another subdistrict', entry('address', '45 หมู่ 2 ตำบลเวียงทอง'), bidder({ addresses: ['45 หมู่ 2 ตำบลหนองบัว'] })],
    ['another tax id', entry('firm', 'ทองดีวัสดุ', '0105550123451'), bidder({ name: 'บริษัท อื่น จำกัด', taxId: '0994000123451' })],
    ['a firm name is not a person name', entry('person', 'นายเวียงทอง ก่อสร้าง'), bidder({ name: 'บริษัท เวียงทอง ก่อสร้าง จำกัด' })],
  ])('%s: no match', (_why, e, b) => {
    expect(reasonsOf(e, b)).toEqual([])
  })

  it('says which value of the bidder and of the entry matched', () => {
    const hits = screenBidders([bidder({ id: 'b1', people: ['นายประสิทธิ์ ศรีสุข'] })], indexEntries([{ id: 'e1', userId: 'u1', kind: 'person', text: 'นางมาลี ศรีสุข', taxId: null }]))
    expect(hits).toEqual([{ bidderId: 'b1', entryId: 'e1', userId: 'u1', reasons: [{ reason: 'surname', bidderValue: 'นายประสิทธิ์ ศรีสุข', entryValue: 'นางมาลี ศรีสุข' }] }])
  })
})
