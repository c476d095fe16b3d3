import type { ExportColumn, ExportFormat, ExportTable } from '../../platform/exports/index.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import { monthNameEn, monthNameTh, todayInBangkok, toThaiDigits } from '../../platform/thai-calendar/index.ts'
import type { OrganisationDetails } from '../organisations/index.ts'
import { bahtOf, ceYearOf, formatBaht, METHOD_LABELS, type AnnualReport, type MonthContent, type PlanContent } from './procurement.domain.ts'

/** Title of a month's summary as the form prints it: "สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนตุลาคม พ.ศ. 2568". */
export function monthTitle(fiscalYear: number, month: number) {
  const beYear = ceYearOf(fiscalYear, month) + 543
  return {
    th: `สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน${monthNameTh(month)} พ.ศ. ${beYear}`,
    en: `Summary of procurement for ${monthNameEn(month)} ${beYear} BE`,
  }
}

export function monthLabel(fiscalYear: number, month: number, locale: Locale): string {
  const beYear = ceYearOf(fiscalYear, month) + 543
  return locale === 'th' ? `${monthNameTh(month)} ${beYear}` : `${monthNameEn(month)} ${beYear}`
}

const SKR1_HEADERS = {
  no: { th: 'ลำดับที่', en: 'No.' },
  item: { th: 'งานที่จัดซื้อหรือจัดจ้าง', en: 'Purchase' },
  budget: { th: 'วงเงินที่จะซื้อหรือจ้าง (บาท)', en: 'Budget (baht)' },
  reference_price: { th: 'ราคากลาง (บาท)', en: 'Reference price (baht)' },
  method: { th: 'วิธีซื้อหรือจ้าง', en: 'Method' },
  bidders: { th: 'รายชื่อผู้เสนอราคาและราคาที่เสนอ', en: 'Bidders and prices' },
  winner: { th: 'ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง', en: 'Selected supplier and agreed price' },
  reason: { th: 'เหตุผลที่คัดเลือกโดยสรุป', en: 'Reason for the selection' },
  contract: { th: 'เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง', en: 'Contract number and date' },
} as const

/** Word's headers with line breaks where a Thai reader would break them: Thai has no spaces for the table to wrap at. */
const SKR1_WORD_HEADERS: Record<keyof typeof SKR1_HEADERS, { th: string; en: string }> = {
  no: { th: 'ลำดับ\nที่', en: 'No.' },
  item: { th: 'งานที่จัดซื้อ\nหรือจัดจ้าง', en: 'Purchase' },
  budget: { th: 'วงเงินที่จะซื้อ\nหรือจ้าง\n(บาท)', en: 'Budget\n(baht)' },
  reference_price: { th: 'ราคากลาง\n(บาท)', en: 'Reference price\n(baht)' },
  method: { th: 'วิธีซื้อ\nหรือจ้าง', en: 'Method' },
  bidders: { th: 'รายชื่อผู้เสนอราคา\nและราคาที่เสนอ', en: 'Bidders and prices' },
  winner: { th: 'ผู้ได้รับการคัดเลือก\nและราคาที่ตกลง\nซื้อหรือจ้าง', en: 'Selected supplier and agreed price' },
  reason: { th: 'เหตุผลที่คัดเลือก\nโดยสรุป', en: 'Reason for the selection' },
  contract: { th: 'เลขที่และวันที่\nของสัญญาหรือ\nข้อตกลงในการ\nซื้อหรือจ้าง', en: 'Contract number and date' },
}

const col = (key: string, header: { th: string; en: string }, type: ExportColumn['type']): ExportColumn => ({ key, header, type })

/**
 * One month as สขร.1. Word keeps the form's nine columns (supplier with price, contract number
 * with date, in Thai digits); Excel and CSV split them so the figures stay numbers and dates.
 */
export function monthExportTable(org: OrganisationDetails, fiscalYear: number, month: number, content: MonthContent, savedAt: Date, format: ExportFormat, locale: Locale): ExportTable {
  const title = monthTitle(fiscalYear, month)
  const official = format === 'docx'
  const d = (s: string) => (official && locale === 'th' ? toThaiDigits(s) : s)
  const method = (m: keyof typeof METHOD_LABELS) => METHOD_LABELS[m][locale]
  const none = { th: 'ไม่มีการจัดซื้อจัดจ้างในเดือนนี้', en: 'No procurement this month' }
  const base = {
    title: official ? { th: toThaiDigits(title.th), en: title.en } : title,
    // Word prints the agency's name at the top of the page already.
    subtitle: official ? undefined : { th: org.name_th, en: org.name_en || org.name_th },
    organisation: { name: org.name_th },
    options: { locale, thaiDigits: official && locale === 'th', orientation: 'landscape' as const },
    signature: content.responsibleName ? { name: content.responsibleName, position: content.responsiblePosition, date: todayInBangkok(savedAt) } : undefined,
  }
  if (official) {
    const formatDay = (iso: string) => {
      const [y, m, day] = iso.split('-').map(Number)
      return `${day}/${m}/${y! + 543}`
    }
    return {
      ...base,
      columns: [
        col('no', SKR1_WORD_HEADERS.no, 'integer'),
        col('item', SKR1_WORD_HEADERS.item, 'text'),
        col('budget', SKR1_WORD_HEADERS.budget, 'money'),
        col('reference_price', SKR1_WORD_HEADERS.reference_price, 'money'),
        col('method', SKR1_WORD_HEADERS.method, 'text'),
        col('bidders', SKR1_WORD_HEADERS.bidders, 'text'),
        col('winner', SKR1_WORD_HEADERS.winner, 'text'),
        col('reason', SKR1_WORD_HEADERS.reason, 'text'),
        col('contract', SKR1_WORD_HEADERS.contract, 'text'),
      ],
      rows: content.noProcurement
        ? [{ item: none[locale] }]
        : content.rows.map((r, i) => ({
            no: i + 1,
            item: d(r.item),
            budget: bahtOf(r.budget),
            reference_price: r.referencePrice === null ? null : bahtOf(r.referencePrice),
            method: method(r.method),
            bidders: d(r.bidders),
            winner: d(`${r.winner}\n${locale === 'th' ? 'ราคา' : 'price'} ${formatBaht(r.agreedPrice)} ${locale === 'th' ? 'บาท' : 'baht'}`),
            reason: d(r.reason),
            contract: d(`${r.contractNo}${r.contractDate ? `\n${locale === 'th' ? 'ลงวันที่' : 'dated'} ${formatDay(r.contractDate)}` : ''}`),
          })),
    }
  }
  return {
    ...base,
    notes: content.noProcurement ? [none] : undefined,
    columns: [
      col('no', SKR1_HEADERS.no, 'integer'),
      col('item', SKR1_HEADERS.item, 'text'),
      col('budget', SKR1_HEADERS.budget, 'money'),
      col('reference_price', SKR1_HEADERS.reference_price, 'money'),
      col('method', SKR1_HEADERS.method, 'text'),
      col('bidders', SKR1_HEADERS.bidders, 'text'),
      col('winner', { th: 'ผู้ได้รับการคัดเลือก', en: 'Selected supplier' }, 'text'),
      col('agreed_price', { th: 'ราคาที่ตกลงซื้อหรือจ้าง (บาท)', en: 'Agreed price (baht)' }, 'money'),
      col('reason', SKR1_HEADERS.reason, 'text'),
      col('contract_no', { th: 'เลขที่สัญญาหรือข้อตกลง', en: 'Contract number' }, 'text'),
      col('contract_date', { th: 'วันที่ของสัญญาหรือข้อตกลง', en: 'Contract date' }, 'date'),
    ],
    rows: content.noProcurement
      ? []
      : content.rows.map((r, i) => ({
          no: i + 1,
          item: r.item,
          budget: bahtOf(r.budget),
          reference_price: r.referencePrice === null ? null : bahtOf(r.referencePrice),
          method: method(r.method),
          bidders: r.bidders,
          winner: r.winner,
          agreed_price: bahtOf(r.agreedPrice),
          reason: r.reason,
          contract_no: r.contractNo,
          contract_date: r.contractDate,
        })),
  }
}

/** The plan's lines as open data (CSV). */
export function planExportTable(org: OrganisationDetails, fiscalYear: number, plan: PlanContent, locale: Locale): ExportTable {
  return {
    title: { th: `แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ${fiscalYear}`, en: `Procurement plan, fiscal year ${fiscalYear} BE` },
    organisation: { name: org.name_th },
    options: { locale, thaiDigits: false },
    notes: [
      { th: `วันที่ได้รับจัดสรรงบประมาณ ${plan.allocatedOn}`, en: `Budget allocated on ${plan.allocatedOn}` },
      { th: `วันที่ประกาศเผยแพร่แผน ${plan.announcedOn}`, en: `Plan published on ${plan.announcedOn}` },
    ],
    columns: [
      col('no', { th: 'ลำดับที่', en: 'No.' }, 'integer'),
      col('egp_id', { th: 'เลขที่โครงการ e-GP', en: 'e-GP project number' }, 'text'),
      col('project', { th: 'งาน/โครงการ', en: 'Project' }, 'text'),
      col('budget', { th: 'วงเงินงบประมาณ (บาท)', en: 'Budget (baht)' }, 'money'),
      col('fund_source', { th: 'แหล่งที่มาของงบประมาณ', en: 'Source of funds' }, 'text'),
      col('method', { th: 'วิธีจัดซื้อจัดจ้าง', en: 'Method' }, 'text'),
      col('announce_month', { th: 'คาดว่าจะประกาศจัดซื้อจัดจ้าง (เดือน ปี)', en: 'Expected announcement (month year)' }, 'text'),
    ],
    rows: plan.lines.map((l, i) => ({
      no: i + 1,
      egp_id: l.egpId,
      project: l.project,
      budget: bahtOf(l.budget),
      fund_source: l.fundSource,
      method: METHOD_LABELS[l.method][locale],
      announce_month: monthLabel(fiscalYear, l.announceMonth, locale),
    })),
  }
}

/** The annual report's table by method, for CSV. */
export function annualExportTable(org: OrganisationDetails, fiscalYear: number, report: AnnualReport, locale: Locale): ExportTable {
  return {
    title: { th: `รายงานผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ${fiscalYear}`, en: `Annual procurement report, fiscal year ${fiscalYear} BE` },
    organisation: { name: org.name_th },
    options: { locale, thaiDigits: false },
    columns: [
      col('method', { th: 'วิธีซื้อหรือจ้าง', en: 'Method' }, 'text'),
      col('count', { th: 'จำนวนรายการ', en: 'Purchases' }, 'integer'),
      col('budget', { th: 'วงเงินรวม (บาท)', en: 'Total budget (baht)' }, 'money'),
      col('value', { th: 'ราคาที่ตกลงรวม (บาท)', en: 'Total agreed (baht)' }, 'money'),
    ],
    rows: [
      ...report.byMethod.map((m) => ({ method: METHOD_LABELS[m.method][locale], count: m.count, budget: bahtOf(m.budget), value: bahtOf(m.value) })),
      { method: locale === 'th' ? 'รวม' : 'Total', count: report.total.count, budget: bahtOf(report.total.budget), value: bahtOf(report.total.value) },
    ],
  }
}
