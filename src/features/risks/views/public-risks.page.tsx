import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Table, Tag } from '../../../web/components/display.tsx'
import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import { formatDay, formatInstant } from '../../../web/format-time.ts'
import { FOLLOWUP_KINDS, RISK_TYPES, TREATMENT_STATUSES } from '../risks.domain.ts'
import type { PublicRisks } from '../risks.use-cases.ts'
import { HeatMap, LevelBadge } from './heat-map.tsx'
import { statusColour } from './risk.page.tsx'

type PublicRisk = PublicRisks['risks'][number]

/** /o/:slug/risks: the approved assessment without people's names or internal notes (OIT: risk assessment and its report). */
export function PublicRisksPage({ ctx, view }: { ctx: PageContext; view: PublicRisks }) {
  const t = ctx.t
  const name = ctx.locale === 'th' ? view.agency.name_th : view.agency.name_en || view.agency.name_th
  const heading = t({ th: 'การประเมินความเสี่ยงการทุจริต', en: 'Corruption-risk assessment' })
  return (
    <Layout ctx={ctx} title={`${heading} – ${name}`} description={{ th: `ผลการประเมินความเสี่ยงการทุจริตและมาตรการจัดการความเสี่ยงของ${view.agency.name_th}`, en: `Corruption risks and their treatments at ${view.agency.name_en || view.agency.name_th}` }}>
      <AgencyPageHeading ctx={ctx} slug={view.agency.slug} agencyName={name} heading={heading} />
      {!view.fiscalYear ? (
        <p class="body" safe>
          {t({ th: 'ยังไม่มีผลการประเมินความเสี่ยงที่ผู้บริหารอนุมัติ', en: 'No approved risk assessment yet.' })}
        </p>
      ) : (
        <>
          <p class="body" safe>
            {t({ th: 'ปีงบประมาณ {y} ผู้บริหารอนุมัติเมื่อ {d}', en: 'Fiscal year {y}, approved on {d}' }, { y: view.fiscalYear, d: view.approvedAt ? formatInstant(view.approvedAt, ctx.locale) : '' })}
          </p>
          <HeatMap ctx={ctx} matrix={view.matrix} counts={view.residualHeat} caption={t({ th: 'แผนผังความเสี่ยงคงเหลือหลังการควบคุม', en: 'Heat map of residual risks' })} />
          {view.risks.map((r: PublicRisk, i: number) => (
            <section>
              <h2 class="heading-m" safe>
                {`${i + 1}. ${r.process}`}
              </h2>
              <dl class="summary-list">
                {[
                  [t({ th: 'ประเภท', en: 'Type' }), RISK_TYPES[r.riskType][ctx.locale]],
                  ...(r.serviceName ? [[t({ th: 'งานบริการ', en: 'Service' }), r.serviceName]] : []),
                  [t({ th: 'เหตุการณ์ความเสี่ยง', en: 'Risk' }), r.description],
                  [t({ th: 'สาเหตุ', en: 'Causes' }), r.causes],
                  [t({ th: 'การควบคุมที่มีอยู่', en: 'Existing controls' }), r.existingControls],
                ].map(([k, v]) => (
                  <div class="summary-list__row summary-list__row--no-actions">
                    <dt class="summary-list__key" safe>
                      {k}
                    </dt>
                    <dd class="summary-list__value preserve-lines" safe>
                      {v}
                    </dd>
                  </div>
                ))}
                <div class="summary-list__row summary-list__row--no-actions">
                  <dt class="summary-list__key" safe>
                    {t({ th: 'ระดับความเสี่ยง', en: 'Level' })}
                  </dt>
                  <dd class="summary-list__value">
                    <span safe>{t({ th: 'ก่อนควบคุม', en: 'Inherent' })}</span> <LevelBadge ctx={ctx} level={r.inherent} />
                    {' · '}
                    <span safe>{t({ th: 'คงเหลือ', en: 'Residual' })}</span> <LevelBadge ctx={ctx} level={r.residual} />
                  </dd>
                </div>
              </dl>
              <Table
                caption={t({ th: 'มาตรการจัดการความเสี่ยง', en: 'Treatments' })}
                empty={t({ th: 'ไม่มีมาตรการเพิ่มเติม', en: 'No further treatment.' })}
                rows={r.treatments}
                columns={[
                  { header: t({ th: 'มาตรการ', en: 'Treatment' }), cell: (x) => <span safe>{x.measure}</span> },
                  { header: t({ th: 'หน่วยงานที่รับผิดชอบ', en: 'Responsible unit' }), cell: (x) => <span safe>{x.ownerUnit}</span> },
                  { header: t({ th: 'กำหนดเสร็จ', en: 'Due' }), cell: (x) => <span safe>{formatDay(x.dueOn, ctx.locale)}</span> },
                  { header: t({ th: 'สถานะ', en: 'Status' }), cell: (x) => <Tag text={TREATMENT_STATUSES[x.status][ctx.locale]} colour={statusColour(x.status)} /> },
                ]}
              />
            </section>
          ))}
          <h2 class="heading-l" safe>
            {t({ th: 'รายงานผลการดำเนินงาน', en: 'Progress reports' })}
          </h2>
          {view.followups.length === 0 ? (
            <p class="body" safe>
              {t({ th: 'ยังไม่มีรายงานผล', en: 'No report yet.' })}
            </p>
          ) : (
            view.followups.map((f) => (
              <section>
                <h3 class="heading-s" safe>
                  {`${FOLLOWUP_KINDS[f.kind][ctx.locale]} (${formatDay(f.reportedOn, ctx.locale)})`}
                </h3>
                <p class="body preserve-lines" safe>
                  {f.summary}
                </p>
              </section>
            ))
          )}
        </>
      )}
    </Layout>
  )
}
