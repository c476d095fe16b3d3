import type { Bilingual } from '../../../platform/i18n/locale.ts'
import type { PageContext } from '../../../web/page-context.ts'

/**
 * What "anonymous" means on this service, in plain words, and the rule of 002 m5 §2.3. Shown on
 * the agency's complaint page and beside the identity question of the form.
 */
export const ANONYMITY_POINTS: Bilingual[] = [
  {
    th: 'หน่วยงานจะไม่ทราบชื่อของท่าน ระบบไม่ถามและไม่เก็บชื่อ ที่อยู่ หรือช่องทางติดต่อของท่าน',
    en: 'The agency never learns your name: the service neither asks for nor keeps your name, address or contacts.',
  },
  {
    th: 'ระบบไม่เก็บหมายเลข IP และข้อมูลเบราว์เซอร์ของผู้ร้องเรียน',
    en: 'No IP address or browser details of complainants are kept.',
  },
  {
    th: 'ท่านติดตามเรื่องได้ด้วย “รหัสติดตามเรื่อง” ที่แสดงครั้งเดียวหลังส่งเรื่องเท่านั้น ระบบไม่ได้เก็บรหัสนี้ไว้ หากทำหาย ไม่มีผู้ใดกู้คืนให้ได้ แม้แต่เจ้าหน้าที่หรือผู้ดูแลระบบ',
    en: 'You follow up only with the receipt shown once after you submit. It is not stored anywhere; if you lose it, nobody can recover it, not even staff or the administrators.',
  },
  {
    th: 'สิ่งที่ท่านเขียนและไฟล์ที่แนบอาจบอกได้ว่าท่านเป็นใคร เช่น เหตุการณ์ที่มีคนรู้เพียงไม่กี่คน หรือตำแหน่งที่ถ่ายภาพที่บันทึกไว้ในไฟล์ภาพ',
    en: 'What you write and attach may still point to you: an event only a few people know of, or the location recorded inside a photo.',
  },
  {
    th: 'เรื่องร้องเรียนที่ไม่ลงชื่อ (บัตรสนเท่ห์) จะรับพิจารณาเฉพาะเมื่อมีพยานหลักฐานชัดแจ้ง หรือระบุพยานบุคคลได้ชัดเจน (หลักเกณฑ์ข้อ 2.3) โปรดแนบหลักฐานหรือระบุพยานให้มากที่สุดเท่าที่ทำได้',
    en: 'An anonymous complaint is taken up only with clear evidence or named witnesses (rule 2.3), so attach evidence or name witnesses wherever you can.',
  },
]

export function AnonymityExplained({ ctx }: { ctx: PageContext }) {
  return (
    <ul class="list list--bullet">
      {ANONYMITY_POINTS.map((p) => (
        <li safe>{ctx.t(p)}</li>
      ))}
    </ul>
  )
}
