import type { Locale } from '../../platform/i18n/locale.ts'
import type { ExportTable } from '../../platform/exports/index.ts'
import type { OrganisationDetails } from '../organisations/index.ts'
import type { PortalListEntry } from './portal.repository.ts'
import { findPortalSection } from './portal-sections.domain.ts'

/**
 * One row per published item, the same facts in the CSV file and the JSON API: open data
 * (C4) that other programs can read, each row carrying the item's permanent address.
 */
export type PortalOpenDataRow = {
  key: string
  section: string
  section_th: string
  section_en: string
  title_th: string
  title_en: string
  fiscal_year: number | null
  version: number
  updated_at: Date
  responsible_name: string | null
  responsible_position: string | null
  url: string
}

export function openDataRows(data: { org: OrganisationDetails; entries: PortalListEntry[] }, baseUrl: string): PortalOpenDataRow[] {
  return data.entries.map((e) => {
    const section = findPortalSection(e.section)
    return {
      key: e.itemKey,
      section: e.section,
      section_th: section?.name.th ?? e.section,
      section_en: section?.name.en ?? e.section,
      title_th: e.titleTh,
      title_en: e.titleEn,
      fiscal_year: e.fiscalYear,
      version: e.version,
      updated_at: e.updatedAt,
      responsible_name: e.responsible?.name ?? null,
      responsible_position: e.responsible?.position ?? null,
      url: `${baseUrl}/o/${data.org.slug}/p/${e.itemKey}`,
    }
  })
}

export function portalCsvTable(data: { org: OrganisationDetails; entries: PortalListEntry[] }, baseUrl: string, locale: Locale): ExportTable {
  const rows = openDataRows(data, baseUrl)
  return {
    title: { th: 'ข้อมูลเปิดเผยต่อสาธารณะ', en: 'Public disclosures' },
    organisation: { name: data.org.name_th },
    options: { locale, thaiDigits: false },
    columns: [
      { key: 'section', header: { th: 'หมวด', en: 'Section' }, type: 'text' },
      { key: 'key', header: { th: 'รหัสรายการ', en: 'Item key' }, type: 'text' },
      { key: 'title_th', header: { th: 'ชื่อเรื่อง (ภาษาไทย)', en: 'Title (Thai)' }, type: 'text' },
      { key: 'title_en', header: { th: 'ชื่อเรื่อง (ภาษาอังกฤษ)', en: 'Title (English)' }, type: 'text' },
      { key: 'fiscal_year', header: { th: 'ปีงบประมาณ (พ.ศ.)', en: 'Fiscal year (BE)' }, type: 'integer' },
      { key: 'version', header: { th: 'ฉบับที่', en: 'Version' }, type: 'integer' },
      { key: 'updated_at', header: { th: 'ปรับปรุงล่าสุด', en: 'Last updated' }, type: 'datetime' },
      { key: 'responsible', header: { th: 'ผู้รับผิดชอบ', en: 'Responsible' }, type: 'text' },
      { key: 'url', header: { th: 'ที่อยู่ถาวร', en: 'Permanent address' }, type: 'text' },
    ],
    rows: rows.map((r) => ({
      section: locale === 'en' ? r.section_en : r.section_th,
      key: r.key,
      title_th: r.title_th,
      title_en: r.title_en,
      fiscal_year: r.fiscal_year,
      version: r.version,
      updated_at: r.updated_at,
      responsible: r.responsible_name,
      url: r.url,
    })),
  }
}
