import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, SummaryList, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Radios } from '../../../web/components/choices.tsx'
import { DateInput } from '../../../web/components/date-input.tsx'
import { Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { FileInput } from '../../../web/components/file-input.tsx'
import { formatDay, formatInstant } from '../../../web/format-time.ts'
import { bahtText, DONATION_STATUSES, DONOR_TYPES, RULINGS } from '../gifts.domain.ts'
import type { declarationView, donationView } from '../gifts.use-cases.ts'
import { declarationTag } from './gifts-register.page.tsx'
import type { FormState } from './form-state.ts'

export function GiftPage({ ctx, view, state }: { ctx: PageContext; view: Awaited<ReturnType<typeof declarationView>>; state?: FormState | undefined }) {
  const t = ctx.t
  const d = view.declaration
  const v = state?.values ?? {}
  const errors = state?.errors
  const title = d.description
  return (
    <Layout ctx={ctx} title={title}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="body">
        <a href="/staff/gifts" safe>
          {t({ th: 'กลับไปทะเบียน', en: 'Back to the register' })}
        </a>
      </p>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body">{declarationTag(ctx, d, view.today)}</p>
      <SummaryList
        rows={[
          { key: t({ th: 'ผู้รับ', en: 'Received by' }), value: <span safe>{d.declarant}</span> },
          { key: t({ th: 'ผู้ให้', en: 'Given by' }), value: <span safe>{`${d.donorName} (${DONOR_TYPES[d.donorType][ctx.locale]})`}</span> },
          { key: t({ th: 'ความสัมพันธ์', en: 'Relation' }), value: <span safe>{d.relation}</span> },
          { key: t({ th: 'โอกาส', en: 'Occasion' }), value: <span safe>{d.occasion}</span> },
          { key: t({ th: 'มูลค่าโดยประมาณ', en: 'Estimated value' }), value: <span safe>{`${bahtText(d.valueSatang)} ${t({ th: 'บาท', en: 'baht' })}`}</span> },
          { key: t({ th: 'วันที่ได้รับ', en: 'Received on' }), value: <span safe>{formatDay(d.receivedOn, ctx.locale, 'long')}</span> },
          ...(d.dueOn ? [{ key: t({ th: 'ต้องรายงานหัวหน้าภายใน', en: 'Due to the head by' }), value: <span safe>{formatDay(d.dueOn, ctx.locale, 'long')}</span> }] : []),
          ...(d.submittedOn ? [{ key: t({ th: 'รายงานหัวหน้าเมื่อ', en: 'Declared to the head' }), value: <span safe>{formatDay(d.submittedOn, ctx.locale, 'long')}</span> }] : []),
          ...(d.ruling ? [{ key: t({ th: 'ผลการวินิจฉัย', en: 'Ruling' }), value: <span safe>{`${RULINGS[d.ruling][ctx.locale]}: ${d.rulingReason ?? ''} — ${d.ruledByLabel ?? ''}${d.ruledAt ? `, ${formatInstant(d.ruledAt, ctx.locale)}` : ''}`}</span> }] : []),
        ]}
      />
      {d.naccFormFileId ? (
        <p class="body">
          <a href={`/staff/gifts/${d.id}/nacc-form`} safe>
            {t({ th: 'แบบรายงานการรับของขวัญ (ป.ป.ช.) ที่แนบไว้', en: 'The attached NACC gift report form' })}
          </a>
        </p>
      ) : (
        ''
      )}
      {view.isOwner && d.status !== 'ruled' ? (
        <form method="post" action={`/staff/gifts/${d.id}/nacc-form`} enctype="multipart/form-data" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <FileInput
            id="nacc_form"
            label={t({ th: 'แนบแบบรายงานการรับของขวัญตามประกาศ ป.ป.ช. (ลงนามแล้ว, PDF หรือภาพ)', en: 'Attach the signed NACC gift report form (PDF or image)' })}
            accept=".pdf,image/*"
            errorMessage={fieldError(ctx, errors, 'nacc_form')}
          />
          <Button text={d.naccFormFileId ? t({ th: 'แนบฉบับใหม่แทน', en: 'Replace the form' }) : t({ th: 'แนบแบบรายงาน', en: 'Attach the form' })} kind="secondary" />
        </form>
      ) : (
        ''
      )}
      {view.isOwner && d.status === 'draft' ? (
        <form method="post" action={`/staff/gifts/${d.id}/submit`}>
          <CsrfField token={ctx.csrfToken} />
          <p class="body" safe>
            {t({ th: 'มูลค่าเกิน ๓,๐๐๐ บาท ต้องรายงานหัวหน้าส่วนราชการเพื่อวินิจฉัย', en: 'Worth over 3,000 baht: declare it to the head for a ruling.' })}
          </p>
          <Button text={t({ th: 'รายงานหัวหน้าส่วนราชการ', en: 'Declare to the head' })} />
        </form>
      ) : (
        ''
      )}
      {view.canRule ? (
        <form method="post" action={`/staff/gifts/${d.id}/rule`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <Radios id="ruling" label={t({ th: 'ผลการวินิจฉัย', en: 'Ruling' })} options={Object.entries(RULINGS).map(([value, l]) => ({ value, text: l[ctx.locale] }))} value={v.ruling} errorMessage={fieldError(ctx, errors, 'ruling')} />
          <Textarea id="reason" rows={3} label={t({ th: 'เหตุผล', en: 'Reason' })} value={v.reason} errorMessage={fieldError(ctx, errors, 'reason')} />
          <Button text={t({ th: 'บันทึกผลการวินิจฉัย', en: 'Record the ruling' })} />
        </form>
      ) : (
        ''
      )}
    </Layout>
  )
}

export function DonationPage({ ctx, view, state }: { ctx: PageContext; view: Awaited<ReturnType<typeof donationView>>; state?: FormState | undefined }) {
  const t = ctx.t
  const d = view.donation
  const v = state?.values ?? {}
  const errors = state?.errors
  return (
    <Layout ctx={ctx} title={d.description}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="body">
        <a href="/staff/gifts" safe>
          {t({ th: 'กลับไปทะเบียน', en: 'Back to the register' })}
        </a>
      </p>
      <h1 class="heading-xl" safe>
        {d.description}
      </h1>
      <p class="body">
        <Tag text={DONATION_STATUSES[d.status][ctx.locale]} colour={d.status === 'accepted' ? 'green' : d.status === 'rejected' ? 'red' : 'yellow'} />
      </p>
      <SummaryList
        rows={[
          { key: t({ th: 'ผู้บริจาค', en: 'Donor' }), value: <span safe>{`${d.donorName} (${DONOR_TYPES[d.donorType][ctx.locale]})`}</span> },
          { key: t({ th: 'มูลค่า', en: 'Value' }), value: <span safe>{`${bahtText(d.valueSatang)} ${t({ th: 'บาท', en: 'baht' })}`}</span> },
          { key: t({ th: 'วัตถุประสงค์', en: 'Purpose' }), value: <span safe>{d.purpose}</span> },
          { key: t({ th: 'การนำไปใช้', en: 'Use' }), value: <span safe>{d.intendedUse}</span> },
          { key: t({ th: 'ผู้เสนอ', en: 'Proposed by' }), value: <span safe>{d.proposedByLabel}</span> },
          ...(d.decidedAt ? [{ key: t({ th: 'การพิจารณา', en: 'Decision' }), value: <span safe>{`${d.decisionReason ?? ''} — ${d.decidedByLabel ?? ''}, ${formatInstant(d.decidedAt, ctx.locale)}`}</span> }] : []),
          ...(d.acceptedOn ? [{ key: t({ th: 'รับมอบเมื่อ', en: 'Received on' }), value: <span safe>{`${formatDay(d.acceptedOn, ctx.locale, 'long')}${d.receiptNumber ? ` (${t({ th: 'ใบอนุโมทนาบัตร/ใบเสร็จ', en: 'receipt' })} ${d.receiptNumber})` : ''}`}</span> }] : []),
        ]}
      />
      {view.canDecide ? (
        <form method="post" action={`/staff/gifts/donations/${d.id}/decide`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <Radios
            id="decision"
            label={t({ th: 'การพิจารณา', en: 'Decision' })}
            options={[
              { value: 'approve', text: t({ th: 'อนุมัติให้รับบริจาค', en: 'Approve' }) },
              { value: 'reject', text: t({ th: 'ไม่อนุมัติ', en: 'Reject' }) },
            ]}
            value={v.decision}
            errorMessage={fieldError(ctx, errors, 'decision')}
          />
          <Textarea id="reason" rows={2} label={t({ th: 'เหตุผล', en: 'Reason' })} value={v.reason} errorMessage={fieldError(ctx, errors, 'reason')} />
          <Button text={t({ th: 'บันทึกการพิจารณา', en: 'Record the decision' })} />
        </form>
      ) : (
        ''
      )}
      {view.canAccept ? (
        <form method="post" action={`/staff/gifts/donations/${d.id}/accept`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <DateInput id="accepted_on" locale={ctx.locale} label={t({ th: 'วันที่รับมอบ', en: 'Received on' })} value={{ day: v['accepted_on-day'], month: v['accepted_on-month'], year: v['accepted_on-year'] }} errorMessage={fieldError(ctx, errors, 'accepted_on')} />
          <TextInput id="receipt_number" label={t({ th: 'เลขที่ใบอนุโมทนาบัตร / ใบเสร็จ (ถ้ามี)', en: 'Receipt number (optional)' })} width="20" value={v.receipt_number} errorMessage={fieldError(ctx, errors, 'receipt_number')} />
          <Button text={t({ th: 'บันทึกการรับมอบ', en: 'Record receipt' })} />
        </form>
      ) : (
        ''
      )}
    </Layout>
  )
}
