import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Radios } from '../../../web/components/choices.tsx'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import { KINDS } from '../comment-box.domain.ts'
import type { CommentFormValues } from '../comment-box.input.ts'

export function CommentFormPage(p: { ctx: PageContext; org: OrganisationDetails; values: CommentFormValues; errors?: FieldErrors | undefined }) {
  const { ctx, org, values, errors } = p
  const t = ctx.t
  const err = (f: string) => fieldError(ctx, errors, f)
  const title = t({ th: 'แสดงความคิดเห็น', en: 'Leave a comment' })
  return (
    <Layout ctx={ctx} title={`${errors ? t({ th: 'ข้อผิดพลาด: ', en: 'Error: ' }) : ''}${title}`}>
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={orgName(org, ctx.locale)} heading={title} />
      <p class="body">
        <span safe>{t({ th: 'หากเป็นเรื่องทุจริตหรือการกระทำผิดของเจ้าหน้าที่ โปรดใช้', en: 'For corruption or misconduct by an officer, please use' })}</span>{' '}
        <a href={`/o/${org.slug}/complaints`} safe>
          {t({ th: 'ช่องทางร้องเรียน', en: 'the complaints channel' })}
        </a>
      </p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={`/o/${org.slug}/comments/new`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <Radios id="kind" label={t({ th: 'ประเภท', en: 'Kind' })} options={KINDS.map((k) => ({ value: k.key, text: k.name[ctx.locale] }))} value={values.kind} errorMessage={err('kind')} />
        <Textarea id="body" rows={6} label={t({ th: 'ความคิดเห็น', en: 'Your comment' })} value={values.body} errorMessage={err('body')} />
        <Radios
          id="identity"
          label={t({ th: 'ระบุตัวตนหรือไม่', en: 'Say who you are?' })}
          hint={t({ th: 'ไม่ว่าจะเลือกแบบใด ระบบไม่บันทึกที่อยู่ IP หรือข้อมูลเบราว์เซอร์ของท่าน', en: 'Either way, no IP address or browser details are stored' })}
          options={[
            { value: 'anonymous', text: t({ th: 'ไม่ระบุตัวตน', en: 'Stay anonymous' }) },
            { value: 'named', text: t({ th: 'ระบุชื่อ (เห็นเฉพาะเจ้าหน้าที่)', en: 'Give my name (only staff see it)' }) },
          ]}
          value={values.identity}
          errorMessage={err('identity')}
        />
        <TextInput id="name" label={t({ th: 'ชื่อ (เมื่อระบุตัวตน)', en: 'Name (if you give it)' })} value={values.name} errorMessage={err('name')} />
        <TextInput id="contact" label={t({ th: 'ช่องทางติดต่อกลับ ไม่บังคับ', en: 'How to reach you, optional' })} value={values.contact} errorMessage={err('contact')} />
        <Radios
          id="follow_up"
          label={t({ th: 'ต้องการติดตามผลหรือไม่', en: 'Follow what happens?' })}
          options={[
            { value: 'yes', text: t({ th: 'ต้องการรหัสติดตามผล', en: 'Yes, give me a follow-up code' }) },
            { value: 'no', text: t({ th: 'ไม่ต้องการ', en: 'No' }) },
          ]}
          value={values.follow_up}
        />
        <Button text={t({ th: 'ส่งความคิดเห็น', en: 'Send the comment' })} />
      </form>
    </Layout>
  )
}
