import type { FieldErrors } from '../../../errors.ts'
import { Button, CsrfField, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Textarea } from '../../../web/components/form-fields.tsx'
import { formatInstant } from '../../../web/format-time.ts'
import { Layout } from '../../../web/layout.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import type { MonitoringView } from '../development-plan.use-cases.ts'
import { publicMonitoringUrl, staffPlanUrl } from './devplan-text.ts'
import { MonitoringTables } from './monitoring-tables.tsx'

/** /staff/development-plan/:id/monitoring/:fy: the year's monitoring and evaluation report, a draft until published. */
export function MonitoringPage({ ctx, view, summary, errors }: { ctx: PageContext; view: MonitoringView; summary: string; errors?: FieldErrors | undefined }) {
  const t = ctx.t
  const heading = t({ th: 'รายงานการติดตามและประเมินผลแผนพัฒนา ปีงบประมาณ {y}', en: 'Monitoring and evaluation report, fiscal year {y}' }, { y: view.fiscalYear })
  const published = view.report?.status === 'published'
  const publishedAt = view.report?.publishedAt ? formatInstant(view.report.publishedAt, ctx.locale) : ''
  return (
    <Layout ctx={ctx} title={heading} wide>
      <a href={staffPlanUrl(view.plan.id)} class="back-link" safe>
        {view.plan.title}
      </a>
      <span class="caption-l" safe>
        {orgName(view.org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {heading}
      </h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      {published ? (
        <p class="body">
          <Tag text={t({ th: 'เผยแพร่แล้ว', en: 'Published' })} colour="green" /> <span safe>{publishedAt}</span>{' '}
          <a href={publicMonitoringUrl(view.org.slug, view.fiscalYear)} safe>
            {t({ th: 'หน้าสาธารณะ', en: 'Public page' })}
          </a>{' '}
          <a href={`${publicMonitoringUrl(view.org.slug, view.fiscalYear)}/report.docx`} safe>
            {t({ th: 'ดาวน์โหลด Word', en: 'Download (Word)' })}
          </a>
        </p>
      ) : (
        <p class="body" safe>
          {t({ th: 'ตัวเลขด้านล่างคำนวณจากโครงการในแผนและงบประมาณที่เชื่อมไว้ ณ ขณะนี้ เมื่อเผยแพร่ ตัวเลขจะถูกเก็บไว้ตามนั้น', en: 'The figures below come from the plan’s projects and the linked budget as they are now; publishing freezes them.' })}
        </p>
      )}
      <MonitoringTables ctx={ctx} figures={view.figures} />
      {published ? (
        <>
          <h2 class="heading-m" safe>
            {t({ th: 'สรุปผล', en: 'Summary' })}
          </h2>
          <p class="body" safe>
            {view.report?.summary ?? ''}
          </p>
        </>
      ) : (
        <form method="post" action={`${staffPlanUrl(view.plan.id)}/monitoring/${view.fiscalYear}`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <Textarea id="summary" rows={6} label={t({ th: 'สรุปผลการติดตามและประเมินผล ข้อเสนอแนะ', en: 'Summary of the monitoring and evaluation, recommendations' })} value={summary} errorMessage={fieldError(ctx, errors, 'summary')} />
          <div class="button-group">
            <Button text={t({ th: 'บันทึกร่าง', en: 'Save the draft' })} kind="secondary" name="action" value="draft" />
            <Button text={t({ th: 'เผยแพร่รายงาน', en: 'Publish the report' })} name="action" value="publish" />
          </div>
        </form>
      )}
    </Layout>
  )
}
