import type { Bilingual } from '../../../platform/i18n/locale.ts'
import { SummaryList } from '../../../web/components/display.tsx'
import { formatDay, formatInstant } from '../../../web/format-time.ts'
import { Layout } from '../../../web/layout.tsx'
import { PrintButton } from '../../../web/components/print-button.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import type { ComplainantCase } from '../complaint-intake.use-cases.ts'
import { CHANNEL_LABELS, kindLabel } from '../complaint-workflow.domain.ts'

/**
 * A printable acknowledgement: proof that a complaint was filed with the agency on a day, under
 * a reference, without saying who filed it or carrying the receipt that opens it.
 */
export function CitizenAcknowledgementPage({ ctx, c, printedAt }: { ctx: PageContext; c: Pick<ComplainantCase, 'reference' | 'organisation' | 'receivedOn' | 'intake' | 'kind' | 'channel'>; printedAt: Date }) {
  const t = ctx.t
  const agency = orgName({ name_th: c.organisation.th, name_en: c.organisation.en }, ctx.locale)
  const kind = kindLabel(c.intake, c.kind)
  const channel = Object.hasOwn(CHANNEL_LABELS, c.channel) ? (CHANNEL_LABELS as Record<string, Bilingual>)[c.channel]! : null
  const received = formatDay(c.receivedOn, ctx.locale, 'long')
  const kindText = kind ? t(kind) : '–'
  const channelText = channel ? t(channel) : '–'
  return (
    <Layout ctx={ctx} title={t({ th: `ใบรับเรื่องร้องเรียนเลขที่ ${c.reference}`, en: `Acknowledgement of complaint ${c.reference}` })}>
      <span class="caption-l" safe>
        {agency}
      </span>
      <h1 class="heading-xl" safe>
        {t({ th: 'ใบรับเรื่องร้องเรียน', en: 'Acknowledgement of a complaint' })}
      </h1>
      <p class="lead" safe>
        {t({
          th: `${agency} ได้รับเรื่องร้องเรียนเลขที่ ${c.reference} ไว้แล้ว เมื่อวันที่ ${received}`,
          en: `${agency} received complaint ${c.reference} on ${received}.`,
        })}
      </p>
      <SummaryList
        rows={[
          { key: t({ th: 'หน่วยงานที่รับเรื่อง', en: 'Agency' }), value: <span safe>{agency}</span> },
          { key: t({ th: 'เลขที่เรื่อง', en: 'Reference' }), value: <strong safe>{c.reference}</strong> },
          { key: t({ th: 'วันที่รับเรื่อง', en: 'Date received' }), value: <span safe>{received}</span> },
          { key: t({ th: 'ลักษณะของเรื่อง', en: 'Kind' }), value: <span safe>{kindText}</span> },
          { key: t({ th: 'ช่องทางที่ยื่น', en: 'Channel' }), value: <span safe>{channelText}</span> },
        ]}
      />
      <p class="body" safe>
        {t({
          th: 'เอกสารนี้ยืนยันว่ามีการยื่นเรื่องร้องเรียนข้างต้นต่อหน่วยงาน ไม่ได้ระบุตัวผู้ร้องเรียน และไม่มีรหัสติดตามเรื่อง จึงใช้เปิดดูเรื่องไม่ได้',
          en: 'This confirms that the complaint above was filed with the agency. It does not say who filed it and carries no receipt, so it cannot be used to open the complaint.',
        })}
      </p>
      <p class="body hint" safe>
        {t({ th: `พิมพ์จากระบบโปร่งใสเมื่อ ${formatInstant(printedAt, 'th')}`, en: `Printed from Prongsai on ${formatInstant(printedAt, 'en')}` })}
      </p>
      <PrintButton ctx={ctx} />
      <p class="body">
        <a class="button button--secondary" href="/complaints/case" safe>
          {t({ th: 'กลับไปที่เรื่องร้องเรียน', en: 'Back to the complaint' })}
        </a>
      </p>
    </Layout>
  )
}
