import { renderExport, type ExportFile, type ExportFormat, type ExportTable } from '../../platform/exports/index.ts'
import { DONOR_TYPES, RULINGS } from './gifts.domain.ts'
import type { Declaration, Donation } from './gifts.repository.ts'

/** The yearly summary (Word for the head's file, Excel for analysis): every gift declared and donation received in the fiscal year. */
export async function yearlySummaryFile(v: { agency: { name_th: string }; declarations: Declaration[]; donations: Donation[] }, fiscalYear: number, format: ExportFormat): Promise<ExportFile> {
  const rows = [
    ...v.declarations.map((d) => ({
      kind: 'ของขวัญ / ประโยชน์ที่บุคลากรได้รับ',
      date: d.receivedOn,
      person: d.declarant,
      donor: `${d.donorName} (${DONOR_TYPES[d.donorType].th})`,
      what: d.description,
      value: d.valueSatang / 100,
      outcome: d.ruling ? `${RULINGS[d.ruling].th}${d.late ? ' (รายงานเกินกำหนด)' : ''}` : d.status === 'recorded' ? 'ไม่เกิน ๓,๐๐๐ บาท บันทึกไว้' : d.status === 'submitted' ? 'รอวินิจฉัย' : 'ยังไม่รายงานหัวหน้า',
    })),
    ...v.donations.map((d) => ({
      kind: 'รับบริจาคของหน่วยงาน',
      date: d.acceptedOn,
      person: d.proposedByLabel,
      donor: `${d.donorName} (${DONOR_TYPES[d.donorType].th})`,
      what: d.description,
      value: d.valueSatang / 100,
      outcome: `อนุมัติโดย ${d.decidedByLabel ?? ''}; ${d.intendedUse}`,
    })),
  ]
  const total = rows.reduce((n, r) => n + r.value, 0)
  const table: ExportTable = {
    title: { th: `สรุปการรับทรัพย์สินหรือประโยชน์อื่นใดและการรับบริจาค ปีงบประมาณ ${fiscalYear}`, en: `Gifts and donations, fiscal year ${fiscalYear}` },
    subtitle: { th: `รายงานเกิน ๓,๐๐๐ บาท ${v.declarations.filter((d) => d.dueOn).length} รายการ (เกินกำหนด ${v.declarations.filter((d) => d.late).length}) รับบริจาค ${v.donations.length} รายการ`, en: '' },
    organisation: { name: v.agency.name_th },
    options: { locale: 'th', thaiDigits: format === 'docx', orientation: 'landscape' },
    columns: [
      { key: 'kind', header: { th: 'ประเภท', en: 'Kind' }, type: 'text' },
      { key: 'date', header: { th: 'วันที่ได้รับ', en: 'Date' }, type: 'date' },
      { key: 'person', header: { th: 'ผู้รับ / ผู้เสนอ', en: 'Received by' }, type: 'text' },
      { key: 'donor', header: { th: 'ผู้ให้', en: 'Giver' }, type: 'text' },
      { key: 'what', header: { th: 'สิ่งที่ได้รับ', en: 'What' }, type: 'text' },
      { key: 'value', header: { th: 'มูลค่า (บาท)', en: 'Value (baht)' }, type: 'money' },
      { key: 'outcome', header: { th: 'ผลการพิจารณา', en: 'Outcome' }, type: 'text' },
    ],
    rows,
    notes: [{ th: `รวมมูลค่า ${total.toLocaleString('th-TH', { minimumFractionDigits: 2 })} บาท`, en: `Total ${total.toFixed(2)} baht` }],
  }
  return renderExport(table, format, `สรุปของขวัญและการรับบริจาค-${fiscalYear}`)
}
