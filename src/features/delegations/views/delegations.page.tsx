import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, Table, Tag } from '../../../web/components/display.tsx'
import { DateInput } from '../../../web/components/date-input.tsx'
import { FileInput } from '../../../web/components/file-input.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { formatDay } from '../../../web/format-time.ts'
import type { FieldErrors } from '../../../errors.ts'
import { LENDABLE_ROLES, ORDER_KINDS, ORDER_STATE_LABELS, type OrderState } from '../delegations.domain.ts'
import type { Workspace } from '../delegations.use-cases.ts'

export type FormState = { values: Record<string, string>; errors: FieldErrors; form: string }
type Row = Workspace['orders'][number]

export const stateColour = (s: OrderState) => (s === 'in_force' ? 'green' : s === 'upcoming' ? 'blue' : 'grey')
const kindName = (ctx: PageContext, kind: string) => (Object.hasOwn(ORDER_KINDS, kind) ? ORDER_KINDS[kind as keyof typeof ORDER_KINDS][ctx.locale] : kind)
const roleName = (ctx: PageContext, role: string | null) =>
  role && Object.hasOwn(LENDABLE_ROLES, role) ? LENDABLE_ROLES[role as keyof typeof LENDABLE_ROLES][ctx.locale] : ctx.t({ th: 'ไม่มี (ใช้อำนาจนอกระบบ)', en: 'None (powers used outside the platform)' })
const dateValue = (v: Record<string, string>, key: string) => ({ day: v[`${key}-day`], month: v[`${key}-month`], year: v[`${key}-year`] })

/** /staff/delegations: the agency's orders of delegation and acting appointments, and the form for a new one. */
export function DelegationsPage({ ctx, view, state }: { ctx: PageContext; view: Workspace; state?: FormState | undefined }) {
  const t = ctx.t
  const title = t({ th: 'การมอบอำนาจและผู้รักษาราชการแทน', en: 'Delegations and acting officials' })
  const q = `?org=${encodeURIComponent(view.agency.slug)}`
  const v = state?.form === 'new' ? state.values : {}
  const errors = state?.form === 'new' ? state.errors : undefined
  return (
    <Layout ctx={ctx} title={title} wide>
      <ErrorSummary ctx={ctx} errors={state?.errors} />
      <p class="caption-l" safe>
        {ctx.locale === 'th' ? view.agency.name_th : view.agency.name_en || view.agency.name_th}
      </p>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body" safe>
        {t({
          th: 'คำสั่งมอบอำนาจ (ปฏิบัติราชการแทน) และคำสั่งแต่งตั้งผู้รักษาราชการแทน ระหว่างวันที่คำสั่งมีผล ผู้รับมอบใช้สิทธิในระบบตามคำสั่งได้ และทุกการอนุมัติจะบันทึกว่าทำในฐานะรักษาราชการแทนหรือปฏิบัติราชการแทน',
          en: 'Orders of delegation and acting appointments. On the dates an order is in force, the person named uses the role it lends on the platform, and every approval they give records that it was given in that capacity.',
        })}
      </p>
      <p class="body">
        <a href={`/o/${view.agency.slug}/delegations`} safe>
          {t({ th: 'หน้าที่ประชาชนเห็น', en: 'The public page' })}
        </a>
      </p>
      <Table<Row>
        caption={t({ th: 'คำสั่งทั้งหมด {n} ฉบับ', en: '{n} order(s)' }, { n: view.orders.length })}
        empty={t({ th: 'ยังไม่มีคำสั่ง', en: 'No orders yet.' })}
        rows={view.orders}
        columns={[
          { header: t({ th: 'คำสั่ง', en: 'Order' }), cell: (o) => <span safe>{`${kindName(ctx, o.kind)} ${t({ th: 'ที่', en: 'no.' })} ${o.orderNo} (${formatDay(o.orderDate, ctx.locale)})`}</span> },
          { header: t({ th: 'ผู้มอบ / ผู้ที่ถูกแทน', en: 'From' }), cell: (o) => <span safe>{`${o.fromName}, ${o.fromPositionTh}`}</span> },
          { header: t({ th: 'ผู้รับมอบ', en: 'To' }), cell: (o) => <span safe>{`${o.toName}, ${o.toPositionTh}`}</span> },
          { header: t({ th: 'อำนาจ / สิทธิในระบบ', en: 'Powers / platform role' }), cell: (o) => <span class="preserve-lines" safe>{`${o.powersTh}\n${roleName(ctx, o.grantsRole)}`}</span> },
          { header: t({ th: 'ระยะเวลา', en: 'Dates' }), cell: (o) => <span safe>{`${formatDay(o.startsOn, ctx.locale)} – ${formatDay(o.endsOn, ctx.locale)}`}</span> },
          {
            header: t({ th: 'สถานะ', en: 'State' }),
            cell: (o) => (
              <>
                <Tag text={t(ORDER_STATE_LABELS[o.state])} colour={stateColour(o.state)} />
                {o.revokeReason ? <div class="hint" safe>{`${formatDay(o.revokedOn ?? '', ctx.locale)}: ${o.revokeReason}`}</div> : ''}
                {o.fileId ? (
                  <div>
                    <a href={`/o/${view.agency.slug}/delegations/${o.id}/file`} safe>
                      {t({ th: 'ไฟล์คำสั่ง', en: 'The order' })}
                    </a>
                  </div>
                ) : view.mayManage ? (
                  <form method="post" action={`/staff/delegations/${o.id}/file`} enctype="multipart/form-data" novalidate>
                    <CsrfField token={ctx.csrfToken} />
                    <FileInput id={`order_file-${o.id}`} name="order_file" accept=".pdf,image/*" label={t({ th: 'แนบไฟล์คำสั่ง', en: 'Attach the order' })} errorMessage={state?.form === `file-${o.id}` ? fieldError(ctx, state.errors, 'order_file') : undefined} />
                    <Button kind="secondary" text={t({ th: 'แนบไฟล์', en: 'Attach' })} />
                  </form>
                ) : (
                  ''
                )}
              </>
            ),
          },
          ...(view.mayManage
            ? [
                {
                  header: t({ th: 'ยกเลิก', en: 'Revoke' }),
                  cell: (o: Row) =>
                    o.state === 'in_force' || o.state === 'upcoming' ? (
                      <form method="post" action={`/staff/delegations/${o.id}/revoke`} novalidate>
                        <CsrfField token={ctx.csrfToken} />
                        <TextInput id={`revoke_reason-${o.id}`} name="revoke_reason" label={t({ th: 'เหตุผล / คำสั่งยกเลิก', en: 'Reason or revoking order' })} value={state?.form === o.id ? state.values.revoke_reason : undefined} errorMessage={state?.form === o.id ? fieldError(ctx, state.errors, 'revoke_reason') : undefined} />
                        <Button kind="warning" text={t({ th: 'ยกเลิกคำสั่ง', en: 'Revoke' })} />
                      </form>
                    ) : (
                      ''
                    ),
                },
              ]
            : []),
        ]}
      />
      {view.mayManage ? (
        <section>
          <h2 class="heading-l" safe>
            {t({ th: 'บันทึกคำสั่งใหม่', en: 'Record a new order' })}
          </h2>
          <form method="post" action={`/staff/delegations/new${q}`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <Select id="kind" label={t({ th: 'ประเภทคำสั่ง', en: 'Kind of order' })} options={Object.entries(ORDER_KINDS).map(([value, l]) => ({ value, text: l[ctx.locale] }))} value={v.kind} emptyText={t({ th: 'เลือก', en: 'Choose' })} errorMessage={fieldError(ctx, errors, 'kind')} />
            <TextInput id="order_no" label={t({ th: 'เลขที่คำสั่ง', en: 'Order number' })} hint={t({ th: 'เช่น 123/2569', en: 'e.g. 123/2569' })} value={v.order_no} errorMessage={fieldError(ctx, errors, 'order_no')} />
            <DateInput id="order_date" locale={ctx.locale} label={t({ th: 'ลงวันที่', en: 'Dated' })} value={dateValue(v, 'order_date')} errorMessage={fieldError(ctx, errors, 'order_date')} />
            <TextInput id="from_name" label={t({ th: 'ผู้มอบอำนาจ / ผู้ที่ถูกรักษาราชการแทน', en: 'Whose powers (name)' })} value={v.from_name} errorMessage={fieldError(ctx, errors, 'from_name')} />
            <TextInput id="from_position_th" label={t({ th: 'ตำแหน่งของผู้มอบอำนาจ', en: 'Their position' })} hint={t({ th: 'พิมพ์ต่อท้ายชื่อผู้ลงนามแทน เช่น นายกเทศมนตรีตำบลเวียงทอง', en: 'Printed after the signer’s name, e.g. the mayor’s title' })} value={v.from_position_th} errorMessage={fieldError(ctx, errors, 'from_position_th')} />
            <Select id="to_user_id" label={t({ th: 'ผู้รับมอบ / ผู้รักษาราชการแทน', en: 'To whom' })} options={view.members.map((m) => ({ value: m.id, text: m.position ? `${m.name} (${m.position})` : m.name }))} value={v.to_user_id} emptyText={t({ th: 'เลือก', en: 'Choose' })} errorMessage={fieldError(ctx, errors, 'to_user_id')} />
            <TextInput id="to_position_th" label={t({ th: 'ตำแหน่งของผู้รับมอบ', en: 'Their position' })} value={v.to_position_th} errorMessage={fieldError(ctx, errors, 'to_position_th')} />
            <Textarea id="powers_th" rows={3} label={t({ th: 'อำนาจหน้าที่ที่มอบ', en: 'Which powers' })} value={v.powers_th} errorMessage={fieldError(ctx, errors, 'powers_th')} />
            <Select
              id="grants_role"
              label={t({ th: 'สิทธิในระบบระหว่างที่คำสั่งมีผล', en: 'Platform role while in force' })}
              hint={t({ th: 'คำสั่งแต่งตั้งผู้รักษาราชการแทนให้สิทธิของหัวหน้าส่วนราชการเสมอ', en: 'An acting appointment always lends the head’s role' })}
              options={Object.entries(LENDABLE_ROLES).map(([value, l]) => ({ value, text: l[ctx.locale] }))}
              value={v.grants_role}
              emptyText={t({ th: 'ไม่มี (ใช้อำนาจนอกระบบ)', en: 'None (powers used outside the platform)' })}
              errorMessage={fieldError(ctx, errors, 'grants_role')}
            />
            <DateInput id="starts_on" locale={ctx.locale} label={t({ th: 'มีผลตั้งแต่วันที่', en: 'In force from' })} value={dateValue(v, 'starts_on')} errorMessage={fieldError(ctx, errors, 'starts_on')} />
            <DateInput id="ends_on" locale={ctx.locale} label={t({ th: 'ถึงวันที่', en: 'Until' })} value={dateValue(v, 'ends_on')} errorMessage={fieldError(ctx, errors, 'ends_on')} />
            <Button text={t({ th: 'บันทึกคำสั่ง', en: 'Record the order' })} />
          </form>
        </section>
      ) : (
        ''
      )}
    </Layout>
  )
}
