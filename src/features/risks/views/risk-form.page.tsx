import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { RISK_TYPES } from '../risks.domain.ts'
import type { riskForm } from '../risks.use-cases.ts'
import type { FormState } from './form-state.ts'
import { HeatMap } from './heat-map.tsx'

type View = Awaited<ReturnType<typeof riskForm>>

/** Add or re-assess a risk; the scales are the matrix's own. */
export function RiskFormPage({ ctx, view, state }: { ctx: PageContext; view: View; state?: FormState | undefined }) {
  const t = ctx.t
  const r = view.risk
  const v: Record<string, string | undefined> = state?.values ?? (r ? { process: r.process, service_key: r.serviceKey ?? '', risk_type: r.riskType, description: r.description, causes: r.causes, existing_controls: r.existingControls, inherent_likelihood: String(r.inherentLikelihood), inherent_impact: String(r.inherentImpact), residual_likelihood: String(r.residualLikelihood), residual_impact: String(r.residualImpact), internal_note: r.internalNote } : {})
  const errors = state?.errors
  const title = r ? t({ th: 'ประเมินความเสี่ยงใหม่', en: 'Re-assess a risk' }) : t({ th: 'เพิ่มความเสี่ยง ปีงบประมาณ {y}', en: 'Add a risk, fiscal year {y}' }, { y: view.fiscalYear })
  const scale = (labels: { th: string; en: string }[]) => labels.map((l, i) => ({ value: String(i + 1), text: `${i + 1} ${l[ctx.locale]}` }))
  const choose = t({ th: 'เลือก', en: 'Choose' })
  return (
    <Layout ctx={ctx} title={title}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <form method="post" action={r ? `/staff/risks/r/${r.id}/edit` : `/staff/risks/${view.fiscalYear}/new`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextInput id="process" label={t({ th: 'กระบวนงาน / ขั้นตอนการปฏิบัติงาน', en: 'Work process' })} hint={t({ th: 'เช่น การออกใบอนุญาตก่อสร้าง ขั้นตอนตรวจสถานที่', en: 'e.g. building permits, site inspection' })} value={v.process} errorMessage={fieldError(ctx, errors, 'process')} />
        {view.services.length ? (
          <Select id="service_key" label={t({ th: 'งานบริการที่เกี่ยวข้อง (ถ้ามี)', en: 'Related service (if any)' })} options={view.services.map((s) => ({ value: s.key, text: s.name }))} value={v.service_key} emptyText={t({ th: 'ไม่ระบุ', en: 'None' })} errorMessage={fieldError(ctx, errors, 'service_key')} />
        ) : (
          ''
        )}
        <Select id="risk_type" label={t({ th: 'ประเภทความเสี่ยง', en: 'Kind of risk' })} options={Object.entries(RISK_TYPES).map(([value, l]) => ({ value, text: l[ctx.locale] }))} value={v.risk_type} emptyText={choose} errorMessage={fieldError(ctx, errors, 'risk_type')} />
        <Textarea id="description" rows={3} label={t({ th: 'เหตุการณ์ความเสี่ยง', en: 'The risk' })} value={v.description} errorMessage={fieldError(ctx, errors, 'description')} />
        <Textarea id="causes" rows={3} label={t({ th: 'สาเหตุ / ปัจจัยเสี่ยง', en: 'Causes' })} value={v.causes} errorMessage={fieldError(ctx, errors, 'causes')} />
        <Textarea id="existing_controls" rows={3} label={t({ th: 'การควบคุมที่มีอยู่', en: 'Existing controls' })} value={v.existing_controls} errorMessage={fieldError(ctx, errors, 'existing_controls')} />
        <h2 class="heading-m" safe>
          {t({ th: 'ระดับความเสี่ยงก่อนการควบคุม', en: 'Inherent risk' })}
        </h2>
        <Select id="inherent_likelihood" label={t({ th: 'โอกาสที่จะเกิด', en: 'Likelihood' })} options={scale(view.matrix.likelihood)} value={v.inherent_likelihood} emptyText={choose} errorMessage={fieldError(ctx, errors, 'inherent_likelihood')} />
        <Select id="inherent_impact" label={t({ th: 'ผลกระทบ', en: 'Impact' })} options={scale(view.matrix.impact)} value={v.inherent_impact} emptyText={choose} errorMessage={fieldError(ctx, errors, 'inherent_impact')} />
        <h2 class="heading-m" safe>
          {t({ th: 'ระดับความเสี่ยงคงเหลือหลังการควบคุม', en: 'Residual risk' })}
        </h2>
        <Select id="residual_likelihood" label={t({ th: 'โอกาสที่จะเกิด', en: 'Likelihood' })} options={scale(view.matrix.likelihood)} value={v.residual_likelihood} emptyText={choose} errorMessage={fieldError(ctx, errors, 'residual_likelihood')} />
        <Select id="residual_impact" label={t({ th: 'ผลกระทบ', en: 'Impact' })} options={scale(view.matrix.impact)} value={v.residual_impact} emptyText={choose} errorMessage={fieldError(ctx, errors, 'residual_impact')} />
        <Textarea id="internal_note" rows={2} label={t({ th: 'บันทึกภายใน (ไม่เผยแพร่)', en: 'Internal note (never published)' })} hint={t({ th: 'เช่น ชื่อบุคคลที่เกี่ยวข้อง ข้อมูลระหว่างตรวจสอบ', en: 'e.g. names of people involved, facts under inquiry' })} value={v.internal_note} errorMessage={fieldError(ctx, errors, 'internal_note')} />
        <Button text={t({ th: 'บันทึก', en: 'Save' })} />
      </form>
      <HeatMap ctx={ctx} matrix={view.matrix} counts={null} caption={t({ th: 'ระดับความเสี่ยงตามตารางโอกาสและผลกระทบของหน่วยงาน', en: 'Levels on the agency’s likelihood × impact matrix' })} />
    </Layout>
  )
}
