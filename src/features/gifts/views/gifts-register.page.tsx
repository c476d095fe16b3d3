import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Table, Tag } from '../../../web/components/display.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { bahtText, DECLARATION_STATUSES, DONATION_STATUSES } from '../gifts.domain.ts'
import type { Declaration, Donation } from '../gifts.repository.ts'
import type { register } from '../gifts.use-cases.ts'
import { compareIsoDates, fiscalYearOf } from '../../../platform/thai-calendar/index.ts'

type Register = Awaited<ReturnType<typeof register>>

export function declarationTag(ctx: PageContext, d: Declaration, today: string) {
  if (d.status === 'draft' && d.dueOn && compareIsoDates(today as never, d.dueOn) > 0) return <Tag text={ctx.t({ th: 'เกินกำหนดรายงาน', en: 'Overdue' })} colour="red" />
  const colour = d.status === 'draft' ? 'yellow' : d.status === 'submitted' ? 'blue' : d.status === 'ruled' ? 'green' : 'grey'
  return (
    <>
      <Tag text={DECLARATION_STATUSES[d.status][ctx.locale]} colour={colour} />
      {d.late ? (
        <>
          {' '}
          <Tag text={ctx.t({ th: 'รายงานเกินกำหนด', en: 'Declared late' })} colour="red" />
        </>
      ) : (
        ''
      )}
    </>
  )
}

/** /staff/gifts: own declarations (the head: the agency's), donations for those who handle them. */
export function GiftsRegisterPage({ ctx, view }: { ctx: PageContext; view: Register }) {
  const t = ctx.t
  const title = t({ th: 'การรับของขวัญและการรับบริจาค', en: 'Gifts and donations' })
  return (
    <Layout ctx={ctx} title={title} wide>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body" safe>
        {t({
          th: 'ทรัพย์สินหรือประโยชน์อื่นใดที่จำเป็นต้องรับไว้โดยธรรมจรรยา หากมีมูลค่าเกิน ๓,๐๐๐ บาท ต้องรายงานหัวหน้าส่วนราชการภายใน ๓๐ วันนับแต่วันที่ได้รับ เพื่อวินิจฉัยว่าจะรับไว้ได้หรือไม่',
          en: 'Anything accepted out of courtesy and worth over 3,000 baht is declared to the head within 30 days of receipt, who rules whether it may be kept.',
        })}
      </p>
      <p class="body">
        <a class="button" href="/staff/gifts/new" safe>
          {t({ th: 'บันทึกการรับทรัพย์สิน', en: 'Record a gift' })}
        </a>{' '}
        {view.isHead ? (
          <a class="button button--secondary" href={`/staff/gifts/summary/${fiscalYearOf(view.today)}.docx`} safe>
            {t({ th: 'สรุปประจำปี', en: 'Yearly summary' })}
          </a>
        ) : (
          ''
        )}
      </p>
      <Table<Declaration>
        caption={view.isHead ? t({ th: 'รายการของหน่วยงาน {n} รายการ', en: 'The agency’s {n} declaration(s)' }, { n: view.declarations.length }) : t({ th: 'รายการของท่าน {n} รายการ', en: 'Your {n} declaration(s)' }, { n: view.declarations.length })}
        empty={t({ th: 'ยังไม่มีรายการ', en: 'None yet.' })}
        rows={view.declarations}
        columns={[
          {
            header: t({ th: 'สิ่งที่ได้รับ', en: 'What' }),
            cell: (d) => (
              <a href={`/staff/gifts/${d.id}`} safe>
                {`${d.description} – ${d.donorName}`}
              </a>
            ),
          },
          ...(view.isHead ? [{ header: t({ th: 'ผู้รับ', en: 'Received by' }), cell: (d: Declaration) => <span safe>{d.declarant}</span> }] : []),
          { header: t({ th: 'มูลค่า (บาท)', en: 'Value (baht)' }), numeric: true, cell: (d) => <span safe>{bahtText(d.valueSatang)}</span> },
          { header: t({ th: 'วันที่ได้รับ', en: 'Received' }), cell: (d) => <span safe>{formatDay(d.receivedOn, ctx.locale)}</span> },
          { header: t({ th: 'กำหนดรายงาน', en: 'Due' }), cell: (d) => <span>{d.dueOn ? formatDay(d.dueOn, ctx.locale) : '–'}</span> },
          { header: t({ th: 'สถานะ', en: 'Status' }), cell: (d) => declarationTag(ctx, d, view.today) },
        ]}
      />
      {view.handlesDonations ? (
        <>
          <h2 class="heading-l" safe>
            {t({ th: 'การรับบริจาคของหน่วยงาน', en: 'Donations to the agency' })}
          </h2>
          <p class="body">
            <a class="button button--secondary" href="/staff/gifts/donations/new" safe>
              {t({ th: 'เสนอขออนุมัติรับบริจาค', en: 'Propose a donation' })}
            </a>{' '}
            <a href={`/o/${view.agency.slug}/donations`} safe>
              {t({ th: 'หน้าเผยแพร่ต่อสาธารณะ', en: 'Public page' })}
            </a>
          </p>
          <Table<Donation>
            caption={t({ th: 'รายการบริจาค {n} รายการ', en: '{n} donation(s)' }, { n: view.donations.length })}
            empty={t({ th: 'ยังไม่มีรายการ', en: 'None yet.' })}
            rows={view.donations}
            columns={[
              {
                header: t({ th: 'รายการ', en: 'Donation' }),
                cell: (d) => (
                  <a href={`/staff/gifts/donations/${d.id}`} safe>
                    {`${d.description} – ${d.donorName}`}
                  </a>
                ),
              },
              { header: t({ th: 'มูลค่า (บาท)', en: 'Value (baht)' }), numeric: true, cell: (d) => <span safe>{bahtText(d.valueSatang)}</span> },
              { header: t({ th: 'สถานะ', en: 'Status' }), cell: (d) => <Tag text={DONATION_STATUSES[d.status][ctx.locale]} colour={d.status === 'accepted' ? 'green' : d.status === 'rejected' ? 'red' : d.status === 'approved' ? 'blue' : 'yellow'} /> },
            ]}
          />
        </>
      ) : (
        ''
      )}
    </Layout>
  )
}
