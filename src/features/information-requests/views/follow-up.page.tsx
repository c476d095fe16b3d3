import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, SummaryList, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { TextInput } from '../../../web/components/form-fields.tsx'
import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import { APPEAL_ROUTE, STATE_LABELS, deliveryName, refusalGroundName, type RequestState } from '../info-requests.domain.ts'
import type { FollowUp } from '../info-requests.use-cases.ts'
import { STATE_COLOURS } from './info-text.ts'

export function FollowUpPage(p: { ctx: PageContext; org: OrganisationDetails; values: { number: string; code: string }; errors?: FieldErrors | undefined; found?: FollowUp | undefined }) {
  const { ctx, org, found } = p
  const t = ctx.t
  const err = (f: string) => fieldError(ctx, p.errors, f)
  const title = t({ th: 'ติดตามคำขอข้อมูลข่าวสาร', en: 'Follow an information request' })
  // The summary list does not escape its values: every one goes through here.
  const v = (text: string) => (
    <span class="preserve-lines break-anywhere" safe>
      {text}
    </span>
  )
  if (found) {
    const r = found.request
    const status = r.status as RequestState
    return (
      <Layout ctx={ctx} title={`${r.number} – ${orgName(org, ctx.locale)}`}>
        <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={orgName(org, ctx.locale)} heading={`${t({ th: 'คำขอเลขที่', en: 'Request' })} ${r.number}`} />
        <p class="body">
          <Tag text={t(STATE_LABELS[status])} colour={STATE_COLOURS[status]} />
        </p>
        <SummaryList
          rows={[
            { key: t({ th: 'วันที่รับคำขอ', en: 'Received' }), value: v(formatDay(r.received_on, ctx.locale, 'long')) },
            { key: t({ th: 'ข้อมูลที่ขอ', en: 'Information requested' }), value: v(r.what_requested) },
            { key: t({ th: 'รูปแบบ', en: 'Form' }), value: v(t(deliveryName(r.delivery))) },
            { key: t({ th: 'กำหนดแจ้งผล', en: 'Reply due' }), value: v(r.due_on ? formatDay(r.due_on, ctx.locale, 'long') : t({ th: 'หยุดนับเวลาระหว่างรอคำชี้แจงของท่าน', en: 'Paused while we wait for your clarification' })) },
            ...(r.answer_text ? [{ key: t({ th: 'คำตอบ', en: 'Answer' }), value: v(r.answer_text) }] : []),
            ...(r.transferred_to ? [{ key: t({ th: 'ส่งต่อไปยัง', en: 'Transferred to' }), value: v(r.transferred_to) }] : []),
            ...(r.refusal_section ? [{ key: t({ th: 'เหตุตามกฎหมาย', en: 'Legal ground' }), value: v(t(refusalGroundName(r.refusal_section))) }, { key: t({ th: 'เหตุผล', en: 'Reasons' }), value: v(r.refusal_reason ?? '') }] : []),
          ]}
        />
        {status === 'refused' && r.appeal_until ? (
          <div class="inset-text inset-text--warning">
            <p class="body" safe>
              {t(APPEAL_ROUTE)}
            </p>
            <p class="body" safe>
              {t({ th: `อุทธรณ์ได้ถึง ${formatDay(r.appeal_until, 'th', 'long')}`, en: `Appeal by ${formatDay(r.appeal_until, 'en', 'long')}` })}
            </p>
          </div>
        ) : (
          ''
        )}
        <h2 class="heading-m" safe>
          {t({ th: 'ความคืบหน้า', en: 'Progress' })}
        </h2>
        <ol class="thread">
          {found.events.map((e) => (
            <li class="thread__item">
              <p class="thread__meta" safe>
                {`${formatDay(e.on_date, ctx.locale)} · ${t(STATE_LABELS[e.to_status as RequestState] ?? { th: e.to_status, en: e.to_status })}`}
              </p>
              {e.note ? (
                <p class="thread__body break-anywhere" safe>
                  {e.note}
                </p>
              ) : (
                ''
              )}
            </li>
          ))}
        </ol>
      </Layout>
    )
  }
  return (
    <Layout ctx={ctx} title={`${p.errors ? t({ th: 'ข้อผิดพลาด: ', en: 'Error: ' }) : ''}${title}`}>
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={orgName(org, ctx.locale)} heading={title} />
      <ErrorSummary ctx={ctx} errors={p.errors} />
      <form method="post" action={`/o/${org.slug}/information/follow-up`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextInput id="number" label={t({ th: 'เลขที่คำขอ', en: 'Request number' })} hint={t({ th: 'เช่น ขร. 12/2569', en: 'e.g. ขร. 12/2569' })} value={p.values.number} width="20" errorMessage={err('number')} />
        <TextInput id="code" label={t({ th: 'รหัสติดตาม', en: 'Follow-up code' })} value={p.values.code} width="20" autocomplete="off" spellcheck={false} errorMessage={err('code')} />
        <Button text={t({ th: 'ดูความคืบหน้า', en: 'See progress' })} />
      </form>
    </Layout>
  )
}
