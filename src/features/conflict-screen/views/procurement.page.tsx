import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, SummaryList, Table, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Radios } from '../../../web/components/choices.tsx'
import { Select, Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { formatInstant } from '../../../web/format-time.ts'
import { REASON_LABELS } from '../conflict-matcher.domain.ts'
import { DECLARED_RELATIONS, DUTIES, HIT_STATUSES, METHODS, relationLabel } from '../conflict-screen.domain.ts'
import type { BidderRow, ParticipantRow } from '../conflict-screen.repository.ts'
import type { ProcurementView } from '../conflict-screen.use-cases.ts'
import { monthLabel } from './conflict-home.page.tsx'
import { stateFor, type FormState } from './form-state.ts'

type Hit = ProcurementView['hits'][number]

const HIT_COLOURS = { open: 'yellow', cleared: 'green', confirmed: 'red' } as const

/** One procurement's screen: bidders, participants and their declarations, the hits and how each was resolved. */
export function ProcurementPage({ ctx, view, state }: { ctx: PageContext; view: ProcurementView; state?: FormState | undefined }) {
  const t = ctx.t
  const p = view.procurement
  const bidderName = new Map(view.bidders.map((b) => [b.id, b.name]))
  const errors = state?.errors
  const bidderForm = stateFor(state, 'bidder')
  const participantForm = stateFor(state, 'participant')
  const declarationForm = stateFor(state, 'declaration')
  const mine = view.me?.declaration
  const declarationValues = state?.form === 'declaration' ? declarationForm.values : mine ? { has_relation: mine.hasRelation ? 'yes' : 'no', bidder_id: mine.bidderId ?? '', relation_type: mine.relationType ?? '', detail: mine.detail } : {}
  return (
    <Layout ctx={ctx} title={p.title} wide>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="body">
        <a href="/staff/conflict" safe>
          {t({ th: 'กลับ', en: 'Back' })}
        </a>
      </p>
      <h1 class="heading-xl" safe>
        {p.title}
      </h1>
      <SummaryList
        rows={[
          { key: t({ th: 'เลขที่โครงการ / อ้างอิง', en: 'Reference' }), value: <span safe>{p.reference || '–'}</span> },
          { key: t({ th: 'วิธีจัดซื้อจัดจ้าง', en: 'Method' }), value: <span safe>{(METHODS as Record<string, { th: string; en: string }>)[p.method]?.[ctx.locale] ?? p.method}</span> },
          { key: t({ th: 'เดือนที่รายงาน', en: 'Reported in' }), value: <span safe>{monthLabel(ctx, p.month)}</span> },
          { key: t({ th: 'ตรวจสอบล่าสุด', en: 'Last screened' }), value: <span safe>{p.screenedAt ? formatInstant(p.screenedAt, ctx.locale) : t({ th: 'ยังไม่ตรวจสอบ', en: 'Not yet' })}</span> },
        ]}
      />

      {view.me ? (
        <section aria-labelledby="declare-heading">
          <h2 class="heading-l" id="declare-heading" safe>
            {t({ th: 'แบบแสดงความสัมพันธ์ของท่าน', en: 'Your declaration' })}
          </h2>
          <p class="body" safe>
            {mine
              ? t({ th: 'ยื่นแล้วเมื่อ {at} ยื่นใหม่ได้หากข้อมูลเปลี่ยน', en: 'Filed {at}; file again if anything changes.' }, { at: formatInstant(mine.declaredAt, ctx.locale) })
              : t({ th: 'ท่านเป็นผู้เกี่ยวข้องกับการจัดซื้อจัดจ้างนี้ ({duty}) โปรดแจ้งว่ามีความสัมพันธ์กับผู้เสนอราคารายใดหรือไม่', en: 'You take part in this procurement ({duty}). Say whether you relate to any bidder.' }, { duty: DUTIES[view.me.duty][ctx.locale] })}
          </p>
          <form method="post" action={`/staff/conflict/procurements/${p.id}/declaration`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <Radios
              id="has_relation"
              label={t({ th: 'ท่านมีความสัมพันธ์กับผู้เสนอราคารายใดหรือไม่', en: 'Do you relate to any bidder?' })}
              options={[
                { value: 'no', text: t({ th: 'ไม่มีความสัมพันธ์กับผู้เสนอราคารายใด', en: 'I relate to none of the bidders' }) },
                { value: 'yes', text: t({ th: 'มีความสัมพันธ์ (ระบุด้านล่าง)', en: 'I do (say how below)' }) },
              ]}
              value={declarationValues.has_relation}
              errorMessage={fieldError(ctx, declarationForm.errors, 'has_relation')}
            />
            <Select id="bidder_id" label={t({ th: 'ผู้เสนอราคา', en: 'Bidder' })} options={view.bidders.map((b) => ({ value: b.id, text: b.name }))} value={declarationValues.bidder_id} emptyText={t({ th: 'เลือก (ถ้ามีความสัมพันธ์)', en: 'Choose (if you relate)' })} errorMessage={fieldError(ctx, declarationForm.errors, 'bidder_id')} />
            <Select id="relation_type" label={t({ th: 'ลักษณะความสัมพันธ์', en: 'How' })} options={Object.entries(DECLARED_RELATIONS).map(([value, l]) => ({ value, text: l[ctx.locale] }))} value={declarationValues.relation_type} emptyText={t({ th: 'เลือก (ถ้ามีความสัมพันธ์)', en: 'Choose (if you relate)' })} errorMessage={fieldError(ctx, declarationForm.errors, 'relation_type')} />
            <Textarea id="detail" rows={2} label={t({ th: 'รายละเอียดเพิ่มเติม', en: 'Details' })} value={declarationValues.detail} errorMessage={fieldError(ctx, declarationForm.errors, 'detail')} />
            <Button text={t({ th: 'ยื่นแบบแสดงความสัมพันธ์', en: 'File the declaration' })} />
          </form>
        </section>
      ) : (
        ''
      )}

      <h2 class="heading-l" safe>
        {t({ th: 'ผลการตรวจสอบความเชื่อมโยง', en: 'Screening hits' })}
      </h2>
      <p class="hint" safe>
        {t({ th: 'ระบบชี้เฉพาะข้อมูลที่ตรงกันเพื่อให้ผู้พิจารณาตรวจสอบ ไม่ได้ตัดสินแทน ผลที่ตรงกันโดยบังเอิญ (เช่น นามสกุลซ้ำ) ให้ยืนยันว่าไม่เกี่ยวข้องพร้อมเหตุผล', en: 'The screen only points; a person decides. Chance matches (a shared surname) are cleared with a reason.' })}
      </p>
      {view.manages ? (
        <form method="post" action={`/staff/conflict/procurements/${p.id}/screen`}>
          <CsrfField token={ctx.csrfToken} />
          <Button text={p.screenedAt ? t({ th: 'ตรวจสอบอีกครั้ง', en: 'Screen again' }) : t({ th: 'ตรวจสอบผู้เสนอราคากับข้อมูลบุคลากร', en: 'Screen the bidders against staff records' })} />
        </form>
      ) : (
        ''
      )}
      {view.hits.length === 0 ? (
        <p class="body" safe>
          {p.screenedAt ? t({ th: 'ไม่พบความเชื่อมโยง', en: 'No hits.' }) : t({ th: 'ยังไม่ได้ตรวจสอบ', en: 'Not screened yet.' })}
        </p>
      ) : (
        view.hits.map((h) => <HitCard ctx={ctx} hit={h} state={state} />)
      )}

      <h2 class="heading-l" safe>
        {t({ th: 'ผู้เสนอราคา', en: 'Bidders' })}
      </h2>
      <Table<BidderRow>
        caption={t({ th: 'ผู้เสนอราคา {n} ราย', en: '{n} bidder(s)' }, { n: view.bidders.length })}
        empty={t({ th: 'ยังไม่มีผู้เสนอราคา', en: 'No bidders yet.' })}
        rows={view.bidders}
        columns={[
          { header: t({ th: 'ชื่อ', en: 'Name' }), cell: (b) => <span safe>{b.name}</span> },
          { header: t({ th: 'เลขประจำตัวผู้เสียภาษี', en: 'Tax id' }), cell: (b) => <span safe>{b.taxId ?? '–'}</span> },
          { header: t({ th: 'กรรมการ / หุ้นส่วน', en: 'Directors / partners' }), cell: (b) => <span safe>{b.people.join(', ') || '–'}</span> },
          { header: t({ th: 'ที่อยู่', en: 'Addresses' }), cell: (b) => <span safe>{b.addresses.join(' / ') || '–'}</span> },
        ]}
      />
      {view.manages ? (
        <form method="post" action={`/staff/conflict/procurements/${p.id}/bidders`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <h3 class="heading-m" safe>
            {t({ th: 'เพิ่มผู้เสนอราคา', en: 'Add a bidder' })}
          </h3>
          <TextInput id="name" label={t({ th: 'ชื่อผู้เสนอราคา (บุคคลหรือนิติบุคคล)', en: 'Bidder (person or firm)' })} value={bidderForm.values.name} errorMessage={fieldError(ctx, bidderForm.errors, 'name')} />
          <TextInput id="tax_id" label={t({ th: 'เลขประจำตัวผู้เสียภาษี (13 หลัก)', en: 'Tax id (13 digits)' })} inputmode="numeric" width="20" value={bidderForm.values.tax_id} errorMessage={fieldError(ctx, bidderForm.errors, 'tax_id')} />
          <Textarea id="people" rows={3} label={t({ th: 'กรรมการ / หุ้นส่วนผู้จัดการ', en: 'Directors or partners' })} hint={t({ th: 'บรรทัดละหนึ่งชื่อ', en: 'One name a line' })} value={bidderForm.values.people} errorMessage={fieldError(ctx, bidderForm.errors, 'people')} />
          <Textarea id="addresses" rows={2} label={t({ th: 'ที่อยู่ / สถานที่ประกอบการ', en: 'Addresses' })} hint={t({ th: 'บรรทัดละหนึ่งที่อยู่', en: 'One address a line' })} value={bidderForm.values.addresses} errorMessage={fieldError(ctx, bidderForm.errors, 'addresses')} />
          <Button text={t({ th: 'เพิ่มผู้เสนอราคา', en: 'Add bidder' })} kind="secondary" />
        </form>
      ) : (
        ''
      )}

      <h2 class="heading-l" safe>
        {t({ th: 'ผู้เกี่ยวข้องและการยื่นแบบ', en: 'Participants and declarations' })}
      </h2>
      <Table<ParticipantRow>
        caption={t({ th: 'ผู้เกี่ยวข้อง {n} ราย', en: '{n} participant(s)' }, { n: view.participants.length })}
        empty={t({ th: 'ยังไม่ได้กำหนดผู้เกี่ยวข้อง', en: 'No participants yet.' })}
        rows={view.participants}
        columns={[
          { header: t({ th: 'ชื่อ', en: 'Name' }), cell: (x) => <span safe>{x.name}</span> },
          { header: t({ th: 'หน้าที่', en: 'Duty' }), cell: (x) => <span>{DUTIES[x.duty][ctx.locale]}</span> },
          {
            header: t({ th: 'แบบแสดงความสัมพันธ์', en: 'Declaration' }),
            cell: (x) =>
              !x.declaration ? (
                <Tag text={t({ th: 'ยังไม่ยื่น', en: 'Missing' })} colour="red" />
              ) : x.declaration.hasRelation ? (
                <span safe>{`${t({ th: 'มีความสัมพันธ์กับ', en: 'Relates to' })} ${bidderName.get(x.declaration.bidderId ?? '') ?? ''} (${(DECLARED_RELATIONS as Record<string, { th: string; en: string }>)[x.declaration.relationType ?? '']?.[ctx.locale] ?? ''})${x.declaration.detail ? `: ${x.declaration.detail}` : ''}`}</span>
              ) : (
                <Tag text={t({ th: 'ไม่มีความสัมพันธ์', en: 'None' })} colour="green" />
              ),
          },
        ]}
      />
      {view.manages ? (
        <form method="post" action={`/staff/conflict/procurements/${p.id}/participants`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <h3 class="heading-m" safe>
            {t({ th: 'เพิ่มผู้เกี่ยวข้อง', en: 'Add a participant' })}
          </h3>
          <Select id="user_id" label={t({ th: 'บุคลากร', en: 'Staff member' })} options={view.staff.map((s) => ({ value: s.id, text: s.position ? `${s.name} (${s.position})` : s.name }))} value={participantForm.values.user_id} emptyText={t({ th: 'เลือก', en: 'Choose' })} errorMessage={fieldError(ctx, participantForm.errors, 'user_id')} />
          <Select id="duty" label={t({ th: 'หน้าที่', en: 'Duty' })} options={Object.entries(DUTIES).map(([value, l]) => ({ value, text: l[ctx.locale] }))} value={participantForm.values.duty} emptyText={t({ th: 'เลือก', en: 'Choose' })} errorMessage={fieldError(ctx, participantForm.errors, 'duty')} />
          <Button text={t({ th: 'เพิ่มผู้เกี่ยวข้อง', en: 'Add participant' })} kind="secondary" />
        </form>
      ) : (
        ''
      )}
    </Layout>
  )
}

function HitCard({ ctx, hit, state }: { ctx: PageContext; hit: Hit; state?: FormState | undefined }) {
  const t = ctx.t
  const form = stateFor(state, `hit-${hit.id}`)
  return (
    <div class="inset-text" id={`hit-${hit.id}`}>
      <h3 class="heading-m" safe>
        {`${hit.bidderName} ↔ ${hit.staffName} (${relationLabel(hit.entryKind, hit.entryRelation)[ctx.locale]})`}
      </h3>
      <p class="body">
        <Tag text={HIT_STATUSES[hit.status][ctx.locale]} colour={HIT_COLOURS[hit.status]} />
      </p>
      <ul class="list list--bullet">
        {hit.reasons.map((r) => (
          <li safe>{`${REASON_LABELS[r.reason][ctx.locale]}: “${r.bidderValue}” ↔ “${r.entryValue}”`}</li>
        ))}
      </ul>
      {hit.status !== 'open' ? (
        <p class="body" safe>
          {`${t({ th: 'เหตุผล', en: 'Reason' })}: ${hit.resolutionReason ?? ''} — ${hit.resolvedByLabel ?? ''}${hit.resolvedAt ? `, ${formatInstant(hit.resolvedAt, ctx.locale)}` : ''}`}
        </p>
      ) : hit.canResolve ? (
        <form method="post" action={`/staff/conflict/hits/${hit.id}/resolve`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <Radios
            id={`decision-${hit.id}`}
            name="decision"
            label={t({ th: 'ผลการพิจารณา', en: 'Decision' })}
            inline
            options={[
              { value: 'cleared', text: t({ th: 'ไม่เกี่ยวข้อง', en: 'Not related (clear)' }) },
              { value: 'confirmed', text: t({ th: 'มีความเกี่ยวข้อง', en: 'Related (confirm)' }) },
            ]}
            value={form.values.decision}
            errorMessage={fieldError(ctx, form.errors, `decision-${hit.id}`)}
          />
          <Textarea id={`reason-${hit.id}`} name="reason" rows={2} label={t({ th: 'เหตุผล', en: 'Reason' })} value={form.values.reason} errorMessage={fieldError(ctx, form.errors, `reason-${hit.id}`)} />
          <Button text={t({ th: 'บันทึกผลการพิจารณา', en: 'Record the decision' })} />
        </form>
      ) : (
        ''
      )}
    </div>
  )
}
