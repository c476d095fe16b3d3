/** Roles a person can hold in one organisation (requirements.md, "Who uses it"). */
export const ROLES = [
  'admin',
  'officer',
  'ita_coordinator',
  'complaint_officer',
  'procurement_officer',
  'head',
  'oversight',
  'committee',
] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { th: string; en: string }> = {
  admin: { th: 'ผู้ดูแลระบบของหน่วยงาน', en: 'Organisation administrator' },
  officer: { th: 'เจ้าหน้าที่', en: 'Agency officer' },
  ita_coordinator: { th: 'ผู้รับผิดชอบ ITA', en: 'ITA coordinator' },
  complaint_officer: { th: 'เจ้าหน้าที่รับเรื่องร้องเรียน', en: 'Complaint officer' },
  procurement_officer: { th: 'เจ้าหน้าที่พัสดุ', en: 'Procurement officer' },
  head: { th: 'หัวหน้าส่วนราชการ / ผู้บริหาร', en: 'Agency head' },
  oversight: { th: 'ผู้กำกับติดตาม (จังหวัด / คณะทำงาน ITA)', en: 'Oversight (province / ITA working group)' },
  committee: { th: 'กรรมการภายนอก', en: 'Outside committee member' },
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value)
}

export const ORGANISATION_KINDS = [
  'province',
  'provincial_office',
  'central_branch',
  'pao',
  'city_municipality',
  'town_municipality',
  'subdistrict_municipality',
  'sao',
  'other',
] as const
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number]

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, { th: string; en: string }> = {
  province: { th: 'จังหวัด', en: 'Province' },
  provincial_office: { th: 'ส่วนราชการประจำจังหวัด', en: 'Provincial office' },
  central_branch: { th: 'หน่วยงานส่วนกลางในภูมิภาค', en: 'Central-agency branch' },
  pao: { th: 'องค์การบริหารส่วนจังหวัด', en: 'Provincial administrative organisation' },
  city_municipality: { th: 'เทศบาลนคร', en: 'City municipality' },
  town_municipality: { th: 'เทศบาลเมือง', en: 'Town municipality' },
  subdistrict_municipality: { th: 'เทศบาลตำบล', en: 'Subdistrict municipality' },
  sao: { th: 'องค์การบริหารส่วนตำบล', en: 'Subdistrict administrative organisation' },
  other: { th: 'อื่น ๆ', en: 'Other' },
}

export function isOrganisationKind(value: string): value is OrganisationKind {
  return (ORGANISATION_KINDS as readonly string[]).includes(value)
}
