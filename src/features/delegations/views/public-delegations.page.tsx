import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Tag } from '../../../web/components/display.tsx'
import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { ORDER_KINDS, ORDER_STATE_LABELS } from '../delegations.domain.ts'
import type { publicDelegations } from '../delegations.use-cases.ts'
import { stateColour } from './delegations.page.tsx'

/** /o/:slug/delegations: who acts for whom today (and what is still to come), with the order. */
export function PublicDelegationsPage({ ctx, view }: { ctx: PageContext; view: Awaited<ReturnType<typeof publicDelegations>> }) {
  const t = ctx.t
  const name = ctx.locale === 'th' ? view.agency.name_th : view.agency.name_en || view.agency.name_th
  const heading = t({ th: 'การมอบอำนาจและผู้รักษาราชการแทน', en: 'Delegations and acting officials' })
  return (
    <Layout ctx={ctx} title={`${heading} – ${name}`} description={{ th: `คำสั่งมอบอำนาจและแต่งตั้งผู้รักษาราชการแทนที่มีผลอยู่ของ${view.agency.name_th}`, en: `Delegations and acting appointments in force at ${view.agency.name_en || view.agency.name_th}` }}>
      <AgencyPageHeading ctx={ctx} slug={view.agency.slug} agencyName={name} heading={heading} />
      <p class="body" safe>
        {t({ th: 'ข้อมูล ณ วันที่ {d}', en: 'As of {d}' }, { d: formatDay(view.today, ctx.locale, 'long') })}
      </p>
      {view.orders.length === 0 ? (
        <p class="body" safe>
          {t({ th: 'ไม่มีคำสั่งมอบอำนาจหรือผู้รักษาราชการแทนที่มีผลอยู่', en: 'No delegation or acting appointment is in force.' })}
        </p>
      ) : (
        view.orders.map((o) => (
          <section>
            <h2 class="heading-m" safe>
              {`${Object.hasOwn(ORDER_KINDS, o.kind) ? ORDER_KINDS[o.kind as keyof typeof ORDER_KINDS][ctx.locale] : o.kind} ${t({ th: 'คำสั่งที่', en: 'order no.' })} ${o.orderNo}`}
            </h2>
            <p class="body">
              <Tag text={t(ORDER_STATE_LABELS[o.state])} colour={stateColour(o.state)} />
            </p>
            <dl class="summary-list">
              {[
                [t({ th: 'ลงวันที่', en: 'Dated' }), formatDay(o.orderDate, ctx.locale, 'long')],
                [t({ th: 'ผู้มอบอำนาจ / ผู้ที่ถูกแทน', en: 'From' }), `${o.fromName} ${o.fromPositionTh}`],
                [t({ th: 'ผู้รับมอบ / ผู้รักษาราชการแทน', en: 'To' }), `${o.toName} ${o.toPositionTh}`],
                [t({ th: 'อำนาจหน้าที่', en: 'Powers' }), o.powersTh],
                [t({ th: 'ระยะเวลา', en: 'Dates' }), `${formatDay(o.startsOn, ctx.locale, 'long')} – ${formatDay(o.endsOn, ctx.locale, 'long')}`],
              ].map(([k, v]) => (
                <div class="summary-list__row summary-list__row--no-actions">
                  <dt class="summary-list__key" safe>
                    {k}
                  </dt>
                  <dd class="summary-list__value preserve-lines" safe>
                    {v}
                  </dd>
                </div>
              ))}
            </dl>
            {o.fileId ? (
              <p class="body">
                <a href={`/o/${view.agency.slug}/delegations/${o.id}/file`} safe>
                  {t({ th: 'ไฟล์คำสั่ง', en: 'The order (file)' })}
                </a>
              </p>
            ) : (
              ''
            )}
          </section>
        ))
      )}
    </Layout>
  )
}
