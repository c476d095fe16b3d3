import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Table } from '../../../web/components/display.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import type { Survey } from '../surveys.repository.ts'
import { surveyTitle } from './survey-text.ts'

/** The printed sheet of one-time codes: cut along the rows, one slip per person. Shown once. */
export function CodesSheetPage({ ctx, survey, org, codes, publicUrl }: { ctx: PageContext; survey: Survey; org: OrganisationDetails; codes: string[]; publicUrl: string }) {
  const t = ctx.t
  const title = t({ th: 'รหัสตอบแบบสำรวจ (ใช้ได้ครั้งเดียว)', en: 'One-time survey codes' })
  return (
    <Layout ctx={ctx} title={title} wide>
      <a class="back-link" href={`/staff/surveys/${survey.id}`} safe>
        {surveyTitle(ctx, survey)}
      </a>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <div class="inset-text inset-text--warning">
        <p class="body" safe>
          {t({ th: 'พิมพ์หน้านี้ตอนนี้: รหัสแสดงเพียงครั้งเดียว ระบบไม่ได้เก็บรหัสไว้ และไม่รู้ว่ารหัสใดตอบอย่างไร', en: 'Print this page now: the codes are shown only once, are not kept, and are never tied to an answer.' })}
        </p>
      </div>
      <Table
        caption={t({ th: '{org} — {survey}', en: '{org} — {survey}' }, { org: orgName(org, ctx.locale), survey: surveyTitle(ctx, survey) })}
        rows={codes.map((code, i) => ({ code, n: i + 1 }))}
        columns={[
          { header: t({ th: 'ลำดับ', en: 'No.' }), numeric: true, cell: (r) => <span safe>{String(r.n)}</span> },
          { header: t({ th: 'ตอบที่', en: 'Answer at' }), cell: () => <span safe>{publicUrl}</span> },
          { header: t({ th: 'รหัส', en: 'Code' }), cell: (r) => <strong class="survey-code" safe>{r.code}</strong> },
        ]}
      />
    </Layout>
  )
}

/** The counter poster: the QR code (SVG, made by the qrcode library from our own URL) and the link written out. */
export function PosterPage({ ctx, survey, org, publicUrl, qrSvg }: { ctx: PageContext; survey: Survey; org: OrganisationDetails; publicUrl: string; qrSvg: string }) {
  const t = ctx.t
  const safeQrSvg = qrSvg
  return (
    <Layout ctx={ctx} title={t({ th: 'โปสเตอร์แบบสำรวจ', en: 'Survey poster' })}>
      <a class="back-link" href={`/staff/surveys/${survey.id}`} safe>
        {surveyTitle(ctx, survey)}
      </a>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {t({ th: 'ช่วยเราปรับปรุงบริการ: ตอบแบบสำรวจ', en: 'Help us improve: answer our survey' })}
      </h1>
      <p class="body-l" safe>
        {surveyTitle(ctx, survey)}
      </p>
      <figure class="survey-qr" aria-label={t({ th: 'QR code ไปยังแบบสำรวจ', en: 'QR code to the survey' })}>
        {safeQrSvg}
      </figure>
      <p class="body-l" safe>
        {t({ th: 'สแกน QR code ด้วยกล้องโทรศัพท์ หรือเปิด', en: 'Scan with your phone camera, or open' })}
      </p>
      <p class="body-l">
        <strong safe>{publicUrl}</strong>
      </p>
      <p class="body" safe>
        {t({ th: 'ไม่ต้องใส่ชื่อ ใช้เวลาประมาณ 3 นาที', en: 'No name needed; about 3 minutes' })}
      </p>
      <p class="body">
        <a href={`/staff/surveys/${survey.id}/poster.svg`} safe>
          {t({ th: 'ดาวน์โหลด QR code (SVG)', en: 'Download the QR code (SVG)' })}
        </a>
        {' · '}
        <a href={`/staff/surveys/${survey.id}/poster.png`} safe>
          {t({ th: 'ดาวน์โหลด QR code (PNG)', en: 'Download the QR code (PNG)' })}
        </a>
        {' · '}
        <a href={`/staff/surveys/${survey.id}/poster.docx`} safe>
          {t({ th: 'โปสเตอร์สำหรับพิมพ์ (Word)', en: 'Poster for printing (Word)' })}
        </a>
      </p>
    </Layout>
  )
}
