import type { FieldErrors } from '../../../errors.ts'
import { Button, CsrfField, NotificationBanner } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { TextInput } from '../../../web/components/form-fields.tsx'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { FOLLOW_UP_MINUTES } from '../complaint-follow-up-cookie.ts'

/** Where a complainant types their receipt to open their case. */
export function CitizenFollowUpPage(props: { ctx: PageContext; receipt: string; errors?: FieldErrors | undefined; expired?: boolean }) {
  const { ctx } = props
  const t = ctx.t
  const title = t({ th: 'ติดตามเรื่องร้องเรียน', en: 'Follow a complaint' })
  return (
    <Layout
      ctx={ctx}
      title={props.errors ? `${t({ th: 'ข้อผิดพลาด', en: 'Error' })}: ${title}` : title}
      description={{ th: 'ติดตามความคืบหน้าของเรื่องร้องเรียนด้วยรหัสรับเรื่องที่ได้รับเมื่อยื่นเรื่อง', en: 'Follow the progress of your complaint with the receipt you were given when you made it.' }}
    >
      <ErrorSummary ctx={ctx} errors={props.errors} />
      {props.expired ? (
        <NotificationBanner title={t({ th: 'กรุณากรอกรหัสอีกครั้ง', en: 'Enter your receipt again' })}>
          <p class="body" safe>
            {t({
              th: `เพื่อความปลอดภัย การเปิดดูเรื่องจะสิ้นสุดเมื่อไม่มีการใช้งาน ${FOLLOW_UP_MINUTES} นาที หรือเมื่อกดออกจากเรื่อง`,
              en: `For your safety, viewing a complaint ends after ${FOLLOW_UP_MINUTES} minutes without use, or when you leave it.`,
            })}
          </p>
        </NotificationBanner>
      ) : (
        ''
      )}
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body" safe>
        {t({
          th: 'กรอกรหัสติดตามเรื่อง 16 ตัวอักษรที่ได้รับเมื่อยื่นเรื่อง เพื่อดูสถานะ อ่านข้อความจากหน่วยงาน ตอบกลับ และส่งหลักฐานเพิ่ม',
          en: 'Enter the 16-character receipt you were given when you made the complaint to see its status, read the agency’s messages, reply and add evidence.',
        })}
      </p>
      <form method="post" action="/complaints/follow-up" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextInput
          id="receipt"
          label={t({ th: 'รหัสติดตามเรื่อง', en: 'Receipt' })}
          hint={t({ th: 'เช่น 7K2M-9QXT-4HBD-R8CW ตัวพิมพ์เล็กหรือใหญ่ เว้นวรรค หรือขีดกลาง ใช้ได้ทั้งหมด', en: 'Like 7K2M-9QXT-4HBD-R8CW; upper or lower case, spaces or dashes are all fine' })}
          value={props.receipt}
          autocomplete="off"
          spellcheck={false}
          errorMessage={fieldError(ctx, props.errors, 'receipt')}
        />
        <Button text={t({ th: 'เปิดดูเรื่อง', en: 'Open my complaint' })} />
      </form>
      <p class="body hint" safe>
        {t({
          th: 'หากทำรหัสหาย ระบบกู้คืนให้ไม่ได้ เพราะไม่ได้เก็บรหัสไว้ ท่านยื่นเรื่องใหม่ได้ โดยระบุว่าเป็นเรื่องเดียวกับที่เคยยื่นไว้',
          en: 'A lost receipt cannot be recovered, because it is not stored. You may make a new complaint and say it is the same matter as before.',
        })}
      </p>
    </Layout>
  )
}
