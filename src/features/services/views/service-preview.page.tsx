import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { orgName } from '../../../web/org-names.ts'
import type { ServiceEditor } from '../services.use-cases.ts'
import { ServiceManualView } from './service-manual-view.tsx'
import { serviceName } from './service-text.ts'

/** The current (perhaps unpublished) version as citizens would read it. */
export function ServicePreviewPage({ ctx, editor }: { ctx: PageContext; editor: ServiceEditor }) {
  const t = ctx.t
  const name = serviceName(editor.current.manual, ctx.locale)
  return (
    <Layout ctx={ctx} title={name}>
      <a href={`/staff/services/${editor.service.id}`} class="back-link" safe>
        {t({ th: 'กลับไปแก้ไข', en: 'Back to the editor' })}
      </a>
      <span class="caption-l" safe>
        {`${orgName(editor.org, ctx.locale)} · ${t({ th: 'ตัวอย่างฉบับที่ {v}', en: 'Preview of version {v}' }, { v: String(editor.current.version) })}`}
      </span>
      <h1 class="heading-xl" safe>
        {name}
      </h1>
      <ServiceManualView ctx={ctx} manual={editor.current.manual} formHref={(id) => `/staff/services/${editor.service.id}/forms/${id}`} />
      <p class="body">
        <a href={`/staff/services/${editor.service.id}/manual.docx`} safe>
          {t({ th: 'ดาวน์โหลดคู่มือ (Word)', en: 'Download the manual (Word)' })}
        </a>
      </p>
    </Layout>
  )
}
