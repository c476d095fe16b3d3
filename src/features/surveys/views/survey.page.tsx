import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, NotificationBanner, SummaryList, Table, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { TextInput, Textarea } from '../../../web/components/form-fields.tsx'
import { formatDay, formatInstant } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import { SURVEY_MODE_HINTS, SURVEY_MODE_LABELS, SURVEY_STATUS_LABELS, SURVEY_TRANSITIONS } from '../survey.domain.ts'
import { SURVEY_KIND_LABELS } from '../survey-templates.data.ts'
import type { SurveyDetail } from '../surveys.use-cases.ts'
import { surveyTitle } from './survey-text.ts'

/** /staff/surveys/:id — the survey's state, its sample against the minimum, and how to reach people. */
export function SurveyPage({ ctx, detail, invitees, errors }: { ctx: PageContext; detail: SurveyDetail; invitees?: string; errors?: FieldErrors | undefined }) {
  const t = ctx.t
  const { survey, org } = detail
  const title = surveyTitle(ctx, survey)
  const short = Math.max(0, detail.minimum - detail.responses)
  const base = `/staff/surveys/${survey.id}`
  return (
    <Layout ctx={ctx} title={title} wide>
      <ErrorSummary ctx={ctx} errors={errors} />
      <a class="back-link" href={`/staff/surveys?org=${encodeURIComponent(org.slug)}`} safe>
        {t({ th: 'แบบสำรวจทั้งหมด', en: 'All surveys' })}
      </a>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <SummaryList
        rows={[
          { key: t({ th: 'แม่แบบ', en: 'Template' }), value: <span safe>{t(SURVEY_KIND_LABELS[survey.kind])}</span> },
          { key: t({ th: 'วิธีตอบ', en: 'Mode' }), value: <span safe>{`${t(SURVEY_MODE_LABELS[survey.mode])} — ${t(SURVEY_MODE_HINTS[survey.mode])}`}</span> },
          { key: t({ th: 'สถานะ', en: 'Status' }), value: <Tag text={t(SURVEY_STATUS_LABELS[survey.status])} colour={survey.status === 'open' ? 'green' : 'grey'} /> },
          { key: t({ th: 'ช่วงเวลา', en: 'Period' }), value: <span safe>{`${formatDay(survey.opensOn, ctx.locale, 'long')} – ${formatDay(survey.closesOn, ctx.locale, 'long')}`}</span> },
          ...(survey.serviceName ? [{ key: t({ th: 'งานบริการ', en: 'Service' }), value: <span safe>{survey.serviceName}</span> }] : []),
          ...(survey.audience ? [{ key: t({ th: 'กลุ่มผู้ตอบ', en: 'Audience' }), value: <span safe>{survey.audience}</span> }] : []),
          { key: t({ th: 'ลิงก์ตอบแบบสำรวจ', en: 'Answer link' }), value: survey.status === 'draft' ? <span safe>{t({ th: 'ใช้ได้เมื่อเปิดรับคำตอบ', en: 'Works once opened' })}</span> : <a href={detail.publicUrl} safe>{detail.publicUrl}</a> },
        ]}
      />
      <h2 class="heading-l" safe>
        {t({ th: 'จำนวนผู้ตอบเทียบกับขั้นต่ำ', en: 'Answers against the minimum' })}
      </h2>
      {short > 0 ? (
        <div class="inset-text inset-text--warning" role="status">
          <strong safe>
            {t({ th: 'ยังขาดผู้ตอบอีก {n} คน (ตอบแล้ว {have} จากขั้นต่ำ {min})', en: '{n} more answers needed ({have} of the minimum {min})' }, { n: short, have: detail.responses, min: detail.minimum })}
          </strong>
        </div>
      ) : (
        <p class="body" safe>
          {t({ th: 'ครบจำนวนขั้นต่ำแล้ว: ตอบแล้ว {have} จากขั้นต่ำ {min}', en: 'Minimum reached: {have} of {min}' }, { have: detail.responses, min: detail.minimum })}
        </p>
      )}
      <Table
        caption={t({ th: 'ผู้ตอบรายวัน', en: 'Answers by day' })}
        empty={t({ th: 'ยังไม่มีผู้ตอบ', en: 'No answers yet' })}
        rows={detail.byDay}
        columns={[
          { header: t({ th: 'วันที่', en: 'Day' }), cell: (d) => <span safe>{formatDay(d.day, ctx.locale)}</span> },
          { header: t({ th: 'ตอบในวันนั้น', en: 'That day' }), numeric: true, cell: (d) => <span safe>{String(d.count)}</span> },
          { header: t({ th: 'สะสม', en: 'Running total' }), numeric: true, cell: (d) => <span safe>{String(d.cumulative)}</span> },
        ]}
      />
      <p class="body">
        <a href={`${base}/results`} safe>
          {t({ th: 'ดูผลและตรวจข้อเสนอแนะ', en: 'Results and comment review' })}
        </a>
        {' · '}
        <a href={`${base}/poster`} safe>
          {t({ th: 'โปสเตอร์ QR code สำหรับจุดบริการ', en: 'QR code poster for the counter' })}
        </a>
      </p>
      <h2 class="heading-l" safe>
        {t({ th: 'สถานะ', en: 'Status' })}
      </h2>
      <form method="post" action={`${base}/status`}>
        <CsrfField token={ctx.csrfToken} />
        {SURVEY_TRANSITIONS[survey.status].map((to) => (
          <Button name="to" value={to} kind={to === 'closed' ? 'warning' : 'primary'} text={to === 'open' ? t({ th: 'เปิดรับคำตอบ', en: 'Open for answers' }) : t({ th: 'ปิดรับคำตอบ', en: 'Close' })} />
        ))}
      </form>
      {survey.mode === 'confidential' ? (
        <>
          <h2 class="heading-l" safe>
            {t({ th: 'เชิญรายบุคคล', en: 'Personal invitations' })}
          </h2>
          <p class="body" safe>
            {t({ th: 'ส่งลิงก์ทางอีเมลแล้ว {i} คน · รหัสพิมพ์แล้ว {c} รหัส · ตอบแล้ว {a}', en: '{i} e-mailed · {c} printed codes · {a} answered' }, { i: detail.tokens.invitations, c: detail.tokens.codes, a: detail.tokens.answered })}
          </p>
          <form method="post" action={`${base}/invitations`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <Textarea id="invitees" label={t({ th: 'รายชื่อและอีเมล บรรทัดละคน', en: 'Names and e-mail addresses, one per line' })} hint={t({ th: 'เช่น สมศรี ใจดี <somsri@example.go.th>', en: 'e.g. Somsri Jaidee <somsri@example.go.th>' })} errorMessage={fieldError(ctx, errors, 'invitees')} value={invitees ?? ''} rows={4} />
            <Button text={t({ th: 'ส่งคำเชิญ', en: 'Send invitations' })} />{' '}
            <Button name="all_staff" value="yes" kind="secondary" text={t({ th: 'เชิญบุคลากรทุกคนในระบบ', en: 'Invite every staff member' })} />
          </form>
          {detail.invitees.length ? (
            <>
              <Table
                caption={t({ th: 'ผู้ได้รับเชิญ (ไม่แสดงว่าใครตอบอย่างไร)', en: 'Invited (never who answered what)' })}
                rows={detail.invitees}
                columns={[
                  { header: t({ th: 'ชื่อ', en: 'Name' }), cell: (i) => <span safe>{i.name || i.email || ''}</span> },
                  { header: t({ th: 'ตอบแล้ว', en: 'Answered' }), cell: (i) => <Tag text={i.answered ? t({ th: 'ตอบแล้ว', en: 'Answered' }) : t({ th: 'ยังไม่ตอบ', en: 'Not yet' })} colour={i.answered ? 'green' : 'yellow'} /> },
                  { header: t({ th: 'เตือนล่าสุด', en: 'Last reminded' }), cell: (i) => <span safe>{String(i.remindedAt ? formatInstant(i.remindedAt, ctx.locale) : '—')}</span> },
                ]}
              />
              <form method="post" action={`${base}/reminders`}>
                <CsrfField token={ctx.csrfToken} />
                <Button kind="secondary" text={t({ th: 'ส่งอีเมลเตือนผู้ที่ยังไม่ตอบ', en: 'Remind those who have not answered' })} />
              </form>
            </>
          ) : (
            ''
          )}
          <h2 class="heading-m" safe>
            {t({ th: 'แผ่นรหัสใช้ครั้งเดียว (พิมพ์แจก)', en: 'Printed one-time codes' })}
          </h2>
          <form method="post" action={`${base}/codes`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <TextInput id="count" label={t({ th: 'จำนวนรหัส (1–500)', en: 'How many codes (1–500)' })} hint={t({ th: 'รหัสแสดงครั้งเดียวตอนสร้าง ระบบเก็บไว้เฉพาะค่าแฮช', en: 'Codes are shown once, when made; only their hashes are kept' })} errorMessage={fieldError(ctx, errors, 'count')} value="20" inputmode="numeric" width="4" />
            <Button kind="secondary" text={t({ th: 'สร้างและพิมพ์รหัส', en: 'Make and print codes' })} />
          </form>
        </>
      ) : (
        <NotificationBanner title={t({ th: 'การตอบ', en: 'Answering' })}>
          <p class="body" safe>
            {t(SURVEY_MODE_HINTS[survey.mode])}
          </p>
        </NotificationBanner>
      )}
    </Layout>
  )
}
