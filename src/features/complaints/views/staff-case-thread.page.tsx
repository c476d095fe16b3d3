/**
 * What only a holder of the complaint's key sees: the evidence, the thread of messages with the
 * complainant and the internal notes (set apart, since the complainant never sees them), and the
 * forms to add to it.
 */
import type { FieldErrors } from '../../../errors.ts'
import { formatFileSize } from '../../../platform/files/index.ts'
import { Checkboxes } from '../../../web/components/choices.tsx'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { fieldError } from '../../../web/components/error-summary.tsx'
import { FileInput } from '../../../web/components/file-input.tsx'
import { Textarea } from '../../../web/components/form-fields.tsx'
import { formatInstant } from '../../../web/format-time.ts'
import type { PageContext } from '../../../web/page-context.ts'
import type { KeptEvidence } from '../complaint-evidence.ts'
import type { CaseDetail } from '../complaint-handling.use-cases.ts'
import type { AttachmentSummary } from '../complaint-keys.ts'

export type MessageForm = { field: 'message' | 'note'; value: string; errors: FieldErrors; kept: readonly KeptEvidence[] }

const FILE_BOXES = ['evidence1', 'evidence2', 'evidence3'] as const
const ACCEPT = 'image/png,image/jpeg,image/webp,application/pdf,.pdf,.doc,.docx,.xls,.xlsx'

function Attachments({ complaintId, files }: { complaintId: string; files: AttachmentSummary[] }) {
  if (files.length === 0) return ''
  return (
    <ul class="list">
      {files.map((f) => (
        <li>
          <a href={`/staff/complaints/${complaintId}/attachments/${f.id}`} download={f.name} safe>
            {f.name}
          </a>{' '}
          <span class="hint" safe>
            {`(${formatFileSize(f.size)})`}
          </span>
        </li>
      ))}
    </ul>
  )
}

export function EvidenceList({ ctx, detail }: { ctx: PageContext; detail: CaseDetail }) {
  const t = ctx.t
  return (
    <section class="case-section" aria-labelledby="evidence-heading">
      <h2 class="heading-l" id="evidence-heading" safe>
        {t({ th: 'หลักฐานที่แนบมากับเรื่อง', en: 'Evidence filed with the complaint' })}
      </h2>
      {detail.evidence.length === 0 ? (
        <p class="body" safe>
          {t({ th: 'ไม่มีไฟล์หลักฐานที่แนบมาพร้อมเรื่อง', en: 'No evidence files came with the complaint.' })}
        </p>
      ) : (
        <Attachments complaintId={detail.complaint.id} files={detail.evidence} />
      )}
    </section>
  )
}

function authorLine(ctx: PageContext, m: CaseDetail['messages'][number]): string {
  const t = ctx.t
  if (m.author === 'complainant') return t({ th: 'จากผู้ร้องเรียน', en: 'From the complainant' })
  if (m.author === 'note') return t({ th: `บันทึกภายใน โดย ${m.authorName ?? '–'} (ผู้ร้องเรียนไม่เห็น)`, en: `Internal note by ${m.authorName ?? '–'} (not shown to the complainant)` })
  return t({ th: `ถึงผู้ร้องเรียน จาก ${m.authorName ?? '–'}`, en: `To the complainant, from ${m.authorName ?? '–'}` })
}

export function Thread(props: { ctx: PageContext; detail: CaseDetail; form?: MessageForm | undefined }) {
  const { ctx, detail } = props
  const t = ctx.t
  const c = detail.complaint
  const messageForm = props.form?.field === 'message' ? props.form : undefined
  const noteForm = props.form?.field === 'note' ? props.form : undefined
  return (
    <section class="case-section" aria-labelledby="thread-heading">
      <h2 class="heading-l" id="thread-heading" safe>
        {t({ th: 'ข้อความและบันทึกภายใน', en: 'Messages and internal notes' })}
      </h2>
      {detail.messages.length === 0 ? (
        <p class="body" safe>
          {t({ th: 'ยังไม่มีข้อความหรือบันทึก', en: 'No messages or notes yet.' })}
        </p>
      ) : (
        <ol class="thread">
          {detail.messages.map((m) => (
            <li class={`thread__item thread__item--${m.author}`}>
              <p class="thread__meta">
                <strong safe>{authorLine(ctx, m)}</strong> <span safe>{formatInstant(m.at, ctx.locale)}</span>
              </p>
              <p class="thread__body" safe>
                {m.body}
              </p>
              <Attachments complaintId={c.id} files={m.attachments} />
            </li>
          ))}
        </ol>
      )}
      {c.status === 'closed' ? (
        <p class="body" safe>
          {t({ th: 'เรื่องนี้ยุติแล้ว ส่งข้อความถึงผู้ร้องเรียนไม่ได้อีก แต่ยังบันทึกภายในได้', en: 'This complaint is closed: no more messages to the complainant, but notes can still be added.' })}
        </p>
      ) : (
        <form method="post" action={`/staff/complaints/${c.id}/messages`} enctype="multipart/form-data" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <Textarea
            id="message"
            label={t({ th: 'ข้อความถึงผู้ร้องเรียน', en: 'Message to the complainant' })}
            hint={t({ th: 'ผู้ร้องเรียนอ่านได้เมื่อติดตามเรื่องด้วยรหัส และได้รับอีเมลแจ้งหากขอไว้', en: 'The complainant reads it with their receipt, and gets an e-mail if they asked for updates' })}
            value={messageForm?.value}
            errorMessage={fieldError(ctx, messageForm?.errors, 'message')}
            rows={4}
          />
          {messageForm && messageForm.kept.length > 0 ? (
            <Checkboxes
              id="kept"
              label={t({ th: 'ไฟล์ที่แนบไว้แล้ว', en: 'Files already attached' })}
              hint={t({ th: 'เอาเครื่องหมายออกหากไม่ต้องการส่งไฟล์ใด', en: 'Untick any you do not want to send' })}
              options={messageForm.kept.map((k) => ({ value: k.reference, text: `${k.name} (${formatFileSize(k.size)})` }))}
              values={messageForm.kept.map((k) => k.reference)}
            />
          ) : (
            ''
          )}
          <details class="details" open={!!messageForm && FILE_BOXES.some((f) => messageForm.errors[f])}>
            <summary safe>{t({ th: 'แนบไฟล์ (ไม่เกิน 3 ไฟล์)', en: 'Attach files (up to 3)' })}</summary>
            {FILE_BOXES.map((f, i) => (
              <FileInput id={f} label={t({ th: `ไฟล์ที่ ${i + 1}`, en: `File ${i + 1}` })} accept={ACCEPT} errorMessage={fieldError(ctx, messageForm?.errors, f)} />
            ))}
          </details>
          <Button text={t({ th: 'ส่งข้อความถึงผู้ร้องเรียน', en: 'Send to the complainant' })} />
        </form>
      )}
      <form method="post" action={`/staff/complaints/${c.id}/notes`} class="thread__note-form" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <Textarea
          id="note"
          label={t({ th: 'บันทึกภายใน', en: 'Internal note' })}
          hint={t({ th: 'เห็นเฉพาะเจ้าหน้าที่ผู้รับผิดชอบ ผู้ร้องเรียนไม่เห็น', en: 'Seen only by the handling officers, never by the complainant' })}
          value={noteForm?.value}
          errorMessage={fieldError(ctx, noteForm?.errors, 'note')}
          rows={3}
        />
        <Button text={t({ th: 'บันทึก', en: 'Add note' })} kind="secondary" />
      </form>
    </section>
  )
}
