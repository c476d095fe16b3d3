import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, SummaryList, Table, Tag } from '../../../web/components/display.tsx'
import { DateInput } from '../../../web/components/date-input.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { formatDay, formatInstant } from '../../../web/format-time.ts'
import { isOverdue, nextTreatmentStatuses, RISK_TYPES, TREATMENT_STATUSES, type TreatmentStatus } from '../risks.domain.ts'
import type { Treatment } from '../risks.repository.ts'
import type { riskView } from '../risks.use-cases.ts'
import type { FormState } from './form-state.ts'
import { LevelBadge } from './heat-map.tsx'

type View = Awaited<ReturnType<typeof riskView>>

export const statusColour = (s: TreatmentStatus) => (s === 'done' ? 'green' : s === 'cancelled' ? 'grey' : s === 'in_progress' ? 'blue' : 'yellow')

/** /staff/risks/r/:id: the risk, its treatments with their history, and the same risk in earlier years. */
export function RiskPage({ ctx, view, state }: { ctx: PageContext; view: View; state?: (FormState & { form: string }) | undefined }) {
  const t = ctx.t
  const r = view.risk
  const s = (form: string) => (state?.form === form ? state : undefined)
  const add = s('treatment')
  return (
    <Layout ctx={ctx} title={r.process} wide>
      <ErrorSummary ctx={ctx} errors={state?.errors} />
      <p class="caption-l">
        <a href={`/staff/risks?${view.mayEdit ? '' : `org=${view.agency.slug}&`}year=${view.register.fiscalYear}`} safe>
          {t({ th: 'ทะเบียนความเสี่ยง ปีงบประมาณ {y}', en: 'Risk register, fiscal year {y}' }, { y: view.register.fiscalYear })}
        </a>
      </p>
      <h1 class="heading-xl" safe>
        {r.process}
      </h1>
      <SummaryList
        rows={[
          { key: t({ th: 'ประเภท', en: 'Type' }), value: <span>{RISK_TYPES[r.riskType][ctx.locale]}</span> },
          ...(r.serviceName ? [{ key: t({ th: 'งานบริการ', en: 'Service' }), value: <span safe>{r.serviceName}</span> }] : []),
          { key: t({ th: 'เหตุการณ์ความเสี่ยง', en: 'Risk' }), value: <span class="preserve-lines" safe>{r.description}</span> },
          { key: t({ th: 'สาเหตุ', en: 'Causes' }), value: <span class="preserve-lines" safe>{r.causes}</span> },
          { key: t({ th: 'การควบคุมที่มีอยู่', en: 'Existing controls' }), value: <span class="preserve-lines" safe>{r.existingControls}</span> },
          { key: t({ th: 'ก่อนการควบคุม', en: 'Inherent' }), value: <><LevelBadge ctx={ctx} level={r.inherent} /> <span safe>{t({ th: '(โอกาส {l} × ผลกระทบ {i})', en: '(likelihood {l} × impact {i})' }, { l: r.inherentLikelihood, i: r.inherentImpact })}</span></> },
          { key: t({ th: 'คงเหลือ', en: 'Residual' }), value: <><LevelBadge ctx={ctx} level={r.residual} /> <span safe>{t({ th: '(โอกาส {l} × ผลกระทบ {i})', en: '(likelihood {l} × impact {i})' }, { l: r.residualLikelihood, i: r.residualImpact })}</span></> },
          ...(view.mayEdit ? [{ key: t({ th: 'บันทึกภายใน', en: 'Internal note' }), value: <span class="preserve-lines" safe>{r.internalNote || '–'}</span> }] : []),
        ]}
      />
      {view.editable ? (
        <p class="body">
          <a class="button button--secondary" href={`/staff/risks/r/${r.id}/edit`} safe>
            {t({ th: 'ประเมินใหม่ / แก้ไข', en: 'Re-assess / edit' })}
          </a>
        </p>
      ) : (
        ''
      )}

      <h2 class="heading-l" safe>
        {t({ th: 'มาตรการจัดการความเสี่ยง', en: 'Treatments' })}
      </h2>
      <Table<Treatment>
        caption={t({ th: 'มาตรการ {n} รายการ', en: '{n} treatment(s)' }, { n: r.treatments.length })}
        empty={t({ th: 'ยังไม่มีมาตรการ', en: 'No treatments yet.' })}
        rows={r.treatments}
        columns={[
          { header: t({ th: 'มาตรการ', en: 'Treatment' }), cell: (x) => <span safe>{x.measure}</span> },
          { header: t({ th: 'ผู้รับผิดชอบ', en: 'Owner' }), cell: (x) => <span safe>{`${x.ownerName} (${x.ownerUnit})`}</span> },
          { header: t({ th: 'กำหนดเสร็จ', en: 'Due' }), cell: (x) => <span safe>{formatDay(x.dueOn, ctx.locale)}</span> },
          {
            header: t({ th: 'สถานะ', en: 'Status' }),
            cell: (x) => (
              <>
                <Tag text={TREATMENT_STATUSES[x.status][ctx.locale]} colour={statusColour(x.status)} />
                {isOverdue(x, view.today) ? (
                  <>
                    {' '}
                    <Tag text={t({ th: 'เกินกำหนด', en: 'Overdue' })} colour="red" />
                  </>
                ) : (
                  ''
                )}
                {x.progressNote ? (
                  <>
                    <br />
                    <span safe>{x.progressNote}</span>
                  </>
                ) : (
                  ''
                )}
              </>
            ),
          },
          {
            header: t({ th: 'ปรับสถานะ', en: 'Update' }),
            cell: (x) =>
              view.mayEdit && nextTreatmentStatuses(x.status).length ? (
                <form method="post" action={`/staff/risks/treatments/${x.id}/status`} novalidate>
                  <CsrfField token={ctx.csrfToken} />
                  <Select id={`status-${x.id}`} name="status" label={t({ th: 'สถานะใหม่', en: 'New status' })} options={nextTreatmentStatuses(x.status).map((st) => ({ value: st, text: TREATMENT_STATUSES[st][ctx.locale] }))} />
                  <Textarea id={`progress-${x.id}`} name="progress_note" rows={2} label={t({ th: 'ผลการดำเนินงาน', en: 'Progress' })} value={s(`status-${x.id}`)?.values.progress_note} errorMessage={fieldError(ctx, s(`status-${x.id}`)?.errors, 'progress_note')} />
                  <Button kind="secondary" text={t({ th: 'บันทึก', en: 'Save' })} />
                </form>
              ) : (
                '–'
              ),
          },
        ]}
      />
      {view.mayEdit ? (
        <form method="post" action={`/staff/risks/r/${r.id}/treatments`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <h3 class="heading-m" safe>
            {t({ th: 'เพิ่มมาตรการ', en: 'Add a treatment' })}
          </h3>
          <Textarea id="measure" rows={2} label={t({ th: 'มาตรการ / กิจกรรม', en: 'Treatment' })} value={add?.values.measure} errorMessage={fieldError(ctx, add?.errors, 'measure')} />
          <TextInput id="owner_name" label={t({ th: 'ผู้รับผิดชอบ (ไม่เผยแพร่)', en: 'Person responsible (not published)' })} value={add?.values.owner_name} errorMessage={fieldError(ctx, add?.errors, 'owner_name')} />
          <TextInput id="owner_unit" label={t({ th: 'หน่วยงาน / กองที่รับผิดชอบ', en: 'Responsible unit' })} value={add?.values.owner_unit} errorMessage={fieldError(ctx, add?.errors, 'owner_unit')} />
          <DateInput id="due_on" locale={ctx.locale} label={t({ th: 'กำหนดแล้วเสร็จ', en: 'Due on' })} value={{ day: add?.values['due_on-day'], month: add?.values['due_on-month'], year: add?.values['due_on-year'] }} errorMessage={fieldError(ctx, add?.errors, 'due_on')} />
          <Button text={t({ th: 'เพิ่มมาตรการ', en: 'Add the treatment' })} />
        </form>
      ) : (
        ''
      )}

      {view.history.length ? (
        <>
          <h2 class="heading-l" safe>
            {t({ th: 'ประวัติการดำเนินงาน', en: 'History' })}
          </h2>
          <ul class="list list--bullet">
            {view.history.map((h) => (
              <li safe>{`${formatInstant(h.at, ctx.locale)} – ${h.from_status ? `${TREATMENT_STATUSES[h.from_status as TreatmentStatus]?.[ctx.locale] ?? h.from_status} → ` : ''}${TREATMENT_STATUSES[h.to_status as TreatmentStatus]?.[ctx.locale] ?? h.to_status} (${h.actor_label})${h.note ? `: ${h.note}` : ''}`}</li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}

      {view.earlier.length ? (
        <>
          <h2 class="heading-l" safe>
            {t({ th: 'การประเมินในปีก่อน', en: 'Earlier assessments' })}
          </h2>
          <Table
            caption={t({ th: 'ความเสี่ยงเดียวกันในปีงบประมาณก่อน', en: 'The same risk in earlier fiscal years' })}
            rows={view.earlier}
            columns={[
              { header: t({ th: 'ปีงบประมาณ', en: 'Fiscal year' }), cell: (e) => <a href={`/staff/risks/r/${e.risk.id}`} safe>{String(e.fiscalYear)}</a> },
              { header: t({ th: 'ก่อนควบคุม', en: 'Inherent' }), cell: (e) => <LevelBadge ctx={ctx} level={e.risk.inherent} /> },
              { header: t({ th: 'คงเหลือ', en: 'Residual' }), cell: (e) => <LevelBadge ctx={ctx} level={e.risk.residual} /> },
              { header: t({ th: 'มาตรการที่ดำเนินการแล้ว', en: 'Treatments done' }), cell: (e) => <span safe>{`${e.risk.treatments.filter((x) => x.status === 'done').length}/${e.risk.treatments.length}`}</span> },
            ]}
          />
        </>
      ) : (
        ''
      )}
    </Layout>
  )
}
