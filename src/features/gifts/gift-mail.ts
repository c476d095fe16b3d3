/** Mails of gifts and donations, Thai then English; they point to the page, the details stay there. */
type Mail = { subject: string; text: string }
const FOOTER = ['--', 'อีเมลนี้ส่งจากระบบโปร่งใสโดยอัตโนมัติ กรุณาอย่าตอบกลับ', 'This e-mail was sent automatically by Prongsai; please do not reply.']
const compose = (th: { subject: string; lines: string[] }, en: { subject: string; lines: string[] }): Mail => ({
  subject: `${th.subject} / ${en.subject}`,
  text: [...th.lines, '', '----', '', ...en.lines, '', ...FOOTER, ''].join('\n'),
})

export function giftSubmittedMail(v: { declarant: string; dueTh: string; dueEn: string; late: boolean; link: string }): Mail {
  return compose(
    { subject: `รายงานการรับทรัพย์สินเกิน ๓,๐๐๐ บาท รอวินิจฉัย`, lines: [`${v.declarant} รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดที่มีมูลค่าเกิน ๓,๐๐๐ บาท`, `กำหนดรายงานภายใน ${v.dueTh}${v.late ? ' (รายงานเกินกำหนด)' : ''}`, 'โปรดวินิจฉัยว่าจะให้รับไว้ ส่งมอบเป็นของหน่วยงาน หรือส่งคืน', v.link] },
    { subject: 'Gift over 3,000 baht declared, awaiting your ruling', lines: [`${v.declarant} has declared a gift worth over 3,000 baht.`, `Due by ${v.dueEn}${v.late ? ' (declared late)' : ''}.`, 'Please rule whether it is kept, handed to the agency or returned:', v.link] },
  )
}

export function giftReminderMail(v: { dueTh: string; dueEn: string; overdue: boolean; link: string }): Mail {
  return compose(
    { subject: v.overdue ? 'เกินกำหนดรายงานการรับทรัพย์สินต่อหัวหน้าส่วนราชการ' : 'ใกล้ครบกำหนดรายงานการรับทรัพย์สินต่อหัวหน้าส่วนราชการ', lines: [`ทรัพย์สินที่ท่านบันทึกไว้มีมูลค่าเกิน ๓,๐๐๐ บาท ต้องรายงานหัวหน้าส่วนราชการภายใน ${v.dueTh}`, 'เข้าสู่ระบบเพื่อส่งรายงาน', v.link] },
    { subject: v.overdue ? 'Gift declaration overdue' : 'Gift declaration due soon', lines: [`A gift you recorded is worth over 3,000 baht and must be declared to the head by ${v.dueEn}.`, 'Sign in to send it:', v.link] },
  )
}
