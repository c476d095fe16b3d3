import type { Bilingual } from '../i18n/locale.ts'
import { describeKinds, describeMime, type FileKind } from './file-kinds.ts'
import type { DetectedType } from './detect-content-type.ts'
import { formatFileSize } from './format-size.ts'

/** Why an upload was refused, worded for the person who chose the file. */
export function tooLargeProblem(maxBytes: number): Bilingual {
  const size = formatFileSize(maxBytes)
  return { th: `ไฟล์ต้องมีขนาดไม่เกิน ${size}`, en: `The file must be ${size} or smaller` }
}

export const EMPTY_FILE: Bilingual = { th: 'ไฟล์ที่เลือกว่างเปล่า กรุณาเลือกไฟล์อีกครั้ง', en: 'The chosen file is empty; choose the file again' }

export const UNREADABLE_IMAGE: Bilingual = {
  th: 'อ่านไฟล์ภาพนี้ไม่ได้ ไฟล์อาจเสียหายหรืออัปโหลดไม่ครบ',
  en: 'This image cannot be read; the file may be damaged or incomplete',
}

export function tooManyPixelsProblem(maxMegapixels: number): Bilingual {
  return {
    th: `ภาพมีความละเอียดสูงเกินไป (เกิน ${maxMegapixels} ล้านพิกเซล) กรุณาย่อขนาดภาพก่อนอัปโหลด`,
    en: `The image has too many pixels (over ${maxMegapixels} megapixels); make it smaller before uploading`,
  }
}

function shortName(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '').trim()
  return clean.length > 60 ? `${clean.slice(0, 57)}…` : clean
}

/** The file is not of an allowed kind: say what it really is, so a renamed file is explained. */
export function wrongTypeProblem(detected: DetectedType, allowed: readonly FileKind[], originalName: string): Bilingual {
  const want = describeKinds(allowed)
  const name = shortName(originalName)
  const quoted = { th: name ? `ไฟล์ “${name}” ` : 'ไฟล์นี้', en: name ? `“${name}”` : 'This file' }
  if (detected.mime === null && detected.looksLike === 'svg') {
    return {
      th: `ไม่รับไฟล์ SVG เพราะอาจมีสคริปต์แฝงอยู่ กรุณาแปลงเป็น${want.th}แล้วอัปโหลดใหม่`,
      en: `SVG files are not accepted because they can contain scripts; convert it to ${want.en} and upload that`,
    }
  }
  const what = detected.mime !== null ? describeMime(detected.mime) : detected.looksLike === 'html' ? describeMime('text/html') : undefined
  if (what) {
    return {
      th: `${quoted.th}เป็น${what.th} ไม่ใช่${want.th} (ระบบตรวจชนิดไฟล์จากเนื้อไฟล์ ไม่ใช่จากชื่อหรือนามสกุล)`,
      en: `${quoted.en} is ${what.en}, not ${want.en} (the type is checked from the file’s content, not its name or extension)`,
    }
  }
  return {
    th: `${quoted.th}ไม่ใช่${want.th} (ระบบตรวจชนิดไฟล์จากเนื้อไฟล์ ไม่ใช่จากชื่อหรือนามสกุล)`,
    en: `${quoted.en} is not ${want.en} (the type is checked from the file’s content, not its name or extension)`,
  }
}
