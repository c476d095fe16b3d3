import { svgToPng } from '../../platform/charts/index.ts'
import type { ExportTable } from '../../platform/exports/index.ts'
import { formatDateEn, formatDateTh, todayInBangkok } from '../../platform/thai-calendar/index.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import { translator } from '../../platform/i18n/locale.ts'
import type { OrganisationDetails } from '../organisations/index.ts'
import { flowchartSvg, layoutFlowchart } from './service-flowchart.domain.ts'
import { DAY_UNIT_LABELS, type ServiceManual } from './service-manual.domain.ts'
import type { ServiceVersion, ServiceWithVersion } from './services.repository.ts'
import { flowLabels } from './views/service-text.ts'

/** One row per published service: the same facts in the CSV file and the JSON API (open data). */
export type ServiceOpenDataRow = {
  key: string
  name_th: string
  name_en: string
  responsible_unit: string
  legal_basis: string
  total_days: number
  day_unit: string
  steps: number
  documents_required: string
  fees: string
  version: number
  published_at: string | null
  manual_url: string
  version_url: string
}

export function serviceRows(org: OrganisationDetails, services: readonly ServiceWithVersion[], baseUrl: string): ServiceOpenDataRow[] {
  return services.map((s) => {
    const m = s.current.manual
    return {
      key: s.key,
      name_th: m.nameTh,
      name_en: m.nameEn,
      responsible_unit: m.responsibleUnit,
      legal_basis: m.legalBasis,
      total_days: s.current.totalDays,
      day_unit: s.current.dayUnit,
      steps: m.steps.length,
      documents_required: m.documents.length ? m.documents.map((d) => d.name).join('; ') : 'ไม่ต้องใช้เอกสาร (none)',
      fees: m.fees.length ? m.fees.map((f) => `${f.item}: ${f.amount}`).join('; ') : 'ไม่มีค่าธรรมเนียม (no fee)',
      version: s.current.version,
      published_at: s.current.publishedAt ? s.current.publishedAt.toISOString() : null,
      manual_url: `${baseUrl}/o/${org.slug}/services/${s.key}`,
      version_url: `${baseUrl}/o/${org.slug}/services/${s.key}/v/${s.current.version}`,
    }
  })
}

export function servicesCsvTable(org: OrganisationDetails, services: readonly ServiceWithVersion[], baseUrl: string, locale: Locale): ExportTable {
  return {
    title: { th: 'งานบริการและคู่มือสำหรับประชาชน', en: 'Services and citizen manuals' },
    organisation: { name: org.name_th },
    options: { locale, thaiDigits: false },
    columns: [
      { key: 'key', header: { th: 'รหัส', en: 'Key' }, type: 'text' },
      { key: 'name_th', header: { th: 'ชื่องานบริการ', en: 'Service (Thai)' }, type: 'text' },
      { key: 'name_en', header: { th: 'ชื่อภาษาอังกฤษ', en: 'Service (English)' }, type: 'text' },
      { key: 'responsible_unit', header: { th: 'หน่วยงานที่รับผิดชอบ', en: 'Responsible unit' }, type: 'text' },
      { key: 'legal_basis', header: { th: 'กฎหมายที่เกี่ยวข้อง', en: 'Legal basis' }, type: 'text' },
      { key: 'total_days', header: { th: 'ระยะเวลารวม', en: 'Total time' }, type: 'integer' },
      { key: 'day_unit', header: { th: 'หน่วยนับวัน', en: 'Day unit' }, type: 'text' },
      { key: 'steps', header: { th: 'จำนวนขั้นตอน', en: 'Steps' }, type: 'integer' },
      { key: 'documents_required', header: { th: 'เอกสารที่ต้องใช้', en: 'Documents required' }, type: 'text' },
      { key: 'fees', header: { th: 'ค่าธรรมเนียม', en: 'Fees' }, type: 'text' },
      { key: 'version', header: { th: 'ฉบับที่', en: 'Version' }, type: 'integer' },
      { key: 'manual_url', header: { th: 'ลิงก์คู่มือ', en: 'Manual link' }, type: 'text' },
      { key: 'version_url', header: { th: 'ลิงก์ถาวรของฉบับนี้', en: 'Permanent link of this version' }, type: 'text' },
    ],
    rows: serviceRows(org, services, baseUrl).map((r) => ({ ...r, published_at: undefined })),
  }
}

/**
 * The manual as a Word file in the official style: the steps table with time and unit, every
 * other field of the Act's manual as numbered notes, and the flowchart drawn as a picture.
 */
export function manualWordTable(org: OrganisationDetails, version: ServiceVersion, manualUrl: string, locale: Locale): ExportTable {
  const m: ServiceManual = version.manual
  const t = translator(locale)
  const labels = flowLabels(m, t, locale)
  const svg = flowchartSvg(layoutFlowchart(m.steps, labels, { orientation: 'horizontal', width: 900 }), labels, 'docx')
  const png = svgToPng(svg, { width: 900 })
  const unit = DAY_UNIT_LABELS[m.dayUnit]
  const same = (s: string) => ({ th: s, en: s })
  const notes = [
    same(`ชื่องานบริการ: ${m.nameTh}${m.nameEn ? ` (${m.nameEn})` : ''}`),
    same(`กฎหมายที่ให้อำนาจการอนุญาต หรือที่เกี่ยวข้อง: ${m.legalBasis}`),
    same(`หน่วยงานที่รับผิดชอบ: ${m.responsibleUnit}`),
    same(`สถานที่ / ช่องทางการให้บริการ: ${m.place} · ${m.hours}${m.onlineUrl ? ` · ${m.onlineUrl}` : ''}`),
    same(`หลักเกณฑ์ วิธีการ เงื่อนไข: ${m.conditions}`),
    same(`ระยะเวลาดำเนินการรวม: ${version.totalDays} ${unit.th}`),
    same(`เอกสารหลักฐานประกอบ: ${m.documents.length ? m.documents.map((d, i) => `(${i + 1}) ${d.name}${d.copies ? ` ${d.copies}` : ''}${d.note ? ` – ${d.note}` : ''}`).join(' ') : 'ไม่ต้องใช้เอกสาร'}`),
    same(`ค่าธรรมเนียม: ${m.fees.length ? m.fees.map((f) => `${f.item} ${f.amount}`).join('; ') : 'ไม่มีค่าธรรมเนียม'}`),
    same(`ช่องทางการร้องเรียน: ${m.complaintChannel}`),
    same(`แบบฟอร์ม: ${m.forms.length ? m.forms.map((f) => f.name).join(', ') : 'ไม่มี'}`),
    same(`ฉบับที่ ${version.version} · ${manualUrl}`),
  ]
  return {
    title: { th: `คู่มือสำหรับประชาชน: ${m.nameTh}`, en: `Citizen manual: ${m.nameEn || m.nameTh}` },
    subtitle: { th: 'ตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘', en: 'Under the Licensing Facilitation Act B.E. 2558 (2015)' },
    organisation: { name: org.name_th, address: org.address ?? undefined },
    options: { locale, thaiDigits: locale === 'th' },
    columns: [
      { key: 'n', header: { th: 'ที่', en: 'No.' }, type: 'integer' },
      { key: 'step', header: { th: 'ขั้นตอน', en: 'Step' }, type: 'text' },
      { key: 'days', header: { th: `ระยะเวลา (${unit.th})`, en: `Time (${unit.en})` }, type: 'integer' },
      { key: 'unit', header: { th: 'ส่วนงานที่รับผิดชอบ', en: 'Responsible unit' }, type: 'text' },
    ],
    rows: [...m.steps.map((s, i) => ({ n: i + 1, step: s.title, days: s.days, unit: s.unit })), { n: null, step: locale === 'th' ? 'รวม' : 'Total', days: version.totalDays, unit: '' }],
    notes,
    figures: [{ title: { th: 'แผนผังขั้นตอนการให้บริการ', en: 'Service flowchart' }, description: same(labels.description), png: png.png, widthPx: png.width, heightPx: png.height }],
    cover: {
      lines: [
        same(org.name_th),
        { th: `ฉบับที่ ${version.version}${version.publishedAt ? ` เผยแพร่ ${formatDateTh(todayInBangkok(version.publishedAt))}` : ''}`, en: `Version ${version.version}${version.publishedAt ? `, published ${formatDateEn(todayInBangkok(version.publishedAt))}` : ''}` },
        same(manualUrl),
      ],
      contents: [
        { th: 'ขั้นตอน ระยะเวลา และส่วนงานที่รับผิดชอบ', en: 'Steps, times and responsible units' },
        { th: 'รายละเอียดตามคู่มือ: กฎหมาย สถานที่ เงื่อนไข เอกสาร ค่าธรรมเนียม ช่องทางร้องเรียน', en: 'The manual’s details: law, place, conditions, documents, fees, complaints' },
        { th: 'แผนผังขั้นตอนการให้บริการ', en: 'Service flowchart' },
      ],
    },
  }
}
