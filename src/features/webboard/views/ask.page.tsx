import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Radios } from '../../../web/components/choices.tsx'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import { TOPICS } from '../webboard.domain.ts'
import type { QuestionFormValues } from '../webboard.input.ts'
import type { ServiceChoice } from '../webboard.use-cases.ts'

export function AskPage(p: { ctx: PageContext; org: OrganisationDetails; services: readonly ServiceChoice[]; values: QuestionFormValues; errors?: FieldErrors | undefined }) {
  const { ctx, org, values, errors } = p
  const t = ctx.t
  const err = (f: string) => fieldError(ctx, errors, f)
  const title = t({ th: 'ตั้งคำถาม', en: 'Ask a question' })
  return (
    <Layout ctx={ctx} title={`${errors ? t({ th: 'ข้อผิดพลาด: ', en: 'Error: ' }) : ''}${title} – ${orgName(org, ctx.locale)}`}>
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={orgName(org, ctx.locale)} heading={title} />
      <div class="inset-text">
        <p class="body" safe>
          {t({
            th: 'คำถามและชื่อที่แสดงจะเผยแพร่ต่อสาธารณะ อย่าใส่หมายเลขโทรศัพท์ เลขประจำตัวประชาชน ที่อยู่ หรือข้อมูลส่วนบุคคลของผู้ใด เรื่องร้องเรียนโปรดใช้ช่องทางร้องเรียน',
            en: 'Your question and display name are published. Do not include phone numbers, national ID numbers, addresses or anyone’s personal data. For a complaint, use the complaints channel.',
          })}
        </p>
      </div>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={`/o/${org.slug}/webboard/ask`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <Radios id="topic" label={t({ th: 'หัวข้อ', en: 'Topic' })} options={TOPICS.map((tp) => ({ value: tp.key, text: tp.name[ctx.locale] }))} value={values.topic} errorMessage={err('topic')} />
        {p.services.length > 0 ? (
          <Select id="service" label={t({ th: 'เกี่ยวกับงานบริการ (ไม่บังคับ)', en: 'About a service (optional)' })} emptyText={t({ th: 'ไม่ระบุ', en: 'None in particular' })} options={p.services.map((s) => ({ value: s.key, text: s.name }))} value={values.service} errorMessage={err('service')} />
        ) : (
          ''
        )}
        <TextInput id="name" label={t({ th: 'ชื่อหรือนามแฝงที่จะแสดง', en: 'Name or display name to show' })} hint={t({ th: 'ใช้นามแฝงได้', en: 'A pseudonym is fine' })} value={values.name} autocomplete="nickname" errorMessage={err('name')} />
        <TextInput id="title" label={t({ th: 'หัวเรื่อง', en: 'Title' })} value={values.title} errorMessage={err('title')} />
        <Textarea id="body" rows={6} label={t({ th: 'คำถาม', en: 'Your question' })} value={values.body} errorMessage={err('body')} />
        <Button text={t({ th: 'ส่งคำถาม', en: 'Send the question' })} />
      </form>
    </Layout>
  )
}
