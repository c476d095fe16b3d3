/**
 * What a survey's results look like as charts and as an export table: built from the results
 * the use case computed (groups under 5 never reach here), for the page, Word and Excel alike.
 */
import { renderChartPng, renderChartSvg, type ChartSpec, type RenderedChart } from '../../platform/charts/index.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import type { ExportTable } from '../../platform/exports/index.ts'
import { halfYearLabel, halfYearOf } from './survey.domain.ts'
import type { SurveyResults } from './surveys.use-cases.ts'

const levelMax = (r: SurveyResults) => (r.survey.kind === 'satisfaction' ? 5 : 4)

/** Round to two decimals for display. */
const r2 = (x: number) => Math.round(x * 100) / 100

function meansChart(r: SurveyResults): ChartSpec {
  const qs = r.questions.filter((q) => q.scale !== 'yes_no' && q.mean !== null)
  return {
    id: 'survey-means',
    kind: 'bar',
    horizontal: true,
    title: { th: `คะแนนเฉลี่ยรายข้อ (เต็ม ${levelMax(r)})`, en: `Mean per question (out of ${levelMax(r)})` },
    description: { th: `คะแนนเฉลี่ยของแต่ละข้อจากผู้ตอบ ${r.responses} คน`, en: `Mean of each question from ${r.responses} answers` },
    categories: qs.map((q) => ({ th: `ข้อ ${q.item.number}`, en: `Q ${q.item.number}` })),
    series: [{ name: { th: 'คะแนนเฉลี่ย', en: 'Mean' }, values: qs.map((q) => r2(q.mean!)) }],
    categoryHeader: { th: 'ข้อ', en: 'Question' },
    // No axis name: on horizontal bars it sits over the last tick labels; the title says what the values are.
    valueMax: levelMax(r),
    width: 360,
    height: Math.max(200, 48 * qs.length + 80),
  }
}

function trendChart(r: SurveyResults): ChartSpec | null {
  const points = r.trend.filter((p) => p.shown && p.overallMean !== null)
  if (points.length < 2) return null
  return {
    id: 'survey-trend',
    kind: 'line',
    title: { th: 'แนวโน้มความพึงพอใจรายครึ่งปี', en: 'Trend across half-years' },
    description: { th: 'คะแนนเฉลี่ยรวมของแต่ละรอบการสำรวจ', en: 'Overall mean of each round' },
    categories: points.map((p) => p.label),
    series: [{ name: { th: 'คะแนนเฉลี่ยรวม', en: 'Overall mean' }, values: points.map((p) => r2(p.overallMean!)) }],
    categoryHeader: { th: 'รอบ', en: 'Round' },
    valueLabel: { th: 'คะแนนเฉลี่ย', en: 'Mean' },
    valueMax: levelMax(r),
    width: 360,
    height: 260,
  }
}

export function resultCharts(r: SurveyResults, locale: Locale): { means: RenderedChart | null; trend: RenderedChart | null } {
  if (!r.shown) return { means: null, trend: null }
  const t = trendChart(r)
  const means = meansChart(r)
  return { means: means.categories.length ? renderChartSvg(means, { locale }) : null, trend: t ? renderChartSvg(t, { locale }) : null }
}

/** The results as one table: per question the count, mean and each level's count, then the approved comments as notes. */
export function resultsExportTable(r: SurveyResults, locale: Locale, withFigures: boolean): ExportTable {
  const levels = r.questions[0]?.distribution ?? []
  const h = halfYearOf(r.survey.closesOn)
  const figures = []
  if (withFigures && r.shown) {
    const spec = meansChart(r)
    if (spec.categories.length) {
      const { image, chart } = renderChartPng({ ...spec, width: 640, height: Math.max(240, 40 * spec.categories.length + 80) }, { locale, thaiDigits: true })
      figures.push({ title: spec.title, description: spec.description, png: image.png, widthPx: image.width, heightPx: image.height, chartId: chart.id })
    }
  }
  return {
    title: { th: `ผลการสำรวจ: ${r.survey.titleTh}`, en: `Survey results: ${r.survey.titleEn || r.survey.titleTh}` },
    subtitle: {
      th: `${r.survey.serviceName ? `งานบริการ ${r.survey.serviceName} · ` : ''}${halfYearLabel(h).th} · ผู้ตอบ ${r.responses} คน`,
      en: `${r.survey.serviceName ? `Service: ${r.survey.serviceName} · ` : ''}${halfYearLabel(h).en} · ${r.responses} answers`,
    },
    organisation: { name: r.org.name_th },
    columns: [
      { key: 'number', header: { th: 'ข้อ', en: 'No.' }, type: 'text' },
      { key: 'question', header: { th: 'คำถาม', en: 'Question' }, type: 'text' },
      { key: 'answered', header: { th: 'ผู้ตอบ', en: 'Answers' }, type: 'integer' },
      { key: 'mean', header: { th: 'ค่าเฉลี่ย', en: 'Mean' }, type: 'decimal' },
      ...levels.map((l, i) => ({ key: `l${i}`, header: l.label, type: 'integer' as const })),
    ],
    rows: r.shown
      ? r.questions.map((q) => ({
          number: q.item.number,
          question: locale === 'en' ? q.item.title.en || q.item.title.th : q.item.title.th,
          answered: q.answered,
          mean: q.mean === null ? null : r2(q.mean),
          ...Object.fromEntries(q.distribution.map((d, i) => [`l${i}`, d.count])),
        }))
      : [],
    notes: [
      ...(r.shown ? [] : [{ th: 'มีผู้ตอบน้อยกว่า 5 คน จึงไม่แสดงผล', en: 'Fewer than 5 answers: no results shown' }]),
      ...r.comments.filter((c) => c.status === 'approved').map((c) => ({ th: `ข้อเสนอแนะ: ${c.text}`, en: `Comment: ${c.text}` })),
    ],
    figures: figures.map(({ chartId: _c, ...f }) => f),
    options: { locale, thaiDigits: locale === 'th', orientation: levels.length > 4 ? 'landscape' : 'portrait' },
  }
}
