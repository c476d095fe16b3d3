import type { FieldErrors } from '../../../errors.ts'
import { formatFileSize } from '../../../platform/files/index.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Radios } from '../../../web/components/choices.tsx'
import { DateInput } from '../../../web/components/date-input.tsx'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { FileInput } from '../../../web/components/file-input.tsx'
import { Select, Textarea } from '../../../web/components/form-fields.tsx'
import { orgName } from '../../../web/org-names.ts'
import { INCIDENT_KINDS, URGENCIES } from '../content-incidents.domain.ts'
import type { ReportFormValues } from '../content-incidents.input.ts'
import type { KeptEvidence, ReportForm } from '../content-incidents.use-cases.ts'

export function ReportFormPage(p: { ctx: PageContext; form: ReportForm; values: ReportFormValues; errors?: FieldErrors | undefined; keptEvidence: KeptEvidence | null }) {
  const { ctx, form, values, errors } = p
  const t = ctx.t
  const err = (f: string) => fieldError(ctx, errors, f)
  const title = t({ th: 'รายงานเหตุการณ์ข้อมูลบิดเบือน', en: 'Report a content incident' })
  return (
    <Layout ctx={ctx} title={title}>
      <a href="/staff/incidents" class="back-link" safe>
        {t({ th: 'เหตุการณ์ข้อมูลบิดเบือน', en: 'Content incidents' })}
      </a>
      <span class="caption-l" safe>
        {orgName(form.org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body" safe>
        {t({ th: 'รายงานนี้ส่งถึงหัวหน้าหน่วยงานทางอีเมลทันที และไม่เผยแพร่ต่อสาธารณะ', en: 'This report goes to the head of the agency by e-mail at once and is never published.' })}
      </p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action="/staff/incidents/new" enctype="multipart/form-data" novalidate>
        <CsrfField token={ctx.csrfToken} />
        {form.choices.length > 1 ? (
          <Select id="organisation_id" label={t({ th: 'หน่วยงานที่ได้รับผลกระทบ', en: 'Agency affected' })} options={form.choices.map((c) => ({ value: c.id, text: orgName(c, ctx.locale) }))} value={form.org.id} />
        ) : (
          <input type="hidden" name="organisation_id" value={form.org.id} />
        )}
        <Radios id="kind" label={t({ th: 'ประเภทเหตุการณ์', en: 'Kind of incident' })} options={INCIDENT_KINDS.map((k) => ({ value: k.key, text: k.name[ctx.locale] }))} value={values.kind} errorMessage={err('kind')} />
        <Textarea
          id="where_seen"
          rows={2}
          label={t({ th: 'พบที่ใด', en: 'Where it was seen' })}
          hint={t({ th: 'ที่อยู่เว็บ (URL) หรือชื่อเพจ กลุ่ม ช่องทาง หรือสื่อ', en: 'The web address (URL), or the name of the page, group, channel or outlet' })}
          value={values.where_seen}
          errorMessage={err('where_seen')}
        />
        <DateInput id="seen_on" locale={ctx.locale} label={t({ th: 'วันที่พบ', en: 'Date seen' })} hint={t({ th: 'ปีเป็นพุทธศักราช เช่น 3 12 2569', en: 'Year in the Buddhist Era, e.g. 3 12 2569' })} value={values.seen_on} errorMessage={err('seen_on')} />
        <Textarea
          id="description"
          rows={6}
          label={t({ th: 'รายละเอียด', en: 'Description' })}
          hint={t({ th: 'สิ่งที่พบ ข้อเท็จจริงที่ถูกต้อง และผลกระทบต่อหน่วยงาน', en: 'What was seen, what the facts are, and how it affects the agency' })}
          value={values.description}
          errorMessage={err('description')}
        />
        <Radios id="urgency" label={t({ th: 'ความเร่งด่วน', en: 'Urgency' })} options={URGENCIES.map((u) => ({ value: u.key, text: u.name[ctx.locale] }))} value={values.urgency} errorMessage={err('urgency')} />
        <FileInput
          id="evidence"
          label={t({ th: 'หลักฐาน ไม่บังคับ', en: 'Evidence, optional' })}
          hint={t({ th: 'ภาพหน้าจอหรือเอกสาร (ภาพ, PDF, Word, Excel) ขนาดไม่เกิน 20 MB', en: 'A screenshot or document (image, PDF, Word, Excel) of 20 MB or less' })}
          errorMessage={err('evidence')}
          kept={
            p.keptEvidence
              ? {
                  reference: p.keptEvidence.reference,
                  name: p.keptEvidence.file.originalName,
                  size: formatFileSize(p.keptEvidence.file.size),
                  intro: t({ th: 'อัปโหลดไว้แล้ว (จะบันทึกเมื่อกดส่ง):', en: 'Already uploaded (saved when you send the report):' }),
                  discardLabel: t({ th: 'ไม่ใช้ไฟล์นี้', en: 'Do not use this file' }),
                }
              : undefined
          }
        />
        <Button text={t({ th: 'ส่งรายงานถึงหัวหน้าหน่วยงาน', en: 'Send to the head of the agency' })} />
      </form>
    </Layout>
  )
}
