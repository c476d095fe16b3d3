import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Table, Tag } from '../../../web/components/display.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { METHODS } from '../conflict-screen.domain.ts'
import type { overview } from '../conflict-screen.use-cases.ts'

type Overview = Awaited<ReturnType<typeof overview>>
type Row = Overview['procurements'][number]

export function monthLabel(ctx: PageContext, month: string): string {
  return formatDay(month, ctx.locale, 'long').replace(/^\S+\s/, '')
}

/** /staff/conflict: one's own interest record, the procurements one may see, the monthly reports. */
export function ConflictHomePage({ ctx, view }: { ctx: PageContext; view: Overview }) {
  const t = ctx.t
  const title = t({ th: 'ตรวจสอบผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้าง', en: 'Conflict-of-interest screen in procurement' })
  return (
    <Layout ctx={ctx} title={title} wide>
      <span class="caption-l" safe>
        {ctx.locale === 'th' ? view.agency.name_th : view.agency.name_en || view.agency.name_th}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body" safe>
        {t({
          th: 'เจ้าหน้าที่พัสดุตรวจสอบว่าผู้เสนอราคามีความเกี่ยวข้องกับบุคลากรของหน่วยงานหรือไม่ จากข้อมูลส่วนได้เสียที่บุคลากรแต่ละคนแจ้งไว้ และผู้เกี่ยวข้องกับการจัดซื้อจัดจ้างแต่ละรายการยื่นแบบแสดงความสัมพันธ์กับผู้เสนอราคา',
          en: 'The procurement officer checks each bidder against the interests the agency’s staff have declared, and everyone involved in a procurement declares any relationship with its bidders.',
        })}
      </p>
      <ul class="list list--bullet">
        <li>
          <a href="/staff/conflict/my-record" safe>
            {t({ th: 'ข้อมูลส่วนได้เสียของฉัน (เห็นเฉพาะตัวท่าน)', en: 'My interest record (only you see it)' })}
          </a>
        </li>
        {view.manages ? (
          <li>
            <a href="/staff/conflict/reports" safe>
              {t({ th: 'รายงานประจำเดือนต่อหัวหน้าส่วนราชการ', en: 'Monthly reports to the head' })}
            </a>
          </li>
        ) : (
          ''
        )}
      </ul>
      <h2 class="heading-l" safe>
        {t({ th: 'การจัดซื้อจัดจ้างที่ตรวจสอบ', en: 'Procurements screened' })}
      </h2>
      {view.manages ? (
        <p class="body">
          <a class="button" href="/staff/conflict/procurements/new" safe>
            {t({ th: 'เพิ่มรายการจัดซื้อจัดจ้าง', en: 'Add a procurement' })}
          </a>
        </p>
      ) : (
        ''
      )}
      <Table<Row>
        caption={t({ th: '{n} รายการ', en: '{n} procurement(s)' }, { n: view.procurements.length })}
        empty={view.manages ? t({ th: 'ยังไม่มีรายการ', en: 'None yet.' }) : t({ th: 'ท่านยังไม่ได้เป็นผู้เกี่ยวข้องในการจัดซื้อจัดจ้างรายการใด', en: 'You take part in no procurement yet.' })}
        rows={view.procurements}
        columns={[
          {
            header: t({ th: 'รายการ', en: 'Procurement' }),
            cell: (p) => (
              <a href={`/staff/conflict/procurements/${p.id}`} safe>
                {p.title}
              </a>
            ),
          },
          { header: t({ th: 'วิธี', en: 'Method' }), cell: (p) => <span safe>{(METHODS as Record<string, { th: string; en: string }>)[p.method]?.[ctx.locale] ?? p.method}</span> },
          { header: t({ th: 'เดือน', en: 'Month' }), cell: (p) => <span safe>{monthLabel(ctx, p.month)}</span> },
          {
            header: t({ th: 'สถานะ', en: 'Status' }),
            cell: (p) =>
              !p.screenedAt ? (
                <Tag text={t({ th: 'ยังไม่ตรวจสอบ', en: 'Not screened' })} colour="grey" />
              ) : p.openHits > 0 ? (
                <Tag text={t({ th: 'รอพิจารณา {n} กรณี', en: '{n} to review' }, { n: p.openHits })} colour="yellow" />
              ) : (
                <Tag text={t({ th: 'ตรวจสอบแล้ว', en: 'Screened' })} colour="green" />
              ),
          },
        ]}
      />
    </Layout>
  )
}
