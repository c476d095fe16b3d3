import { ValidationError, type FieldErrors } from '../../errors.ts'
import { isRole, type Role } from '../../platform/auth/roles.ts'
import { isUuid, isValidEmail } from '../organisations/index.ts'

function field(body: unknown, key: string): string {
  const v = (body && typeof body === 'object' ? (body as Record<string, unknown>) : {})[key]
  return typeof v === 'string' ? v.trim() : ''
}

export type UserSearch = { search: string; page: number }

export function readUserSearch(query: unknown): UserSearch {
  const page = Number.parseInt(field(query, 'page'), 10)
  return { search: field(query, 'q').slice(0, 100), page: Number.isFinite(page) && page >= 1 && page <= 100_000 ? page : 1 }
}

export type RoleFormValues = { organisation_id: string; role: string }
export type RoleChoice = { organisationId: string; role: Role }

export function readRoleForm(body: unknown): RoleFormValues {
  return { organisation_id: field(body, 'organisation_id'), role: field(body, 'role') }
}

const CHOOSE_ORGANISATION = { th: 'กรุณาเลือกหน่วยงาน', en: 'Choose an organisation' }
const CHOOSE_ROLE = { th: 'กรุณาเลือกบทบาท', en: 'Choose a role' }

export function parseRoleChoice(v: RoleFormValues): RoleChoice {
  const errors: FieldErrors = {}
  if (!isUuid(v.organisation_id)) errors.organisation_id = CHOOSE_ORGANISATION
  if (!isRole(v.role)) errors.role = CHOOSE_ROLE
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { organisationId: v.organisation_id, role: v.role as Role }
}

export type InvitationFormValues = RoleFormValues & { email: string }
export type InvitationInput = RoleChoice & { email: string }

export function readInvitationForm(body: unknown): InvitationFormValues {
  return { ...readRoleForm(body), email: field(body, 'email').toLowerCase() }
}

export function parseInvitation(v: InvitationFormValues): InvitationInput {
  const errors: FieldErrors = {}
  if (!v.email) errors.email = { th: 'กรุณากรอกอีเมลของผู้ที่ต้องการเชิญ', en: 'Enter the email address of the person to invite' }
  else if (!isValidEmail(v.email)) errors.email = { th: 'กรุณากรอกอีเมลให้ถูกต้อง เช่น name@example.go.th', en: 'Enter an email address in the correct format, like name@example.go.th' }
  if (!isUuid(v.organisation_id)) errors.organisation_id = CHOOSE_ORGANISATION
  if (!isRole(v.role)) errors.role = CHOOSE_ROLE
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { email: v.email, organisationId: v.organisation_id, role: v.role as Role }
}

/** An invitation is named by the hash of its link's secret (the secret itself is never stored). */
export function isTokenHash(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value)
}
