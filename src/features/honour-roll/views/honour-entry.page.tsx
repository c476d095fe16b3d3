import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Checkboxes } from '../../../web/components/choices.tsx'
import { Button, CsrfField, SummaryList, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { formatDay, formatInstant } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import type { EntryView } from '../honour-roll.use-cases.ts'
import { photoUrlOf, STATUS_COLOURS, statusText } from './honour-text.ts'

/** One entry: its facts, and the head's approve / withdraw forms when they apply. */
export function HonourEntryPage({ ctx, view, errors, values }: { ctx: PageContext; view: EntryView; errors?: FieldErrors | undefined; values: Record<string, string> }) {
  const t = ctx.t
  const { entry, org } = view
  const err = (f: string) => fieldError(ctx, errors, f)
  const back = view.recorder ? `/staff/honour-roll?org=${encodeURIComponent(org.slug)}` : '/staff/oversight/honour-roll'
  return (
    <Layout ctx={ctx} title={entry.nameTh}>
      <a href={back} class="back-link" safe>
        {t({ th: 'ทำเนียบผู้ได้รับการยกย่อง', en: 'Honour roll' })}
      </a>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {entry.nameTh}
      </h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="body">
        <Tag text={statusText(ctx, entry.status)} colour={STATUS_COLOURS[entry.status]} />
      </p>
      {entry.photoFileId ? (
        <p class="body">
          <img class="org-header__logo" src={photoUrlOf(org.id, entry.photoFileId)} alt={t({ th: 'ภาพของ {name}', en: 'Photo of {name}' }, { name: entry.nameTh })} width="96" height="96" />
        </p>
      ) : (
        ''
      )}
      <SummaryList
        rows={[
          { key: t({ th: 'ตำแหน่ง', en: 'Position' }), value: <span safe>{entry.positionTh}</span> },
          { key: t({ th: 'การกระทำที่ได้รับการยกย่อง', en: 'Commended for' }), value: <span class="preserve-lines" safe>{entry.deedTh}</span> },
          { key: t({ th: 'วันที่ยกย่อง', en: 'Date' }), value: <span safe>{formatDay(entry.commendedOn, ctx.locale, 'long')}</span> },
          { key: t({ th: 'ผู้ยกย่อง', en: 'Commended by' }), value: <span safe>{entry.commendedBy}</span> },
          { key: t({ th: 'ประกาศหรือหนังสือยกย่อง', en: 'Announcement or letter' }), value: <span safe>{entry.announcementRef || '–'}</span> },
          { key: t({ th: 'เผยแพร่ต่อสาธารณะ', en: 'Published' }), value: <span safe>{entry.consentToPublish ? t({ th: 'ยินยอมให้เผยแพร่', en: 'The person agreed' }) : t({ th: 'ไม่เผยแพร่ (ไม่ได้รับความยินยอม)', en: 'Not published (no consent)' })}</span> },
          ...(entry.approvedAt
            ? [{ key: t({ th: 'ผู้อนุมัติ', en: 'Approved by' }), value: <span safe>{`${entry.approverName ?? ''} ${entry.approverPosition ?? ''} – ${formatInstant(entry.approvedAt, ctx.locale)}`}</span> }]
            : []),
          ...(entry.withdrawnAt ? [{ key: t({ th: 'ถอนออกเมื่อ', en: 'Withdrawn' }), value: <span safe>{`${formatInstant(entry.withdrawnAt, ctx.locale)} – ${entry.withdrawnReason ?? ''}`}</span> }] : []),
        ]}
      />
      {view.canEdit ? (
        <p class="body">
          <a href={`/staff/honour-roll/${entry.id}/edit`} safe>
            {t({ th: 'แก้ไขรายการ', en: 'Edit the entry' })}
          </a>
        </p>
      ) : (
        ''
      )}
      {view.canApprove ? (
        <form method="post" action={`/staff/honour-roll/${entry.id}/approve`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <h2 class="heading-m" safe>
            {t({ th: 'อนุมัติการยกย่อง', en: 'Approve the commendation' })}
          </h2>
          <p class="body" safe>
            {t({ th: 'เมื่ออนุมัติแล้วรายการจะแก้ไขไม่ได้ และจะแสดงบนหน้าสาธารณะของหน่วยงานและของจังหวัด ถ้าผู้ได้รับการยกย่องยินยอม', en: 'Once approved the entry cannot be changed, and it appears on the agency’s and the province’s public pages if the person agreed.' })}
          </p>
          <TextInput id="approver_name" label={t({ th: 'ชื่อผู้อนุมัติ', en: 'Your name' })} value={values['approver_name'] ?? ''} errorMessage={err('approver_name')} />
          <TextInput id="approver_position" label={t({ th: 'ตำแหน่งผู้อนุมัติ', en: 'Your position' })} value={values['approver_position'] ?? ''} errorMessage={err('approver_position')} />
          <Checkboxes id="confirm" label={t({ th: 'การยืนยัน', en: 'Confirmation' })} options={[{ value: 'yes', text: t({ th: 'ข้าพเจ้าได้ตรวจสอบข้อมูลแล้ว', en: 'I have checked the entry' }) }]} values={[]} errorMessage={err('confirm')} />
          <Button text={t({ th: 'อนุมัติ', en: 'Approve' })} />
        </form>
      ) : (
        ''
      )}
      {view.canWithdraw ? (
        <form method="post" action={`/staff/honour-roll/${entry.id}/withdraw`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <h2 class="heading-m" safe>
            {t({ th: 'ถอนออกจากทำเนียบ', en: 'Withdraw from the roll' })}
          </h2>
          <Textarea id="reason" label={t({ th: 'เหตุผล', en: 'Reason' })} value={values['reason'] ?? ''} rows={3} errorMessage={err('reason')} />
          <Button text={t({ th: 'ถอนออก', en: 'Withdraw' })} kind="warning" />
        </form>
      ) : (
        ''
      )}
    </Layout>
  )
}
