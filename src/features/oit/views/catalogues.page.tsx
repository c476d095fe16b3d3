import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, Table, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, TextInput } from '../../../web/components/form-fields.tsx'
import { formatInstant } from '../../../web/format-time.ts'
import { DATA_YEAR_LABELS, type OitCatalogue, type OitItem } from '../oit-catalogue.domain.ts'
import type { CatalogueSummary } from '../oit.repository.ts'
import { catalogueItemHref } from './catalogue-item.page.tsx'

/** /admin/oit: every catalogue by scheme and year, and a new year started as a copy of the last. */
export function CataloguesPage({ ctx, catalogues, year, scheme, errors }: { ctx: PageContext; catalogues: CatalogueSummary[]; year: string; scheme: string; errors?: FieldErrors }) {
  const schemes = [...new Set(catalogues.map((c) => c.scheme))]
  const t = ctx.t
  return (
    <Layout ctx={ctx} title={t({ th: 'ชุดเกณฑ์ OIT', en: 'OIT catalogues' })} wide>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-xl" safe>
        {t({ th: 'ชุดเกณฑ์ OIT', en: 'OIT catalogues' })}
      </h1>
      <Table<CatalogueSummary>
        caption={t({ th: 'ชุดเกณฑ์ตามปีงบประมาณ', en: 'Catalogues by fiscal year' })}
        rows={catalogues}
        empty={t({ th: 'ยังไม่มีชุดเกณฑ์', en: 'No catalogue yet' })}
        columns={[
          { header: t({ th: 'ชุดเกณฑ์', en: 'Scheme' }), cell: (c) => <span safe>{c.scheme}</span> },
          {
            header: t({ th: 'ปีงบประมาณ', en: 'Fiscal year' }),
            cell: (c) => (
              <a href={`/admin/oit/${c.scheme}/${c.fiscalYear}`} safe>
                {String(c.fiscalYear)}
              </a>
            ),
          },
          { header: t({ th: 'จำนวนรายการ', en: 'Items' }), numeric: true, cell: (c) => <span safe>{String(c.itemCount)}</span> },
          {
            header: t({ th: 'การตรวจสอบ', en: 'Checked' }),
            cell: (c) => (c.verified ? <Tag text={t({ th: 'ตรวจสอบแล้ว', en: 'Verified' })} colour="green" /> : <Tag text={t({ th: 'ยังไม่ยืนยัน', en: 'Unverified' })} colour="yellow" />),
          },
          { header: t({ th: 'แหล่งที่มา', en: 'Source' }), cell: (c) => <span safe>{c.source}</span> },
          { header: t({ th: 'ปรับปรุงล่าสุด', en: 'Last changed' }), cell: (c) => <span safe>{formatInstant(c.updatedAt, ctx.locale)}</span> },
        ]}
      />
      <h2 class="heading-m" safe>
        {t({ th: 'เริ่มชุดเกณฑ์ปีใหม่', en: 'Start a new year' })}
      </h2>
      <p class="body" safe>
        {t({ th: 'ชุดเกณฑ์ปีใหม่เริ่มจากสำเนาของปีล่าสุดก่อนหน้า แล้วจึงแก้ไขทีละรายการหรือนำเข้าไฟล์ทับ', en: 'A new year starts as a copy of the latest year before it; then edit its items one by one or import a file over it.' })}
      </p>
      <form method="post" action="/admin/oit/new-year" novalidate>
        <CsrfField token={ctx.csrfToken} />
        {schemes.length > 1 ? (
          <Select id="scheme" label={t({ th: 'ชุดเกณฑ์', en: 'Scheme' })} options={schemes.map((s) => ({ value: s, text: s }))} value={scheme} errorMessage={fieldError(ctx, errors, 'scheme')} />
        ) : (
          <input type="hidden" name="scheme" value={scheme} />
        )}
        <TextInput id="fiscal_year" label={t({ th: 'ปีงบประมาณ (พ.ศ.)', en: 'Fiscal year (BE)' })} value={year} width="4" inputmode="numeric" errorMessage={fieldError(ctx, errors, 'fiscal_year')} />
        <Button text={t({ th: 'เริ่มปีใหม่', en: 'Start the year' })} />
      </form>
    </Layout>
  )
}

/** /admin/oit/:scheme/:year: the items with their checklists. */
export function CataloguePage({ ctx, catalogue }: { ctx: PageContext; catalogue: OitCatalogue }) {
  const t = ctx.t
  const base = `/admin/oit/${catalogue.scheme}/${catalogue.fiscalYear}`
  return (
    <Layout ctx={ctx} title={t({ th: 'ชุดเกณฑ์ OIT {y}', en: 'OIT catalogue {y}' }, { y: catalogue.fiscalYear })} wide>
      <span class="caption-l" safe>
        {catalogue.scheme}
      </span>
      <h1 class="heading-xl" safe>
        {t({ th: 'ชุดเกณฑ์ OIT ปีงบประมาณ {y}', en: 'OIT catalogue, fiscal year {y}' }, { y: catalogue.fiscalYear })}
      </h1>
      <p class="body" safe>
        {catalogue.source}
      </p>
      <ul class="list">
        <li>
          <a href={catalogueItemHref(catalogue.scheme, catalogue.fiscalYear, null)} safe>
            {t({ th: 'เพิ่มรายการ', en: 'Add an item' })}
          </a>
        </li>
        <li>
          <a href={`${base}/import`} safe>
            {t({ th: 'นำเข้าไฟล์แทนชุดเกณฑ์นี้ (Excel, CSV หรือ JSON)', en: 'Replace by importing a file (Excel, CSV or JSON)' })}
          </a>
        </li>
        <li>
          <a href={`${base}/catalogue.xlsx`} safe>
            {t({ th: 'ดาวน์โหลดเป็น Excel (ใช้เป็นแม่แบบนำเข้า)', en: 'Download as Excel (the import template)' })}
          </a>
        </li>
        <li>
          <a href={`${base}/catalogue.json`} safe>
            {t({ th: 'ดาวน์โหลดเป็น JSON', en: 'Download as JSON' })}
          </a>
        </li>
      </ul>
      <Table<OitItem>
        caption={t({ th: 'รายการ {n} ข้อ', en: '{n} item(s)' }, { n: catalogue.items.length })}
        rows={[...catalogue.items]}
        columns={[
          {
            header: t({ th: 'ข้อ', en: 'Code' }),
            cell: (i) => (
              <span id={`item-${i.code}`} safe>
                {i.code}
              </span>
            ),
          },
          {
            header: t({ th: 'รายการ', en: 'Item' }),
            cell: (i) => (
              <a href={catalogueItemHref(catalogue.scheme, catalogue.fiscalYear, i.code)} safe>
                {ctx.locale === 'en' ? i.nameEn : i.nameTh}
              </a>
            ),
          },
          { header: t({ th: 'ตัวชี้วัด', en: 'Indicator' }), cell: (i) => <span safe>{[i.indicator?.code, i.subIndicator?.code].filter(Boolean).join(' / ') || '–'}</span> },
          { header: t({ th: 'ข้อมูลปี', en: 'Data year' }), cell: (i) => <span safe>{t(DATA_YEAR_LABELS[i.dataYear])}</span> },
          {
            header: t({ th: 'องค์ประกอบ', en: 'Elements' }),
            cell: (i) => (
              <ul class="list">
                {i.elements.map((e) => (
                  <li safe>{e}</li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </Layout>
  )
}
