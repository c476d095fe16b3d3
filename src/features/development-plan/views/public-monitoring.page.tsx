import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import { formatInstant } from '../../../web/format-time.ts'
import { Layout } from '../../../web/layout.tsx'
import { aboutAgency } from '../../../web/meta-description.ts'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import type { PublicMonitoring } from '../development-plan-public.use-cases.ts'
import { publicMonitoringUrl, publicPlanUrl } from './devplan-text.ts'
import { MonitoringTables } from './monitoring-tables.tsx'

export function PublicMonitoringPage({ ctx, view }: { ctx: PageContext; view: PublicMonitoring }) {
  const t = ctx.t
  const name = orgName(view.org, ctx.locale)
  const heading = t({ th: 'รายงานการติดตามและประเมินผลแผนพัฒนา ปีงบประมาณ {y}', en: 'Development plan monitoring and evaluation, fiscal year {y}' }, { y: view.fiscalYear })
  return (
    <Layout ctx={ctx} title={`${heading} – ${name}`} description={aboutAgency(view.org, { th: 'ผลการดำเนินงานตามแผนพัฒนาของ{org} ปีงบประมาณ {y}', en: 'Results of the development plan of {org}, fiscal year {y}' }, { y: view.fiscalYear })} wide>
      <AgencyPageHeading ctx={ctx} slug={view.org.slug} agencyName={name} heading={heading} />
      <p class="body">
        <a href={publicPlanUrl(view.org.slug)} safe>
          {view.plan.title}
        </a>{' '}
        <span safe>{`· ${t({ th: 'เผยแพร่', en: 'published' })} ${formatInstant(view.publishedAt, ctx.locale)}`}</span>
      </p>
      <MonitoringTables ctx={ctx} figures={view.figures} />
      <h2 class="heading-m" safe>
        {t({ th: 'สรุปผลและข้อเสนอแนะ', en: 'Summary and recommendations' })}
      </h2>
      <p class="body" safe>
        {view.summary}
      </p>
      <p class="body">
        <a href={`${publicMonitoringUrl(view.org.slug, view.fiscalYear)}/report.docx`} safe>
          {t({ th: 'ดาวน์โหลดรายงาน (Word)', en: 'Download the report (Word)' })}
        </a>
      </p>
    </Layout>
  )
}
