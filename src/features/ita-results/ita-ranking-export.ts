/**
 * The province's ranking for a year as a file (Excel, Word or CSV through platform/exports): the
 * same rows, ranks and labels as the page, agencies without a result last with no rank.
 */
import type { ExportFormat, ExportTable } from '../../platform/exports/index.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import type { Bilingual } from '../../platform/i18n/locale.ts'

/** What a ranking row needs here (the use case's RankedEntry<RankingRow> fits). */
type RankingLine = { rank: number | null; entry: { org: { name_th: string; name_en: string | null }; total: number | null; result: { score: { rating: Bilingual } | null } | null } }

export function rankingExportTable(input: { ranking: readonly RankingLine[]; year: number; overseer: string; locale: Locale; format: ExportFormat }): ExportTable {
  const { locale } = input
  return {
    title: { th: `อันดับคะแนน ITA ของหน่วยงานในกำกับ ปีงบประมาณ พ.ศ. ${input.year}`, en: `ITA ranking of the agencies overseen, fiscal year ${input.year}` },
    organisation: { name: input.overseer },
    columns: [
      { key: 'rank', header: { th: 'อันดับ', en: 'Rank' }, type: 'integer' },
      { key: 'agency', header: { th: 'หน่วยงาน', en: 'Agency' }, type: 'text' },
      { key: 'total', header: { th: 'คะแนนรวม', en: 'Total' }, type: 'decimal' },
      { key: 'result', header: { th: 'ผลการประเมิน', en: 'Result' }, type: 'text' },
    ],
    rows: input.ranking.map((r) => ({
      rank: r.rank,
      agency: locale === 'en' && r.entry.org.name_en ? r.entry.org.name_en : r.entry.org.name_th,
      total: r.entry.total,
      result: r.entry.result?.score ? r.entry.result.score.rating[locale] : locale === 'th' ? 'ยังไม่มีผล' : 'No result',
    })),
    notes: [{ th: 'คะแนนเท่ากันได้อันดับเดียวกัน', en: 'Equal totals share a rank' }],
    options: { locale, thaiDigits: input.format === 'docx' && locale === 'th' },
  }
}

export function rankingExportBaseName(year: number, locale: Locale): string {
  return locale === 'th' ? `อันดับ-ITA-${year}` : `ita-ranking-${year}`
}
