import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Table, Tag } from '../../../web/components/display.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import type { HonourEntryOfAgency, OversightHonourRoll } from '../honour-roll.use-cases.ts'
import { STATUS_COLOURS, statusText } from './honour-text.ts'

/** /staff/oversight/honour-roll: every approved entry of the agencies the province oversees. */
export function OversightHonourRollPage({ ctx, roll }: { ctx: PageContext; roll: OversightHonourRoll }) {
  const t = ctx.t
  const title = t({ th: 'ทำเนียบผู้ได้รับการยกย่องของหน่วยงานในสังกัด', en: 'Honour rolls of the agencies overseen' })
  const agencies = new Set(roll.entries.map((e) => e.organisationId)).size
  return (
    <Layout ctx={ctx} title={title} wide>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body" safe>
        {t({ th: '{n} รายการจาก {a} หน่วยงาน (เฉพาะที่หัวหน้าหน่วยงานอนุมัติแล้ว)', en: '{n} entries from {a} agencies (approved by their heads)' }, { n: String(roll.entries.length), a: String(agencies) })}
      </p>
      {roll.bodies.map((b) => (
        <p class="body">
          <span safe>{t({ th: 'หน้าสาธารณะของ{body}:', en: 'Public page of {body}:' }, { body: orgName(b, ctx.locale) })}</span>{' '}
          <a href={`/o/${b.slug}/honour-roll`} safe>
            {`/o/${b.slug}/honour-roll`}
          </a>
        </p>
      ))}
      <Table<HonourEntryOfAgency>
        caption={t({ th: 'ผู้ได้รับการยกย่อง', en: 'People commended' })}
        empty={t({ th: 'ยังไม่มีหน่วยงานใดบันทึกและอนุมัติ', en: 'No agency has recorded and approved one yet' })}
        rows={roll.entries}
        columns={[
          { header: t({ th: 'หน่วยงาน', en: 'Agency' }), cell: (e) => <span safe>{ctx.locale === 'en' && e.agencyNameEn ? e.agencyNameEn : e.agencyNameTh}</span> },
          {
            header: t({ th: 'ชื่อ–นามสกุล', en: 'Name' }),
            cell: (e) => (
              <a href={`/staff/honour-roll/${e.id}`} safe>
                {e.nameTh}
              </a>
            ),
          },
          { header: t({ th: 'ตำแหน่ง', en: 'Position' }), cell: (e) => <span safe>{e.positionTh}</span> },
          { header: t({ th: 'การกระทำ', en: 'Deed' }), cell: (e) => <span safe>{e.deedTh}</span> },
          { header: t({ th: 'วันที่ยกย่อง', en: 'Date' }), cell: (e) => <span safe>{formatDay(e.commendedOn, ctx.locale)}</span> },
          { header: t({ th: 'สถานะ', en: 'State' }), cell: (e) => <Tag text={e.status === 'approved' && !e.consentToPublish ? t({ th: 'อนุมัติ (ไม่เผยแพร่)', en: 'Approved (not public)' }) : statusText(ctx, e.status)} colour={STATUS_COLOURS[e.status]} /> },
        ]}
      />
    </Layout>
  )
}
