import { NotificationBanner } from '../../../web/components/display.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { Layout } from '../../../web/layout.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import type { Intake } from '../complaint-workflow.domain.ts'
import { intakeText } from './staff-common.page.tsx'

export type FiledProps = {
  ctx: PageContext
  agency: { name_th: string; name_en: string }
  intake: Intake
  reference: string
  receipt: string
  receivedOn: string
  followUpUrl: string
  /** Entered by an officer for a complainant, or filed by staff on an internal channel themselves. */
  by: 'officer' | 'staff'
  caseId: string
}

/**
 * The receipt, shown once in the answer to the submission (never behind a redirect). The slip is
 * what the officer prints and hands over: it proves the filing without saying who filed.
 */
export function StaffFiledPage(props: FiledProps) {
  const { ctx } = props
  const t = ctx.t
  const officer = props.by === 'officer'
  const groups = props.receipt.split('-')
  return (
    <Layout ctx={ctx} title={t({ th: 'รหัสติดตามเรื่อง', en: 'Receipt' })}>
      <div class="no-print">
        <NotificationBanner kind="success" title={officer ? t({ th: 'บันทึกเรื่องร้องเรียนแล้ว', en: 'Complaint saved' }) : t({ th: 'ส่งเรื่องแล้ว', en: 'Report sent' })}>
          <p class="body">
            <span safe>{t({ th: 'เลขที่เรื่อง', en: 'Reference' })}</span> <strong safe>{props.reference}</strong>
          </p>
        </NotificationBanner>
        <h1 class="heading-xl" safe>
          {officer ? t({ th: 'มอบรหัสติดตามเรื่องให้ผู้ร้องเรียน', en: 'Give the receipt to the complainant' }) : t({ th: 'จดรหัสติดตามเรื่องของท่านไว้', en: 'Write down your receipt' })}
        </h1>
        <p class="lead" safe>
          {officer
            ? t({ th: 'รหัสนี้แสดงเพียงครั้งเดียวและไม่ได้เก็บไว้ในระบบ พิมพ์ใบรับเรื่องด้านล่าง (คำสั่งพิมพ์ของเบราว์เซอร์ หรือ Ctrl+P) หรืออ่านรหัสให้ผู้ร้องเรียนจด ห้ามจดรหัสเก็บไว้เอง', en: 'This receipt is shown only once and is not stored. Print the slip below (your browser’s Print, or Ctrl+P) or read the receipt out for the complainant to write down. Do not keep a copy yourself.' })
            : t({ th: 'รหัสนี้แสดงเพียงครั้งเดียวและไม่ได้เก็บไว้ที่ใดในระบบ หากทำหาย จะไม่มีผู้ใดกู้คืนให้ได้ จดไว้ หรือพิมพ์ใบรับเรื่องด้านล่าง (Ctrl+P)', en: 'This receipt is shown only once and is not stored anywhere. If you lose it nobody can recover it. Write it down or print the slip below (Ctrl+P).' })}
        </p>
      </div>
      <section class="slip" aria-labelledby="slip-heading">
        <h2 class="heading-m" id="slip-heading" safe>
          {t({ th: 'ใบรับเรื่อง', en: 'Acknowledgement of receipt' })}
        </h2>
        <p class="body" safe>
          {t({ th: `${orgName(props.agency, 'th')} ได้รับเรื่อง (${intakeText(ctx, props.intake)}) เลขที่ ${props.reference} เมื่อวันที่ ${formatDay(props.receivedOn, 'th', 'long')}`, en: `${orgName(props.agency, 'en')} received a report (${intakeText(ctx, props.intake)}), reference ${props.reference}, on ${formatDay(props.receivedOn, 'en', 'long')}` })}
        </p>
        <p class="body" safe>
          {t({ th: 'รหัสติดตามเรื่อง (16 ตัวอักษร):', en: 'Receipt (16 characters):' })}
        </p>
        <p class="heading-xl slip__receipt" lang="en" id="receipt-code">
          {groups.map((g, i) => (
            <>
              {i > 0 ? ' ' : ''}
              <code safe>{g}</code>
            </>
          ))}
        </p>
        <p class="body" safe>
          {t({ th: `ติดตามสถานะ อ่านข้อความจากหน่วยงาน ตอบกลับ และส่งหลักฐานเพิ่มได้ที่ ${props.followUpUrl} ด้วยรหัสนี้`, en: `Follow the status, read the agency’s messages, reply and add evidence at ${props.followUpUrl} with this receipt.` })}
        </p>
        <p class="body" safe>
          {t({ th: 'เก็บรหัสนี้ไว้เป็นความลับ ผู้ที่มีรหัสจะอ่านเรื่องและข้อความทั้งหมดได้ รหัสไม่ได้เก็บไว้ในระบบ หากทำหายจะกู้คืนไม่ได้', en: 'Keep it secret: whoever has it can read the complaint and every message. It is not stored; if lost, it cannot be recovered.' })}
        </p>
      </section>
      <p class="body no-print">
        {officer ? (
          <>
            <a href={`/staff/complaints/${props.caseId}`} safe>
              {t({ th: 'เปิดเรื่องนี้', en: 'Open this case' })}
            </a>
            {' · '}
            <a href="/staff/complaints/new" safe>
              {t({ th: 'บันทึกเรื่องใหม่อีกเรื่อง', en: 'Enter another complaint' })}
            </a>
          </>
        ) : (
          <a href="/complaints/follow-up" safe>
            {t({ th: 'ไปยังหน้าติดตามเรื่อง', en: 'Go to follow-up' })}
          </a>
        )}
      </p>
    </Layout>
  )
}
