import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, Table, Tag } from '../../../web/components/display.tsx'
import { fieldError } from '../../../web/components/error-summary.tsx'
import { Radios } from '../../../web/components/choices.tsx'
import { FileInput } from '../../../web/components/file-input.tsx'
import { Select, Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { formatFileSize } from '../../../platform/files/index.ts'
import { todayInBangkok } from '../../../platform/thai-calendar/index.ts'
import type { FieldErrors } from '../../../errors.ts'
import { CONDITIONS } from '../property.domain.ts'
import type { Item } from '../property.repository.ts'
import { DISPOSAL_METHODS, EVENTS, FILE_KINDS, MOVEMENT_KINDS, MOVEMENT_STATUSES } from '../property-lifecycle.domain.ts'
import type { ItemEvent, Movement } from '../property-lifecycle.repository.ts'
import type { lifecycleOf } from '../property-lifecycle.use-cases.ts'

export type Lifecycle = Awaited<ReturnType<typeof lifecycleOf>>
type State = { form: string; values: Record<string, string>; errors: FieldErrors }

function movementText(ctx: PageContext, m: Movement): string {
  if (m.kind === 'disposal') return `${MOVEMENT_KINDS.disposal[ctx.locale]}: ${m.method ? DISPOSAL_METHODS[m.method][ctx.locale] : ''}`
  return `${MOVEMENT_KINDS.transfer[ctx.locale]}: ${m.toLocation ?? ''}${m.toCustodian ? ` · ${m.toCustodian}` : ''}`
}

function eventText(ctx: PageContext, e: ItemEvent): string {
  const d = e.detail as Record<string, string | null | undefined>
  const parts: string[] = [EVENTS[e.event][ctx.locale]]
  if (e.event === 'transferred') parts.push(`${d.from_location ?? ''} → ${d.to_location ?? ''}${d.to_custodian ? ` (${d.to_custodian})` : ''}`)
  if (e.event === 'disposed' && d.method && Object.hasOwn(DISPOSAL_METHODS, d.method)) parts.push(DISPOSAL_METHODS[d.method as keyof typeof DISPOSAL_METHODS][ctx.locale])
  if ((e.event === 'condition' || e.event === 'counted') && d.condition && Object.hasOwn(CONDITIONS, d.condition)) parts.push(CONDITIONS[d.condition as keyof typeof CONDITIONS][ctx.locale])
  if (e.event === 'condition' && d.to && Object.hasOwn(CONDITIONS, d.to)) parts.push(CONDITIONS[d.to as keyof typeof CONDITIONS][ctx.locale])
  if (e.event === 'counted' && d.found === (false as never)) parts.push(ctx.t({ th: 'ไม่พบ', en: 'not found' }))
  if (d.reason) parts.push(d.reason)
  if (d.note) parts.push(d.note)
  if (d.label) parts.push(d.label)
  return parts.join(' · ')
}

/** Photos and documents, transfers and disposal, and the item's history, under its record. */
export function ItemLifecycle({ ctx, item, life, manages, isHead, me, state }: { ctx: PageContext; item: Item; life: Lifecycle; manages: boolean; isHead: boolean; me: string; state?: State | undefined }) {
  const t = ctx.t
  const photos = life.files.filter((f) => f.kind === 'photo')
  const documents = life.files.filter((f) => f.kind === 'document')
  const fileState = state?.form === 'file' ? state : undefined
  const moveState = state?.form === 'movement' ? state : undefined
  const mv = moveState?.values ?? {}
  const open = life.open
  const decideState = open && state?.form === open.id ? state : undefined
  const active = item.status !== 'disposed'
  return (
    <div>
      <h2 class="heading-l" safe>
        {t({ th: 'ภาพถ่ายและเอกสาร', en: 'Photos and documents' })}
      </h2>
      {photos.length ? (
        <ul class="list property-photos">
          {photos.map((f) => (
            <li>
              <a href={`/staff/property/files/${f.id}`}>
                <img src={`/staff/property/files/${f.id}`} alt={f.label} width="200" loading="lazy" />
              </a>
              <p class="hint" safe>
                {f.label}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        ''
      )}
      {documents.length ? (
        <ul class="list list--bullet">
          {documents.map((f) => (
            <li>
              <a href={`/staff/property/files/${f.id}`} safe>
                {f.label}
              </a>{' '}
              <span class="hint" safe>{`(${formatFileSize(f.size)})`}</span>
            </li>
          ))}
        </ul>
      ) : (
        ''
      )}
      {!photos.length && !documents.length ? (
        <p class="body" safe>
          {t({ th: 'ยังไม่มีภาพถ่ายหรือเอกสาร', en: 'No photos or documents yet.' })}
        </p>
      ) : (
        ''
      )}
      {manages && active ? (
        <form method="post" action={`/staff/property/${item.id}/files`} enctype="multipart/form-data" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <Radios id="file_kind" inline label={t({ th: 'ประเภทไฟล์', en: 'Kind of file' })} options={Object.entries(FILE_KINDS).map(([value, l]) => ({ value, text: l[ctx.locale] }))} value={fileState?.values.file_kind} errorMessage={fieldError(ctx, fileState?.errors, 'file_kind')} />
          <TextInput id="label" label={t({ th: 'คำอธิบาย เช่น ใบส่งของ ภาพด้านหน้า', en: 'Description, e.g. delivery note, front view' })} value={fileState?.values.label} errorMessage={fieldError(ctx, fileState?.errors, 'label')} />
          <FileInput id="file" label={t({ th: 'ไฟล์ (ภาพ, PDF, Word หรือ Excel)', en: 'File (image, PDF, Word or Excel)' })} accept="image/*,.pdf,.doc,.docx,.xls,.xlsx" errorMessage={fieldError(ctx, fileState?.errors, 'file')} />
          <Button text={t({ th: 'แนบไฟล์', en: 'Attach' })} kind="secondary" />
        </form>
      ) : (
        ''
      )}

      <h2 class="heading-l" safe>
        {t({ th: 'การโอนย้ายและการจำหน่าย', en: 'Transfers and disposal' })}
      </h2>
      {life.movements.length === 0 ? (
        <p class="body" safe>
          {t({ th: 'ยังไม่มีคำขอ', en: 'No requests.' })}
        </p>
      ) : (
        life.movements.map((m) => (
          <div class="inset-text" id={`m-${m.id}`}>
            <p class="body">
              <strong safe>{movementText(ctx, m)}</strong> <Tag text={MOVEMENT_STATUSES[m.status][ctx.locale]} colour={m.status === 'approved' ? 'green' : m.status === 'requested' ? 'yellow' : 'grey'} />
            </p>
            <p class="hint" safe>{`${m.requester}: ${m.reason}`}</p>
            {m.decidedByLabel ? <p class="hint" safe>{`${m.decidedByLabel}: ${m.decisionNote ?? ''}`}</p> : ''}
            {m.status === 'requested' && (isHead || m.requestedBy === me) ? (
              <form method="post" action={`/staff/property/movements/${m.id}/decide`} novalidate>
                <CsrfField token={ctx.csrfToken} />
                <TextInput id={`note-${m.id}`} name="note" label={t({ th: 'หมายเหตุ (จำเป็นเมื่อไม่อนุมัติ)', en: 'Note (needed to reject)' })} value={decideState?.values.note} errorMessage={fieldError(ctx, decideState?.errors, `note-${m.id}`)} />
                {isHead ? <Button text={t({ th: 'อนุมัติ', en: 'Approve' })} name="step" value="approve" /> : ''} {isHead ? <Button text={t({ th: 'ไม่อนุมัติ', en: 'Reject' })} kind="warning" name="step" value="reject" /> : ''}{' '}
                <Button text={t({ th: 'ยกเลิกคำขอ', en: 'Cancel the request' })} kind="secondary" name="step" value="cancel" />
              </form>
            ) : (
              ''
            )}
          </div>
        ))
      )}
      {manages && active && !open ? (
        <form method="post" action={`/staff/property/${item.id}/movements`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <h3 class="heading-m" safe>
            {t({ th: 'ขอโอนย้ายหรือจำหน่าย (หัวหน้าส่วนราชการอนุมัติ)', en: 'Ask to transfer or dispose of it (the head approves)' })}
          </h3>
          <Radios id="kind" label={t({ th: 'คำขอ', en: 'Request' })} options={Object.entries(MOVEMENT_KINDS).map(([value, l]) => ({ value, text: l[ctx.locale] }))} value={mv.kind} errorMessage={fieldError(ctx, moveState?.errors, 'kind')} />
          <TextInput id="to_location" label={t({ th: 'ที่ตั้งใหม่ (เมื่อโอนย้าย)', en: 'New location (transfer)' })} value={mv.to_location} errorMessage={fieldError(ctx, moveState?.errors, 'to_location')} />
          <Select id="to_custodian_id" label={t({ th: 'ผู้รับผิดชอบใหม่ (เมื่อโอนย้าย ไม่เลือก = คนเดิม)', en: 'New custodian (transfer; none = unchanged)' })} options={life.staff.map((s) => ({ value: s.id, text: s.name }))} value={mv.to_custodian_id} emptyText={t({ th: 'คนเดิม', en: 'Unchanged' })} errorMessage={fieldError(ctx, moveState?.errors, 'to_custodian_id')} />
          <Select id="method" label={t({ th: 'วิธีจำหน่าย (เมื่อจำหน่าย)', en: 'How (disposal)' })} options={Object.entries(DISPOSAL_METHODS).map(([value, l]) => ({ value, text: l[ctx.locale] }))} value={mv.method} emptyText={t({ th: 'เลือก', en: 'Choose' })} errorMessage={fieldError(ctx, moveState?.errors, 'method')} />
          <Textarea id="reason" rows={2} label={t({ th: 'เหตุผล', en: 'Reason' })} value={mv.reason} errorMessage={fieldError(ctx, moveState?.errors, 'reason')} />
          <Button text={t({ th: 'ส่งคำขอ', en: 'Send the request' })} />
        </form>
      ) : (
        ''
      )}

      <Table
        caption={t({ th: 'ประวัติของทรัพย์สิน', en: 'History of the item' })}
        columns={[
          { header: t({ th: 'วันที่', en: 'Date' }), cell: (e: ItemEvent) => <span safe>{formatDay(todayInBangkok(e.at), ctx.locale)}</span> },
          { header: t({ th: 'รายการ', en: 'What' }), cell: (e: ItemEvent) => <span safe>{eventText(ctx, e)}</span> },
          { header: t({ th: 'โดย', en: 'By' }), cell: (e: ItemEvent) => <span safe>{e.byLabel}</span> },
        ]}
        rows={life.events}
        empty={t({ th: 'ยังไม่มีประวัติ', en: 'No history yet' })}
      />
    </div>
  )
}
