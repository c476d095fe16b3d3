import { ROLE_LABELS, type Role } from '../../platform/auth/roles.ts'
import { renderMail } from '../../platform/mail/mail-templates.ts'

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
  return renderMail('invitation', {
    link: f.link,
    role: ROLE_LABELS[f.role],
    organisation: { th: f.organisation.name_th, en: f.organisation.name_en || f.organisation.name_th },
    invitedBy: f.invitedBy,
    expiresAt: f.expiresAt,
  })
}
