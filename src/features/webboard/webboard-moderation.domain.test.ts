import { describe, expect, it } from 'vitest'
import { blockedWords, holdReasons, isValidThaiNationalId, nationalIdsIn, redact, REDACTION_MARK } from './webboard-moderation.domain.ts'

const words = blockedWords('ทุจริตแน่นอน')

describe('automatic holds', () => {
  it('holds a mobile or landline number however it is written, Thai digits included', () => {
    expect(holdReasons('โทรหาผมที่ 081-234-5678 ครับ', words)).toEqual(['phone'])
    expect(holdReasons('เบอร์ 0812345678', words)).toEqual(['phone'])
    expect(holdReasons('สำนักงาน 02 123 4567', words)).toEqual(['phone'])
    expect(holdReasons('+66 81 234 5678', words)).toEqual(['phone'])
    expect(holdReasons('โทร ๐๘๑๒๓๔๕๖๗๘', words)).toEqual(['phone'])
  })

  it('lets ordinary numbers through: years, amounts, house numbers', () => {
    expect(holdReasons('ปี 2569 งบประมาณ 1,250,000 บาท บ้านเลขที่ 12/3 หมู่ 4', words)).toEqual([])
  })

  it('holds a 13-digit national ID number only when its check digit is right', () => {
    expect(isValidThaiNationalId('1101700207030')).toBe(true)
    expect(isValidThaiNationalId('1101700207031')).toBe(false)
    expect(nationalIdsIn('เลขบัตร 1-1017-00207-03-0 ครับ')).toEqual(['1-1017-00207-03-0'])
    expect(holdReasons('เลขบัตร 1-1017-00207-03-0 ครับ', words)).toEqual(['national_id'])
    expect(holdReasons('เลขอ้างอิง 1101700207031', words)).toEqual([])
  })

  it('holds links and the agency’s own words as well as the built-in list', () => {
    expect(holdReasons('ดูที่ https://spam.example/x', words)).toEqual(['link'])
    expect(holdReasons('เข้า www.casino-online.com', words)).toEqual(['link', 'word'])
    expect(holdReasons('เรื่องนี้ทุจริตแน่นอน', words)).toEqual(['word'])
    expect(holdReasons('เรื่องนี้ทุจริตแน่นอน', blockedWords(''))).toEqual([])
  })
})

describe('redaction', () => {
  it('replaces every occurrence and reports how much went, keeping none of it', () => {
    const r = redact('ติดต่อนายสมชาย มีสุข หรือ นายสมชาย มีสุข', 'นายสมชาย มีสุข')
    expect(r.occurrences).toBe(2)
    expect(r.characters).toBe(2 * 'นายสมชาย มีสุข'.length)
    expect(r.text).toBe(`ติดต่อ${REDACTION_MARK} หรือ ${REDACTION_MARK}`)
    expect(redact('ข้อความ', 'ไม่มี').occurrences).toBe(0)
  })
})
