import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { Radios } from '../../../web/components/choices.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { DATA_YEAR_LABELS, DATA_YEARS } from '../oit-catalogue.domain.ts'
import type { CatalogueItemForm } from '../oit-catalogue-item.input.ts'
import type { CatalogueItemView } from '../oit-catalogue-items.use-cases.ts'

export function catalogueHref(scheme: string, year: number): string {
  return `/admin/oit/${encodeURIComponent(scheme)}/${year}`
}

export function catalogueItemHref(scheme: string, year: number, code: string | null): string {
  return `${catalogueHref(scheme, year)}/items/${code === null ? 'new' : encodeURIComponent(code)}`
}

/** /admin/oit/:scheme/:year/items/:code (or /new): one item of a catalogue, and its removal. */
export function CatalogueItemPage({ ctx, view, form, errors }: { ctx: PageContext; view: CatalogueItemView; form: CatalogueItemForm; errors?: FieldErrors | undefined }) {
  const t = ctx.t
  const { item, scheme, fiscalYear } = view
  const title = item ? t({ th: 'แก้ไขรายการ {c}', en: 'Edit item {c}' }, { c: item.code }) : t({ th: 'เพิ่มรายการ', en: 'Add an item' })
  const action = catalogueItemHref(scheme, fiscalYear, item?.code ?? null)
  const group = (field: 'indicator' | 'sub_indicator', label: { th: string; en: string }) => (
    <fieldset class="fieldset">
      <legend class="fieldset__legend" safe>
        {t(label)}
      </legend>
      <TextInput id={field} label={t({ th: 'รหัส', en: 'Code' })} width="5" value={form[field]} errorMessage={fieldError(ctx, errors, field)} hint={t({ th: 'เว้นว่างถ้าต้นฉบับไม่ระบุ ถ้ารหัสนี้มีในรายการอื่นแล้ว ไม่ต้องพิมพ์ชื่อซ้ำ', en: 'Leave empty if the source does not say; names may be left empty when another item already uses this code' })} />
      <TextInput id={`${field}_th`} label={t({ th: 'ชื่อภาษาไทย', en: 'Thai name' })} value={form[`${field}_th`]} />
      <TextInput id={`${field}_en`} label={t({ th: 'ชื่อภาษาอังกฤษ', en: 'English name' })} value={form[`${field}_en`]} />
    </fieldset>
  )
  return (
    <Layout ctx={ctx} title={title} wide>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="body">
        <a href={catalogueHref(scheme, fiscalYear)} safe>
          {t({ th: 'กลับไปชุดเกณฑ์ {s} ปี {y}', en: 'Back to catalogue {s} {y}' }, { s: scheme, y: fiscalYear })}
        </a>
      </p>
      <span class="caption-l" safe>
        {`${scheme} · ${fiscalYear}`}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <form method="post" action={action} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextInput id="code" label={t({ th: 'รหัสรายการ', en: 'Item code' })} hint={t({ th: 'เช่น O1', en: 'e.g. O1' })} width="5" value={form.code} errorMessage={fieldError(ctx, errors, 'code')} />
        <TextInput id="name_th" label={t({ th: 'ชื่อรายการ (ภาษาไทย)', en: 'Name (Thai)' })} value={form.name_th} errorMessage={fieldError(ctx, errors, 'name_th')} />
        <TextInput id="name_en" label={t({ th: 'ชื่อรายการ (ภาษาอังกฤษ)', en: 'Name (English)' })} value={form.name_en} errorMessage={fieldError(ctx, errors, 'name_en')} />
        {group('indicator', { th: 'ตัวชี้วัด', en: 'Indicator' })}
        {group('sub_indicator', { th: 'ตัวชี้วัดย่อย', en: 'Sub-indicator' })}
        <Textarea
          id="elements"
          label={t({ th: 'องค์ประกอบที่ต้องเผยแพร่', en: 'Required elements' })}
          hint={t({ th: 'บรรทัดละหนึ่งข้อ ตามที่ผู้ตรวจจะตรวจ', en: 'One per line, as the assessor checks them' })}
          rows={8}
          value={form.elements}
          errorMessage={fieldError(ctx, errors, 'elements')}
        />
        <Radios id="data_year" label={t({ th: 'ข้อมูลที่ต้องใช้', en: 'Data required' })} options={DATA_YEARS.map((d) => ({ value: d, text: t(DATA_YEAR_LABELS[d]) }))} value={form.data_year} errorMessage={fieldError(ctx, errors, 'data_year')} />
        <Button text={item ? t({ th: 'บันทึกรายการ', en: 'Save the item' }) : t({ th: 'เพิ่มรายการ', en: 'Add the item' })} />
      </form>
      {item ? (
        <section id="remove">
          <h2 class="heading-m" safe>
            {t({ th: 'ลบรายการนี้', en: 'Remove this item' })}
          </h2>
          {view.answeredBy > 0 ? (
            <p class="body" safe>
              {t(
                { th: 'ลบไม่ได้: หน่วยงาน {n} แห่งตอบรายการนี้แล้ว แก้ไขชื่อหรือองค์ประกอบแทนได้', en: 'It cannot be removed: {n} agency workspace(s) already answer it. Edit its name or elements instead.' },
                { n: view.answeredBy },
              )}
            </p>
          ) : (
            <form method="post" action={`${action}/remove`}>
              <CsrfField token={ctx.csrfToken} />
              <p class="body" safe>
                {t({ th: 'ยังไม่มีหน่วยงานใดตอบรายการนี้', en: 'No agency has answered this item yet.' })}
              </p>
              <Button kind="warning" text={t({ th: 'ลบรายการ {c}', en: 'Remove item {c}' }, { c: item.code })} />
            </form>
          )}
        </section>
      ) : (
        ''
      )}
    </Layout>
  )
}
