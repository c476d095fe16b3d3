import type { ExportTable } from '../../platform/exports/index.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import { ceToBe, monthNameEn, monthNameTh } from '../../platform/thai-calendar/index.ts'
import { STATE_LABELS } from './info-requests.domain.ts'
import type { RequestStatistics } from './info-requests.use-cases.ts'

/** '2026-12' → 'ธันวาคม 2569' / 'December 2569 BE'. */
export function monthLabel(yyyymm: string, locale: Locale): string {
  const year = Number(yyyymm.slice(0, 4))
  const month = Number(yyyymm.slice(5, 7))
  return locale === 'th' ? `${monthNameTh(month)} ${ceToBe(year)}` : `${monthNameEn(month)} ${ceToBe(year)} BE`
}

/** The public statistics as one Excel sheet: requests by month, then outcomes and the median in notes. */
export function statisticsTable(stats: RequestStatistics, locale: Locale): ExportTable {
  return {
    title: { th: 'สถิติการให้บริการข้อมูลข่าวสารตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540', en: 'Official-information requests under the Official Information Act B.E. 2540' },
    organisation: { name: locale === 'en' && stats.org.name_en ? stats.org.name_en : stats.org.name_th },
    columns: [
      { key: 'month', header: { th: 'เดือน', en: 'Month' }, type: 'text' },
      { key: 'received', header: { th: 'รับคำขอ', en: 'Received' }, type: 'integer' },
      { key: 'closed', header: { th: 'แจ้งผลแล้ว', en: 'Closed' }, type: 'integer' },
    ],
    rows: stats.byMonth.map((m) => ({ month: monthLabel(m.month, locale), received: m.received, closed: m.closed })),
    notes: [
      ...stats.byOutcome.map((o) => ({ th: `${STATE_LABELS[o.status].th}: ${o.count}`, en: `${STATE_LABELS[o.status].en}: ${o.count}` })),
      { th: `ระยะเวลาแจ้งผล (ค่ามัธยฐาน): ${stats.medianBusinessDays ?? '–'} วันทำการ`, en: `Median time to reply: ${stats.medianBusinessDays ?? '–'} business days` },
    ],
    options: { locale, thaiDigits: locale === 'th' },
  }
}
