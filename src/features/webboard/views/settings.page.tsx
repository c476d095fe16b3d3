import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Checkboxes } from '../../../web/components/choices.tsx'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import { DEFAULT_BLOCKED_WORDS } from '../webboard-moderation.domain.ts'

export function SettingsPage(p: { ctx: PageContext; org: OrganisationDetails; values: { answer_days: string; premoderate: boolean; blocked_words: string; request_answer_days: string; request_extension_days: string; request_very_overdue_days: string }; errors?: FieldErrors | undefined }) {
  const { ctx, org, values, errors } = p
  const t = ctx.t
  const err = (f: string) => fieldError(ctx, errors, f)
  const title = t({ th: 'ตั้งค่าช่องทางรับฟังประชาชน', en: 'Voice settings' })
  return (
    <Layout ctx={ctx} title={title}>
      <a href={`/staff/webboard?org=${org.id}`} class="back-link" safe>
        {t({ th: 'เว็บบอร์ด', en: 'Webboard' })}
      </a>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={`/staff/webboard/settings?org=${org.id}`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextInput id="answer_days" width="2" inputmode="numeric" label={t({ th: 'ตอบคำถามภายใน (วันทำการ)', en: 'Answer within (business days)' })} value={values.answer_days} errorMessage={err('answer_days')} />
        <Checkboxes
          id="premoderate"
          label={t({ th: 'การตรวจสอบก่อนเผยแพร่', en: 'Moderation before publishing' })}
          hint={t({ th: 'โพสต์ที่มีลิงก์ หมายเลขโทรศัพท์ เลขประจำตัวประชาชน หรือคำต้องห้ามจะรอตรวจสอบเสมอ', en: 'Posts with links, phone numbers, national ID numbers or listed words always wait for a moderator' })}
          options={[{ value: 'yes', text: t({ th: 'ตรวจสอบทุกโพสต์ก่อนเผยแพร่', en: 'Check every post before it is published' }) }]}
          values={values.premoderate ? ['yes'] : []}
        />
        <Textarea id="blocked_words" rows={6} label={t({ th: 'คำต้องห้ามเพิ่มเติม (บรรทัดละคำ)', en: 'More words to hold (one a line)' })} hint={t({ th: `มีอยู่แล้ว: ${DEFAULT_BLOCKED_WORDS.length} คำ`, en: `Built in: ${DEFAULT_BLOCKED_WORDS.length} words` })} value={values.blocked_words} errorMessage={err('blocked_words')} />
        <h2 class="heading-m" safe>
          {t({ th: 'คำขอข้อมูลข่าวสาร (แนวปฏิบัติ ไม่ใช่ตัวเลขในกฎหมาย)', en: 'Information requests (practice, not figures from the Act)' })}
        </h2>
        <TextInput id="request_answer_days" width="2" inputmode="numeric" label={t({ th: 'แจ้งผลภายใน (วันทำการ)', en: 'Reply within (business days)' })} value={values.request_answer_days} errorMessage={err('request_answer_days')} />
        <TextInput id="request_extension_days" width="2" inputmode="numeric" label={t({ th: 'ขยายได้ (วันทำการ)', en: 'Extension (business days)' })} value={values.request_extension_days} errorMessage={err('request_extension_days')} />
        <TextInput id="request_very_overdue_days" width="2" inputmode="numeric" label={t({ th: 'ถือว่าเลยกำหนดมากเมื่อเกิน (วันทำการ)', en: 'Very overdue after (business days)' })} value={values.request_very_overdue_days} errorMessage={err('request_very_overdue_days')} />
        <Button text={t({ th: 'บันทึก', en: 'Save' })} />
      </form>
    </Layout>
  )
}
