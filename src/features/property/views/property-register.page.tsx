import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, Table, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { DateInput } from '../../../web/components/date-input.tsx'
import { Select, TextInput } from '../../../web/components/form-fields.tsx'
import { formatDay } from '../../../web/format-time.ts'
import type { FieldErrors } from '../../../errors.ts'
import { fiscalHalfOf } from '../../../platform/thai-calendar/index.ts'
import { BORROWING_STATUSES, CONDITIONS, isOverdue, KINDS } from '../property.domain.ts'
import type { Borrowing, Item } from '../property.repository.ts'
import type { registerView } from '../property.use-cases.ts'

type View = Awaited<ReturnType<typeof registerView>>

export function borrowingTag(ctx: PageContext, b: Borrowing, today: string) {
  if (isOverdue(b, today as never)) return <Tag text={ctx.t({ th: 'เกินกำหนดคืน', en: 'Overdue' })} colour="red" />
  const colour = b.status === 'returned' ? 'green' : b.status === 'issued' ? 'blue' : b.status === 'rejected' || b.status === 'cancelled' ? 'grey' : 'yellow'
  return <Tag text={BORROWING_STATUSES[b.status][ctx.locale]} colour={colour} />
}

/** /staff/property: the register, and borrowings (all of them for those who keep it, one's own otherwise). */
export function PropertyRegisterPage({ ctx, view, state }: { ctx: PageContext; view: View; state?: { values: Record<string, string>; errors: FieldErrors } | undefined }) {
  const t = ctx.t
  const v = state?.values ?? {}
  const errors = state?.errors
  const title = t({ th: 'ทะเบียนทรัพย์สินและการยืม', en: 'Property register and borrowing' })
  const half = fiscalHalfOf(view.today)
  return (
    <Layout ctx={ctx} title={title} wide>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      {view.manages ? (
        <p class="body">
          <a class="button button--secondary" href={`/staff/property/monitoring/${half.fiscalYear}-${half.half}.docx`} safe>
            {t({ th: 'รายงานติดตามการใช้ทรัพย์สิน (ครึ่งปีนี้)', en: 'Use-monitoring report (this half-year)' })}
          </a>
          {' '}
          <a class="button button--secondary" href="/staff/property/stocktakes" safe>
            {t({ th: 'ตรวจสอบพัสดุประจำปี', en: 'Yearly stock-take' })}
          </a>
          {view.overdue > 0 ? (
            <>
              {' '}
              <Tag text={t({ th: 'เกินกำหนดคืน {n} รายการ', en: '{n} overdue' }, { n: view.overdue })} colour="red" />
            </>
          ) : (
            ''
          )}
        </p>
      ) : (
        ''
      )}
      <Table<Item>
        caption={t({ th: 'ทรัพย์สิน {n} รายการ', en: '{n} item(s)' }, { n: view.items.length })}
        empty={t({ th: 'ยังไม่มีทรัพย์สินในทะเบียน', en: 'The register is empty.' })}
        rows={view.items}
        columns={[
          { header: t({ th: 'หมายเลข', en: 'Number' }), cell: (i) => <span safe>{i.number}</span> },
          {
            header: t({ th: 'ทรัพย์สิน', en: 'Item' }),
            cell: (i) => (
              <a href={`/staff/property/${i.id}`} safe>
                {i.name}
              </a>
            ),
          },
          { header: t({ th: 'ประเภท', en: 'Kind' }), cell: (i) => <span>{KINDS[i.kind][ctx.locale]}</span> },
          { header: t({ th: 'ที่ตั้ง', en: 'Location' }), cell: (i) => <span safe>{i.location}</span> },
          { header: t({ th: 'ผู้รับผิดชอบ', en: 'Custodian' }), cell: (i) => <span safe>{i.custodian ?? '–'}</span> },
          { header: t({ th: 'สภาพ', en: 'Condition' }), cell: (i) => <span>{CONDITIONS[i.condition][ctx.locale]}</span> },
        ]}
      />
      <h2 class="heading-l" safe>
        {view.manages ? t({ th: 'การยืม', en: 'Borrowings' }) : t({ th: 'การยืมของท่าน', en: 'Your borrowings' })}
      </h2>
      <Table<Borrowing>
        caption={t({ th: '{n} รายการ', en: '{n} borrowing(s)' }, { n: view.borrowings.length })}
        empty={t({ th: 'ยังไม่มีการยืม', en: 'No borrowings.' })}
        rows={view.borrowings}
        columns={[
          {
            header: t({ th: 'ทรัพย์สิน', en: 'Item' }),
            cell: (b) => (
              <a href={`/staff/property/${b.itemId}`} safe>
                {`${b.itemName} (${b.itemNumber})`}
              </a>
            ),
          },
          { header: t({ th: 'ผู้ยืม', en: 'Borrower' }), cell: (b) => <span safe>{b.borrower}</span> },
          { header: t({ th: 'ช่วงวันที่', en: 'Days' }), cell: (b) => <span safe>{`${formatDay(b.startOn, ctx.locale)} – ${formatDay(b.endOn, ctx.locale)}`}</span> },
          { header: t({ th: 'สถานะ', en: 'Status' }), cell: (b) => borrowingTag(ctx, b, view.today) },
        ]}
      />
      {view.manages ? (
        <form method="post" action="/staff/property" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <h2 class="heading-l" safe>
            {t({ th: 'เพิ่มทรัพย์สินในทะเบียน', en: 'Add to the register' })}
          </h2>
          <TextInput id="number" label={t({ th: 'หมายเลขครุภัณฑ์', en: 'Property number' })} hint={t({ th: 'ตามรหัสของหน่วยงาน เช่น 416-66-0001', en: 'The agency’s coding, e.g. 416-66-0001' })} width="20" value={v.number} errorMessage={fieldError(ctx, errors, 'number')} />
          <TextInput id="name" label={t({ th: 'ชื่อทรัพย์สิน', en: 'Name' })} value={v.name} errorMessage={fieldError(ctx, errors, 'name')} />
          <Select id="kind" label={t({ th: 'ประเภท', en: 'Kind' })} options={Object.entries(KINDS).map(([value, l]) => ({ value, text: l[ctx.locale] }))} value={v.kind} emptyText={t({ th: 'เลือก', en: 'Choose' })} errorMessage={fieldError(ctx, errors, 'kind')} />
          <TextInput id="location" label={t({ th: 'สถานที่เก็บ / ติดตั้ง', en: 'Location' })} value={v.location} errorMessage={fieldError(ctx, errors, 'location')} />
          <Select id="custodian_id" label={t({ th: 'ผู้รับผิดชอบ', en: 'Custodian' })} options={view.staff.map((s) => ({ value: s.id, text: s.name }))} value={v.custodian_id} emptyText={t({ th: 'ไม่ระบุ', en: 'None' })} errorMessage={fieldError(ctx, errors, 'custodian_id')} />
          <Select id="condition" label={t({ th: 'สภาพ', en: 'Condition' })} options={Object.entries(CONDITIONS).map(([value, l]) => ({ value, text: l[ctx.locale] }))} value={v.condition ?? 'good'} errorMessage={fieldError(ctx, errors, 'condition')} />
          <DateInput id="acquired_on" locale={ctx.locale} label={t({ th: 'วันที่ได้มา (ถ้ามี)', en: 'Acquired on (optional)' })} value={{ day: v['acquired_on-day'], month: v['acquired_on-month'], year: v['acquired_on-year'] }} errorMessage={fieldError(ctx, errors, 'acquired_on')} />
          <TextInput id="price" label={t({ th: 'ราคา (บาท)', en: 'Price (baht)' })} inputmode="numeric" width="10" value={v.price} errorMessage={fieldError(ctx, errors, 'price')} />
          <TextInput id="source" label={t({ th: 'ที่มา (งบประมาณ / บริจาค / โครงการจัดซื้อ)', en: 'Source (budget, donation, procurement)' })} value={v.source} errorMessage={fieldError(ctx, errors, 'source')} />
          <Button text={t({ th: 'เพิ่มในทะเบียน', en: 'Add' })} />
        </form>
      ) : (
        ''
      )}
    </Layout>
  )
}
