import type { FieldErrors } from '../../../errors.ts'
import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS } from '../../../platform/auth/roles.ts'
import { Checkboxes, Radios } from '../../../web/components/choices.tsx'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, TextInput } from '../../../web/components/form-fields.tsx'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { FREQUENCIES, FREQUENCY_LABELS } from '../oversight-schedule.domain.ts'
import type { ScheduleForm } from '../oversight-schedules.use-cases.ts'

/** /staff/oversight/reports/schedules/new: which form, how often, by when, from whom. */
export function ScheduleFormPage({ ctx, form, values = {}, errors }: { ctx: PageContext; form: ScheduleForm; values?: Record<string, string>; errors?: FieldErrors }) {
  const t = ctx.t
  const title = t({ th: 'กำหนดการรายงาน', en: 'Schedule a report' })
  const err = (f: string) => fieldError(ctx, errors, f)
  return (
    <Layout ctx={ctx} title={title}>
      <a href="/staff/oversight/reports" class="back-link" safe>
        {t({ th: 'ภาพรวมการรายงาน', en: 'Reporting dashboard' })}
      </a>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action="/staff/oversight/reports/schedules" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <Select id="organisation_id" label={t({ th: 'ผู้กำกับติดตาม', en: 'Oversight body' })} options={form.bodies.map((b) => ({ value: b.id, text: ctx.locale === 'th' ? b.nameTh : b.nameEn || b.nameTh }))} value={values['organisation_id']} />
        <Select
          id="form_definition_id"
          label={t({ th: 'แบบรายงาน', en: 'Report form' })}
          errorMessage={err('form_definition_id')}
          options={form.forms.map((f) => ({ value: f.id, text: `${t(f.definition.title)} (${t({ th: 'ฉบับที่', en: 'version' })} ${f.version})` }))}
          value={values['form_definition_id']}
        />
        <TextInput id="title_th" label={t({ th: 'ชื่อรายงาน (ภาษาไทย)', en: 'Title (Thai)' })} errorMessage={err('title_th')} value={values['title_th'] ?? 'รายงานมาตรฐานและความเป็นธรรมในการปฏิบัติงาน (EB12)'} />
        <TextInput id="title_en" label={t({ th: 'ชื่อรายงาน (ภาษาอังกฤษ)', en: 'Title (English)' })} value={values['title_en'] ?? 'Work standards and fairness report (EB12)'} />
        <TextInput id="fiscal_year" label={t({ th: 'ปีงบประมาณ (พ.ศ.)', en: 'Fiscal year (BE)' })} errorMessage={err('fiscal_year')} value={values['fiscal_year'] ?? String(form.fiscalYear)} inputmode="numeric" width="4" />
        <Radios id="frequency" label={t({ th: 'ความถี่', en: 'How often' })} errorMessage={err('frequency')} value={values['frequency'] ?? 'quarterly'} options={FREQUENCIES.map((f) => ({ value: f, text: t(FREQUENCY_LABELS[f]) }))} />
        <TextInput id="deadline_offset" label={t({ th: 'กำหนดส่ง: จำนวนวันหลังสิ้นงวด', en: 'Due: days after the period ends' })} errorMessage={err('deadline_offset')} value={values['deadline_offset'] ?? '10'} inputmode="numeric" width="4" />
        <Radios
          id="deadline_kind"
          label={t({ th: 'นับเป็น', en: 'Counted in' })}
          value={values['deadline_kind'] ?? 'business_days'}
          inline
          options={[
            { value: 'business_days', text: t({ th: 'วันทำการ', en: 'Business days' }) },
            { value: 'calendar_days', text: t({ th: 'วันปฏิทิน', en: 'Calendar days' }) },
          ]}
        />
        <TextInput
          id="closes_after_days"
          label={t({ th: 'รับรายงานล่าช้าได้อีกกี่วันหลังกำหนด (เว้นว่าง = ตลอดปี)', en: 'Late reports accepted for how many days after the deadline (empty: all year)' })}
          errorMessage={err('closes_after_days')}
          value={values['closes_after_days'] ?? ''}
          inputmode="numeric"
          width="4"
        />
        <Radios
          id="audience"
          label={t({ th: 'หน่วยงานที่ต้องรายงาน', en: 'Agencies that report' })}
          errorMessage={err('audience')}
          value={values['audience'] ?? 'all'}
          options={[
            { value: 'all', text: t({ th: 'ทุกหน่วยงานในกำกับ', en: 'Every agency overseen' }) },
            { value: 'kinds', text: t({ th: 'ตามประเภทหน่วยงาน', en: 'By agency type' }) },
            { value: 'chosen', text: t({ th: 'เลือกหน่วยงาน', en: 'Chosen agencies' }) },
          ]}
        />
        <Checkboxes id="audience_kinds" label={t({ th: 'ประเภทหน่วยงาน', en: 'Agency types' })} errorMessage={err('audience_kinds')} options={ORGANISATION_KINDS.filter((k) => k !== 'province').map((k) => ({ value: k, text: t(ORGANISATION_KIND_LABELS[k]) }))} />
        <Checkboxes id="audience_ids" label={t({ th: 'หน่วยงาน', en: 'Agencies' })} errorMessage={err('audience_ids')} options={form.agencies.map((a) => ({ value: a.id, text: a.nameTh }))} />
        <p class="hint" safe>
          {t({ th: 'หน่วยงานที่ต้องส่งรายงานของแต่ละงวดกำหนดตายตัวเมื่อเริ่มงวด หน่วยงานที่เพิ่มภายหลังเริ่มรายงานในงวดถัดไป', en: 'The agencies expected to report are fixed when each period starts; an agency added later reports from the next period.' })}
        </p>
        <Button text={t({ th: 'บันทึกกำหนดการ', en: 'Save the schedule' })} />
      </form>
    </Layout>
  )
}
