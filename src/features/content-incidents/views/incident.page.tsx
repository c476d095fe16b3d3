import type { FieldErrors } from '../../../errors.ts'
import { formatFileSize } from '../../../platform/files/index.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, SummaryList, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, Textarea } from '../../../web/components/form-fields.tsx'
import { formatDay, formatInstant } from '../../../web/format-time.ts'
import { ACTION_KINDS, INCIDENT_KINDS, labelOf, STATUSES, URGENCIES, type StepKind } from '../content-incidents.domain.ts'
import type { IncidentView } from '../content-incidents.use-cases.ts'
import { agencyName, STATUS_COLOURS } from './incident-text.ts'

/** What the forms on the page held when one was rejected. */
export type StepFormState = { values: Record<string, string>; errors: FieldErrors }

const STEP_LABELS: Record<StepKind, { th: string; en: string }> = {
  action: { th: 'การดำเนินการ', en: 'Action taken' },
  escalated: { th: 'รายงานผู้กำกับติดตาม', en: 'Escalated to oversight' },
  oversight_response: { th: 'การตอบกลับของผู้กำกับติดตาม', en: 'Oversight’s response' },
  closed: { th: 'ปิดเรื่อง', en: 'Closed' },
}

export function IncidentPage({ ctx, view, state }: { ctx: PageContext; view: IncidentView; state?: StepFormState | undefined }) {
  const t = ctx.t
  const { incident: i, commands } = view
  const v = (k: string) => state?.values[k] ?? ''
  const err = (f: string) => fieldError(ctx, state?.errors, f)
  const title = labelOf(INCIDENT_KINDS, i.kind)[ctx.locale]
  const base = `/staff/incidents/${i.id}`
  return (
    <Layout ctx={ctx} title={title}>
      <a href="/staff/incidents" class="back-link" safe>
        {t({ th: 'เหตุการณ์ข้อมูลบิดเบือน', en: 'Content incidents' })}
      </a>
      <span class="caption-l" safe>
        {agencyName(i, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body">
        <Tag text={STATUSES[i.status][ctx.locale]} colour={STATUS_COLOURS[i.status]} />
        {i.urgency === 'urgent' ? (
          <>
            {' '}
            <Tag text={t({ th: 'ด่วน', en: 'Urgent' })} colour="red" />
          </>
        ) : (
          ''
        )}
      </p>
      <ErrorSummary ctx={ctx} errors={state?.errors} />
      <SummaryList
        rows={[
          { key: t({ th: 'พบที่', en: 'Where seen' }), value: <span safe>{i.whereSeen}</span> },
          { key: t({ th: 'วันที่พบ', en: 'Seen on' }), value: <span safe>{formatDay(i.seenOn, ctx.locale, 'long')}</span> },
          { key: t({ th: 'รายละเอียด', en: 'Description' }), value: <p class="body preserve-lines" safe>{i.description}</p> },
          { key: t({ th: 'ความเร่งด่วน', en: 'Urgency' }), value: <span safe>{labelOf(URGENCIES, i.urgency)[ctx.locale]}</span> },
          { key: t({ th: 'ผู้รายงาน', en: 'Reported by' }), value: <span safe>{`${i.reporterName ?? '–'} · ${formatInstant(i.createdAt, ctx.locale)}`}</span> },
          {
            key: t({ th: 'หลักฐาน', en: 'Evidence' }),
            value: view.evidence ? (
              <a href={`${base}/evidence`} safe>
                {`${view.evidence.originalName} (${formatFileSize(view.evidence.size)})`}
              </a>
            ) : (
              <span safe>{t({ th: 'ไม่มี', en: 'None' })}</span>
            ),
          },
        ]}
      />
      <h2 class="heading-m" safe>
        {t({ th: 'ลำดับการดำเนินการ', en: 'What has been done' })}
      </h2>
      {view.steps.length === 0 ? (
        <p class="body" safe>
          {t({ th: 'ยังไม่มีการดำเนินการ', en: 'Nothing yet.' })}
        </p>
      ) : (
        <ol class="list list--bullet">
          {view.steps.map((s) => (
            <li>
              <strong safe>{s.actionKind ? `${STEP_LABELS[s.step][ctx.locale]}: ${labelOf(ACTION_KINDS, s.actionKind)[ctx.locale]}` : STEP_LABELS[s.step][ctx.locale]}</strong>
              <br />
              <span class="hint" safe>
                {`${s.byLabel} · ${formatInstant(s.at, ctx.locale)}`}
              </span>
              <p class="body preserve-lines" safe>
                {s.note}
              </p>
            </li>
          ))}
        </ol>
      )}
      {commands.includes('record_action') ? (
        <form method="post" action={`${base}/actions`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <h2 class="heading-m" safe>
            {t({ th: 'บันทึกการดำเนินการ', en: 'Record an action' })}
          </h2>
          <Select id="action_kind" label={t({ th: 'การดำเนินการ', en: 'Action' })} emptyText={t({ th: 'เลือก', en: 'Choose' })} options={ACTION_KINDS.map((a) => ({ value: a.key, text: a.name[ctx.locale] }))} value={v('action_kind')} errorMessage={err('action_kind')} />
          <Textarea id="action_note" rows={3} label={t({ th: 'รายละเอียด', en: 'Details' })} hint={t({ th: 'เช่น ที่อยู่ของข่าวชี้แจง เลขที่หนังสือ', en: 'e.g. the address of the correction, the letter number' })} value={v('action_note')} errorMessage={err('action_note')} />
          <Button text={t({ th: 'บันทึกการดำเนินการ', en: 'Record the action' })} kind="secondary" />
        </form>
      ) : (
        ''
      )}
      {commands.includes('respond') ? (
        <form method="post" action={`${base}/respond`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <h2 class="heading-m" safe>
            {t({ th: 'ตอบกลับ / ข้อสั่งการ', en: 'Respond' })}
          </h2>
          <Textarea id="response_note" rows={3} label={t({ th: 'ข้อความถึงหน่วยงาน', en: 'Message to the agency' })} value={v('response_note')} errorMessage={err('response_note')} />
          <Button text={t({ th: 'บันทึกการตอบกลับ', en: 'Record the response' })} kind="secondary" />
        </form>
      ) : (
        ''
      )}
      {commands.includes('escalate') ? (
        <form method="post" action={`${base}/escalate`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <h2 class="heading-m" safe>
            {t({ th: 'รายงานผู้ว่าราชการจังหวัด (ผู้กำกับติดตาม)', en: 'Escalate to the governor’s office (oversight)' })}
          </h2>
          <p class="body" safe>
            {view.oversightCount > 0
              ? t({ th: 'เมื่อเห็นว่าจะกระทบภาพลักษณ์อันก่อให้เกิดความเสียหายต่อจังหวัด ผู้กำกับติดตาม {n} คนจะได้รับอีเมลและเห็นเหตุการณ์นี้', en: 'When it may harm the province’s image: {n} oversight member(s) will get an e-mail and see this incident.' }, { n: view.oversightCount })
              : t({ th: 'ยังไม่มีผู้กำกับติดตามเหนือหน่วยงานนี้ในระบบ', en: 'No one holds the oversight role above this agency yet.' })}
          </p>
          <Textarea id="escalation_note" rows={3} label={t({ th: 'เหตุผลและสิ่งที่ขอให้ช่วย', en: 'Why, and what help is asked for' })} value={v('escalation_note')} errorMessage={err('escalation_note')} />
          <Button text={t({ th: 'รายงานผู้กำกับติดตาม', en: 'Escalate' })} kind="warning" />
        </form>
      ) : (
        ''
      )}
      {commands.includes('close') ? (
        <form method="post" action={`${base}/close`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <h2 class="heading-m" safe>
            {t({ th: 'ปิดเรื่อง', en: 'Close the incident' })}
          </h2>
          <Textarea id="closing_summary" rows={3} label={t({ th: 'สรุปผล', en: 'Summary of the outcome' })} value={v('closing_summary')} errorMessage={err('closing_summary')} />
          <Button text={t({ th: 'ปิดเรื่อง', en: 'Close' })} kind="secondary" />
        </form>
      ) : (
        ''
      )}
      {i.status === 'closed' && i.closingSummary ? (
        <>
          <h2 class="heading-m" safe>
            {t({ th: 'สรุปผลเมื่อปิดเรื่อง', en: 'Outcome' })}
          </h2>
          <p class="body preserve-lines" safe>
            {i.closingSummary}
          </p>
        </>
      ) : (
        ''
      )}
    </Layout>
  )
}
