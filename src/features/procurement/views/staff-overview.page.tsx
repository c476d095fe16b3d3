import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, SummaryList, Table, Tag } from '../../../web/components/display.tsx'
import { Select } from '../../../web/components/form-fields.tsx'
import { formatDay, formatInstant } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import { GRACE_DAYS_AFTER_MONTH, type MonthStatus } from '../procurement.domain.ts'
import type { Overview } from '../procurement-staff.use-cases.ts'
import { monthLabel, MonthStateTags } from './procurement-view-helpers.tsx'

export function PublicationButton({ ctx, action, published }: { ctx: PageContext; action: string; published: boolean }) {
  return (
    <form method="post" action={action} class="inline-form">
      <CsrfField token={ctx.csrfToken} />
      <input type="hidden" name="publish" value={published ? 'no' : 'yes'} />
      <Button text={published ? ctx.t({ th: 'หยุดเผยแพร่', en: 'Unpublish' }) : ctx.t({ th: 'เผยแพร่', en: 'Publish' })} kind={published ? 'secondary' : 'primary'} />
    </form>
  )
}

/** /staff/procurement: one agency's fiscal year — the plan and the twelve monthly summaries. */
export function StaffOverviewPage({ ctx, view }: { ctx: PageContext; view: Overview }) {
  const t = ctx.t
  const { org, fiscalYear } = view
  const base = `/staff/procurement/${org.slug}/${fiscalYear}`
  const heading = t({ th: 'การจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. {y}', en: 'Procurement, fiscal year {y} BE' }, { y: fiscalYear })
  const plan = view.plan
  return (
    <Layout ctx={ctx} title={`${heading} – ${orgName(org, ctx.locale)}`} wide>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {heading}
      </h1>
      <form method="get" action="/staff/procurement" class="filter-form">
        {view.agencies.length > 1 ? <Select id="org" label={t({ th: 'หน่วยงาน', en: 'Agency' })} options={view.agencies.map((a) => ({ value: a.slug, text: orgName(a, ctx.locale) }))} value={org.slug} /> : <input type="hidden" name="org" value={org.slug} />}
        <Select id="year" label={t({ th: 'ปีงบประมาณ (พ.ศ.)', en: 'Fiscal year (BE)' })} options={view.years.map((y) => ({ value: String(y), text: String(y) }))} value={String(fiscalYear)} />
        <Button text={t({ th: 'แสดง', en: 'Show' })} kind="secondary" />
      </form>
      <p class="body">
        <span safe>{t({ th: 'หน้าสาธารณะ:', en: 'Public pages:' })}</span>{' '}
        <a href={`/o/${org.slug}/procurement/plan/${fiscalYear}`} safe>
          {t({ th: 'แผนการจัดซื้อจัดจ้าง', en: 'Procurement plan' })}
        </a>
        {' · '}
        <a href={`/o/${org.slug}/procurement/monthly/${fiscalYear}`} safe>
          {t({ th: 'สรุปผลรายเดือน (สขร.1)', en: 'Monthly summaries' })}
        </a>
        {' · '}
        <a href={`/o/${org.slug}/procurement/annual/${fiscalYear}`} safe>
          {t({ th: 'รายงานประจำปี', en: 'Annual report' })}
        </a>
      </p>

      <h2 class="heading-l" safe>
        {t({ th: 'แผนการจัดซื้อจัดจ้างประจำปี', en: 'Annual procurement plan' })}
      </h2>
      {plan ? (
        <SummaryList
          rows={[
            { key: t({ th: 'สถานะ', en: 'Status' }), value: plan.record.published ? <Tag text={t({ th: 'เผยแพร่แล้ว', en: 'Published' })} colour="green" /> : <Tag text={t({ th: 'ร่าง (ยังไม่เผยแพร่)', en: 'Draft (not published)' })} colour="yellow" /> },
            { key: t({ th: 'วันที่ได้รับจัดสรรงบประมาณ', en: 'Budget allocated on' }), value: <span safe>{formatDay(plan.content.allocatedOn, ctx.locale, 'long')}</span> },
            { key: t({ th: 'วันที่ประกาศเผยแพร่แผน', en: 'Plan published on' }), value: <span safe>{formatDay(plan.content.announcedOn, ctx.locale, 'long')}</span> },
            {
              key: t({ th: 'ระยะเวลา', en: 'Time taken' }),
              value: (
                <>
                  <span safe>{t({ th: '{n} วันทำการ', en: '{n} business days' }, { n: plan.timeliness.businessDays })}</span>{' '}
                  {plan.timeliness.withinLimit ? <Tag text={t({ th: 'ภายใน 30 วันทำการ', en: 'Within 30 business days' })} colour="green" /> : <Tag text={t({ th: 'เกิน 30 วันทำการ', en: 'Over 30 business days' })} colour="red" />}
                </>
              ),
            },
            { key: t({ th: 'จำนวนรายการ', en: 'Lines' }), value: <span safe>{String(plan.content.lines.length)}</span> },
            { key: t({ th: 'ปรับปรุงล่าสุด', en: 'Last updated' }), value: <span safe>{`${formatInstant(plan.record.updatedAt, ctx.locale)} (${t({ th: 'ฉบับที่', en: 'version' })} ${plan.record.currentVersion})`}</span> },
          ]}
        />
      ) : (
        <p class="body" safe>
          {t({ th: 'ยังไม่ได้บันทึกแผนการจัดซื้อจัดจ้างของปีนี้', en: 'No procurement plan has been saved for this year.' })}
        </p>
      )}
      <div class="button-group">
        <a href={`${base}/plan`} class="button button--secondary" safe>
          {view.mayEdit ? (plan ? t({ th: 'แก้ไขแผน', en: 'Edit the plan' }) : t({ th: 'บันทึกแผน', en: 'Enter the plan' })) : t({ th: 'ดูแผน', en: 'View the plan' })}
        </a>
        {view.mayEdit && plan ? <PublicationButton ctx={ctx} action={`${base}/plan/publication`} published={plan.record.published} /> : ''}
      </div>

      <h2 class="heading-l" safe>
        {t({ th: 'สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)', en: 'Monthly procurement summaries (สขร.1)' })}
      </h2>
      <p class="hint" safe>
        {t(
          { th: 'สรุปของแต่ละเดือนควรเผยแพร่ภายในวันที่ {d} ของเดือนถัดไป หลังจากนั้นถือว่าเกินกำหนด เดือนที่ไม่มีการจัดซื้อจัดจ้างให้บันทึกว่า "ไม่มีการจัดซื้อจัดจ้าง" แล้วเผยแพร่', en: 'Each month’s summary is due by the {d}th of the next month and is overdue after that. For a month without procurement, record “No procurement” and publish it.' },
          { d: GRACE_DAYS_AFTER_MONTH },
        )}
      </p>
      <Table<MonthStatus & { rows: number }>
        caption={t({ th: 'เดือนของปีงบประมาณ {y}', en: 'Months of fiscal year {y}' }, { y: fiscalYear })}
        rows={view.months}
        columns={[
          {
            header: t({ th: 'เดือน', en: 'Month' }),
            cell: (m) => (
              <a href={`${base}/months/${m.month}`} safe>
                {monthLabel(fiscalYear, m.month, ctx.locale)}
              </a>
            ),
          },
          { header: t({ th: 'สถานะ', en: 'Status' }), cell: (m) => (m.future && m.state === 'not_reported' ? <span class="hint" safe>{t({ th: 'ยังไม่สิ้นเดือน', en: 'Month not over yet' })}</span> : <MonthStateTags ctx={ctx} status={m} />) },
          { header: t({ th: 'รายการ', en: 'Purchases' }), numeric: true, cell: (m) => <span safe>{String(m.rows)}</span> },
          { header: t({ th: 'กำหนดเผยแพร่', en: 'Due' }), cell: (m) => <span safe>{formatDay(m.due, ctx.locale)}</span> },
          {
            header: t({ th: 'การเผยแพร่', en: 'Publication' }),
            cell: (m) => (view.mayEdit && m.state !== 'not_reported' ? <PublicationButton ctx={ctx} action={`${base}/months/${m.month}/publication`} published={m.state === 'published' || m.state === 'none'} /> : ''),
          },
        ]}
      />
    </Layout>
  )
}
