import { ROLE_LABELS, type Role } from '../../platform/auth/roles.ts'
import { formatDateTimeEn, formatDateTimeTh } from '../../platform/thai-calendar/index.ts'

export type InvitationMailFacts = {
  to: string
  link: string
  role: Role
  organisation: { name_th: string; name_en: string }
  invitedBy: string
  expiresAt: Date
}

/** One message in both languages: the invitee's language is not known before they sign in. */
export function invitationMail(f: InvitationMailFacts): { subject: string; text: string } {
  const role = ROLE_LABELS[f.role]
  const orgEn = f.organisation.name_en || f.organisation.name_th
  const subject = `คำเชิญเข้าร่วม ${f.organisation.name_th} ในระบบโปร่งใส / Invitation to join ${orgEn} on Prongsai`
  const text = [
    'เรียน ผู้ได้รับเชิญ',
    '',
    `${f.invitedBy} เชิญคุณเข้าร่วม ${f.organisation.name_th} ในระบบโปร่งใส ในบทบาท "${role.th}"`,
    '',
    'เปิดลิงก์ด้านล่างเพื่อรับคำเชิญ (หากยังไม่มีบัญชี จะได้ตั้งชื่อและรหัสผ่าน)',
    `ลิงก์ใช้ได้ครั้งเดียว และหมดอายุ ${formatDateTimeTh(f.expiresAt, { era: true })}`,
    '',
    f.link,
    '',
    'หากคุณไม่ได้คาดว่าจะได้รับอีเมลนี้ ไม่ต้องดำเนินการใด ๆ',
    '',
    '----',
    '',
    `${f.invitedBy} has invited you to join ${orgEn} on Prongsai as "${role.en}".`,
    '',
    'Open the link below to accept (if you have no account yet, you will choose your name and password).',
    `The link works once and expires on ${formatDateTimeEn(f.expiresAt)} (Bangkok time).`,
    '',
    f.link,
    '',
    'If you did not expect this e-mail, you can ignore it.',
  ].join('\n')
  return { subject, text }
}
