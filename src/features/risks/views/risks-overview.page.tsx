import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, Table, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, Textarea } from '../../../web/components/form-fields.tsx'
import { formatDay, formatInstant } from '../../../web/format-time.ts'
import { FOLLOWUP_KINDS, isOverdue, REGISTER_STATUSES, RISK_TYPES } from '../risks.domain.ts'
import type { overview, RiskWithLevels } from '../risks.use-cases.ts'
import type { FormState } from './form-state.ts'
import { HeatMap, LevelBadge } from './heat-map.tsx'

type View = Awaited<ReturnType<typeof overview>>

/** /staff/risks: the year's corruption and discretion risk register. */
export function RisksOverviewPage({ ctx, view, state }: { ctx: PageContext; view: View; state?: FormState | undefined }) {
  const t = ctx.t
  const v = view
  const name = ctx.locale === 'th' ? v.agency.name_th : v.agency.name_en || v.agency.name_th
  const title = t({ th: 'การประเมินความเสี่ยงการทุจริตและการใช้ดุลพินิจ', en: 'Corruption and discretion risks' })
  const own = ctx.actor?.memberships.some((m) => m.organisationId === v.agency.id)
  const q = own ? '' : `org=${encodeURIComponent(v.agency.slug)}&`
  const reg = v.register
  const reported = new Set(v.followups.map((f) => f.kind))
  return (
    <Layout ctx={ctx} title={`${title} ${v.fiscalYear}`} wide>
      <ErrorSummary ctx={ctx} errors={state?.errors} />
      <p class="caption-l" safe>
        {name}
      </p>
      <h1 class="heading-xl" safe>
        {`${title} ${t({ th: 'ปีงบประมาณ', en: 'fiscal year' })} ${v.fiscalYear}`}
      </h1>
      <nav class="sub-nav" aria-label={t({ th: 'ปีงบประมาณ', en: 'Fiscal years' })}>
        <ul class="sub-nav__list">
          {v.years.map((y) => (
            <li class="sub-nav__item">
              <a href={`/staff/risks?${q}year=${y}`} aria-current={y === v.fiscalYear ? 'page' : undefined} safe>
                {String(y)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p class="body">
        {own ? (
          <>
            <a href="/staff/risks/outside-manual" safe>
              {t({ th: 'รายงานการปฏิบัติงานที่ไม่เป็นไปตามคู่มือ', en: 'Work done outside the manual' })}
            </a>
            {' · '}
            <a href={`/staff/risks/internal-control?year=${v.fiscalYear}`} safe>
              {t({ th: 'การประเมินผลการควบคุมภายใน', en: 'Internal-control evaluation' })}
            </a>
            {' · '}
          </>
        ) : (
          ''
        )}
        <a href={`/o/${v.agency.slug}/risks`} safe>
          {t({ th: 'หน้าเผยแพร่ต่อสาธารณะ', en: 'Public page' })}
        </a>
        {v.mayApprove ? (
          <>
            {' · '}
            <a href="/staff/risks/matrix" safe>
              {t({ th: 'ตารางโอกาสและผลกระทบ', en: 'Likelihood × impact matrix' })}
            </a>
          </>
        ) : (
          ''
        )}
      </p>

      {!reg ? (
        <>
          <p class="body" safe>
            {t({ th: 'ยังไม่มีทะเบียนความเสี่ยงของปีนี้', en: 'No register for this year yet.' })}
          </p>
          {v.mayEdit && own ? (
            <div class="button-group">
              {v.canCarryFrom ? (
                <form method="post" action={`/staff/risks/${v.canCarryFrom}/carry-forward`} class="inline-form">
                  <CsrfField token={ctx.csrfToken} />
                  <Button text={t({ th: 'ยกความเสี่ยงจากปี {y} มาประเมินใหม่', en: 'Carry the {y} risks forward for re-assessment' }, { y: v.canCarryFrom })} />
                </form>
              ) : (
                ''
              )}
              <form method="post" action={`/staff/risks/${v.fiscalYear}/start`} class="inline-form">
                <CsrfField token={ctx.csrfToken} />
                <Button kind="secondary" text={t({ th: 'เริ่มทะเบียนใหม่', en: 'Start an empty register' })} />
              </form>
            </div>
          ) : (
            ''
          )}
        </>
      ) : (
        <>
          <p class="body">
            <Tag text={REGISTER_STATUSES[reg.status][ctx.locale]} colour={reg.status === 'approved' ? 'green' : 'yellow'} />{' '}
            {reg.approvedAt ? <span safe>{`${reg.approvedByLabel ?? ''} ${formatInstant(reg.approvedAt, ctx.locale)}`}</span> : ''}
            {reg.carriedFromId ? <span safe>{` ${t({ th: '(ยกมาจากปี {y})', en: '(carried from {y})' }, { y: v.fiscalYear - 1 })}`}</span> : ''}
          </p>
          <div class="button-group">
            {v.mayEdit && reg.status === 'draft' && own ? (
              <a class="button" href={`/staff/risks/${v.fiscalYear}/new`} safe>
                {t({ th: 'เพิ่มความเสี่ยง', en: 'Add a risk' })}
              </a>
            ) : (
              ''
            )}
            {v.mayApprove && reg.status === 'draft' ? (
              <form method="post" action={`/staff/risks/${v.fiscalYear}/approve`} class="inline-form">
                <CsrfField token={ctx.csrfToken} />
                <Button kind="secondary" text={t({ th: 'อนุมัติผลการประเมิน', en: 'Approve the assessment' })} />
              </form>
            ) : (
              ''
            )}
            {own ? (
              <a class="button button--secondary" href={`/staff/risks/${v.fiscalYear}/report.docx`} safe>
                {t({ th: 'รายงานผู้ว่าราชการจังหวัด (Word)', en: 'Report to the governor (Word)' })}
              </a>
            ) : (
              ''
            )}
            {v.mayEdit && own && !v.canCarryFrom ? (
              <form method="post" action={`/staff/risks/${v.fiscalYear}/carry-forward`} class="inline-form">
                <CsrfField token={ctx.csrfToken} />
                <Button kind="secondary" text={t({ th: 'ยกไปประเมินใหม่ในปี {y}', en: 'Carry forward to {y}' }, { y: v.fiscalYear + 1 })} />
              </form>
            ) : (
              ''
            )}
          </div>
          <RiskTable ctx={ctx} risks={v.risks} today={v.today} />
          <HeatMap ctx={ctx} matrix={v.matrix} counts={v.inherentHeat} caption={t({ th: 'แผนผังความเสี่ยงก่อนการควบคุม (ความเสี่ยงตามธรรมชาติ)', en: 'Heat map: inherent risk' })} />
          <HeatMap ctx={ctx} matrix={v.matrix} counts={v.residualHeat} caption={t({ th: 'แผนผังความเสี่ยงหลังการควบคุม (ความเสี่ยงคงเหลือ)', en: 'Heat map: residual risk' })} />

          <h2 class="heading-l" safe>
            {t({ th: 'การติดตามและรายงานผล', en: 'Follow-up reports' })}
          </h2>
          <Table
            caption={t({ th: 'รายงานผล {n} ฉบับ', en: '{n} report(s)' }, { n: v.followups.length })}
            empty={t({ th: 'ยังไม่มีการรายงานผล', en: 'No reports yet.' })}
            rows={v.followups}
            columns={[
              { header: t({ th: 'รอบ', en: 'Report' }), cell: (f) => <span>{FOLLOWUP_KINDS[f.kind][ctx.locale]}</span> },
              { header: t({ th: 'วันที่', en: 'Date' }), cell: (f) => <span safe>{formatDay(f.reportedOn, ctx.locale)}</span> },
              { header: t({ th: 'สรุป', en: 'Summary' }), cell: (f) => <span class="preserve-lines" safe>{f.summary}</span> },
              { header: t({ th: 'ผู้รายงาน', en: 'By' }), cell: (f) => <span safe>{f.reportedByLabel}</span> },
            ]}
          />
          {v.mayEdit && own && reg.status === 'approved' && reported.size < 2 ? (
            <form method="post" action={`/staff/risks/${v.fiscalYear}/followups`} novalidate>
              <CsrfField token={ctx.csrfToken} />
              <Select
                id="kind"
                label={t({ th: 'รอบการรายงาน', en: 'Which report' })}
                options={Object.entries(FOLLOWUP_KINDS)
                  .filter(([k]) => !reported.has(k as never))
                  .map(([value, l]) => ({ value, text: l[ctx.locale] }))}
                value={state?.values.kind}
                emptyText={t({ th: 'เลือก', en: 'Choose' })}
                errorMessage={fieldError(ctx, state?.errors, 'kind')}
              />
              <Textarea id="summary" rows={4} label={t({ th: 'สรุปผลการดำเนินงานตามมาตรการ', en: 'Summary of the treatments’ progress' })} hint={t({ th: 'สถานะของแต่ละมาตรการจะบันทึกไว้กับรายงานโดยอัตโนมัติ', en: 'Each treatment’s status is kept with the report.' })} value={state?.values.summary} errorMessage={fieldError(ctx, state?.errors, 'summary')} />
              <Button text={t({ th: 'บันทึกรายงานผล', en: 'Record the report' })} />
            </form>
          ) : (
            ''
          )}
        </>
      )}
    </Layout>
  )
}

export function RiskTable({ ctx, risks, today }: { ctx: PageContext; risks: RiskWithLevels[]; today: string }) {
  const t = ctx.t
  return (
    <Table<RiskWithLevels>
      caption={t({ th: 'ความเสี่ยง {n} เรื่อง', en: '{n} risk(s)' }, { n: risks.length })}
      empty={t({ th: 'ยังไม่มีความเสี่ยงในทะเบียน', en: 'No risks yet.' })}
      rows={risks}
      columns={[
        {
          header: t({ th: 'กระบวนงาน / ความเสี่ยง', en: 'Process / risk' }),
          cell: (r) => (
            <>
              <a href={`/staff/risks/r/${r.id}`} safe>
                {r.process}
              </a>
              <br />
              <span safe>{r.description}</span>
            </>
          ),
        },
        { header: t({ th: 'ประเภท', en: 'Type' }), cell: (r) => <span>{RISK_TYPES[r.riskType][ctx.locale]}</span> },
        { header: t({ th: 'ก่อนควบคุม', en: 'Inherent' }), cell: (r) => <LevelBadge ctx={ctx} level={r.inherent} /> },
        { header: t({ th: 'คงเหลือ', en: 'Residual' }), cell: (r) => <LevelBadge ctx={ctx} level={r.residual} /> },
        {
          header: t({ th: 'มาตรการ', en: 'Treatments' }),
          cell: (r) => {
            const overdue = r.treatments.filter((x) => isOverdue(x, today as never)).length
            return (
              <>
                <span safe>{`${r.treatments.filter((x) => x.status === 'done').length}/${r.treatments.length}`}</span>
                {overdue ? (
                  <>
                    {' '}
                    <Tag text={t({ th: 'เกินกำหนด {n}', en: '{n} overdue' }, { n: overdue })} colour="red" />
                  </>
                ) : (
                  ''
                )}
              </>
            )
          },
        },
      ]}
    />
  )
}
