import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, Table } from '../../../web/components/display.tsx'
import { beDateInputFrom, type SubstituteDayProposal } from '../../../platform/thai-calendar/index.ts'
import { holidayDateText } from './holiday-text.ts'

/** Posts the proposal through the ordinary "add a holiday" form, so it is checked and audited the same way. */
function AddProposal({ ctx, proposal }: { ctx: PageContext; proposal: SubstituteDayProposal }) {
  const date = beDateInputFrom(proposal.date)
  return (
    <form method="post" action="/admin/holidays/new" class="inline-form">
      <CsrfField token={ctx.csrfToken} />
      <input type="hidden" name="date-day" value={date.day} />
      <input type="hidden" name="date-month" value={date.month} />
      <input type="hidden" name="date-year" value={date.year} />
      <input type="hidden" name="name_th" value={proposal.nameTh} />
      <input type="hidden" name="name_en" value={proposal.nameEn} />
      <input type="hidden" name="kind" value={proposal.kind} />
      <Button text={ctx.t({ th: 'เพิ่มวันนี้', en: 'Add this day' })} kind="secondary" />
    </form>
  )
}

export function SubstituteProposals({ ctx, proposals }: { ctx: PageContext; proposals: SubstituteDayProposal[] }) {
  const t = ctx.t
  return (
    <section aria-labelledby="substitutes-heading">
      <h2 class="heading-l" id="substitutes-heading" safe>
        {t({ th: 'วันหยุดชดเชยที่ควรมี', en: 'Substitute days to consider' })}
      </h2>
      <p class="body" safe>
        {t({
          th: 'วันหยุดตามวันที่ประจำปีที่ตรงกับเสาร์หรืออาทิตย์ควรมีวันหยุดชดเชยในวันทำการถัดไป (หนึ่งวันต่อหนึ่งโอกาส) รายการนี้เป็นเพียงข้อเสนอ ให้เพิ่มเมื่อคณะรัฐมนตรีประกาศแล้วเท่านั้น',
          en: 'A fixed-date holiday on a Saturday or Sunday normally gives a substitute on the next working day (one per occasion). These are only proposals: add one once the cabinet has announced it.',
        })}
      </p>
      {proposals.length === 0 ? (
        <p class="body" data-proposals="none" safe>
          {t({ th: 'ไม่มีวันหยุดชดเชยที่ขาดไปในปีนี้', en: 'No substitute days seem to be missing this year.' })}
        </p>
      ) : (
        <Table<SubstituteDayProposal>
          caption={t({ th: 'ข้อเสนอวันหยุดชดเชย', en: 'Proposed substitute days' })}
          rows={proposals}
          columns={[
            { header: t({ th: 'วันที่', en: 'Date' }), cell: (p) => <span data-proposal={p.date} safe>{holidayDateText(p.date, ctx.locale)}</span> },
            { header: t({ th: 'ชื่อ', en: 'Name' }), cell: (p) => <span safe>{ctx.locale === 'th' ? p.nameTh : p.nameEn}</span> },
            {
              header: t({ th: 'ชดเชยวันที่', en: 'Makes up for' }),
              cell: (p) => <span safe>{p.forDates.map((d) => holidayDateText(d, ctx.locale)).join(', ')}</span>,
            },
            { header: t({ th: 'เพิ่ม', en: 'Add' }), cell: (p) => <AddProposal ctx={ctx} proposal={p} /> },
          ]}
        />
      )}
    </section>
  )
}
