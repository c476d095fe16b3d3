import { describe, expect, it } from 'vitest'
import { renderMail } from './mail-templates.ts'

describe('mail templates', () => {
  it('writes a password-reset mail in Thai first, then English, each with the link', () => {
    const mail = renderMail('passwordReset', { name: 'สมหญิง ใจดี', link: 'https://prongsai.example/reset-password/abc', validHours: 1 })
    expect(mail.subject).toBe('ตั้งรหัสผ่านใหม่ – โปร่งใส / Reset your Prongsai password')
    const [thai, english] = mail.text.split('\n----\n')
    expect(thai).toContain('เรียน สมหญิง ใจดี')
    expect(thai).toContain('ภายใน 1 ชั่วโมง')
    expect(thai).toContain('https://prongsai.example/reset-password/abc')
    expect(english).toContain('Dear สมหญิง ใจดี,')
    expect(english).toContain('within 1 hour ')
    expect(english).toContain('https://prongsai.example/reset-password/abc')
    expect(mail.text.indexOf('เรียน')).toBeLessThan(mail.text.indexOf('Dear'))
  })

  it('writes an invitation naming the organisation, the role and when the link expires, in both calendars', () => {
    const mail = renderMail('invitation', {
      link: 'https://prongsai.example/invitations/xyz',
      role: { th: 'ผู้รับผิดชอบ ITA', en: 'ITA coordinator' },
      organisation: { th: 'เทศบาลตำบลเวียงทอง', en: 'Wiang Thong Subdistrict Municipality' },
      invitedBy: 'ผู้ดูแลระบบ โปร่งใส',
      expiresAt: new Date('2026-11-29T03:00:00Z'),
    })
    expect(mail.subject).toBe('คำเชิญเข้าร่วม เทศบาลตำบลเวียงทอง ในระบบโปร่งใส / Invitation to join Wiang Thong Subdistrict Municipality on Prongsai')
    expect(mail.text).toContain('ผู้ดูแลระบบ โปร่งใส เชิญคุณเข้าร่วม เทศบาลตำบลเวียงทอง ในระบบโปร่งใส ในบทบาท "ผู้รับผิดชอบ ITA"')
    expect(mail.text).toContain('2569')
    expect(mail.text).toContain('as "ITA coordinator"')
    expect(mail.text).toContain('2026')
    expect(mail.text.split('https://prongsai.example/invitations/xyz')).toHaveLength(3)
  })

  it('ends every mail with a do-not-reply line in both languages', () => {
    const mail = renderMail('passwordReset', { name: 'A', link: 'L', validHours: 2 })
    expect(mail.text).toContain('within 2 hours ')
    expect(mail.text.trimEnd().split('\n').slice(-2)).toEqual(['อีเมลนี้ส่งจากระบบโปร่งใสโดยอัตโนมัติ กรุณาอย่าตอบกลับ', 'This e-mail was sent automatically by Prongsai; please do not reply.'])
  })
})
