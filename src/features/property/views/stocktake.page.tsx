import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, SummaryList, Table, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Checkboxes, Radios } from '../../../web/components/choices.tsx'
import { Select, Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import type { FieldErrors } from '../../../errors.ts'
import { CONDITIONS } from '../property.domain.ts'
import { STOCKTAKE_STATUSES } from '../property-lifecycle.domain.ts'
import type { stocktakesView, stocktakeView } from '../property-lifecycle.use-cases.ts'

type State = { form: string; values: Record<string, string>; errors: FieldErrors; members?: string[] }

/** /staff/property/stocktakes: the years' stock-takes, and the head's appointment of a committee. */
export function StocktakesPage({ ctx, view, state }: { ctx: PageContext; view: Awaited<ReturnType<typeof stocktakesView>>; state?: State | undefined }) {
  const t = ctx.t
  const v = state?.values ?? {}
  const title = t({ th: 'ตรวจสอบพัสดุประจำปี', en: 'Yearly stock-take' })
  return (
    <Layout ctx={ctx} title={title}>
      <ErrorSummary ctx={ctx} errors={state?.errors} />
      <p class="body">
        <a href="/staff/property" safe>
          {t({ th: 'กลับไปทะเบียน', en: 'Back to the register' })}
        </a>
      </p>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <Table
        caption={t({ th: 'การตรวจนับแต่ละปี', en: 'Stock-takes by year' })}
        columns={[
          { header: t({ th: 'ปีงบประมาณ', en: 'Fiscal year' }), cell: (s) => <a href={`/staff/property/stocktakes/${s.id}`} safe>{String(s.fiscal_year)}</a> },
          { header: t({ th: 'สถานะ', en: 'Status' }), cell: (s) => <Tag text={STOCKTAKE_STATUSES[s.status as keyof typeof STOCKTAKE_STATUSES][ctx.locale]} colour={s.status === 'acknowledged' ? 'green' : s.status === 'submitted' ? 'blue' : 'yellow'} /> },
        ]}
        rows={view.list}
        empty={t({ th: 'ยังไม่มีการแต่งตั้งคณะกรรมการ', en: 'No committee appointed yet' })}
      />
      {view.isHead ? (
        <form method="post" action="/staff/property/stocktakes" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <h2 class="heading-l" safe>
            {t({ th: 'แต่งตั้งคณะกรรมการตรวจสอบพัสดุประจำปี', en: 'Appoint the stock-take committee' })}
          </h2>
          <TextInput id="fiscal_year" label={t({ th: 'ปีงบประมาณ (พ.ศ.)', en: 'Fiscal year (BE)' })} value={v.fiscal_year ?? String(view.suggestedYear)} errorMessage={fieldError(ctx, state?.errors, 'fiscal_year')} />
          <Select id="chair_id" label={t({ th: 'ประธานกรรมการ', en: 'Chair' })} options={view.staff.map((s) => ({ value: s.id, text: s.name }))} value={v.chair_id} emptyText={t({ th: 'เลือก', en: 'Choose' })} errorMessage={fieldError(ctx, state?.errors, 'chair_id')} />
          <Checkboxes id="members" label={t({ th: 'กรรมการ (อย่างน้อย 2 คน)', en: 'Members (at least two)' })} options={view.staff.map((s) => ({ value: s.id, text: s.name }))} values={state?.members ?? []} errorMessage={fieldError(ctx, state?.errors, 'members')} />
          <Button text={t({ th: 'แต่งตั้ง', en: 'Appoint' })} />
        </form>
      ) : (
        ''
      )}
    </Layout>
  )
}

/** One year's stock-take: the committee counts each item, the chair reports, the head acknowledges. */
export function StocktakePage({ ctx, view, state }: { ctx: PageContext; view: Awaited<ReturnType<typeof stocktakeView>>; state?: State | undefined }) {
  const t = ctx.t
  const s = view.stocktake
  const lines = new Map(s.lines.map((l) => [l.itemId, l]))
  const title = `${t({ th: 'ตรวจสอบพัสดุประจำปีงบประมาณ', en: 'Stock-take, fiscal year' })} ${s.fiscalYear}`
  const tot = view.totals
  return (
    <Layout ctx={ctx} title={title} wide>
      <ErrorSummary ctx={ctx} errors={state?.errors} />
      <p class="body">
        <a href="/staff/property/stocktakes" safe>
          {t({ th: 'การตรวจนับทุกปี', en: 'All stock-takes' })}
        </a>
      </p>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <SummaryList
        rows={[
          { key: t({ th: 'สถานะ', en: 'Status' }), value: <span>{STOCKTAKE_STATUSES[s.status][ctx.locale]}</span> },
          { key: t({ th: 'คณะกรรมการ', en: 'Committee' }), value: <span safe>{s.members.map((m) => `${m.name}${m.role === 'chair' ? ` (${t({ th: 'ประธาน', en: 'chair' })})` : ''}`).join(', ')}</span> },
          { key: t({ th: 'ผลการตรวจนับ', en: 'Counted' }), value: <span safe>{t({ th: `ตรวจแล้ว ${tot.counted}/${tot.items} · พบ ${tot.found} · ไม่พบ ${tot.missing} · สภาพต่างจากทะเบียน ${tot.changed}`, en: `${tot.counted}/${tot.items} counted · ${tot.found} found · ${tot.missing} missing · ${tot.changed} in another condition` })}</span> },
          ...(s.acknowledgedByLabel ? [{ key: t({ th: 'หัวหน้ารับทราบ', en: 'Acknowledged by' }), value: <span safe>{`${s.acknowledgedByLabel}: ${s.headNote ?? ''}`}</span> }] : []),
        ]}
      />
      <p class="body">
        <a class="button button--secondary" href={`/staff/property/stocktakes/${s.id}/report.docx`} safe>
          {t({ th: 'รายงานผลการตรวจสอบ (Word)', en: 'Report (Word)' })}
        </a>
      </p>
      {view.items.map((i) => {
        const l = lines.get(i.id)
        const mine = state?.form === i.id ? state : undefined
        const v = mine?.values ?? {}
        return (
          <div class="inset-text" id={`i-${i.id}`}>
            <p class="body">
              <strong safe>{`${i.number} ${i.name}`}</strong> <span class="hint" safe>{`${i.location} · ${t({ th: 'ทะเบียน', en: 'register' })}: ${CONDITIONS[i.condition][ctx.locale]}`}</span>{' '}
              {l ? <Tag text={l.found ? `${t({ th: 'พบ', en: 'Found' })} – ${CONDITIONS[l.countedCondition ?? 'good'][ctx.locale]}` : t({ th: 'ไม่พบ', en: 'Not found' })} colour={l.found && l.countedCondition === l.registerCondition ? 'green' : 'red'} /> : <Tag text={t({ th: 'ยังไม่ตรวจ', en: 'Not counted' })} colour="grey" />}
            </p>
            {l?.note ? <p class="hint" safe>{`${l.countedByLabel}: ${l.note}`}</p> : ''}
            {view.canCount ? (
              <form method="post" action={`/staff/property/stocktakes/${s.id}/items/${i.id}`} novalidate>
                <CsrfField token={ctx.csrfToken} />
                <Radios id={`found-${i.id}`} name="found" inline label={t({ th: 'พบหรือไม่', en: 'Found?' })} options={[{ value: 'yes', text: t({ th: 'พบ', en: 'Found' }) }, { value: 'no', text: t({ th: 'ไม่พบ', en: 'Not found' }) }]} value={v.found ?? (l ? (l.found ? 'yes' : 'no') : undefined)} errorMessage={fieldError(ctx, mine?.errors, `found-${i.id}`)} />
                <Select id={`condition-${i.id}`} name="condition" label={t({ th: 'สภาพที่ตรวจพบ', en: 'Condition found' })} options={Object.entries(CONDITIONS).map(([value, c]) => ({ value, text: c[ctx.locale] }))} value={v.condition ?? l?.countedCondition ?? undefined} emptyText={t({ th: 'เลือก', en: 'Choose' })} errorMessage={fieldError(ctx, mine?.errors, `condition-${i.id}`)} />
                <Textarea id={`note-${i.id}`} name="note" rows={2} label={t({ th: 'คำชี้แจง (จำเป็นเมื่อต่างจากทะเบียน)', en: 'Explanation (needed if it differs from the register)' })} value={v.note ?? l?.note} errorMessage={fieldError(ctx, mine?.errors, `note-${i.id}`)} />
                <Button text={t({ th: 'บันทึกผลตรวจนับ', en: 'Save the count' })} kind="secondary" />
              </form>
            ) : (
              ''
            )}
          </div>
        )
      })}
      {view.member?.role === 'chair' && s.status === 'counting' ? (
        <form method="post" action={`/staff/property/stocktakes/${s.id}/submit`} id="submit">
          <CsrfField token={ctx.csrfToken} />
          <Button text={t({ th: 'ส่งรายงานต่อหัวหน้าส่วนราชการ', en: 'Report to the head' })} />
        </form>
      ) : (
        ''
      )}
      {view.isHead && s.status === 'submitted' ? (
        <form method="post" action={`/staff/property/stocktakes/${s.id}/acknowledge`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <Textarea id="head_note" rows={2} label={t({ th: 'ความเห็น / สั่งการ', en: 'Note / orders' })} value={state?.values.head_note} />
          <Button text={t({ th: 'รับทราบ', en: 'Acknowledge' })} />
        </form>
      ) : (
        ''
      )}
    </Layout>
  )
}
