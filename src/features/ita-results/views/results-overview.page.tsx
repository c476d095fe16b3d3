import type { RenderedChart } from '../../../platform/charts/index.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, Table, Tag } from '../../../web/components/display.tsx'
import { ChartFigure } from '../../../web/components/chart-figure.tsx'
import { FileInput } from '../../../web/components/file-input.tsx'
import { Select, Textarea } from '../../../web/components/form-fields.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { RankedEntry } from '../ita-score.domain.ts'
import type { ResultImportError } from '../ita-results.input.ts'
import type { RankingRow, ResultsOverview } from '../ita-results.use-cases.ts'
import { score2 } from './result-parts.tsx'

export type ImportFormState = { csv: string; errors?: readonly ResultImportError[] | undefined; fileProblem?: string | undefined }

/** /staff/ita/results: import results for the agencies overseen, and the province's ranking for a year. */
export function ResultsOverviewPage({ ctx, overview, chart, trend, form }: { ctx: PageContext; overview: ResultsOverview; chart: RenderedChart | undefined; trend: RenderedChart | undefined; form: ImportFormState }) {
  const t = ctx.t
  const heading = t({ th: 'ผลการประเมิน ITA', en: 'ITA results' })
  const years = [...new Set([overview.year, ...overview.years])].sort((a, b) => b - a)
  return (
    <Layout ctx={ctx} title={heading} wide>
      <h1 class="heading-xl" safe>
        {heading}
      </h1>
      {form.errors && form.errors.length > 0 ? <ImportErrors ctx={ctx} errors={form.errors} /> : ''}

      <h2 class="heading-l" id="ranking" safe>
        {t({ th: 'อันดับหน่วยงาน ปีงบประมาณ {y}', en: 'Agency ranking, fiscal year {y}' }, { y: overview.year })}
      </h2>
      {years.length > 1 ? (
        <form method="get" action="/staff/ita/results" class="search-form">
          <Select id="year" label={t({ th: 'ปีงบประมาณ', en: 'Fiscal year' })} options={years.map((y) => ({ value: String(y), text: String(y) }))} value={String(overview.year)} />
          <Button text={t({ th: 'แสดง', en: 'Show' })} kind="secondary" />
        </form>
      ) : (
        ''
      )}
      {overview.ranking.some((r) => r.entry.total !== null) ? (
        <p class="body">
          <a href={`/staff/ita/results/ranking.xlsx?year=${overview.year}`} safe>
            {t({ th: 'ดาวน์โหลดอันดับเป็น Excel (.xlsx)', en: 'Download the ranking as Excel (.xlsx)' })}
          </a>
        </p>
      ) : (
        ''
      )}
      {/* The ranking once: the chart points to the table below rather than repeating its figures. */}
      {chart ? <ChartFigure chart={chart} tableLabel={t({ th: 'ดูตัวเลขในแผนภูมิเป็นตาราง', en: 'Show the chart’s figures as a table' })} figuresIn={{ href: '#ranking-table', text: t({ th: 'ตัวเลขของแผนภูมินี้อยู่ในตารางอันดับด้านล่าง', en: 'The figures of this chart are in the ranking table below' }) }} /> : ''}
      <div id="ranking-table"></div>
      <Table<RankedEntry<RankingRow>>
        caption={t({ th: 'อันดับคะแนน ITA ของหน่วยงานในกำกับ', en: 'ITA ranking of the agencies overseen' })}
        rows={overview.ranking}
        columns={[
          { header: t({ th: 'อันดับ', en: 'Rank' }), numeric: true, cell: (r) => <span safe>{r.rank === null ? '—' : String(r.rank)}</span> },
          { header: t({ th: 'หน่วยงาน', en: 'Agency' }), cell: (r) => <a href={`/staff/ita/agencies/${r.entry.org.slug}?year=${overview.year}`} safe>{orgName(r.entry.org, ctx.locale)}</a> },
          { header: t({ th: 'คะแนนรวม', en: 'Total' }), numeric: true, cell: (r) => <span safe>{r.entry.total === null ? t({ th: 'ยังไม่มีผล', en: 'No result' }) : score2(r.entry.total)}</span> },
          {
            header: t({ th: 'ผลการประเมิน', en: 'Result' }),
            cell: (r) => (r.entry.result?.score ? <Tag text={r.entry.result.score.rating[ctx.locale]} colour={r.entry.result.score.meetsTarget ? 'green' : 'red'} /> : ''),
          },
        ]}
      />

      {trend ? (
        <>
          <h2 class="heading-l" id="trend" safe>
            {t({ th: 'แนวโน้มรายปี', en: 'Trend over the years' })}
          </h2>
          <ChartFigure chart={trend} tableLabel={t({ th: 'ดูตัวเลขในแผนภูมิเป็นตาราง', en: 'Show the chart’s figures as a table' })} />
        </>
      ) : (
        ''
      )}
      <h2 class="heading-l" id="import" safe>
        {t({ th: 'นำเข้าผลคะแนน', en: 'Import results' })}
      </h2>
      <p class="body" safe>
        {t({
          th: 'หนึ่งแถวต่อหน่วยงาน ปีงบประมาณ และตัวชี้วัด (ครบ 10 ตัวชี้วัด คะแนน 0–100 ทศนิยมไม่เกินสองตำแหน่ง) ระบุหน่วยงานด้วยรหัส (slug) หากมีแถวใดผิด จะไม่นำเข้าข้อมูลเลย ผลของหน่วยงานและปีที่นำเข้าซ้ำจะแทนที่ของเดิม',
          en: 'One row per agency, fiscal year and indicator (all 10 indicators, scores 0–100 with at most two decimals); agencies by their slug. If any row is wrong nothing is imported. Importing an agency-year again replaces it.',
        })}
      </p>
      <p class="body">
        <span safe>{t({ th: 'ดาวน์โหลดแบบฟอร์ม:', en: 'Download the template:' })}</span>{' '}
        <a href={`/staff/ita/results/template.xlsx?year=${overview.year}`} safe>
          {t({ th: 'Excel (.xlsx)', en: 'Excel (.xlsx)' })}
        </a>{' '}
        ·{' '}
        <a href={`/staff/ita/results/template.csv?year=${overview.year}`} safe>
          {t({ th: 'CSV', en: 'CSV' })}
        </a>
      </p>
      <form method="post" action="/staff/ita/results" enctype="multipart/form-data" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <FileInput id="file" label={t({ th: 'ไฟล์ Excel (.xlsx)', en: 'Excel file (.xlsx)' })} accept=".xlsx" errorMessage={form.fileProblem} />
        <Textarea
          id="csv"
          rows={6}
          label={t({ th: 'หรือวางข้อมูล CSV', en: 'Or paste CSV' })}
          hint={t({ th: 'ระบบรับไฟล์อัปโหลดเฉพาะ Excel ข้อมูล CSV ให้วางข้อความที่นี่ แถวแรกเป็นหัวตาราง agency,fiscal_year,indicator,score', en: 'Uploads take Excel only; paste CSV text here, the first line being the header agency,fiscal_year,indicator,score' })}
          value={form.csv}
        />
        <Button text={t({ th: 'นำเข้า', en: 'Import' })} />
      </form>
    </Layout>
  )
}

function ImportErrors({ ctx, errors }: { ctx: PageContext; errors: readonly ResultImportError[] }) {
  const t = ctx.t
  return (
    <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="import-errors-title">
      <h2 class="error-summary__title" id="import-errors-title" safe>
        {t({ th: 'ไม่ได้นำเข้าข้อมูล: พบข้อผิดพลาด {n} รายการ', en: 'Nothing was imported: {n} problem(s) found' }, { n: errors.length })}
      </h2>
      <Table<ResultImportError>
        caption={t({ th: 'ข้อผิดพลาดรายแถว แก้ไขแล้วนำเข้าใหม่ทั้งไฟล์', en: 'Problems by row; fix them and import the whole file again' })}
        rows={[...errors]}
        columns={[
          { header: t({ th: 'แถว', en: 'Row' }), numeric: true, cell: (e) => <span>{e.row > 0 ? String(e.row) : '—'}</span> },
          { header: t({ th: 'คอลัมน์', en: 'Column' }), cell: (e) => <span>{e.column ?? '—'}</span> },
          { header: t({ th: 'ข้อผิดพลาด', en: 'Problem' }), cell: (e) => <span safe>{ctx.locale === 'th' ? e.th : e.en}</span> },
        ]}
      />
    </div>
  )
}

