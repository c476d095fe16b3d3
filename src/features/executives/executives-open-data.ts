import type { ExportTable } from '../../platform/exports/index.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import type { OrganisationDetails } from '../organisations/index.ts'
import { EXECUTIVE_GROUPS } from './executives.domain.ts'
import type { Executive } from './executives.repository.ts'

/** One row per person, the same facts in the CSV file and the JSON API (open data, C4). */
export type ExecutiveOpenDataRow = {
  position: number
  group: string
  group_th: string
  group_en: string
  name_th: string
  name_en: string
  position_th: string
  position_en: string
  phone: string
  email: string
  term_start: string | null
  photo_url: string | null
}

export function executiveRows(org: OrganisationDetails, entries: readonly Executive[], baseUrl: string): ExecutiveOpenDataRow[] {
  // Numbered in the order the page shows them: by group, then the agency's order.
  const ordered = EXECUTIVE_GROUPS.flatMap((g) => entries.filter((e) => e.group === g.key))
  return ordered.map((e, i) => {
    const group = EXECUTIVE_GROUPS.find((g) => g.key === e.group)!
    return {
      position: i + 1,
      group: e.group,
      group_th: group.name.th,
      group_en: group.name.en,
      name_th: e.nameTh,
      name_en: e.nameEn,
      position_th: e.positionTh,
      position_en: e.positionEn,
      phone: e.phone,
      email: e.email,
      term_start: e.termStart,
      photo_url: e.photoFileId ? `${baseUrl}/o/${org.slug}/executives/${e.id}/photo` : null,
    }
  })
}

export function executivesCsvTable(org: OrganisationDetails, entries: readonly Executive[], baseUrl: string, locale: Locale): ExportTable {
  return {
    title: { th: 'ผู้บริหารและหัวหน้าส่วนราชการ', en: 'Executives and heads of units' },
    organisation: { name: org.name_th },
    options: { locale, thaiDigits: false },
    columns: [
      { key: 'position', header: { th: 'ลำดับ', en: 'No.' }, type: 'integer' },
      { key: 'group', header: { th: 'กลุ่ม', en: 'Group' }, type: 'text' },
      { key: 'name_th', header: { th: 'ชื่อ (ภาษาไทย)', en: 'Name (Thai)' }, type: 'text' },
      { key: 'name_en', header: { th: 'ชื่อ (ภาษาอังกฤษ)', en: 'Name (English)' }, type: 'text' },
      { key: 'position_th', header: { th: 'ตำแหน่ง (ภาษาไทย)', en: 'Position (Thai)' }, type: 'text' },
      { key: 'position_en', header: { th: 'ตำแหน่ง (ภาษาอังกฤษ)', en: 'Position (English)' }, type: 'text' },
      { key: 'phone', header: { th: 'โทรศัพท์', en: 'Phone' }, type: 'text' },
      { key: 'email', header: { th: 'อีเมล', en: 'E-mail' }, type: 'text' },
      { key: 'term_start', header: { th: 'เริ่มดำรงตำแหน่ง', en: 'In office since' }, type: 'date' },
      { key: 'photo_url', header: { th: 'ภาพถ่าย', en: 'Photo' }, type: 'text' },
    ],
    rows: executiveRows(org, entries, baseUrl).map((r) => ({ ...r, group: locale === 'en' ? r.group_en : r.group_th })),
  }
}
