import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, SummaryList } from '../../../web/components/display.tsx'
import { Checkboxes, Radios } from '../../../web/components/choices.tsx'
import { DateInput } from '../../../web/components/date-input.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { orgName } from '../../../web/org-names.ts'
import { DATA_YEAR_LABELS } from '../oit-catalogue.domain.ts'
import { allowedNextStatuses, LOCKED_REASON, OIT_ITEM_STATUS_LABELS, REOPEN_TO, type OitItemStatus } from '../oit-workspace.domain.ts'
import type { OitEntryForm } from '../oit-workspace.input.ts'
import type { ItemEditorView } from '../oit-workspace.use-cases.ts'
import { EVIDENCE_LABEL, itemHref, StateTag, workspaceHref } from './oit-view-helpers.tsx'

/** One checklist item: its link, checklist, responsible person, due date, method and status. */
export type ReopenForm = { reason: string; reopen_to: string }

export function OitItemPage({ ctx, editor, form, errors, reopen = { reason: '', reopen_to: 'draft' } }: { ctx: PageContext; editor: ItemEditorView; form: OitEntryForm; errors?: FieldErrors | undefined; reopen?: ReopenForm }) {
  const t = ctx.t
  const { item, org, fiscalYear } = editor
  const current: OitItemStatus = editor.entry?.status ?? 'missing'
  const statuses: OitItemStatus[] = [current, ...allowedNextStatuses(current)]
  const name = ctx.locale === 'en' ? item.nameEn : item.nameTh
  const suggested = editor.suggestion
  const linked = editor.entry?.portalItemId ? editor.portalItems.find((p) => p.id === editor.entry?.portalItemId) : undefined
  const linkedTitle = linked?.titleTh
  return (
    <Layout ctx={ctx} title={`${item.code} ${name}`} wide>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="body">
        <a href={workspaceHref(org.slug, fiscalYear, editor.scheme)} safe>
          {t({ th: 'กลับไปรายการ OIT ปี {y}', en: 'Back to the OIT items of {y}' }, { y: fiscalYear })}
        </a>
      </p>
      <span class="caption-l" safe>
        {`${orgName(org, ctx.locale)} · ${editor.scheme} · ${t({ th: 'ปีงบประมาณ', en: 'Fiscal year' })} ${fiscalYear}`}
      </span>
      <h1 class="heading-xl" safe>
        {`${item.code} ${name}`}
      </h1>
      <SummaryList
        rows={[
          {
            key: t({ th: 'ตัวชี้วัด', en: 'Indicator' }),
            value: (
              <span safe>
                {[item.indicator && `${item.indicator.code} ${ctx.locale === 'en' ? item.indicator.en : item.indicator.th}`, item.subIndicator && `${item.subIndicator.code} ${ctx.locale === 'en' ? item.subIndicator.en : item.subIndicator.th}`].filter(Boolean).join(' / ') ||
                  t({ th: 'รายการของปีนี้ไม่ได้ระบุตัวชี้วัด', en: 'This year’s list names no indicator' })}
              </span>
            ),
          },
          {
            key: t(EVIDENCE_LABEL),
            value: (
              <ul class="list list--bullet" id="evidence">
                {item.elements.map((e) => (
                  <li safe>{e}</li>
                ))}
              </ul>
            ),
          },
          { key: t({ th: 'ข้อมูลของปีใด', en: 'Which year’s data' }), value: <span safe>{t(DATA_YEAR_LABELS[item.dataYear])}</span> },
          {
            key: t({ th: 'ผู้รับผิดชอบ', en: 'Owner' }),
            value: (
              <span id="owner" safe>
                {!editor.owner || editor.owner.names.length === 0
                  ? t({ th: 'ยังไม่มอบหมาย และหน่วยงานยังไม่มีผู้รับผิดชอบ ITA', en: 'Not assigned, and the agency has no ITA coordinator' })
                  : editor.owner.assigned
                    ? editor.owner.names.join(', ')
                    : t({ th: 'ยังไม่มอบหมาย: ผู้รับผิดชอบ ITA ({n})', en: 'Not assigned: ITA coordinator ({n})' }, { n: editor.owner.names.join(', ') })}
              </span>
            ),
          },
          { key: t({ th: 'สถานะ', en: 'State' }), value: <StateTag ctx={ctx} state={editor.state} /> },
        ]}
      />
      {editor.linkProblem ? (
        <div class="inset-text inset-text--warning" id="link-problem">
          <p class="body" safe>
            {t({ th: 'ที่อยู่ที่บันทึกไว้ประชาชนเปิดไม่ได้: {why} แก้ไขก่อนส่ง ป.ป.ช.', en: 'The stored address cannot be opened by the public: {why} Fix it before sending to the NACC.' }, { why: t(editor.linkProblem) })}
          </p>
        </div>
      ) : (
        ''
      )}
      {!editor.canEdit ? (
        <SummaryList
          rows={[
            { key: 'URL', value: <span safe>{form.url || '–'}</span> },
            { key: t({ th: 'คำอธิบาย', en: 'Explanation' }), value: <span safe>{form.explanation || '–'}</span> },
            { key: t({ th: 'วิธีการและกรอบเวลา', en: 'Method and time frame' }), value: <span safe>{[form.method, form.time_frame].filter(Boolean).join(' · ') || '–'}</span> },
          ]}
        />
      ) : (
        <form method="post" action={itemHref(org.slug, fiscalYear, item.code, editor.scheme)} novalidate>
          <CsrfField token={ctx.csrfToken} />
          {editor.locked ? (
            <div class="inset-text" id="locked">
              <p class="body" safe>
                {t(LOCKED_REASON)}
              </p>
              <SummaryList
                rows={[
                  { key: t({ th: 'URL ที่แจ้ง ป.ป.ช.', en: 'URL for the NACC' }), value: <span class="break-word" safe>{editor.entry?.url ?? '–'}</span> },
                  { key: t({ th: 'เนื้อหาบนเว็บไซต์ของหน่วยงาน', en: 'Content on the agency’s portal' }), value: <span safe>{linkedTitle ?? '–'}</span> },
                ]}
              />
            </div>
          ) : (
            <>
            <Select
              id="portal_item_id"
              label={t({ th: 'รายการหรือหน้าที่เผยแพร่บนเว็บไซต์ของหน่วยงาน', en: 'Published item or page of the agency’s website' })}
              hint={
                suggested.portalItem
                  ? t({ th: 'แนะนำ: {title} · มีเฉพาะรายการที่เผยแพร่แล้ว ที่อยู่ที่บันทึกคือ {base}', en: 'Suggested: {title} · only published items are offered; addresses are stored under {base}' }, { title: suggested.portalItem.titleTh, base: editor.baseUrl })
                  : t({ th: 'มีเฉพาะรายการที่เผยแพร่แล้วและหน้าสาธารณะของหน่วยงาน ที่อยู่ที่บันทึกคือ {base}', en: 'Only published items and the agency’s public pages are offered; addresses are stored under {base}' }, { base: editor.baseUrl })
              }
              emptyText={t({ th: '— ไม่เชื่อมกับรายการบนเว็บไซต์ —', en: '— not linked to a portal item —' })}
              options={[
                ...editor.portalItems.map((p) => ({ value: p.id, text: `${t({ th: 'รายการ', en: 'Item' })}: ${p.titleTh}${p.fiscalYear ? ` (${t({ th: 'ปี', en: 'FY' })} ${p.fiscalYear})` : ''}` })),
                ...editor.pages.map((p) => ({ value: `page:${p.path}`, text: `${t({ th: 'หน้า', en: 'Page' })}: ${t(p.name)}` })),
              ]}
              value={form.portal_item_id}
              errorMessage={fieldError(ctx, errors, 'portal_item_id')}
            />
            <TextInput
              id="url"
              type="url"
              label={t({ th: 'URL ที่แจ้ง ป.ป.ช. (ถ้าไม่ใช่ที่อยู่ของรายการที่เลือก)', en: 'URL for the NACC (if not the chosen item’s address)' })}
              hint={
                suggested.url && !suggested.portalItem
                  ? t({ th: 'แนะนำ: {u}', en: 'Suggested: {u}' }, { u: suggested.url })
                  : t({ th: 'เว้นว่างเพื่อใช้ที่อยู่ถาวรของรายการที่เลือก', en: 'Leave empty to use the chosen item’s permanent address' })
              }
              value={form.url}
              errorMessage={fieldError(ctx, errors, 'url')}
            />
            </>
          )}
          <Checkboxes
            id="elements"
            label={t({ th: 'องค์ประกอบที่เผยแพร่แล้ว', en: 'Elements published' })}
            options={item.elements.map((e, i) => ({ value: String(i), text: e }))}
            values={form.elements}
          />
          <Select
            id="responsible_user_id"
            label={t({ th: 'ผู้รับผิดชอบ', en: 'Responsible person' })}
            emptyText={t({ th: '— ยังไม่กำหนด —', en: '— not yet chosen —' })}
            options={editor.people.map((p) => ({ value: p.id, text: p.position ? `${p.name} (${p.position})` : p.name }))}
            value={form.responsible_user_id}
            errorMessage={fieldError(ctx, errors, 'responsible_user_id')}
          />
          <DateInput id="due" locale={ctx.locale} label={t({ th: 'กำหนดเสร็จ', en: 'Due date' })} value={{ day: form.due_day, month: form.due_month, year: form.due_year }} errorMessage={fieldError(ctx, errors, 'due')} />
          <Textarea id="method" label={t({ th: 'วิธีการดำเนินการ', en: 'Method' })} rows={3} value={form.method} errorMessage={fieldError(ctx, errors, 'method')} />
          <TextInput id="time_frame" label={t({ th: 'กรอบเวลา', en: 'Time frame' })} value={form.time_frame} errorMessage={fieldError(ctx, errors, 'time_frame')} />
          <Textarea
            id="explanation"
            label={t({ th: 'คำอธิบายเพิ่มเติม (แจ้ง ป.ป.ช.)', en: 'Explanation (for the NACC)' })}
            hint={t({ th: 'บอกผู้ตรวจว่าข้อมูลอยู่ตรงไหนของหน้า', en: 'Tell the assessor where on the page to look' })}
            rows={3}
            value={form.explanation}
            errorMessage={fieldError(ctx, errors, 'explanation')}
          />
          <Radios
            id="status"
            label={t({ th: 'สถานะ', en: 'Status' })}
            options={statuses.map((s) => ({ value: s, text: t(OIT_ITEM_STATUS_LABELS[s]) }))}
            value={form.status}
            errorMessage={fieldError(ctx, errors, 'status')}
          />
          <Button text={t({ th: 'บันทึก', en: 'Save' })} />
        </form>
      )}
      {editor.locked && editor.canReopen ? (
        <section id="reopen-section">
          <h2 class="heading-m" safe>
            {t({ th: 'เปิดรายการอีกครั้ง', en: 'Reopen the item' })}
          </h2>
          <form method="post" action={`${itemHref(org.slug, fiscalYear, item.code, editor.scheme).replace('?', '/reopen?')}`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <Textarea
              id="reason"
              label={t({ th: 'เหตุผล', en: 'Reason' })}
              hint={t({ th: 'บันทึกไว้ในบันทึกการตรวจสอบ', en: 'Kept on the audit trail' })}
              rows={3}
              value={reopen.reason}
              errorMessage={fieldError(ctx, errors, 'reason')}
            />
            <Radios
              id="reopen_to"
              label={t({ th: 'สถานะหลังเปิดอีกครั้ง', en: 'Status after reopening' })}
              options={REOPEN_TO.map((s) => ({ value: s, text: t(OIT_ITEM_STATUS_LABELS[s]) }))}
              value={reopen.reopen_to}
              errorMessage={fieldError(ctx, errors, 'reopen_to')}
            />
            <Button kind="warning" text={t({ th: 'เปิดรายการอีกครั้ง', en: 'Reopen' })} />
          </form>
        </section>
      ) : (
        ''
      )}
    </Layout>
  )
}
