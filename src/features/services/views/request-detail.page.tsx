import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, SummaryList, Table } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { DateInput } from '../../../web/components/date-input.tsx'
import { Select, Textarea } from '../../../web/components/form-fields.tsx'
import { formatDay, formatInstant } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import { CHANNEL_LABELS, RESULT_CHANNELS, urgencyOf } from '../service-requests.domain.ts'
import type { RequestEvent } from '../service-requests.repository.ts'
import type { requestDetail } from '../service-requests.use-cases.ts'
import { DAY_UNIT_LABELS } from '../service-manual.domain.ts'
import { channelText, EVENT_LABELS, statusText, UrgencyTag } from './request-text.tsx'

type Detail = Awaited<ReturnType<typeof requestDetail>>
export type ActionValues = Record<string, string>

/** One request: its facts, its history, and the steps an officer may take now. */
export function RequestDetailPage({ ctx, d, errors, values = {} }: { ctx: PageContext; d: Detail; errors?: FieldErrors | undefined; values?: ActionValues }) {
  const t = ctx.t
  const r = d.request
  const e = (k: string) => fieldError(ctx, errors, k)
  const action = `/staff/service-requests/${r.id}/action`
  const open = r.status === 'received' || r.status === 'in_progress'
  const closed = r.status === 'approved' || r.status === 'refused' || r.status === 'withdrawn'
  const overdue = urgencyOf(r, d.today, d.holidays) === 'overdue'
  const channels = RESULT_CHANNELS.map((c) => ({ value: c, text: t(CHANNEL_LABELS[c]) }))
  const unit = t(DAY_UNIT_LABELS[r.dayUnit])
  return (
    <Layout ctx={ctx} title={`${t({ th: 'คำขอ', en: 'Request' })} ${r.reference}`} wide>
      <a href={`/staff/service-requests?org=${encodeURIComponent(d.org.slug)}`} class="back-link" safe>
        {t({ th: 'คำขอทั้งหมด', en: 'All requests' })}
      </a>
      <span class="caption-l" safe>
        {orgName(d.org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {`${t({ th: 'คำขอเลขที่', en: 'Request' })} ${r.reference}`}
      </h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <SummaryList
        rows={[
          {
            key: t({ th: 'งานบริการ', en: 'Service' }),
            value: (
              <a href={`/o/${d.org.slug}/services/${r.serviceKey}/v/${r.serviceVersion}`} safe>
                {`${r.serviceName} (${t({ th: 'คู่มือฉบับที่', en: 'manual version' })} ${r.serviceVersion})`}
              </a>
            ),
          },
          { key: t({ th: 'สถานะ', en: 'Status' }), value: <span safe>{statusText(t, r.status)}</span> },
          { key: t({ th: 'กำหนดเวลา', en: 'Deadline' }), value: <UrgencyTag t={t} request={r} today={d.today} holidays={d.holidays} /> },
          { key: t({ th: 'ผู้ยื่นคำขอ', en: 'Applicant' }), value: <span safe>{r.applicantName}</span> },
          { key: t({ th: 'ติดต่อกลับ', en: 'Contact' }), value: <span safe>{r.applicantContact}</span> },
          { key: t({ th: 'รายละเอียด', en: 'Details' }), value: <span class="preserve-lines" safe>{r.details || '–'}</span> },
          { key: t({ th: 'ยื่นเมื่อ / ช่องทาง', en: 'Filed / channel' }), value: <span safe>{`${formatDay(r.filedOn, ctx.locale, 'long')} · ${r.channel === 'online' ? t({ th: 'ออนไลน์', en: 'online' }) : t({ th: 'จุดบริการ', en: 'counter' })}`}</span> },
          { key: t({ th: 'ระยะเวลาตามคู่มือ', en: 'Time the manual promises' }), value: <span safe>{`${r.promisedDays} ${unit}`}</span> },
          { key: t({ th: 'ครบกำหนดเดิม', en: 'Original deadline' }), value: <span safe>{formatDay(r.originalDueOn, ctx.locale, 'long')}</span> },
          {
            key: t({ th: 'ครบกำหนดปัจจุบัน', en: 'Current deadline' }),
            value: <span safe>{r.dueOn ? formatDay(r.dueOn, ctx.locale, 'long') : t({ th: 'หยุดนับ (เหลือ {n} {u})', en: 'Stopped ({n} {u} left)' }, { n: String(r.daysLeftAtPause ?? 0), u: unit })}</span>,
          },
          { key: t({ th: 'ผู้รับผิดชอบ', en: 'Officer' }), value: <span safe>{r.assignedName ?? t({ th: 'ยังไม่มอบหมาย', en: 'Not assigned' })}</span> },
          ...(closed ? [{ key: t({ th: 'แจ้งผลเมื่อ', en: 'Result notified' }), value: <span safe>{`${r.completedOn ? formatDay(r.completedOn, ctx.locale, 'long') : ''} ${channelText(t, r.resultChannel)}`}</span> }] : []),
        ]}
      />

      {!closed ? (
        <>
          <h2 class="heading-l" safe>
            {t({ th: 'ดำเนินการ', en: 'Actions' })}
          </h2>
          <form method="post" action={action} class="filter-form">
            <CsrfField token={ctx.csrfToken} />
            <input type="hidden" name="act" value="assign" />
            <Select id="assigned_to" label={t({ th: 'มอบหมายให้', en: 'Assign to' })} value={values.assigned_to ?? r.assignedTo ?? ''} options={d.staff.map((s) => ({ value: s.id, text: s.name }))} errorMessage={e('assigned_to')} />
            <Button text={t({ th: 'มอบหมาย', en: 'Assign' })} kind="secondary" />
          </form>
          {r.status === 'received' ? (
            <form method="post" action={action}>
              <CsrfField token={ctx.csrfToken} />
              <input type="hidden" name="act" value="start" />
              <Button text={t({ th: 'เริ่มพิจารณา', en: 'Start considering' })} kind="secondary" />
            </form>
          ) : (
            ''
          )}
          {r.status === 'awaiting_documents' ? (
            <form method="post" action={action}>
              <CsrfField token={ctx.csrfToken} />
              <input type="hidden" name="act" value="documents_received" />
              <Textarea id="received_note" label={t({ th: 'เอกสารที่ได้รับ', en: 'Documents received' })} value={values.received_note} rows={2} />
              <Button text={t({ th: 'ได้รับเอกสารครบ นับเวลาต่อ', en: 'Documents complete: restart the clock' })} />
            </form>
          ) : (
            ''
          )}
          {open ? (
            <>
              <h3 class="heading-m" safe>
                {t({ th: 'แจ้งขยายระยะเวลา', en: 'Delay notice' })}
              </h3>
              <p class="body hint" safe>
                {t({
                  th: 'หากดำเนินการไม่ทันตามกำหนด ต้องแจ้งผู้ยื่นคำขอก่อนครบกำหนด พร้อมเหตุผลและวันที่คาดว่าจะแล้วเสร็จ',
                  en: 'If the request cannot be finished in time, the applicant must be told before the deadline, with the reason and a new date.',
                })}
              </p>
              <form method="post" action={action}>
                <CsrfField token={ctx.csrfToken} />
                <input type="hidden" name="act" value="delay_notice" />
                <Textarea id="delay_reason" label={t({ th: 'เหตุที่ดำเนินการไม่ทัน', en: 'Reason for the delay' })} value={values.delay_reason} rows={3} errorMessage={e('delay_reason')} />
                <DateInput id="new_due_on" locale={ctx.locale} label={t({ th: 'วันที่คาดว่าจะแล้วเสร็จ', en: 'New expected date' })} value={{ day: values['new_due_on-day'] ?? '', month: values['new_due_on-month'] ?? '', year: values['new_due_on-year'] ?? '' }} errorMessage={e('new_due_on')} />
                <Select id="delay_channel" label={t({ th: 'แจ้งทาง', en: 'Sent by' })} value={values.delay_channel} options={channels} />
                {overdue ? (
                  <div class={e('late') ? 'form-group form-group--error' : 'form-group'}>
                    {e('late') ? (
                      <p id="late-error" class="error-message">
                        <span safe>{e('late') ?? ''}</span>
                      </p>
                    ) : (
                      ''
                    )}
                    <div class="checkboxes__item">
                      <input class="checkboxes__input" id="late" name="late" type="checkbox" value="yes" />
                      <label class="choice__label" for="late" safe>
                        {t({ th: 'ยืนยันว่าเป็นการแจ้งล่าช้า (หลังครบกำหนด)', en: 'I confirm this notice is late (after the deadline)' })}
                      </label>
                    </div>
                  </div>
                ) : (
                  ''
                )}
                <Button text={t({ th: 'บันทึกการแจ้งขยายระยะเวลา', en: 'Record the delay notice' })} />
              </form>
              <h3 class="heading-m" safe>
                {t({ th: 'ขอเอกสารเพิ่มเติม', en: 'Ask for more documents' })}
              </h3>
              <form method="post" action={action}>
                <CsrfField token={ctx.csrfToken} />
                <input type="hidden" name="act" value="more_documents" />
                <Textarea id="more_note" label={t({ th: 'เอกสารที่ต้องการ (หยุดนับเวลาจนได้รับ)', en: 'Documents needed (the clock stops until they arrive)' })} value={values.more_note} rows={2} errorMessage={e('more_note')} />
                <Select id="more_channel" label={t({ th: 'แจ้งทาง', en: 'Sent by' })} value={values.more_channel} options={channels} />
                <Button text={t({ th: 'แจ้งขอเอกสารเพิ่ม', en: 'Ask for documents' })} kind="secondary" />
              </form>
            </>
          ) : (
            ''
          )}
          <h3 class="heading-m" safe>
            {t({ th: 'แจ้งผลการพิจารณา', en: 'Notify the result' })}
          </h3>
          <form method="post" action={action}>
            <CsrfField token={ctx.csrfToken} />
            <Select
              id="act"
              label={t({ th: 'ผลการพิจารณา', en: 'Result' })}
              value={values.act}
              options={[
                ...(open ? [{ value: 'approved', text: t({ th: 'อนุญาต / ดำเนินการแล้วเสร็จ', en: 'Approved / done' }) }] : []),
                { value: 'refused', text: t({ th: 'ไม่อนุญาต (ระบุเหตุผล)', en: 'Refused (give reasons)' }) },
                { value: 'withdrawn', text: t({ th: 'ผู้ยื่นถอนคำขอ', en: 'Withdrawn by the applicant' }) },
              ]}
            />
            <Textarea id="result_note" label={t({ th: 'เหตุผล / หมายเหตุ', en: 'Reasons / note' })} value={values.result_note} rows={3} errorMessage={e('result_note')} />
            <Select id="result_channel" label={t({ th: 'แจ้งผลทาง', en: 'Notified by' })} value={values.result_channel} options={channels} />
            <DateInput
              id="result_on"
              locale={ctx.locale}
              label={t({ th: 'วันที่แจ้งผล (เว้นว่างถ้าเป็นวันนี้)', en: 'Date the result was sent (leave empty for today)' })}
              value={{ day: values['result_on-day'] ?? '', month: values['result_on-month'] ?? '', year: values['result_on-year'] ?? '' }}
              errorMessage={e('result_on')}
            />
            <Button text={t({ th: 'บันทึกการแจ้งผล', en: 'Record the result' })} />
          </form>
        </>
      ) : (
        ''
      )}

      <h2 class="heading-l" safe>
        {t({ th: 'ประวัติ', en: 'History' })}
      </h2>
      <Table<RequestEvent>
        caption={t({ th: 'ประวัติของคำขอ', en: 'History of the request' })}
        columns={[
          { header: t({ th: 'วันที่', en: 'Date' }), cell: (ev) => <span safe>{formatInstant(ev.at, ctx.locale)}</span> },
          { header: t({ th: 'รายการ', en: 'Step' }), cell: (ev) => <span safe>{`${t(EVENT_LABELS[ev.kind] ?? { th: ev.kind, en: ev.kind })}${ev.late ? ` (${t({ th: 'ล่าช้า', en: 'late' })})` : ''}`}</span> },
          { header: t({ th: 'รายละเอียด', en: 'Details' }), cell: (ev) => <span safe>{[ev.note, ev.newDueOn ? `${t({ th: 'กำหนดใหม่', en: 'new date' })} ${formatDay(ev.newDueOn, ctx.locale)}` : '', channelText(t, ev.channel)].filter(Boolean).join(' · ')}</span> },
          { header: t({ th: 'โดย', en: 'By' }), cell: (ev) => <span safe>{ev.byName ?? t({ th: 'ผู้ยื่นคำขอ / ระบบ', en: 'Applicant / system' })}</span> },
        ]}
        rows={d.events}
      />
    </Layout>
  )
}
