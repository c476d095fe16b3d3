import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, Table, Tag } from '../../../web/components/display.tsx'
import { Select } from '../../../web/components/form-fields.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import type { HonourEntry, HonourWorkspace } from '../honour-roll.use-cases.ts'
import { STATUS_COLOURS, statusText } from './honour-text.ts'

/** /staff/honour-roll: the agency's entries, newest commendation first, with their state. */
export function HonourRollListPage({ ctx, workspace }: { ctx: PageContext; workspace: HonourWorkspace }) {
  const t = ctx.t
  const { org } = workspace
  const title = t({ th: 'ทำเนียบผู้ได้รับการยกย่องด้านคุณธรรม', en: 'Honour roll for integrity' })
  const waiting = workspace.entries.filter((e) => e.status === 'draft').length
  return (
    <Layout ctx={ctx} title={title} wide>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      {workspace.choices.length > 1 ? (
        <form method="get" action="/staff/honour-roll" class="search-form">
          <Select id="org" label={t({ th: 'หน่วยงาน', en: 'Agency' })} options={workspace.choices.map((c) => ({ value: c.slug, text: orgName(c, ctx.locale) }))} value={org.slug} />
          <Button text={t({ th: 'แสดง', en: 'Show' })} kind="secondary" />
        </form>
      ) : (
        ''
      )}
      <p class="body" safe>
        {t({
          th: 'บันทึกบุคคลที่หน่วยงานยกย่องเชิดชูเกียรติด้านความซื่อสัตย์สุจริต (มาตรการที่ 6 ข้อ 15 ของประกาศจังหวัด) หัวหน้าหน่วยงานอนุมัติแล้วจึงเผยแพร่ เฉพาะผู้ที่ยินยอมให้เผยแพร่',
          en: 'Record the people the agency commends for integrity (measure 6 (15) of the province’s announcement). Entries are published once the head approves them, and only for people who agreed to it.',
        })}
      </p>
      {workspace.head && waiting > 0 ? (
        <p class="body" safe>
          {t({ th: 'รอท่านอนุมัติ {n} รายการ', en: '{n} awaiting your approval' }, { n: String(waiting) })}
        </p>
      ) : (
        ''
      )}
      <p class="body">
        <span safe>{t({ th: 'หน้าสาธารณะ:', en: 'Public page:' })}</span>{' '}
        <a href={`/o/${org.slug}/honour-roll`} safe>
          {`/o/${org.slug}/honour-roll`}
        </a>
      </p>
      <p class="body">
        <a class="button" href={`/staff/honour-roll/new?org=${encodeURIComponent(org.slug)}`} safe>
          {t({ th: 'บันทึกผู้ได้รับการยกย่อง', en: 'Record a person commended' })}
        </a>
      </p>
      <Table<HonourEntry>
        caption={t({ th: 'รายการทั้งหมด', en: 'All entries' })}
        empty={t({ th: 'ยังไม่มีรายการ', en: 'No entries yet' })}
        rows={workspace.entries}
        columns={[
          {
            header: t({ th: 'ชื่อ–นามสกุล', en: 'Name' }),
            cell: (e) => (
              <a href={`/staff/honour-roll/${e.id}`} safe>
                {e.nameTh}
              </a>
            ),
          },
          { header: t({ th: 'ตำแหน่ง', en: 'Position' }), cell: (e) => <span safe>{e.positionTh}</span> },
          { header: t({ th: 'วันที่ยกย่อง', en: 'Commended on' }), cell: (e) => <span safe>{formatDay(e.commendedOn, ctx.locale)}</span> },
          { header: t({ th: 'สถานะ', en: 'State' }), cell: (e) => <Tag text={statusText(ctx, e.status)} colour={STATUS_COLOURS[e.status]} /> },
          { header: t({ th: 'เผยแพร่', en: 'Public' }), cell: (e) => <span safe>{e.consentToPublish ? t({ th: 'ยินยอม', en: 'Agreed' }) : t({ th: 'ไม่เผยแพร่', en: 'Not published' })}</span> },
        ]}
      />
    </Layout>
  )
}
