import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, Table, Tag } from '../../../web/components/display.tsx'
import { ITA_INDICATORS } from '../ita-score.domain.ts'
import type { LibraryMeasure } from '../measure-library.domain.ts'

export const measureHref = (id: string) => `/staff/ita/measures/${encodeURIComponent(id)}`

/** /staff/ita/measures: the library agencies choose their plan's measures from, per indicator. */
export function MeasureLibraryPage({ ctx, library }: { ctx: PageContext; library: readonly LibraryMeasure[] }) {
  const t = ctx.t
  const title = t({ th: 'คลังมาตรการส่งเสริมคุณธรรมและความโปร่งใส', en: 'Library of integrity and transparency measures' })
  return (
    <Layout ctx={ctx} title={title} wide>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body" safe>
        {t({
          th: 'หน่วยงานเลือกมาตรการจากคลังนี้ในแผนมาตรการของตน มาตรการที่เลิกใช้จะไม่แสดงให้เลือกอีก แต่แผนที่เลือกไว้แล้วยังคงอยู่',
          en: 'Agencies choose their plan’s measures from this library. A retired measure is offered no more; plans that already chose it keep it.',
        })}
      </p>
      <p class="body">
        <a class="button" href="/staff/ita/measures/new" safe>
          {t({ th: 'เพิ่มมาตรการ', en: 'Add a measure' })}
        </a>
      </p>
      {ITA_INDICATORS.map((ind) => (
        <Table<LibraryMeasure>
          caption={`${ind.number}. ${ctx.locale === 'th' ? ind.th : ind.en}`}
          rows={library.filter((m) => m.indicator === ind.number)}
          empty={t({ th: 'ยังไม่มีมาตรการ', en: 'No measures yet' })}
          columns={[
            { header: t({ th: 'มาตรการ (ภาษาไทย)', en: 'Measure (Thai)' }), cell: (m) => <span safe>{m.th}</span> },
            {
              header: t({ th: 'ภาษาอังกฤษ', en: 'English' }),
              cell: (m) => (m.en ? <span safe>{m.en}</span> : <span class="hint" safe>{t({ th: 'ยังไม่มีคำแปล', en: 'Not translated yet' })}</span>),
            },
            { header: t({ th: 'ที่มา', en: 'Source' }), cell: (m) => <span safe>{m.source}</span> },
            {
              header: t({ th: 'สถานะ', en: 'Status' }),
              cell: (m) => (m.retired ? <Tag text={t({ th: 'เลิกใช้', en: 'Retired' })} colour="grey" /> : <Tag text={t({ th: 'ใช้อยู่', en: 'In use' })} colour="green" />),
            },
            {
              header: t({ th: 'จัดการ', en: 'Actions' }),
              cell: (m) => (
                <>
                  <a href={measureHref(m.id)} safe>
                    {t({ th: 'แก้ไข', en: 'Edit' })}
                  </a>
                  <form method="post" action={`${measureHref(m.id)}/retire`} class="inline-form">
                    <CsrfField token={ctx.csrfToken} />
                    <input type="hidden" name="retired" value={m.retired ? 'no' : 'yes'} />
                    <Button kind="secondary" text={m.retired ? t({ th: 'นำกลับมาใช้', en: 'Restore' }) : t({ th: 'เลิกใช้', en: 'Retire' })} />
                  </form>
                </>
              ),
            },
          ]}
        />
      ))}
    </Layout>
  )
}
