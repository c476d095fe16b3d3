import { ValidationError, type FieldErrors } from '../../errors.ts'
import { isOrganisationKind, type OrganisationKind } from '../../platform/auth/roles.ts'
import { isValidSlug, SLUG_MAX_LENGTH } from './organisations.domain.ts'

/** What the person typed, kept as text so a rejected form comes back exactly as sent. */
export type OrganisationFormValues = {
  name_th: string
  name_en: string
  kind: string
  parent_id: string
  slug: string
  address: string
  phone: string
  email: string
  website: string
  require_staff_totp: boolean
}

export type OrganisationInput = {
  name_th: string
  name_en: string
  kind: OrganisationKind
  /** null: at the top level. */
  parent_id: string | null
  slug: string
  address: string
  phone: string
  email: string
  website: string
  require_staff_totp: boolean
}

function text(body: Record<string, unknown>, key: string): string {
  const v = body[key]
  return typeof v === 'string' ? v.trim() : ''
}

/** The logo fields of the edit form, apart from the file itself (which the multipart reader handles). */
export function readLogoFields(body: unknown): { keptReference: string; discardKept: boolean; removeCurrent: boolean } {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>
  return { keptReference: text(b, 'logo_kept'), discardKept: text(b, 'logo_discard') === 'yes', removeCurrent: text(b, 'logo_remove') === 'yes' }
}

export function readOrganisationForm(body: unknown): OrganisationFormValues {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>
  return {
    name_th: text(b, 'name_th'),
    name_en: text(b, 'name_en'),
    kind: text(b, 'kind'),
    parent_id: text(b, 'parent_id'),
    slug: text(b, 'slug').toLowerCase(),
    address: text(b, 'address'),
    phone: text(b, 'phone'),
    email: text(b, 'email'),
    website: text(b, 'website'),
    require_staff_totp: text(b, 'require_staff_totp') === 'yes',
  }
}

const EMAIL = /^[^\s@<>"',;]+@[^\s@<>"',;]+\.[^\s@<>"',;]+$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function isValidEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value)
}

export function isWebAddress(value: string): boolean {
  try {
    const u = new URL(value)
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0
  } catch {
    return false
  }
}

export function isUuid(value: string): boolean {
  return UUID.test(value)
}

/** A new organisation: every field checked at once, so the person sees all problems in one go. */
export function parseOrganisationForm(v: OrganisationFormValues): OrganisationInput {
  const parsed = parse(v, true)
  return { ...parsed, slug: parsed.slug ?? '' }
}

/** An edit: a blank short name means "keep the public address" (most admins cannot change it). */
export function parseOrganisationEdit(v: OrganisationFormValues): Omit<OrganisationInput, 'slug'> & { slug: string | null } {
  return parse(v, false)
}

function parse(v: OrganisationFormValues, slugRequired: boolean): Omit<OrganisationInput, 'slug'> & { slug: string | null } {
  const errors: FieldErrors = {}
  if (!v.name_th) errors.name_th = { th: 'กรุณากรอกชื่อหน่วยงานภาษาไทย', en: 'Enter the organisation’s name in Thai' }
  else if (v.name_th.length > 200) errors.name_th = { th: 'ชื่อภาษาไทยต้องไม่เกิน 200 ตัวอักษร', en: 'The Thai name must be 200 characters or fewer' }
  if (v.name_en.length > 200) errors.name_en = { th: 'ชื่อภาษาอังกฤษต้องไม่เกิน 200 ตัวอักษร', en: 'The English name must be 200 characters or fewer' }
  if (!isOrganisationKind(v.kind)) errors.kind = { th: 'กรุณาเลือกประเภทหน่วยงาน', en: 'Choose the kind of organisation' }
  if (v.parent_id && !isUuid(v.parent_id)) errors.parent_id = { th: 'กรุณาเลือกหน่วยงานต้นสังกัดจากรายการ', en: 'Choose the parent organisation from the list' }
  if (!v.slug && slugRequired) errors.slug = { th: 'กรุณากรอกชื่อย่อสำหรับที่อยู่เว็บ', en: 'Enter the short name for the web address' }
  else if (v.slug && !isValidSlug(v.slug)) {
    errors.slug = {
      th: `ชื่อย่อต้องมี 2–${SLUG_MAX_LENGTH} ตัว ใช้ได้เฉพาะอักษรภาษาอังกฤษตัวเล็ก ตัวเลข และขีด (-) เช่น wiang-thong`,
      en: `The short name must be 2–${SLUG_MAX_LENGTH} characters of lowercase letters a–z, digits and hyphens, like wiang-thong`,
    }
  }
  if (v.address.length > 500) errors.address = { th: 'ที่อยู่ต้องไม่เกิน 500 ตัวอักษร', en: 'The address must be 500 characters or fewer' }
  if (v.phone.length > 100) errors.phone = { th: 'หมายเลขโทรศัพท์ต้องไม่เกิน 100 ตัวอักษร', en: 'The telephone number must be 100 characters or fewer' }
  if (v.email && !isValidEmail(v.email)) {
    errors.email = { th: 'กรุณากรอกอีเมลให้ถูกต้อง เช่น saraban@example.go.th', en: 'Enter an email address in the correct format, like saraban@example.go.th' }
  }
  if (v.website && (!isWebAddress(v.website) || v.website.length > 500)) {
    errors.website = { th: 'เว็บไซต์ต้องขึ้นต้นด้วย http:// หรือ https:// เช่น https://www.example.go.th', en: 'The website must start with http:// or https://, like https://www.example.go.th' }
  }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return {
    name_th: v.name_th,
    name_en: v.name_en,
    kind: v.kind as OrganisationKind,
    parent_id: v.parent_id || null,
    slug: v.slug || null,
    address: v.address,
    phone: v.phone,
    email: v.email,
    website: v.website,
    require_staff_totp: v.require_staff_totp,
  }
}
