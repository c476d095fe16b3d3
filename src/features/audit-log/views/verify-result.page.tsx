import type { VerifyResult } from '../../../platform/audit/audit-log.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { NotificationBanner } from '../../../web/components/display.tsx'
import { verifyResultMessage } from '../audit-log.domain.ts'

export function VerifyResultPage({ ctx, result }: { ctx: PageContext; result: VerifyResult }) {
  const t = ctx.t
  const title = t({ th: 'ผลการตรวจสอบห่วงโซ่บันทึก', en: 'Audit chain check' })
  const message = t(verifyResultMessage(result))
  return (
    <Layout ctx={ctx} title={title}>
      <a href="/admin/audit" class="back-link" safe>
        {t({ th: 'กลับไปที่บันทึกการตรวจสอบ', en: 'Back to the audit trail' })}
      </a>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      {result.ok ? (
        <NotificationBanner kind="success" title={t({ th: 'ห่วงโซ่บันทึกครบถ้วน', en: 'The audit trail is intact' })}>
          <p class="body" data-verify-result="ok" safe>
            {message}
          </p>
        </NotificationBanner>
      ) : (
        <div class="warning-text" role="alert" data-verify-result="broken">
          <h2 class="heading-m" safe>
            {t({ th: 'พบการแก้ไขหรือลบบันทึกย้อนหลัง', en: 'Past events were changed or removed' })}
          </h2>
          <p class="body" safe>
            {message}
          </p>
          <p class="body">
            <a href={`/admin/audit/${result.problem.seq}`} safe>
              {t({ th: 'ดูบันทึกลำดับที่ {seq}', en: 'View event {seq}' }, { seq: result.problem.seq })}
            </a>
          </p>
          <p class="body" safe>
            {t({
              th: 'เก็บสำเนาฐานข้อมูลไว้เป็นหลักฐานก่อนแก้ไขใด ๆ และแจ้งผู้รับผิดชอบด้านความปลอดภัยของระบบ',
              en: 'Keep a copy of the database as evidence before changing anything, and tell whoever is responsible for the system’s security.',
            })}
          </p>
        </div>
      )}
    </Layout>
  )
}
