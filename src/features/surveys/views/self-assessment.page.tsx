import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, SummaryList, Table } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { TextInput } from '../../../web/components/form-fields.tsx'
import { formatDay } from '../../../web/format-time.ts'
import type { IndicatorNumber } from '../../ita-results/index.ts'
import type { SampleProgress, SelfAssessment } from '../self-assessment.use-cases.ts'
import { surveyTitle, UNOFFICIAL } from './survey-text.ts'

function Progress({ ctx, label, p }: { ctx: PageContext; label: string; p: SampleProgress | null }) {
  const t = ctx.t
  return (
    <section>
      <h3 class="heading-m" safe>
        {label}
      </h3>
      {!p ? (
        <p class="body" safe>
          {t({ th: 'ยังไม่มีแบบสำรวจของปีงบประมาณนี้', en: 'No survey for this fiscal year yet' })}
        </p>
      ) : (
        <>
          <p class="body">
            <a href={`/staff/surveys/${p.survey.id}`} safe>
              {surveyTitle(ctx, p.survey)}
            </a>
          </p>
          {p.short > 0 ? (
            <div class="inset-text inset-text--warning" role="status">
              <strong safe>{t({ th: 'ยังขาดผู้ตอบอีก {n} คน (ตอบแล้ว {have} จากขั้นต่ำ {min})', en: '{n} more answers needed ({have} of the minimum {min})' }, { n: p.short, have: p.responses, min: p.minimum })}</strong>
              {p.notAnswered ? <p class="body" safe>{t({ th: 'ผู้ได้รับเชิญที่ยังไม่ตอบ {n} คน — ส่งอีเมลเตือนได้จากหน้าแบบสำรวจ', en: '{n} invited people have not answered — remind them from the survey page' }, { n: p.notAnswered })}</p> : ''}
            </div>
          ) : (
            <p class="body" safe>
              {t({ th: 'ครบจำนวนขั้นต่ำแล้ว ({have} จาก {min})', en: 'Minimum reached ({have} of {min})' }, { have: p.responses, min: p.minimum })}
            </p>
          )}
          <Table
            caption={t({ th: 'ผู้ตอบสะสมรายวัน', en: 'Running total by day' })}
            empty={t({ th: 'ยังไม่มีผู้ตอบ', en: 'No answers yet' })}
            rows={p.byDay.slice(-14)}
            columns={[
              { header: t({ th: 'วันที่', en: 'Day' }), cell: (d) => <span safe>{formatDay(d.day, ctx.locale)}</span> },
              { header: t({ th: 'ตอบ', en: 'Answers' }), numeric: true, cell: (d) => <span safe>{String(d.count)}</span> },
              { header: t({ th: 'สะสม / ขั้นต่ำ', en: 'Total / minimum' }), numeric: true, cell: (d) => <span safe>{`${d.cumulative} / ${p.minimum}`}</span> },
            ]}
          />
        </>
      )}
    </section>
  )
}

/** /staff/surveys/self-assessment — B3: sample against the minimum and the unofficial estimate. */
export function SelfAssessmentPage({ ctx, sa, mappingValues, errors }: { ctx: PageContext; sa: SelfAssessment; mappingValues: Record<string, string>; errors?: FieldErrors | undefined }) {
  const t = ctx.t
  const title = t({ th: 'ประเมินตนเองก่อนการประเมิน ITA', en: 'Self-assessment before ITA' })
  const label = (n: number) => {
    const i = sa.indicators.find((x) => x.number === n)!
    return `${n}. ${ctx.locale === 'en' ? i.en : i.th}`
  }
  const last = sa.lastOfficial
  const signed = (d: number) => `${d > 0 ? '+' : d < 0 ? '−' : '±'}${Math.abs(d).toFixed(2)}`
  return (
    <Layout ctx={ctx} title={title} wide>
      <ErrorSummary ctx={ctx} errors={errors} />
      <a class="back-link" href={`/staff/surveys?org=${encodeURIComponent(sa.orgSlug)}`} safe>
        {t({ th: 'แบบสำรวจทั้งหมด', en: 'All surveys' })}
      </a>
      <span class="caption-l" safe>
        {`${sa.orgName} · ${t({ th: 'ปีงบประมาณ', en: 'FY' })} ${sa.fiscalYear}`}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <div class="inset-text inset-text--warning">
        <p class="body">
          <strong safe>{t(UNOFFICIAL)}</strong>
        </p>
      </div>
      <h2 class="heading-l" safe>
        {t({ th: 'จำนวนผู้ตอบเทียบกับขั้นต่ำ', en: 'Answers against the minimum sample' })}
      </h2>
      <Progress ctx={ctx} label={t({ th: 'บุคลากรภายใน (แบบ IIT)', en: 'Staff (IIT style)' })} p={sa.iit} />
      <Progress ctx={ctx} label={t({ th: 'ผู้รับบริการ (แบบ EIT)', en: 'People served (EIT style)' })} p={sa.eit} />
      <h2 class="heading-l" safe>
        {t({ th: 'คะแนนคาดการณ์ (ไม่เป็นทางการ)', en: 'Predicted score (unofficial)' })}
      </h2>
      <Table
        caption={t({ th: 'คะแนนคาดการณ์รายตัวชี้วัด', en: 'Predicted score per indicator' })}
        rows={sa.indicators}
        columns={[
          { header: t({ th: 'ตัวชี้วัด', en: 'Indicator' }), cell: (i) => <span safe>{label(i.number)}</span> },
          { header: t({ th: 'เครื่องมือ', en: 'Tool' }), cell: (i) => <span safe>{i.tool}</span> },
          { header: t({ th: 'คะแนนคาดการณ์', en: 'Estimate' }), numeric: true, cell: (i) => <span safe>{i.score === null ? '—' : i.score.toFixed(2)}</span> },
          ...(last
            ? [
                { header: t({ th: 'ผลทางการ ปี {y}', en: 'Official, FY {y}' }, { y: last.fiscalYear }), numeric: true, cell: (i: (typeof sa.indicators)[number]) => <span safe>{last.scores[i.number as IndicatorNumber].toFixed(2)}</span> },
                { header: t({ th: 'ต่างจากปีก่อน', en: 'Change' }), numeric: true, cell: (i: (typeof sa.indicators)[number]) => <span safe>{i.score === null ? '—' : signed(i.score - last.scores[i.number as IndicatorNumber])}</span> },
              ]
            : []),
        ]}
      />
      {last?.score ? (
        <p class="body" safe>
          {t({ th: 'ผลการประเมินทางการปี {y}: คะแนนรวม {total} ({rating})', en: 'Official result for FY {y}: total {total} ({rating})' }, { y: last.fiscalYear, total: last.score.total.toFixed(2), rating: t(last.score.rating) })}
        </p>
      ) : (
        <p class="hint" safe>
          {t({ th: 'ยังไม่มีผลการประเมินทางการของปีก่อนในระบบ จึงยังเทียบไม่ได้', en: 'No official result for last year has been imported, so there is nothing to compare with yet' })}
        </p>
      )}
      {sa.predicted ? (
        <SummaryList
          rows={[
            { key: 'IIT', value: <span safe>{sa.predicted.tools.IIT.toFixed(2)}</span> },
            { key: 'EIT', value: <span safe>{sa.predicted.tools.EIT.toFixed(2)}</span> },
            { key: 'OIT', value: <span safe>{sa.predicted.tools.OIT.toFixed(2)}</span> },
            { key: t({ th: 'คะแนนรวมคาดการณ์', en: 'Predicted total' }), value: <strong safe>{sa.predicted.total.toFixed(2)}</strong> },
            { key: t({ th: 'ผลคาดการณ์', en: 'Predicted label' }), value: <strong safe>{t(sa.predicted.rating) + (sa.rulesVerified ? '' : t({ th: ' (เกณฑ์ปีนี้ยังไม่ได้ยืนยัน)', en: " (this year's thresholds unverified)" }))}</strong> },
          ]}
        />
      ) : (
        <p class="body" safe>
          {t({ th: 'ยังคาดการณ์คะแนนรวมไม่ได้: ต้องมีข้อมูลครบทั้ง 10 ตัวชี้วัด (แบบ IIT, แบบ EIT และรายการ OIT ของปีนี้)', en: 'No total yet: all ten indicators need data (IIT and EIT surveys and this year’s OIT checklist)' })}
        </p>
      )}
      {sa.gains.length ? (
        <>
          <h3 class="heading-m" safe>
            {t({ th: 'ตัวชี้วัดที่ปรับปรุงแล้วได้คะแนนเพิ่มมากที่สุด', en: 'Where improvement would gain most' })}
          </h3>
          <ol class="list list--number">
            {sa.gains.map((g) => (
              <li safe>{t({ th: '{i}: เพิ่มได้สูงสุด {g} คะแนน', en: '{i}: up to {g} points' }, { i: label(g.indicator), g: g.gain.toFixed(2) })}</li>
            ))}
          </ol>
          <p class="body">
            <a href="/staff/ita/agencies" safe>
              {t({ th: 'นำไปกำหนดในแผนมาตรการส่งเสริมคุณธรรม', en: 'Take them into the improvement plan' })}
            </a>
          </p>
        </>
      ) : (
        ''
      )}
      <h2 class="heading-l" safe>
        {t({ th: 'คะแนนของแต่ละระดับคำตอบ', en: 'Points per answer level' })}
      </h2>
      <p class="body" safe>
        {sa.mapping.verified
          ? t({ th: 'ยืนยันแล้ว', en: 'Verified' })
          : t({ th: 'ยังไม่ได้ยืนยันกับคู่มือของ ป.ป.ช. (ค่าเริ่มต้น 0 / 33.33 / 66.67 / 100 และ ใช่ = 100, ไม่ใช่ = 0) ผู้ดูแลระบบแก้ไขได้ตามปีงบประมาณ', en: 'Not verified against the NACC manual (default 0 / 33.33 / 66.67 / 100; yes = 100, no = 0); platform admins may correct it per fiscal year' })}
      </p>
      {ctx.actor?.isPlatformAdmin ? (
        <form method="post" action={`/staff/surveys/points/${sa.fiscalYear}?org=${encodeURIComponent(sa.orgSlug)}`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          {(['l1', 'l2', 'l3', 'l4'] as const).map((k, i) => (
            <TextInput id={k} label={t({ th: 'ระดับ {n}', en: 'Level {n}' }, { n: i + 1 })} errorMessage={fieldError(ctx, errors, k)} value={mappingValues[k]} inputmode="text" width="5" />
          ))}
          <TextInput id="yes" label={t({ th: 'ใช่ / มี', en: 'Yes' })} errorMessage={fieldError(ctx, errors, 'yes')} value={mappingValues['yes']} inputmode="text" width="5" />
          <TextInput id="no" label={t({ th: 'ไม่ใช่ / ไม่มี', en: 'No' })} errorMessage={fieldError(ctx, errors, 'no')} value={mappingValues['no']} inputmode="text" width="5" />
          <Button kind="secondary" text={t({ th: 'บันทึกคะแนน', en: 'Save the points' })} />
        </form>
      ) : (
        <SummaryList rows={[{ key: t({ th: 'ระดับ 1–4', en: 'Levels 1–4' }), value: <span safe>{sa.mapping.fourLevel.join(' / ')}</span> }, { key: t({ th: 'ใช่ / ไม่ใช่', en: 'Yes / no' }), value: <span safe>{`${sa.mapping.yes} / ${sa.mapping.no}`}</span> }]} />
      )}
    </Layout>
  )
}
