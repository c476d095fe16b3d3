import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, SummaryList, Table, Tag } from '../../../web/components/display.tsx'
import { Select } from '../../../web/components/form-fields.tsx'
import { Checkboxes } from '../../../web/components/choices.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import { OIT_ITEM_STATUS_LABELS } from '../oit-workspace.domain.ts'
import type { OitWorkspaceView, WorkspaceRow } from '../oit-workspace.use-cases.ts'
import { itemHref, SchemeSelect, STATUS_COLOURS, workspaceQuery } from './oit-view-helpers.tsx'

/** /staff/oit: every checklist item of the year with its status, link and what needs attention. */
export function OitWorkspacePage({ ctx, view }: { ctx: PageContext; view: OitWorkspaceView }) {
  const t = ctx.t
  const { org, report } = view
  const people = new Map(view.people.map((p) => [p.id, p.name]))
  return (
    <Layout ctx={ctx} title={t({ th: 'OIT ปีงบประมาณ {y}', en: 'OIT, fiscal year {y}' }, { y: view.fiscalYear })} wide>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {t({ th: 'การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ {y}', en: 'Open information (OIT), fiscal year {y}' }, { y: view.fiscalYear })}
      </h1>
      <form method="get" action="/staff/oit" class="search-form">
        {view.choices.length > 1 ? (
          <Select id="org" label={t({ th: 'หน่วยงาน', en: 'Agency' })} options={view.choices.map((c) => ({ value: c.slug, text: orgName(c, ctx.locale) }))} value={org.slug} />
        ) : (
          <input type="hidden" name="org" value={org.slug} />
        )}
        <SchemeSelect ctx={ctx} schemes={view.schemes} value={view.scheme} />
        <Select id="year" label={t({ th: 'ปีงบประมาณ', en: 'Fiscal year' })} options={view.years.map((y) => ({ value: String(y), text: String(y) }))} value={String(view.fiscalYear)} />
        <Checkboxes id="mine" label={t({ th: 'แสดงเฉพาะ', en: 'Show only' })} options={[{ value: '1', text: t({ th: 'รายการที่ฉันรับผิดชอบ', en: 'Items assigned to me' }) }]} values={view.mineOnly ? ['1'] : []} />
        <Button text={t({ th: 'แสดง', en: 'Show' })} kind="secondary" />
      </form>
      {view.mineNeedingAttention > 0 ? (
        <div class="inset-text inset-text--warning" id="mine-attention">
          <p class="body">
            <a href={`/staff/oit?${workspaceQuery(org.slug, view.fiscalYear, view.scheme)}&mine=1`} safe>
              {t({ th: 'มี {n} รายการที่ท่านรับผิดชอบต้องดำเนินการ (ยังไม่มีข้อมูล ผิดปีงบประมาณ ใกล้ครบกำหนด หรือเลยกำหนด)', en: '{n} item(s) assigned to you need attention (missing, stale, due soon or overdue)' }, { n: view.mineNeedingAttention })}
            </a>
          </p>
        </div>
      ) : (
        ''
      )}
      {!view.catalogue || !report ? (
        <p class="body" safe>
          {t({ th: 'ยังไม่มีชุดเกณฑ์ OIT ของปีนี้ ผู้ดูแลระบบต้องเริ่มชุดเกณฑ์ปีใหม่ก่อน', en: 'There is no OIT catalogue for this year yet; a platform administrator must start it first.' })}
        </p>
      ) : (
        <>
          <h2 class="heading-m" safe>
            {t({ th: 'ความครบถ้วน', en: 'Completeness' })}
          </h2>
          <SummaryList
            rows={[
              { key: t({ th: 'พร้อมแล้ว', en: 'Finished' }), value: <span safe>{`${report.finished} / ${report.total} (${report.percentFinished}%)`}</span> },
              { key: t({ th: 'ยังไม่มีข้อมูล', en: 'Missing' }), value: <span safe>{String(report.missing)}</span> },
              { key: t({ th: 'ข้อมูลผิดปีงบประมาณ', en: 'Stale (wrong fiscal year)' }), value: <span safe>{String(report.stale)}</span> },
              { key: t({ th: 'ใกล้ครบกำหนด', en: 'Due soon' }), value: <span safe>{String(report.dueSoon)}</span> },
              { key: t({ th: 'เลยกำหนด', en: 'Overdue' }), value: <span safe>{String(report.overdue)}</span> },
            ]}
          />
          <p class="body">
            <a href={`/staff/oit/links.xlsx?${workspaceQuery(org.slug, view.fiscalYear, view.scheme)}`} safe>
              {t({ th: 'ดาวน์โหลดแบบแจ้งลิงก์ (Excel) สำหรับส่ง ป.ป.ช.', en: 'Download the link sheet (Excel) for the NACC' })}
            </a>
          </p>
          <Table<WorkspaceRow>
            caption={
              view.mineOnly
                ? t({ th: 'รายการที่ฉันรับผิดชอบ {n} ข้อ', en: '{n} item(s) assigned to me' }, { n: view.rows.length })
                : t({ th: 'รายการตรวจ OIT {n} ข้อ', en: '{n} OIT item(s)' }, { n: view.rows.length })
            }
            rows={view.rows}
            columns={[
              {
                header: t({ th: 'ข้อ', en: 'Code' }),
                cell: (r) => (
                  <span id={`item-${r.item.code}`} safe>
                    {r.item.code}
                  </span>
                ),
              },
              {
                header: t({ th: 'รายการ', en: 'Item' }),
                cell: (r) => (
                  <a href={itemHref(org.slug, view.fiscalYear, r.item.code, view.scheme)} safe>
                    {ctx.locale === 'en' ? r.item.nameEn : r.item.nameTh}
                  </a>
                ),
              },
              {
                header: t({ th: 'สถานะ', en: 'Status' }),
                cell: (r) => (
                  <>
                    <Tag text={t(OIT_ITEM_STATUS_LABELS[r.completeness.status])} colour={STATUS_COLOURS[r.completeness.status]} />
                    {r.mine && r.attention ? (
                      <>
                        {' '}
                        <Tag text={t({ th: 'ฉันต้องดำเนินการ', en: 'Needs my attention' })} colour="purple" />
                      </>
                    ) : (
                      ''
                    )}
                    {r.completeness.stale ? (
                      <>
                        {' '}
                        <Tag text={t({ th: 'ผิดปีงบประมาณ', en: 'Stale' })} colour="red" />
                      </>
                    ) : (
                      ''
                    )}
                    {r.completeness.overdue ? (
                      <>
                        {' '}
                        <Tag text={t({ th: 'เลยกำหนด', en: 'Overdue' })} colour="red" />
                      </>
                    ) : r.completeness.dueSoon ? (
                      <>
                        {' '}
                        <Tag text={t({ th: 'ใกล้ครบกำหนด', en: 'Due soon' })} colour="yellow" />
                      </>
                    ) : (
                      ''
                    )}
                  </>
                ),
              },
              {
                header: t({ th: 'URL ที่แจ้ง ป.ป.ช.', en: 'URL for the NACC' }),
                cell: (r) =>
                  r.entry?.url ? (
                    <span class="break-word" safe>
                      {r.entry.url}
                    </span>
                  ) : r.suggestion.url ? (
                    <span class="hint" safe>
                      {t({ th: 'แนะนำ: {u}', en: 'Suggested: {u}' }, { u: r.suggestion.portalItem ? `${r.suggestion.portalItem.titleTh} (${r.suggestion.url})` : r.suggestion.url })}
                    </span>
                  ) : (
                    <span>–</span>
                  ),
              },
              { header: t({ th: 'องค์ประกอบ', en: 'Elements' }), cell: (r) => <span safe>{`${r.completeness.elementsDone}/${r.completeness.elementsTotal}`}</span> },
              { header: t({ th: 'ผู้รับผิดชอบ', en: 'Responsible' }), cell: (r) => <span safe>{(r.entry?.responsibleUserId && people.get(r.entry.responsibleUserId)) || '–'}</span> },
              { header: t({ th: 'กำหนดเสร็จ', en: 'Due' }), cell: (r) => <span>{r.entry?.dueDate ? formatDay(r.entry.dueDate, ctx.locale) : '–'}</span> },
            ]}
          />
        </>
      )}
    </Layout>
  )
}
