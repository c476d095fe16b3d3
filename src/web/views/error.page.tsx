import { Layout } from '../layout.tsx'
import type { PageContext } from '../page-context.ts'
import type { Bilingual } from '../../platform/i18n/locale.ts'

const TEXT: Record<number, { title: Bilingual; body: Bilingual }> = {
  400: {
    title: { th: 'คำขอไม่ถูกต้อง', en: 'The request is not valid' },
    body: {
      th: 'ที่อยู่เว็บหรือข้อมูลที่ส่งมามีอักขระที่ระบบไม่รับ ตรวจสอบแล้วลองใหม่อีกครั้ง',
      en: 'The web address or the data sent holds characters this service does not accept. Check it and try again.',
    },
  },
  403: {
    title: { th: 'คุณไม่มีสิทธิ์เข้าถึงหน้านี้', en: 'You do not have permission to see this page' },
    body: {
      th: 'หากคิดว่าควรมีสิทธิ์ กรุณาติดต่อผู้ดูแลระบบของหน่วยงานของคุณ',
      en: 'If you think you should have access, contact your organisation’s administrator.',
    },
  },
  404: {
    title: { th: 'ไม่พบหน้าที่ต้องการ', en: 'Page not found' },
    body: {
      th: 'ตรวจสอบที่อยู่เว็บอีกครั้ง หรือเริ่มจากหน้าแรก',
      en: 'Check the web address, or start again from the home page.',
    },
  },
  429: {
    title: { th: 'มีการเรียกใช้บ่อยเกินไป', en: 'Too many requests' },
    body: { th: 'กรุณารอสักครู่แล้วลองใหม่', en: 'Please wait a moment and try again.' },
  },
  500: {
    title: { th: 'ขออภัย ระบบขัดข้อง', en: 'Sorry, there is a problem with the service' },
    body: {
      th: 'ข้อมูลที่บันทึกไว้แล้วไม่สูญหาย กรุณาลองใหม่ภายหลัง หากยังพบปัญหา แจ้งผู้ดูแลระบบพร้อมรหัสอ้างอิง',
      en: 'Nothing you saved was lost. Try again later; if it keeps happening, tell the administrator the reference below.',
    },
  },
}

export function ErrorPage(props: { ctx: PageContext; status: number; message?: Bilingual | undefined; requestId: string; /** The machine-readable reason (csrf_invalid, forbidden…), also sent as X-Error-Code. */ code?: string }) {
  const text = TEXT[props.status] ?? TEXT[500]!
  const t = props.ctx.t
  return (
    <Layout ctx={props.ctx} title={t(text.title)}>
      <h1 class="heading-l" data-error-code={props.code ?? String(props.status)} safe>
        {t(text.title)}
      </h1>
      <p class="body" safe>
        {props.message ? t(props.message) : t(text.body)}
      </p>
      <p class="body hint" safe>
        {t({ th: 'รหัสอ้างอิง', en: 'Reference' })}: {props.requestId}
      </p>
      <p class="body">
        <a href="/" safe>
          {t({ th: 'กลับหน้าแรก', en: 'Go to the home page' })}
        </a>
      </p>
    </Layout>
  )
}
