import { formatFileSize, type KeptUpload } from '../../../platform/files/index.ts'
import type { FieldErrors } from '../../../errors.ts'
import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS } from '../../../platform/auth/roles.ts'
import { Checkboxes, Radios } from '../../../web/components/choices.tsx'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { DateInput } from '../../../web/components/date-input.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { FileInput } from '../../../web/components/file-input.tsx'
import { Select, TextInput, Textarea } from '../../../web/components/form-fields.tsx'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import type { AnnouncementValues } from '../oversight-announcements.input.ts'
import type { AttachedFile } from '../oversight-announcements.repository.ts'
import { indicatorName } from '../oversight-announcement-measures.ts'
import type { AnnouncementFormData } from '../oversight-announcements.use-cases.ts'

/**
 * /staff/oversight/announcements/new and …/:id/correct: number, date, title, body, the measures
 * picked from seed 002 and the ITA measure library (or typed), the agencies addressed, the report
 * it requires, an attachment. A correction also says what changed.
 */
export function AnnouncementFormPage(p: { ctx: PageContext; form: AnnouncementFormData; values: AnnouncementValues; errors?: FieldErrors; kept?: KeptUpload | null; correcting?: { id: string; version: number; files: AttachedFile[] } }) {
  const { ctx, form, values } = p
  const t = ctx.t
  const v = (f: string) => values.text[f]
  const err = (f: string) => fieldError(ctx, p.errors, f)
  const title = p.correcting ? t({ th: 'แก้ไขประกาศ (ออกฉบับที่ {n})', en: 'Correct the announcement (issue version {n})' }, { n: p.correcting.version + 1 }) : t({ th: 'ออกประกาศมาตรการ', en: 'Issue an announcement of measures' })
  const seed002 = form.catalogue.filter((m) => m.id.startsWith('s002-'))
  const byIndicator = new Map<number, typeof form.catalogue>()
  for (const m of form.catalogue.filter((m) => !m.id.startsWith('s002-'))) byIndicator.set(m.indicator ?? 0, [...(byIndicator.get(m.indicator ?? 0) ?? []), m])
  const option = (m: (typeof form.catalogue)[number]) => ({ value: m.id, text: m.th, hint: m.source })
  return (
    <Layout ctx={ctx} title={title}>
      <a href={p.correcting ? `/staff/oversight/announcements/${p.correcting.id}` : '/staff/oversight/announcements'} class="back-link" safe>
        {t({ th: 'ประกาศมาตรการ', en: 'Announcements' })}
      </a>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <ErrorSummary ctx={ctx} errors={p.errors} />
      <form method="post" action={p.correcting ? `/staff/oversight/announcements/${p.correcting.id}/correct` : '/staff/oversight/announcements'} enctype="multipart/form-data" novalidate>
        <CsrfField token={ctx.csrfToken} />
        {p.correcting ? (
          <Textarea id="correction_note" label={t({ th: 'แก้ไขอะไร เพราะเหตุใด', en: 'What was corrected, and why' })} errorMessage={err('correction_note')} value={v('correction_note')} rows={3} />
        ) : (
          <Select id="organisation_id" label={t({ th: 'ผู้ออกประกาศ', en: 'Issued by' })} options={form.bodies.map((b) => ({ value: b.id, text: ctx.locale === 'th' ? b.nameTh : b.nameEn || b.nameTh }))} value={v('organisation_id')} />
        )}
        <TextInput id="number" label={t({ th: 'เลขที่ประกาศ/หนังสือ', en: 'Announcement number' })} hint={t({ th: 'เช่น ที่ สภ ๐๐๑๗.๓/ว ๑๒๓', en: 'e.g. สภ 0017.3/ว 123' })} errorMessage={err('number')} value={v('number')} />
        <DateInput id="issued_on" locale={ctx.locale} label={t({ th: 'ลงวันที่', en: 'Dated' })} errorMessage={err('issued_on')} value={{ day: v('issued_on-day') ?? '', month: v('issued_on-month') ?? '', year: v('issued_on-year') ?? '' }} />
        <TextInput id="fiscal_year" label={t({ th: 'ปีงบประมาณ (พ.ศ.)', en: 'Fiscal year (BE)' })} errorMessage={err('fiscal_year')} value={v('fiscal_year') || String(form.fiscalYear)} inputmode="numeric" width="4" />
        <TextInput id="title_th" label={t({ th: 'เรื่อง (ภาษาไทย)', en: 'Title (Thai)' })} errorMessage={err('title_th')} value={v('title_th')} />
        <TextInput id="title_en" label={t({ th: 'เรื่อง (ภาษาอังกฤษ)', en: 'Title (English)' })} value={v('title_en')} />
        <Textarea id="body_th" label={t({ th: 'ข้อความ', en: 'Text' })} hint={t({ th: 'เว้นบรรทัดว่างระหว่างย่อหน้า', en: 'Leave an empty line between paragraphs' })} value={v('body_th')} rows={6} />
        <fieldset class="fieldset" aria-describedby={err('measure') ? 'measure-error' : undefined}>
          <legend class="fieldset__legend fieldset__legend--m" safe>
            {t({ th: 'มาตรการ', en: 'Measures' })}
          </legend>
          {err('measure') ? (
            <p id="measure-error" class="error-message" safe>
              {err('measure')}
            </p>
          ) : (
            ''
          )}
          <details class="details" open>
            <summary class="details__summary" safe>
              {t({ th: 'มาตรการภายใน ๗ ด้าน (แบบประกาศจังหวัดเชียงใหม่ ๒๕๖๓)', en: 'Seven internal measures (after Chiang Mai, 2020)' })}
            </summary>
            <Checkboxes id="measure" name="measure" label={t({ th: 'มาตรการภายใน', en: 'Internal measures' })} options={seed002.map(option)} values={values.measureIds} />
          </details>
          {[...byIndicator.entries()].map(([n, ms]) => (
            <details class="details">
              <summary class="details__summary" safe>
                {t(indicatorName(n) ?? { th: 'อื่น ๆ', en: 'Other' })}
              </summary>
              <Checkboxes id={`measure-i${n}`} name="measure" label={t(indicatorName(n) ?? { th: 'อื่น ๆ', en: 'Other' })} options={ms.map(option)} values={values.measureIds} />
            </details>
          ))}
          <Textarea id="typed_measures" label={t({ th: 'มาตรการอื่น (บรรทัดละหนึ่งข้อ)', en: 'Other measures (one a line)' })} value={v('typed_measures')} rows={4} />
        </fieldset>
        <Radios
          id="audience"
          label={t({ th: 'หน่วยงานที่ต้องถือปฏิบัติ', en: 'Agencies it applies to' })}
          errorMessage={err('audience')}
          value={v('audience') || 'all'}
          options={[
            { value: 'all', text: t({ th: 'ทุกหน่วยงานในกำกับ', en: 'Every agency overseen' }) },
            { value: 'kinds', text: t({ th: 'ตามประเภทหน่วยงาน', en: 'By agency type' }) },
            { value: 'chosen', text: t({ th: 'เลือกหน่วยงาน', en: 'Chosen agencies' }) },
          ]}
        />
        <Checkboxes id="audience_kinds" label={t({ th: 'ประเภทหน่วยงาน', en: 'Agency types' })} errorMessage={err('audience_kinds')} values={values.audienceKinds} options={ORGANISATION_KINDS.filter((k) => k !== 'province').map((k) => ({ value: k, text: t(ORGANISATION_KIND_LABELS[k]) }))} />
        <Checkboxes id="audience_ids" label={t({ th: 'หน่วยงาน', en: 'Agencies' })} errorMessage={err('audience_ids')} values={values.audienceIds} options={form.agencies.map((a) => ({ value: a.id, text: a.nameTh }))} />
        <Select
          id="schedule_id"
          label={t({ th: 'รายงานที่ต้องส่งตามประกาศ (ถ้ามี)', en: 'Report it requires (optional)' })}
          errorMessage={err('schedule_id')}
          emptyText={t({ th: 'ไม่มี', en: 'None' })}
          options={form.schedules.map((s) => ({ value: s.id, text: s.titleTh }))}
          value={v('schedule_id')}
        />
        {p.correcting && p.correcting.files.length ? (
          <Checkboxes id="remove_file" label={t({ th: 'นำเอกสารแนบเดิมออก', en: 'Remove earlier attachments' })} options={p.correcting.files.map((f) => ({ value: f.fileId, text: f.name }))} />
        ) : (
          ''
        )}
        <FileInput
          id="attachment"
          label={t({ th: 'เอกสารแนบ (PDF, Word, Excel หรือรูปภาพ)', en: 'Attachment (PDF, Word, Excel or image)' })}
          errorMessage={err('attachment')}
          kept={p.kept ? { reference: p.kept.reference, name: p.kept.file.originalName, size: formatFileSize(p.kept.file.size), intro: t({ th: 'แนบไว้แล้ว (จะบันทึกเมื่อออกประกาศ):', en: 'Already attached (saved when you issue it):' }), discardLabel: t({ th: 'ไม่ใช้ไฟล์นี้', en: 'Do not use this file' }) } : undefined}
        />
        <Button text={p.correcting ? t({ th: 'ออกประกาศฉบับแก้ไข', en: 'Issue the correction' }) : t({ th: 'ออกประกาศ', en: 'Issue the announcement' })} />
      </form>
    </Layout>
  )
}
