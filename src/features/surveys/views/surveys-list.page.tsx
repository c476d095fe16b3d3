import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, Table, Tag } from '../../../web/components/display.tsx'
import { Radios } from '../../../web/components/choices.tsx'
import { DateInput } from '../../../web/components/date-input.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, TextInput } from '../../../web/components/form-fields.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import { SAMPLE_GROUPS, SURVEY_MODE_HINTS, SURVEY_MODE_LABELS, SURVEY_MODES, SURVEY_STATUS_LABELS } from '../survey.domain.ts'
import { SURVEY_KIND_LABELS, SURVEY_KINDS } from '../survey-templates.data.ts'
import type { SurveyFormValues } from '../surveys.input.ts'
import type { SurveysWorkspace } from '../surveys.use-cases.ts'
import { surveyTitle } from './survey-text.ts'

type Props = { ctx: PageContext; workspace: SurveysWorkspace; values: SurveyFormValues; errors?: FieldErrors | undefined }

/** /staff/surveys: the agency's surveys and the form that starts a new one from a built-in template. */
export function SurveysListPage({ ctx, workspace, values, errors }: Props) {
  const t = ctx.t
  const { org } = workspace
  const title = t({ th: 'แบบสำรวจ', en: 'Surveys' })
  const err = (k: string) => fieldError(ctx, errors, k)
  const sat = workspace.satisfaction
  const dueDay = formatDay(sat.due, ctx.locale, 'long')
  const satisfactionDue =
    (sat.coveredNow
      ? t({ th: 'ผลสำรวจความพึงพอใจของครึ่งปีนี้เผยแพร่แล้ว ครั้งถัดไปเผยแพร่ภายใน {d} (อย่างน้อยปีละ 2 ครั้ง)', en: "This half-year's satisfaction results are published; the next are due by {d} (at least twice a year)" }, { d: dueDay })
      : t({ th: 'ต้องเผยแพร่ผลสำรวจความพึงพอใจของครึ่งปีนี้ภายใน {d} (อย่างน้อยปีละ 2 ครั้ง)', en: "This half-year's satisfaction results are due by {d} (at least twice a year)" }, { d: dueDay })) +
    (sat.missedLast ? t({ th: ' ครึ่งปีก่อนไม่มีผลที่เผยแพร่', en: ' The half-year before had none published.' }) : '')
  return (
    <Layout ctx={ctx} title={title} wide>
      <ErrorSummary ctx={ctx} errors={errors} />
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      {workspace.choices.length > 1 ? (
        <form method="get" action="/staff/surveys" class="search-form">
          <Select id="org" label={t({ th: 'หน่วยงาน', en: 'Agency' })} options={workspace.choices.map((c) => ({ value: c.slug, text: orgName(c, ctx.locale) }))} value={org.slug} />
          <Button text={t({ th: 'แสดง', en: 'Show' })} kind="secondary" />
        </form>
      ) : (
        ''
      )}
      <p class="body">
        <a href={`/staff/surveys/self-assessment?org=${encodeURIComponent(org.slug)}`} safe>
          {t({ th: 'ประเมินตนเองก่อนการประเมิน ITA (จำนวนผู้ตอบและคะแนนคาดการณ์)', en: 'Self-assessment before ITA (sample and predicted score)' })}
        </a>
        {' · '}
        <a href={`/o/${org.slug}/surveys`} safe>
          {t({ th: 'ผลที่เผยแพร่แล้ว', en: 'Published results' })}
        </a>
      </p>
      <div class={`inset-text${workspace.satisfaction.coveredNow ? '' : ' inset-text--warning'}`}>
        <p class="body" safe>
          {satisfactionDue}
        </p>
      </div>
      <Table
        caption={t({ th: 'แบบสำรวจของหน่วยงาน', en: "The agency's surveys" })}
        empty={t({ th: 'ยังไม่มีแบบสำรวจ', en: 'No surveys yet' })}
        rows={workspace.surveys}
        columns={[
          { header: t({ th: 'แบบสำรวจ', en: 'Survey' }), cell: (s) => <a href={`/staff/surveys/${s.id}`} safe>{surveyTitle(ctx, s)}</a> },
          { header: t({ th: 'ประเภท', en: 'Kind' }), cell: (s) => <span safe>{t(SURVEY_KIND_LABELS[s.kind])}</span> },
          { header: t({ th: 'วิธีตอบ', en: 'Mode' }), cell: (s) => <span safe>{t(SURVEY_MODE_LABELS[s.mode])}</span> },
          { header: t({ th: 'ช่วงเวลา', en: 'Period' }), cell: (s) => <span safe>{`${formatDay(s.opensOn, ctx.locale)} – ${formatDay(s.closesOn, ctx.locale)}`}</span> },
          { header: t({ th: 'สถานะ', en: 'Status' }), cell: (s) => <Tag text={t(SURVEY_STATUS_LABELS[s.status]) + (s.publishedAt ? t({ th: ' · เผยแพร่ผลแล้ว', en: ' · published' }) : '')} colour={s.status === 'open' ? 'green' : 'grey'} /> },
          { header: t({ th: 'ผู้ตอบ', en: 'Answers' }), numeric: true, cell: (s) => <span safe>{String(s.responses)}</span> },
        ]}
      />
      <h2 class="heading-l" id="new" safe>
        {t({ th: 'เริ่มแบบสำรวจใหม่', en: 'Start a new survey' })}
      </h2>
      <form method="post" action="/staff/surveys" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="organisation_id" value={org.id} />
        <Radios id="kind" label={t({ th: 'แบบสำรวจจากแม่แบบ', en: 'Template' })} errorMessage={err('kind')} value={values.kind} options={SURVEY_KINDS.map((k) => ({ value: k, text: t(SURVEY_KIND_LABELS[k]) }))} />
        <Radios id="mode" label={t({ th: 'วิธีตอบ', en: 'How people answer' })} errorMessage={err('mode')} value={values.mode} options={SURVEY_MODES.map((m) => ({ value: m, text: t(SURVEY_MODE_LABELS[m]), hint: t(SURVEY_MODE_HINTS[m]) }))} />
        <TextInput id="title_th" label={t({ th: 'ชื่อแบบสำรวจ (ภาษาไทย)', en: 'Title (Thai)' })} errorMessage={err('title_th')} value={values.title_th} />
        <TextInput id="title_en" label={t({ th: 'ชื่อแบบสำรวจ (ภาษาอังกฤษ ถ้ามี)', en: 'Title (English, optional)' })} value={values.title_en} />
        <TextInput id="audience" label={t({ th: 'กลุ่มผู้ตอบ', en: 'Audience' })} hint={t({ th: 'เช่น ผู้มาติดต่อขออนุญาตก่อสร้าง, บุคลากรที่ทำงานมาแล้วอย่างน้อย 1 ปี', en: 'e.g. people applying for building permits; staff with at least a year of service' })} value={values.audience} />
        {workspace.services.length ? (
          <Select id="service_key" label={t({ th: 'งานบริการ (สำหรับแบบสำรวจความพึงพอใจ)', en: 'Service (for satisfaction surveys)' })} errorMessage={err('service_key')} emptyText={t({ th: '— ไม่ระบุ —', en: '— none —' })} options={workspace.services.map((s) => ({ value: s.key, text: s.name }))} value={values.service_key} />
        ) : (
          <TextInput id="service_name" label={t({ th: 'งานบริการ (สำหรับแบบสำรวจความพึงพอใจ)', en: 'Service (for satisfaction surveys)' })} errorMessage={err('service_key')} value={values.service_name} />
        )}
        <Select id="sample_group" label={t({ th: 'กลุ่มหน่วยงาน (กำหนดจำนวนผู้ตอบขั้นต่ำ EIT)', en: 'Agency group (sets the EIT minimum)' })} options={SAMPLE_GROUPS.map((g) => ({ value: g.key, text: `${ctx.locale === 'en' ? g.en : g.th} — ${g.eit}` }))} value={values.sample_group || workspace.defaultGroup} />
        <TextInput id="headcount" label={t({ th: 'จำนวนบุคลากร (สำหรับแบบ IIT)', en: 'Headcount (for IIT)' })} errorMessage={err('headcount')} value={values.headcount} inputmode="numeric" width="5" />
        <TextInput id="minimum_override" label={t({ th: 'จำนวนผู้ตอบขั้นต่ำ (ถ้าต้องการกำหนดเอง)', en: 'Minimum answers (to set your own)' })} errorMessage={err('minimum_override')} value={values.minimum_override} inputmode="numeric" width="5" />
        <DateInput id="opens_on" label={t({ th: 'วันเปิดรับคำตอบ', en: 'Opens on' })} errorMessage={err('opens_on')} locale={ctx.locale} value={{ day: values['opens_on-day'], month: values['opens_on-month'], year: values['opens_on-year'] }} />
        <DateInput id="closes_on" label={t({ th: 'วันปิดรับคำตอบ', en: 'Closes on' })} errorMessage={err('closes_on')} locale={ctx.locale} value={{ day: values['closes_on-day'], month: values['closes_on-month'], year: values['closes_on-year'] }} />
        <Button text={t({ th: 'สร้างแบบสำรวจ', en: 'Create the survey' })} />
      </form>
    </Layout>
  )
}
