/**
 * Official Thai documents print numbers in Thai digits (๐–๙), and people paste them back into
 * forms, so both directions are needed. Only digits change; separators and other text stay.
 */
const THAI_ZERO = 0x0e50
const THAI_DIGIT = /[๐-๙]/g
const ARABIC_DIGIT = /[0-9]/g

export function toThaiDigits(value: string | number): string {
  return String(value).replace(ARABIC_DIGIT, (digit) => String.fromCharCode(THAI_ZERO + Number(digit)))
}

export function fromThaiDigits(text: string): string {
  return text.replace(THAI_DIGIT, (digit) => String(digit.charCodeAt(0) - THAI_ZERO))
}
