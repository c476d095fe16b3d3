import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, TextInput } from '../../../web/components/form-fields.tsx'
import type { matrixView } from '../risks.use-cases.ts'
import type { FormState } from './form-state.ts'
import { HeatMap } from './heat-map.tsx'

type View = Awaited<ReturnType<typeof matrixView>>

/** /staff/risks/matrix: the organisation's likelihood × impact matrix; a province's is its agencies' default. */
export function MatrixPage({ ctx, view, state }: { ctx: PageContext; view: View; state?: FormState | undefined }) {
  const t = ctx.t
  const m = view.matrix
  const v = state?.values
  const title = t({ th: 'ตารางโอกาสและผลกระทบ (Risk Matrix)', en: 'Likelihood × impact matrix' })
  const action = `/staff/risks/matrix${ctx.path.includes('?') ? ctx.path.slice(ctx.path.indexOf('?')) : ''}`
  return (
    <Layout ctx={ctx} title={title} wide>
      <ErrorSummary ctx={ctx} errors={state?.errors} />
      <p class="caption-l" safe>
        {view.agency.name_th}
      </p>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body" safe>
        {view.inherited
          ? t({ th: 'ขณะนี้ใช้ตารางของหน่วยงานกำกับหรือค่าเริ่มต้น เมื่อบันทึกจะเป็นตารางของหน่วยงานนี้เอง', en: 'The province’s or the default matrix applies now; saving makes it this organisation’s own.' })
          : t({ th: 'ระดับความเสี่ยงทุกเรื่องคำนวณจากตารางนี้ เมื่อแก้ไข ระดับจะเปลี่ยนตามทันที', en: 'Every risk’s level is read from this matrix; change it and the levels follow.' })}
      </p>
      <HeatMap ctx={ctx} matrix={m} counts={null} caption={t({ th: 'ตารางที่ใช้อยู่', en: 'The matrix in force' })} />
      <form method="post" action={action} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <h2 class="heading-l" safe>
          {t({ th: 'ระดับความเสี่ยง', en: 'Levels' })}
        </h2>
        {m.levels.map((lv) => (
          <fieldset class="fieldset">
            <legend class="fieldset__legend" safe>
              {lv[ctx.locale]}
            </legend>
            <TextInput id={`level_${lv.key}_th`} label={t({ th: 'ชื่อภาษาไทย', en: 'Thai name' })} value={v?.[`level_${lv.key}_th`] ?? lv.th} errorMessage={fieldError(ctx, state?.errors, `level_${lv.key}_th`)} />
            <TextInput id={`level_${lv.key}_en`} label={t({ th: 'ชื่อภาษาอังกฤษ', en: 'English name' })} value={v?.[`level_${lv.key}_en`] ?? lv.en} errorMessage={fieldError(ctx, state?.errors, `level_${lv.key}_en`)} />
            <TextInput id={`level_${lv.key}_colour`} label={t({ th: 'สี (รหัส เช่น #d4351c)', en: 'Colour (code such as #d4351c)' })} width="10" value={v?.[`level_${lv.key}_colour`] ?? lv.colour} errorMessage={fieldError(ctx, state?.errors, `level_${lv.key}_colour`)} />
          </fieldset>
        ))}
        <h2 class="heading-l" safe>
          {t({ th: 'ระดับของแต่ละช่อง', en: 'Level of each cell' })}
        </h2>
        {m.likelihood.map((l, li) => (
          <fieldset class="fieldset">
            <legend class="fieldset__legend" safe>
              {t({ th: 'โอกาส {n} ({l})', en: 'Likelihood {n} ({l})' }, { n: li + 1, l: l[ctx.locale] })}
            </legend>
            {m.impact.map((imp, ii) => (
              <Select id={`cell_${li + 1}_${ii + 1}`} label={t({ th: 'ผลกระทบ {n} ({l})', en: 'Impact {n} ({l})' }, { n: ii + 1, l: imp[ctx.locale] })} options={m.levels.map((lv) => ({ value: lv.key, text: lv[ctx.locale] }))} value={v?.[`cell_${li + 1}_${ii + 1}`] ?? m.cells[li]?.[ii]} errorMessage={fieldError(ctx, state?.errors, `cell_${li + 1}_${ii + 1}`)} />
            ))}
          </fieldset>
        ))}
        <Button text={t({ th: 'บันทึกตาราง', en: 'Save the matrix' })} />
      </form>
    </Layout>
  )
}
