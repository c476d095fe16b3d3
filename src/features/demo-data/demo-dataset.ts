import type { OrganisationKind, Role } from '../../platform/auth/roles.ts'

/**
 * A fictional province (สุวรรณภูมิ is not a real province) so that the demo never
 * puts words in a real agency's mouth. One agency of every type it oversees.
 */
export type DemoOrganisation = {
  slug: string
  parentSlug: string | null
  kind: OrganisationKind
  nameTh: string
  nameEn: string
  address: string
  phone: string
  email: string
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { slug: 'suvarnabhumi', parentSlug: null, kind: 'province', nameTh: 'จังหวัดสุวรรณภูมิ (สำนักงานจังหวัด)', nameEn: 'Suvarnabhumi Province (Provincial Office)', address: 'ศาลากลางจังหวัดสุวรรณภูมิ ถนนราชดำเนิน ตำบลในเมือง อำเภอเมือง จังหวัดสุวรรณภูมิ 99000', phone: '0 9900 1000', email: 'saraban@suvarnabhumi.prongsai.test' },
  { slug: 'suvarnabhumi-cdd', parentSlug: 'suvarnabhumi', kind: 'provincial_office', nameTh: 'สำนักงานพัฒนาชุมชนจังหวัดสุวรรณภูมิ', nameEn: 'Suvarnabhumi Provincial Community Development Office', address: 'ศาลากลางจังหวัดสุวรรณภูมิ ชั้น 2 อำเภอเมือง จังหวัดสุวรรณภูมิ 99000', phone: '0 9900 1200', email: 'cdd@suvarnabhumi.prongsai.test' },
  { slug: 'suvarnabhumi-revenue', parentSlug: 'suvarnabhumi', kind: 'central_branch', nameTh: 'สำนักงานสรรพากรพื้นที่สุวรรณภูมิ', nameEn: 'Suvarnabhumi Area Revenue Office', address: '88 ถนนเพชรเกษม ตำบลในเมือง อำเภอเมือง จังหวัดสุวรรณภูมิ 99000', phone: '0 9900 1300', email: 'revenue@suvarnabhumi.prongsai.test' },
  { slug: 'suvarnabhumi-pao', parentSlug: 'suvarnabhumi', kind: 'pao', nameTh: 'องค์การบริหารส่วนจังหวัดสุวรรณภูมิ', nameEn: 'Suvarnabhumi Provincial Administrative Organisation', address: '1 ถนนศรีสุวรรณ ตำบลในเมือง อำเภอเมือง จังหวัดสุวรรณภูมิ 99000', phone: '0 9900 2000', email: 'pao@suvarnabhumi.prongsai.test' },
  { slug: 'bang-phra', parentSlug: 'suvarnabhumi', kind: 'town_municipality', nameTh: 'เทศบาลเมืองบางพระ', nameEn: 'Bang Phra Town Municipality', address: '9 ถนนเทศบาล 1 ตำบลบางพระ อำเภอเมือง จังหวัดสุวรรณภูมิ 99100', phone: '0 9910 0100', email: 'saraban@bangphra.prongsai.test' },
  { slug: 'wiang-thong', parentSlug: 'suvarnabhumi', kind: 'subdistrict_municipality', nameTh: 'เทศบาลตำบลเวียงทอง', nameEn: 'Wiang Thong Subdistrict Municipality', address: '99 หมู่ 3 ตำบลเวียงทอง อำเภอเวียงทอง จังหวัดสุวรรณภูมิ 99120', phone: '0 9912 0099', email: 'saraban@wiangthong.prongsai.test' },
  { slug: 'nong-bua', parentSlug: 'suvarnabhumi', kind: 'sao', nameTh: 'องค์การบริหารส่วนตำบลหนองบัว', nameEn: 'Nong Bua Subdistrict Administrative Organisation', address: '5 หมู่ 1 ตำบลหนองบัว อำเภอเวียงทอง จังหวัดสุวรรณภูมิ 99120', phone: '0 9912 0555', email: 'saraban@nongbua.prongsai.test' },
]

export const DEMO_PASSWORD = 'prongsai-demo-2569'

export type DemoUser = {
  email: string
  displayName: string
  position: string
  platformAdmin?: boolean
  roles: { orgSlug: string; role: Role }[]
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@prongsai.test', displayName: 'ผู้ดูแลระบบ โปร่งใส', position: 'ผู้ดูแลระบบ', platformAdmin: true, roles: [] },
  { email: 'oversight@prongsai.test', displayName: 'นางสาวกรองทอง ตรวจการ', position: 'เจ้าหน้าที่คณะทำงาน ITA จังหวัด', roles: [{ orgSlug: 'suvarnabhumi', role: 'oversight' }] },
  { email: 'province-admin@prongsai.test', displayName: 'นายประจักษ์ ดูแลระบบ', position: 'นักวิชาการคอมพิวเตอร์', roles: [{ orgSlug: 'suvarnabhumi', role: 'admin' }] },
  { email: 'wt-admin@prongsai.test', displayName: 'นายวิรัช ระบบดี', position: 'นักวิชาการคอมพิวเตอร์', roles: [{ orgSlug: 'wiang-thong', role: 'admin' }] },
  { email: 'wt-officer@prongsai.test', displayName: 'นางสาวสมใจ ใจดี', position: 'เจ้าพนักงานธุรการ', roles: [{ orgSlug: 'wiang-thong', role: 'officer' }] },
  { email: 'wt-ita@prongsai.test', displayName: 'นายโปร่ง ใสสะอาด', position: 'นักวิเคราะห์นโยบายและแผน', roles: [{ orgSlug: 'wiang-thong', role: 'ita_coordinator' }] },
  { email: 'wt-complaints@prongsai.test', displayName: 'นางรับเรื่อง ทันใจ', position: 'นิติกร', roles: [{ orgSlug: 'wiang-thong', role: 'complaint_officer' }] },
  { email: 'wt-investigator@prongsai.test', displayName: 'นายสอบสวน ละเอียด', position: 'นิติกรชำนาญการ', roles: [{ orgSlug: 'wiang-thong', role: 'complaint_officer' }] },
  { email: 'wt-procurement@prongsai.test', displayName: 'นายพัสดุ ถูกต้อง', position: 'เจ้าพนักงานพัสดุ', roles: [{ orgSlug: 'wiang-thong', role: 'procurement_officer' }] },
  { email: 'wt-head@prongsai.test', displayName: 'นายกเทศมนตรี เวียงทอง', position: 'นายกเทศมนตรีตำบลเวียงทอง', roles: [{ orgSlug: 'wiang-thong', role: 'head' }] },
  { email: 'wt-deputy@prongsai.test', displayName: 'นายรองพล ช่วยราชการ', position: 'รองนายกเทศมนตรีตำบลเวียงทอง', roles: [{ orgSlug: 'wiang-thong', role: 'officer' }] },
  { email: 'committee@prongsai.test', displayName: 'ศาสตราจารย์ประเมิน อิสระ', position: 'กรรมการภายนอก', roles: [{ orgSlug: 'wiang-thong', role: 'committee' }] },
  { email: 'nb-officer@prongsai.test', displayName: 'นางสาวบัวขาว หนองบัว', position: 'เจ้าพนักงานธุรการ', roles: [{ orgSlug: 'nong-bua', role: 'officer' }] },
  { email: 'nb-complaints@prongsai.test', displayName: 'นางสาวร้องทุกข์ หนองบัว', position: 'นิติกร', roles: [{ orgSlug: 'nong-bua', role: 'complaint_officer' }] },
  { email: 'nb-admin@prongsai.test', displayName: 'นายบัวแดง ดูแล', position: 'นักวิชาการคอมพิวเตอร์', roles: [{ orgSlug: 'nong-bua', role: 'admin' }] },
]
