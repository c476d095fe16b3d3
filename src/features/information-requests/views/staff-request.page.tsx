import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Checkboxes, Radios } from '../../../web/components/choices.tsx'
import { Button, CsrfField, SummaryList, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { formatDay, formatInstant } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import { LATENESS_LABELS, REFUSAL_GROUNDS, STATE_LABELS, deliveryName, refusalGroundName, type RequestState } from '../info-requests.domain.ts'
import type { StaffRequest } from '../info-requests.use-cases.ts'
import { LATENESS_COLOURS, STATE_COLOURS } from './info-text.ts'

export function StaffRequestPage(p: { ctx: PageContext; view: StaffRequest; values?: Record<string, string> | undefined; errors?: FieldErrors | undefined }) {
  const { ctx, view, errors } = p
  const r = view.request
  const t = ctx.t
  const err = (f: string) => fieldError(ctx, errors, f)
  const values = p.values ?? {}
  const status = r.status as RequestState
  const v = (text: string) => (
    <span class="preserve-lines break-anywhere" safe>
      {text}
    </span>
  )
  return (
    <Layout ctx={ctx} title={`${errors ? t({ th: 'ข้อผิดพลาด: ', en: 'Error: ' }) : ''}${r.number}`}>
      <a href={`/staff/information-requests?org=${view.org.id}`} class="back-link" safe>
        {t({ th: 'คำขอข้อมูลข่าวสาร', en: 'Information requests' })}
      </a>
      <span class="caption-l" safe>
        {orgName(view.org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {r.number}
      </h1>
      <p class="body">
        <Tag text={t(STATE_LABELS[status])} colour={STATE_COLOURS[status]} /> {view.lateness !== 'on_time' ? <Tag text={t(LATENESS_LABELS[view.lateness])} colour={LATENESS_COLOURS[view.lateness]} /> : ''}
      </p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <SummaryList
        rows={[
          { key: t({ th: 'ผู้ยื่นคำขอ (ไม่เปิดเผย)', en: 'Requester (private)' }), value: v(r.requester_name) },
          { key: t({ th: 'ช่องทางติดต่อ (ไม่เปิดเผย)', en: 'Contact (private)' }), value: v(r.requester_contact) },
          { key: t({ th: 'ช่องทาง', en: 'Channel' }), value: v(r.channel === 'online' ? t({ th: 'ออนไลน์', en: 'Online' }) : t({ th: 'ยื่น ณ สำนักงาน', en: 'At the counter' })) },
          { key: t({ th: 'ข้อมูลที่ขอ', en: 'Requested' }), value: v(r.what_requested) },
          { key: t({ th: 'รูปแบบ', en: 'Form' }), value: v(t(deliveryName(r.delivery))) },
          { key: t({ th: 'ค่าธรรมเนียม', en: 'Fee' }), value: v(r.fee_baht === null ? '–' : `${r.fee_baht} ${t({ th: 'บาท', en: 'baht' })}`) },
          { key: t({ th: 'วันที่รับ', en: 'Received' }), value: v(formatDay(r.received_on, ctx.locale, 'long')) },
          { key: t({ th: 'กำหนดแจ้งผล', en: 'Due' }), value: v(r.due_on ? formatDay(r.due_on, ctx.locale, 'long') : t({ th: `หยุดนับเวลา (ใช้ไปแล้ว ${r.days_used} วันทำการ)`, en: `Paused (${r.days_used} business days used)` })) },
          ...(r.refusal_section ? [{ key: t({ th: 'เหตุตามกฎหมาย', en: 'Legal ground' }), value: v(t(refusalGroundName(r.refusal_section))) }] : []),
          ...(r.appeal_until ? [{ key: t({ th: 'อุทธรณ์ได้ถึง', en: 'Appeal until' }), value: v(formatDay(r.appeal_until, ctx.locale, 'long')) }] : []),
          ...(r.answer_text ? [{ key: t({ th: 'คำตอบ', en: 'Answer' }), value: v(r.answer_text) }] : []),
        ]}
      />
      <h2 class="heading-m" safe>
        {t({ th: 'ลำดับการดำเนินการ', en: 'History' })}
      </h2>
      <ol class="thread">
        {view.events.map((e) => (
          <li class="thread__item">
            <p class="thread__meta" safe>
              {`${formatInstant(e.at, ctx.locale)} · ${t(STATE_LABELS[e.to_status as RequestState] ?? { th: e.to_status, en: e.to_status })}${e.actor_name ? ` · ${e.actor_name}` : ''}${e.due_on ? ` · ${t({ th: 'กำหนด', en: 'due' })} ${formatDay(e.due_on, ctx.locale)}` : ''}`}
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
      {view.canAct && view.next.length > 0 ? (
        <form method="post" action={`/staff/information-requests/${r.id}/step`} novalidate class="thread__note-form">
          <h2 class="heading-m" safe>
            {t({ th: 'ขั้นตอนถัดไป', en: 'Next step' })}
          </h2>
          <CsrfField token={ctx.csrfToken} />
          <Radios id="to" label={t({ th: 'ดำเนินการ', en: 'Action' })} options={view.next.map((s) => ({ value: s, text: t(STATE_LABELS[s]) }))} value={values.to} errorMessage={err('to')} />
          <Textarea id="note" rows={3} label={t({ th: 'บันทึก / เหตุผล (แจ้งผู้ยื่นคำขอ)', en: 'Note or reasons (the requester sees it)' })} hint={t({ th: 'จำเป็นเมื่อขอคำชี้แจง ขยายเวลา ให้บางส่วน หรือปฏิเสธ', en: 'Needed to ask for clarification, extend, answer in part or refuse' })} value={values.note} errorMessage={err('note')} />
          <Textarea id="answer" rows={4} label={t({ th: 'คำตอบหรือลิงก์ข้อมูลที่ให้', en: 'Answer or link to the information' })} value={values.answer} errorMessage={err('answer')} />
          <Select id="ground" label={t({ th: 'เหตุตามกฎหมายที่ปฏิเสธ', en: 'Legal ground of a refusal' })} emptyText={t({ th: 'ไม่ใช่การปฏิเสธ', en: 'Not a refusal' })} options={REFUSAL_GROUNDS.map((g) => ({ value: g.key, text: g.name[ctx.locale] }))} value={values.ground} errorMessage={err('ground')} />
          <TextInput id="transferred_to" label={t({ th: 'หน่วยงานที่ส่งต่อ (มาตรา 12)', en: 'Agency transferred to (section 12)' })} value={values.transferred_to} errorMessage={err('transferred_to')} />
          <Checkboxes id="publish" label={t({ th: 'เผยแพร่คำตอบ', en: 'Publish the answer' })} options={[{ value: 'yes', text: t({ th: 'เผยแพร่คำตอบในศูนย์ข้อมูลข่าวสาร (ไม่แสดงชื่อผู้ยื่นคำขอ)', en: 'Publish the answer in the information centre (without the requester’s name)' }) }]} values={values.publish === 'yes' ? ['yes'] : []} />
          <Button text={t({ th: 'บันทึก', en: 'Save' })} />
        </form>
      ) : (
        ''
      )}
      {view.canAct ? (
        <form method="post" action={`/staff/information-requests/${r.id}/assign`} novalidate class="thread__note-form">
          <CsrfField token={ctx.csrfToken} />
          <Select id="assignee" label={t({ th: 'เจ้าหน้าที่ผู้รับผิดชอบ', en: 'Responsible officer' })} emptyText={t({ th: 'ยังไม่มอบหมาย', en: 'Nobody yet' })} options={view.handlers.map((h) => ({ value: h.id, text: h.display_name }))} value={r.assigned_to ?? ''} errorMessage={err('assignee')} />
          <Button text={t({ th: 'มอบหมาย', en: 'Assign' })} kind="secondary" />
        </form>
      ) : (
        ''
      )}
    </Layout>
  )
}
