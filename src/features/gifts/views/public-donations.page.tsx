import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Table } from '../../../web/components/display.tsx'
import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { bahtText, noGiftPolicy } from '../gifts.domain.ts'
import type { Donation } from '../gifts.repository.ts'

/** /o/:slug/donations: the No Gift policy and the donations the agency received (m6 (11)). */
export function PublicDonationsPage({ ctx, agency, donations }: { ctx: PageContext; agency: { slug: string; name_th: string; name_en: string }; donations: Donation[] }) {
  const t = ctx.t
  const name = ctx.locale === 'th' ? agency.name_th : agency.name_en || agency.name_th
  return (
    <Layout ctx={ctx} title={`${t({ th: 'นโยบายไม่รับของขวัญและการรับบริจาค', en: 'No Gift policy and donations' })} – ${name}`}>
      <AgencyPageHeading ctx={ctx} slug={agency.slug} agencyName={name} heading={t({ th: 'นโยบายไม่รับของขวัญและการรับบริจาค', en: 'No Gift policy and donations' })} />
      <h2 class="heading-l" safe>
        {t({ th: 'นโยบายไม่รับของขวัญ (No Gift Policy)', en: 'No Gift Policy' })}
      </h2>
      <p class="body" safe>
        {noGiftPolicy(name)[ctx.locale]}
      </p>
      <h2 class="heading-l" safe>
        {t({ th: 'รายการรับบริจาค', en: 'Donations received' })}
      </h2>
      <Table<Donation>
        caption={t({ th: 'รับบริจาค {n} รายการ', en: '{n} donation(s) received' }, { n: donations.length })}
        empty={t({ th: 'ยังไม่มีการรับบริจาค', en: 'No donations received.' })}
        rows={donations}
        columns={[
          { header: t({ th: 'วันที่รับ', en: 'Received' }), cell: (d) => <span>{d.acceptedOn ? formatDay(d.acceptedOn, ctx.locale) : ''}</span> },
          { header: t({ th: 'ผู้บริจาค', en: 'Donor' }), cell: (d) => <span safe>{d.donorName}</span> },
          { header: t({ th: 'สิ่งที่บริจาค', en: 'What' }), cell: (d) => <span safe>{d.description}</span> },
          { header: t({ th: 'มูลค่า (บาท)', en: 'Value (baht)' }), numeric: true, cell: (d) => <span safe>{bahtText(d.valueSatang)}</span> },
          { header: t({ th: 'การนำไปใช้', en: 'Use' }), cell: (d) => <span safe>{d.intendedUse}</span> },
        ]}
      />
    </Layout>
  )
}
