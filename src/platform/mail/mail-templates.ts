import type { Bilingual } from '../i18n/locale.ts'
import { formatDateTimeEn, formatDateTimeTh } from '../thai-calendar/index.ts'

/**
 * The mails the system sends, each a named template with typed variables. Every mail carries
 * both languages, Thai first: government mail is read in Thai, and the recipient's language is
 * often unknown (an invitee has no account yet).
 */

type Part = { subject: string; lines: string[] }
type Template<V> = (vars: V) => { th: Part; en: Part }

const passwordReset: Template<{ name: string; link: string; validHours: number }> = (v) => ({
  th: {
    subject: 'ตั้งรหัสผ่านใหม่ – โปร่งใส',
    lines: [
      `เรียน ${v.name}`,
      '',
      `มีคำขอตั้งรหัสผ่านใหม่สำหรับบัญชีนี้ เปิดลิงก์ด้านล่างภายใน ${v.validHours} ชั่วโมงเพื่อตั้งรหัสผ่านใหม่ (ใช้ได้ครั้งเดียว)`,
      v.link,
      '',
      'หากคุณไม่ได้ขอ ไม่ต้องทำอะไร รหัสผ่านเดิมยังใช้ได้',
    ],
  },
  en: {
    subject: 'Reset your Prongsai password',
    lines: [
      `Dear ${v.name},`,
      '',
      `Someone asked to reset the password of this account. Open the link below within ${v.validHours} ${v.validHours === 1 ? 'hour' : 'hours'} to choose a new password (it works once).`,
      v.link,
      '',
      'If it was not you, do nothing: your password stays the same.',
    ],
  },
})

const invitation: Template<{ link: string; role: Bilingual; organisation: Bilingual; invitedBy: string; expiresAt: Date }> = (v) => ({
  th: {
    subject: `คำเชิญเข้าร่วม ${v.organisation.th} ในระบบโปร่งใส`,
    lines: [
      'เรียน ผู้ได้รับเชิญ',
      '',
      `${v.invitedBy} เชิญคุณเข้าร่วม ${v.organisation.th} ในระบบโปร่งใส ในบทบาท "${v.role.th}"`,
      '',
      'เปิดลิงก์ด้านล่างเพื่อรับคำเชิญ (หากยังไม่มีบัญชี จะได้ตั้งชื่อและรหัสผ่าน)',
      `ลิงก์ใช้ได้ครั้งเดียว และหมดอายุ ${formatDateTimeTh(v.expiresAt, { era: true })}`,
      '',
      v.link,
      '',
      'หากคุณไม่ได้คาดว่าจะได้รับอีเมลนี้ ไม่ต้องดำเนินการใด ๆ',
    ],
  },
  en: {
    subject: `Invitation to join ${v.organisation.en} on Prongsai`,
    lines: [
      `${v.invitedBy} has invited you to join ${v.organisation.en} on Prongsai as "${v.role.en}".`,
      '',
      'Open the link below to accept (if you have no account yet, you will choose your name and password).',
      `The link works once and expires on ${formatDateTimeEn(v.expiresAt)} (Bangkok time).`,
      '',
      v.link,
      '',
      'If you did not expect this e-mail, you can ignore it.',
    ],
  },
})

// Complaint mails say that something happened and where to look, never what: a mailbox is not
// a safe place for a complainant's identity or the facts of a case.
const complaintArrived: Template<{ reference: string; organisation: Bilingual; link: string }> = (v) => ({
  th: {
    subject: `มีเรื่องร้องเรียนใหม่ เลขที่ ${v.reference} – ${v.organisation.th}`,
    lines: ['มีเรื่องร้องเรียนใหม่เข้ามาในระบบโปร่งใส', `เลขที่เรื่อง ${v.reference}`, '', 'เข้าสู่ระบบเพื่ออ่านรายละเอียดและพิจารณารับเรื่อง', v.link],
  },
  en: {
    subject: `New complaint ${v.reference} – ${v.organisation.en}`,
    lines: ['A new complaint has arrived in Prongsai.', `Reference ${v.reference}`, '', 'Sign in to read it and screen it:', v.link],
  },
})

const complaintUpdated: Template<{ reference: string; organisation: Bilingual; link: string }> = (v) => ({
  th: {
    subject: `ความคืบหน้าเรื่องร้องเรียนเลขที่ ${v.reference}`,
    lines: [`${v.organisation.th} ได้ปรับปรุงสถานะหรือส่งข้อความถึงท่านเกี่ยวกับเรื่องร้องเรียนเลขที่ ${v.reference}`, '', 'ติดตามเรื่องได้ที่ลิงก์ด้านล่าง โดยใช้รหัสติดตามเรื่องที่ท่านได้รับเมื่อยื่นเรื่อง', v.link],
  },
  en: {
    subject: `Update on complaint ${v.reference}`,
    lines: [`${v.organisation.en} has updated your complaint ${v.reference} or sent you a message.`, '', 'Follow it at the link below with the receipt code you were given when you filed it.', v.link],
  },
})

const complaintDeadline: Template<{ reference: string; step: Bilingual; due: { th: string; en: string }; overdue: boolean; link: string }> = (v) => ({
  th: {
    subject: `${v.overdue ? 'เกินกำหนด' : 'ใกล้ครบกำหนด'}: เรื่องร้องเรียนเลขที่ ${v.reference}`,
    lines: [`ขั้นตอน "${v.step.th}" ของเรื่องร้องเรียนเลขที่ ${v.reference} ${v.overdue ? 'เกินกำหนด' : 'ครบกำหนด'}วันที่ ${v.due.th}`, '', v.link],
  },
  en: {
    subject: `${v.overdue ? 'Overdue' : 'Due soon'}: complaint ${v.reference}`,
    lines: [`The step "${v.step.en}" of complaint ${v.reference} ${v.overdue ? 'was due' : 'is due'} on ${v.due.en}.`, '', v.link],
  },
})

const templates = { passwordReset, invitation, complaintArrived, complaintUpdated, complaintDeadline }

export type MailTemplateName = keyof typeof templates
export type MailTemplateVars<N extends MailTemplateName> = Parameters<(typeof templates)[N]>[0]
export type RenderedMail = { subject: string; text: string }

const FOOTER: Bilingual = {
  th: 'อีเมลนี้ส่งจากระบบโปร่งใสโดยอัตโนมัติ กรุณาอย่าตอบกลับ',
  en: 'This e-mail was sent automatically by Prongsai; please do not reply.',
}

/** Subject "Thai / English"; body: the Thai text, a rule, the English text, then the footer in both. */
export function renderMail<N extends MailTemplateName>(name: N, vars: MailTemplateVars<N>): RenderedMail {
  const { th, en } = (templates[name] as Template<MailTemplateVars<N>>)(vars)
  return {
    subject: `${th.subject} / ${en.subject}`,
    text: [...th.lines, '', '----', '', ...en.lines, '', '--', FOOTER.th, FOOTER.en, ''].join('\n'),
  }
}
