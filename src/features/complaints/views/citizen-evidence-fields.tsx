import type { FieldErrors } from '../../../errors.ts'
import { formatFileSize } from '../../../platform/files/index.ts'
import { Checkboxes } from '../../../web/components/choices.tsx'
import { FileInput } from '../../../web/components/file-input.tsx'
import { fieldError } from '../../../web/components/error-summary.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { EVIDENCE_FIELDS, EVIDENCE_MAX_BYTES, type KeptEvidence } from '../complaint-evidence.ts'

/** What a file box accepts, for the browser's file picker (the server checks the content itself). */
const ACCEPT = 'image/png,image/jpeg,image/webp,application/pdf,.pdf,.doc,.docx,.xls,.xlsx'

/**
 * Up to three evidence files, each in its own box (no JavaScript needed). Files kept from a form
 * sent back for correction are listed, ticked, by name and size: unticking one drops it.
 */
export function EvidenceFields(props: { ctx: PageContext; errors: FieldErrors | undefined; kept: readonly KeptEvidence[]; heading: string; headingLevel?: 2 | 4 }) {
  const { ctx } = props
  const t = ctx.t
  const max = formatFileSize(EVIDENCE_MAX_BYTES)
  return (
    <>
      {props.headingLevel === 4 ? (
        <h4 class="heading-s" safe>
          {props.heading}
        </h4>
      ) : (
        <h2 class="heading-m" safe>
          {props.heading}
        </h2>
      )}
      <p class="body" safe>
        {t({
          th: `แนบได้สูงสุด ${EVIDENCE_FIELDS.length} ไฟล์ ไฟล์ละไม่เกิน ${max}: ภาพ (PNG, JPEG, WebP), PDF, Word หรือ Excel`,
          en: `Up to ${EVIDENCE_FIELDS.length} files of at most ${max} each: images (PNG, JPEG, WebP), PDF, Word or Excel`,
        })}
      </p>
      <p class="body" safe>
        {t({
          th: 'ภาพถ่ายจากโทรศัพท์มักบันทึกตำแหน่งที่ถ่าย (GPS) และรุ่นของเครื่องไว้ในไฟล์ หากไม่ต้องการให้ข้อมูลนี้ระบุตัวท่านได้ ให้ปิดการบันทึกตำแหน่งในกล้อง หรือแนบภาพที่จับจากหน้าจอ (screenshot) แทน',
          en: 'Phone photos often record where they were taken (GPS) and the phone model inside the file. If that could identify you, turn off location in the camera, or attach a screenshot of the photo instead.',
        })}
      </p>
      {props.kept.length > 0 ? (
        <Checkboxes
          id="kept"
          label={t({ th: 'ไฟล์ที่แนบไว้แล้ว', en: 'Files already attached' })}
          hint={t({ th: 'ไฟล์เหล่านี้จะส่งไปพร้อมเรื่อง ไม่ต้องเลือกใหม่ หากไม่ต้องการไฟล์ใด ให้เอาเครื่องหมายออก', en: 'These will be sent; you need not choose them again. Untick any you do not want.' })}
          errorMessage={fieldError(ctx, props.errors, 'kept')}
          options={props.kept.map((k) => ({ value: k.reference, text: `${k.name} (${formatFileSize(k.size)})` }))}
          values={props.kept.map((k) => k.reference)}
        />
      ) : (
        ''
      )}
      {EVIDENCE_FIELDS.map((field, i) => (
        <FileInput
          id={field}
          label={t({ th: `ไฟล์หลักฐานที่ ${i + 1}`, en: `Evidence file ${i + 1}` })}
          accept={ACCEPT}
          errorMessage={fieldError(ctx, props.errors, field)}
        />
      ))}
    </>
  )
}
