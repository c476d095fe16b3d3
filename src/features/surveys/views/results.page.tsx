import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, Table, Tag } from '../../../web/components/display.tsx'
import { ChartFigure } from '../../../web/components/chart-figure.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import type { RenderedChart } from '../../../platform/charts/index.ts'
import { halfYearLabel, halfYearOf, MIN_GROUP, type QuestionResult } from '../survey.domain.ts'
import type { SurveyResults } from '../surveys.use-cases.ts'
import { surveyTitle } from './survey-text.ts'

type Charts = { means: RenderedChart | null; trend: RenderedChart | null }

const fmt = (x: number | null, digits = 2) => (x === null ? '—' : x.toFixed(digits))

function Distribution({ ctx, q }: { ctx: PageContext; q: QuestionResult }) {
  const total = q.distribution.reduce((a, d) => a + d.count, 0)
  return (
    <Table
      caption={`${q.item.number} ${ctx.t(q.item.title)}`}
      rows={q.distribution}
      columns={[
        { header: ctx.t({ th: 'คำตอบ', en: 'Answer' }), cell: (d) => <span safe>{ctx.t(d.label)}</span> },
        { header: ctx.t({ th: 'จำนวน', en: 'Count' }), numeric: true, cell: (d) => <span safe>{String(d.count)}</span> },
        { header: ctx.t({ th: 'ร้อยละ', en: 'Per cent' }), numeric: true, cell: (d) => <span safe>{String(total ? ((d.count * 100) / total).toFixed(1) : '—')}</span> },
      ]}
    />
  )
}

/** The results themselves: shared by the staff page and the agency's public infographic page. */
export function ResultsBody({ ctx, results, charts }: { ctx: PageContext; results: SurveyResults; charts: Charts }) {
  const t = ctx.t
  const h = halfYearOf(results.survey.closesOn)
  return (
    <>
      <ul class="list">
        <li safe>{t(halfYearLabel(h))}</li>
        {results.survey.serviceName ? <li safe>{t({ th: 'งานบริการ: {s}', en: 'Service: {s}' }, { s: results.survey.serviceName })}</li> : ''}
        <li safe>{t({ th: 'ช่วงสำรวจ {a} – {b}', en: 'Surveyed {a} – {b}' }, { a: formatDay(results.survey.opensOn, ctx.locale), b: formatDay(results.survey.closesOn, ctx.locale) })}</li>
        <li>
          <strong safe>{t({ th: 'ผู้ตอบ {n} คน', en: '{n} answers' }, { n: results.responses })}</strong>
        </li>
      </ul>
      {!results.shown ? (
        <div class="inset-text">
          <p class="body" safe>
            {t({ th: 'มีผู้ตอบน้อยกว่า {n} คน จึงยังไม่แสดงผล เพื่อไม่ให้ระบุตัวผู้ตอบได้', en: 'Fewer than {n} answers: results are not shown, so no one can be identified.' }, { n: MIN_GROUP })}
          </p>
        </div>
      ) : (
        <>
          {charts.means ? <ChartFigure chart={charts.means} tableLabel={t({ th: 'ตารางข้อมูล', en: 'Data table' })} /> : ''}
          {charts.trend ? <ChartFigure chart={charts.trend} tableLabel={t({ th: 'ตารางข้อมูล', en: 'Data table' })} /> : ''}
          <Table
            caption={t({ th: 'สรุปรายข้อ', en: 'Per question' })}
            rows={results.questions}
            columns={[
              { header: t({ th: 'ข้อ', en: 'No.' }), cell: (q) => <span safe>{q.item.number}</span> },
              { header: t({ th: 'คำถาม', en: 'Question' }), cell: (q) => <span safe>{t(q.item.title)}</span> },
              { header: t({ th: 'ผู้ตอบ', en: 'Answers' }), numeric: true, cell: (q) => <span safe>{String(q.answered)}</span> },
              { header: t({ th: 'ค่าเฉลี่ย', en: 'Mean' }), numeric: true, cell: (q) => <span safe>{q.scale === 'yes_no' ? `${fmt(q.mean === null ? null : q.mean * 100, 1)}%` : fmt(q.mean)}</span> },
            ]}
          />
          <details class="details">
            <summary class="details__summary">
              <span class="details__summary-text" safe>
                {t({ th: 'การกระจายของคำตอบรายข้อ', en: 'Distribution of answers per question' })}
              </span>
            </summary>
            <div class="details__text">
              {results.questions.map((q) => (
                <Distribution ctx={ctx} q={q} />
              ))}
            </div>
          </details>
        </>
      )}
    </>
  )
}

/** /staff/surveys/:id/results — results, comment review and publication. */
export function StaffResultsPage({ ctx, results, charts }: { ctx: PageContext; results: SurveyResults; charts: Charts }) {
  const t = ctx.t
  const { survey, org } = results
  const base = `/staff/surveys/${survey.id}`
  return (
    <Layout ctx={ctx} title={t({ th: 'ผลแบบสำรวจ', en: 'Survey results' })} wide>
      <a class="back-link" href={base} safe>
        {surveyTitle(ctx, survey)}
      </a>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {t({ th: 'ผล: {s}', en: 'Results: {s}' }, { s: surveyTitle(ctx, survey) })}
      </h1>
      <ResultsBody ctx={ctx} results={results} charts={charts} />
      <h2 class="heading-l" safe>
        {t({ th: 'ข้อเสนอแนะ (ตรวจก่อนเผยแพร่)', en: 'Comments (reviewed before publishing)' })}
      </h2>
      {results.comments.length === 0 ? (
        <p class="body" safe>
          {results.shown ? t({ th: 'ไม่มีข้อเสนอแนะ', en: 'No comments' }) : t({ th: 'แสดงเมื่อมีผู้ตอบตั้งแต่ 5 คน', en: 'Shown from 5 answers' })}
        </p>
      ) : (
        <ul class="list">
          {results.comments.map((c) => (
            <li>
              <p class="body pre-line" safe>
                {c.text}
              </p>
              <Tag text={c.status === 'approved' ? t({ th: 'เผยแพร่ได้', en: 'Approved' }) : c.status === 'rejected' ? t({ th: 'ไม่เผยแพร่', en: 'Not published' }) : t({ th: 'รอตรวจ', en: 'Waiting' })} colour={c.status === 'approved' ? 'green' : c.status === 'rejected' ? 'red' : 'yellow'} />
              <form method="post" action={`${base}/comments/${c.id}`} class="inline-form">
                <CsrfField token={ctx.csrfToken} />
                <Button name="decision" value="approved" kind="secondary" text={t({ th: 'เผยแพร่ได้', en: 'Approve' })} />{' '}
                <Button name="decision" value="rejected" kind="warning" text={t({ th: 'ไม่เผยแพร่', en: 'Reject' })} />
              </form>
            </li>
          ))}
        </ul>
      )}
      <h2 class="heading-l" safe>
        {t({ th: 'เผยแพร่ผลบนเว็บไซต์หน่วยงาน', en: "Publish on the agency's site" })}
      </h2>
      <p class="body" safe>
        {survey.publishedAt ? t({ th: 'เผยแพร่แล้ว', en: 'Published' }) : t({ th: 'ยังไม่เผยแพร่ (ปิดรับคำตอบก่อน และต้องมีผู้ตอบตั้งแต่ 5 คน)', en: 'Not published (close the survey first; at least 5 answers)' })}
      </p>
      <form method="post" action={`${base}/publish`}>
        <CsrfField token={ctx.csrfToken} />
        {survey.publishedAt ? <Button name="publish" value="no" kind="warning" text={t({ th: 'ถอนการเผยแพร่', en: 'Unpublish' })} /> : <Button name="publish" value="yes" text={t({ th: 'เผยแพร่ผล', en: 'Publish results' })} />}
      </form>
      {survey.publishedAt ? (
        <p class="body">
          <a href={`/o/${org.slug}/surveys/${survey.id}`} safe>
            {t({ th: 'หน้าเผยแพร่', en: 'Public page' })}
          </a>
        </p>
      ) : (
        ''
      )}
    </Layout>
  )
}

/** /o/:slug/surveys/:id — the infographic page with Word and Excel beside it. */
export function PublicResultsPage({ ctx, results, charts }: { ctx: PageContext; results: SurveyResults; charts: Charts }) {
  const t = ctx.t
  const { survey, org } = results
  const base = `/o/${org.slug}/surveys/${survey.id}`
  const approved = results.comments.filter((c) => c.status === 'approved')
  return (
    <Layout ctx={ctx} title={surveyTitle(ctx, survey)} description={{ th: `ผลการสำรวจของ${org.name_th}`, en: `Survey results of ${org.name_en || org.name_th}` }}>
      <a class="back-link" href={`/o/${org.slug}/surveys`} safe>
        {t({ th: 'ผลแบบสำรวจทั้งหมด', en: 'All survey results' })}
      </a>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {surveyTitle(ctx, survey)}
      </h1>
      <ResultsBody ctx={ctx} results={results} charts={charts} />
      {approved.length ? (
        <>
          <h2 class="heading-l" safe>
            {t({ th: 'ข้อเสนอแนะจากผู้รับบริการ', en: 'Comments from the people served' })}
          </h2>
          <ul class="list">
            {approved.map((c) => (
              <li class="pre-line" safe>
                {c.text}
              </li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
      <p class="body">
        <a href={`${base}.docx`} safe>
          {t({ th: 'ดาวน์โหลด Word', en: 'Download Word' })}
        </a>
        {' · '}
        <a href={`${base}.xlsx`} safe>
          {t({ th: 'ดาวน์โหลด Excel', en: 'Download Excel' })}
        </a>
      </p>
    </Layout>
  )
}
