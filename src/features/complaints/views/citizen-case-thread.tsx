import type { FieldErrors } from '../../../errors.ts'
import { formatFileSize } from '../../../platform/files/index.ts'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { fieldError } from '../../../web/components/error-summary.tsx'
import { Textarea } from '../../../web/components/form-fields.tsx'
import { formatInstant } from '../../../web/format-time.ts'
import type { PageContext } from '../../../web/page-context.ts'
import type { KeptEvidence } from '../complaint-evidence.ts'
import type { AttachmentSummary } from '../complaint-keys.ts'
import type { ComplainantCase } from '../complaint-intake.use-cases.ts'
import { EvidenceFields } from './citizen-evidence-fields.tsx'

/** Text as typed, one paragraph per line, each escaped. */
export function Paragraphs({ text }: { text: string }) {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '')
  return (
    <>
      {lines.map((l) => (
        <p class="body" safe>
          {l}
        </p>
      ))}
    </>
  )
}

export function AttachmentLinks({ ctx, files }: { ctx: PageContext; files: readonly AttachmentSummary[] }) {
  if (files.length === 0) return ''
  return (
    <ul class="list list--bullet">
      {files.map((f) => (
        <li>
          <a href={`/complaints/case/attachments/${f.id}`} safe>
            {f.name}
          </a>{' '}
          <span class="hint" safe>
            ({formatFileSize(f.size)}, {ctx.t({ th: 'ดาวน์โหลด', en: 'download' })})
          </span>
        </li>
      ))}
    </ul>
  )
}

/** The messages between the agency and the complainant (internal notes never reach this view), and the reply form. */
export function CaseThread(props: { ctx: PageContext; c: ComplainantCase; body: string; errors?: FieldErrors | undefined; kept: readonly KeptEvidence[] }) {
  const { ctx, c } = props
  const t = ctx.t
  const closed = c.status === 'closed'
  return (
    <>
      <h2 class="heading-l" id="messages" safe>
        {t({ th: 'ข้อความ', en: 'Messages' })}
      </h2>
      {c.messages.length === 0 ? (
        <p class="body" safe>
          {t({ th: 'ยังไม่มีข้อความ หน่วยงานอาจส่งข้อความมาที่นี่เพื่อขอข้อมูลเพิ่มเติม โปรดกลับมาตรวจดูเป็นระยะ', en: 'No messages yet. The agency may write here to ask for more information, so check back from time to time.' })}
        </p>
      ) : (
        <ol class="list">
          {c.messages.map((m) => (
            <li>
              <h3 class="heading-s">
                <span safe>{m.from === 'agency' ? t({ th: 'จากหน่วยงาน', en: 'From the agency' }) : t({ th: 'จากท่าน', en: 'From you' })}</span>{' '}
                <span class="hint" safe>
                  {formatInstant(m.at, ctx.locale)}
                </span>
              </h3>
              <Paragraphs text={m.body} />
              <AttachmentLinks ctx={ctx} files={m.attachments} />
            </li>
          ))}
        </ol>
      )}
      {closed ? (
        <p class="body" safe>
          {t({ th: 'เรื่องนี้ยุติแล้ว ส่งข้อความเพิ่มไม่ได้ หากมีข้อเท็จจริงใหม่ โปรดยื่นเรื่องใหม่', en: 'This complaint is closed, so no more messages can be sent. If you have new facts, please make a new complaint.' })}
        </p>
      ) : (
        <form method="post" action="/complaints/case/messages" enctype="multipart/form-data" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <h3 class="heading-m" safe>
            {t({ th: 'ตอบกลับหรือส่งข้อมูลเพิ่มเติม', en: 'Reply or add information' })}
          </h3>
          <Textarea id="body" label={t({ th: 'ข้อความถึงหน่วยงาน', en: 'Your message to the agency' })} rows={5} value={props.body} errorMessage={fieldError(ctx, props.errors, 'body')} />
          <EvidenceFields ctx={ctx} errors={props.errors} kept={props.kept} heading={t({ th: 'แนบหลักฐานเพิ่ม (ถ้ามี)', en: 'Add evidence (if any)' })} headingLevel={4} />
          <Button text={t({ th: 'ส่งข้อความ', en: 'Send the message' })} />
        </form>
      )}
    </>
  )
}
