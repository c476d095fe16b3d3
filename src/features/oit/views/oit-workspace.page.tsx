import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, Table, Tag } from '../../../web/components/display.tsx'
import { Select } from '../../../web/components/form-fields.tsx'
import { Checkboxes } from '../../../web/components/choices.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import type { OitWorkspaceView, WorkspaceRow } from '../oit-workspace.use-cases.ts'
import { EVIDENCE_LABEL, itemHref, OitProgressLine, SchemeSelect, StateTag, workspaceQuery } from './oit-view-helpers.tsx'

/** /staff/oit: every checklist item of the year with its status, link and what needs attention. */
export function OitWorkspacePage({ ctx, view }: { ctx: PageContext; view: OitWorkspaceView }) {
  const t = ctx.t
  const { org, report } = view
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
          {view.access === 'internal' && view.progress ? (
            <>
              <OitProgressLine ctx={ctx} progress={view.progress} id="oit-progress" />
              {view.progress.overdue > 0 ? (
                <p class="body" id="oit-overdue" safe>
                  {t({ th: 'เลยกำหนดเสร็จ {n} ข้อ', en: '{n} item(s) past their due date' }, { n: view.progress.overdue })}
                </p>
              ) : (
                ''
              )}
              <p class="body">
                <a href={`/staff/oit/links.xlsx?${workspaceQuery(org.slug, view.fiscalYear, view.scheme)}`} safe>
                  {t({ th: 'ดาวน์โหลดแบบแจ้งลิงก์ (Excel) สำหรับส่ง ป.ป.ช.', en: 'Download the link sheet (Excel) for the NACC' })}
                </a>
              </p>
            </>
          ) : (
            <div class="inset-text" id="published-only">
              <p class="body" safe>
                {t(
                  { th: 'ท่านเห็นเฉพาะรายการที่ส่ง ป.ป.ช. แล้ว ({n} จาก {total} ข้อ) ร่าง บันทึก และการมอบหมายงานเป็นข้อมูลภายในของผู้รับผิดชอบ ITA หัวหน้าหน่วยงาน ผู้ดูแลระบบ และเจ้าของรายการ', en: 'You see only the items sent to the NACC ({n} of {total}). Drafts, notes and assignments are internal to the ITA coordinator, the head, the administrators and each item’s owner.' },
                  { n: report.items.filter((i) => i.status !== 'missing').length, total: report.total },
                )}
              </p>
            </div>
          )}
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
                header: t({ th: 'รายการและหลักฐานที่ต้องมี', en: 'Item and the evidence it asks for' }),
                cell: (r) => (
                  <>
                    {r.internal ? (
                      <a href={itemHref(org.slug, view.fiscalYear, r.item.code, view.scheme)} safe>
                        {ctx.locale === 'en' ? r.item.nameEn : r.item.nameTh}
                      </a>
                    ) : (
                      <span safe>{ctx.locale === 'en' ? r.item.nameEn : r.item.nameTh}</span>
                    )}
                    <br />
                    <span class="hint oit-evidence" safe>
                      {`${t(EVIDENCE_LABEL)}: ${r.item.elements.join(' · ')}`}
                    </span>
                  </>
                ),
              },
              {
                header: t({ th: 'สถานะ', en: 'State' }),
                cell: (r) => (r.internal || r.entry ? <StateTag ctx={ctx} state={r.state} /> : <Tag text={t({ th: 'ยังไม่ได้ส่ง', en: 'Not yet sent' })} colour="grey" />),
              },
              {
                header: t({ th: 'URL ที่แจ้ง ป.ป.ช.', en: 'URL for the NACC' }),
                cell: (r) =>
                  r.entry?.url ? (
                    <>
                      <span class="break-word" safe>
                        {r.entry.url}
                      </span>
                      {r.linkProblem && r.internal ? (
                        <strong class="oit-link-problem" safe>
                          {t({ th: 'ประชาชนเปิดไม่ได้: {why}', en: 'The public cannot open this: {why}' }, { why: t(r.linkProblem) })}
                        </strong>
                      ) : (
                        ''
                      )}
                    </>
                  ) : r.internal && r.suggestion.url ? (
                    <span class="hint" safe>
                      {t({ th: 'แนะนำ: {u}', en: 'Suggested: {u}' }, { u: r.suggestion.portalItem ? `${r.suggestion.portalItem.titleTh} (${r.suggestion.url})` : r.suggestion.url })}
                    </span>
                  ) : (
                    <span safe>{t({ th: 'ยังไม่มี', en: 'None yet' })}</span>
                  ),
              },
              ...(view.access === 'internal' || view.rows.some((r) => r.internal)
                ? [
                    {
                      header: t({ th: 'ผู้รับผิดชอบ', en: 'Owner' }),
                      cell: (r: WorkspaceRow) =>
                        !r.owner ? (
                          <span safe>{t({ th: 'ข้อมูลภายใน', en: 'Internal' })}</span>
                        ) : r.owner.assigned ? (
                          <span safe>{`${r.owner.names.join(', ')}${r.mine ? t({ th: ' (ท่าน)', en: ' (you)' }) : ''}`}</span>
                        ) : r.owner.names.length > 0 ? (
                          <span safe>{t({ th: 'ยังไม่มอบหมาย: ผู้รับผิดชอบ ITA ({n})', en: 'Not assigned: ITA coordinator ({n})' }, { n: r.owner.names.join(', ') })}</span>
                        ) : (
                          <span safe>{t({ th: 'ยังไม่มอบหมาย และหน่วยงานยังไม่มีผู้รับผิดชอบ ITA', en: 'Not assigned, and the agency has no ITA coordinator' })}</span>
                        ),
                    },
                    {
                      header: t({ th: 'กำหนดเสร็จ', en: 'Due' }),
                      cell: (r: WorkspaceRow) =>
                        !r.internal ? (
                          <span safe>{t({ th: 'ข้อมูลภายใน', en: 'Internal' })}</span>
                        ) : r.entry?.dueDate ? (
                          <span safe>
                            {`${formatDay(r.entry.dueDate, ctx.locale)}${r.completeness.overdue ? ` — ${t({ th: 'เลยกำหนด', en: 'overdue' })}` : r.completeness.dueSoon ? ` — ${t({ th: 'ใกล้ครบกำหนด', en: 'due soon' })}` : ''}`}
                          </span>
                        ) : (
                          <span safe>{t({ th: 'ยังไม่กำหนด', en: 'Not set' })}</span>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        </>
      )}
    </Layout>
  )
}
