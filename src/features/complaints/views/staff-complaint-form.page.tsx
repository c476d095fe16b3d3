/**
 * The complaint form as staff fill it in: an officer entering a complaint that came by another
 * channel, or a member of staff using an internal channel. The same fields as the citizen's form
 * (complaint-form.input.ts), with the channel asked only of the officer.
 */
import type { Bilingual } from '../../../platform/i18n/locale.ts'
import type { FieldErrors } from '../../../errors.ts'
import { formatFileSize } from '../../../platform/files/index.ts'
import { Checkboxes, Radios } from '../../../web/components/choices.tsx'
import { fieldError } from '../../../web/components/error-summary.tsx'
import { FileInput } from '../../../web/components/file-input.tsx'
import { TextInput, Textarea } from '../../../web/components/form-fields.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import type { KeptEvidence } from '../complaint-evidence.ts'
import type { ComplaintFormValues } from '../complaint-form.input.ts'
import { CHANNELS, CHANNEL_LABELS, INTERNAL_TOPIC_LABELS, WRONGDOING_LABELS, kindsFor, type Intake, type InternalTopic, type WrongdoingKind } from '../complaint-workflow.domain.ts'

const ACCEPT = 'image/png,image/jpeg,image/webp,application/pdf,.pdf,.doc,.docx,.xls,.xlsx'
const FILE_BOXES = ['evidence1', 'evidence2', 'evidence3'] as const

export type ComplaintFieldsProps = {
  ctx: PageContext
  intake: Intake
  values: ComplaintFormValues
  errors?: FieldErrors | undefined
  kept: readonly KeptEvidence[]
  /** The officer records how the complaint arrived; a reporter on an internal channel is not asked. */
  askChannel: boolean
  /** What "anonymous" means on this form, in plain words. */
  anonymousMeans: Bilingual
  who: 'complainant' | 'reporter'
}

function kindText(intake: Intake, kind: string): Bilingual {
  return intake === 'public' ? WRONGDOING_LABELS[kind as WrongdoingKind] : INTERNAL_TOPIC_LABELS[kind as InternalTopic]
}

export function ComplaintFields(props: ComplaintFieldsProps) {
  const { ctx, values: v, intake } = props
  const t = ctx.t
  const err = (f: string) => fieldError(ctx, props.errors, f)
  const reporter = props.who === 'reporter'
  return (
    <>
      {props.askChannel ? (
        <Radios
          id="channel"
          label={t({ th: 'ได้รับเรื่องทางใด', en: 'How did the complaint arrive?' })}
          options={CHANNELS.filter((c) => c !== 'web').map((c) => ({ value: c, text: t(CHANNEL_LABELS[c]) }))}
          value={v.channel}
          errorMessage={err('channel')}
        />
      ) : (
        ''
      )}
      <h2 class="heading-m" safe>
        {reporter ? t({ th: 'เรื่องที่แจ้ง', en: 'What you report' }) : t({ th: 'เรื่องที่ร้องเรียน', en: 'The complaint' })}
      </h2>
      <Radios
        id="kind"
        label={intake === 'public' ? t({ th: 'ลักษณะของเรื่องที่ร้องเรียน', en: 'What kind of wrongdoing is it?' }) : t({ th: 'หัวข้อของเรื่อง', en: 'Topic' })}
        options={kindsFor(intake).map((k) => ({ value: k, text: t(kindText(intake, k)) }))}
        value={v.kind}
        errorMessage={err('kind')}
      />
      <TextInput
        id="subject"
        label={t({ th: 'ผู้ถูกร้องเรียน (หน่วยงาน ส่วนงาน หรือเจ้าหน้าที่)', en: 'Who is it about? (agency, unit or officer)' })}
        hint={t({ th: 'ชื่อ ตำแหน่ง หรือส่วนงาน เท่าที่ทราบ', en: 'Name, position or unit, as far as known' })}
        value={v.subject}
        errorMessage={err('subject')}
      />
      <Textarea
        id="what_happened"
        label={t({ th: 'ข้อเท็จจริงหรือพฤติการณ์ที่เกิดขึ้น', en: 'What happened' })}
        hint={t({ th: 'เล่าให้ชัดเจนพอที่จะตรวจสอบได้: ใคร ทำอะไร อย่างไร', en: 'Clear enough to check: who did what, and how' })}
        value={v.what_happened}
        errorMessage={err('what_happened')}
        rows={8}
      />
      <TextInput id="happened_when" label={t({ th: 'วันเวลาที่เกิดเหตุ (ถ้าทราบ)', en: 'When it happened (if known)' })} value={v.happened_when} errorMessage={err('happened_when')} />
      <TextInput id="happened_where" label={t({ th: 'สถานที่เกิดเหตุ (ถ้าทราบ)', en: 'Where it happened (if known)' })} value={v.happened_where} errorMessage={err('happened_where')} />
      <Textarea id="request" label={t({ th: 'สิ่งที่ต้องการให้ดำเนินการ (ถ้ามี)', en: 'What is asked for (if anything)' })} value={v.request} errorMessage={err('request')} rows={3} />
      <Textarea
        id="witnesses"
        label={t({ th: 'พยานบุคคล (ถ้ามี)', en: 'Witnesses (if any)' })}
        hint={t({ th: 'ชื่อและช่องทางติดต่อของพยาน เข้ารหัสเก็บไว้เช่นเดียวกับตัวตนของผู้ร้องเรียน', en: 'Names and contacts of witnesses; encrypted like the complainant’s identity' })}
        value={v.witnesses}
        errorMessage={err('witnesses')}
        rows={3}
      />
      <h2 class="heading-m" safe>
        {t({ th: 'หลักฐาน', en: 'Evidence' })}
      </h2>
      <p class="body" safe>
        {t({ th: `แนบได้สูงสุด 3 ไฟล์ ไฟล์ละไม่เกิน ${formatFileSize(10 * 1024 * 1024)}: ภาพ (PNG, JPEG, WebP), PDF, Word หรือ Excel`, en: `Up to 3 files of at most ${formatFileSize(10 * 1024 * 1024)} each: images (PNG, JPEG, WebP), PDF, Word or Excel` })}
      </p>
      {props.kept.length > 0 ? (
        <Checkboxes
          id="kept"
          label={t({ th: 'ไฟล์ที่แนบไว้แล้ว', en: 'Files already attached' })}
          hint={t({ th: 'ไฟล์เหล่านี้จะส่งไปพร้อมเรื่อง ไม่ต้องเลือกใหม่ หากไม่ต้องการไฟล์ใด ให้เอาเครื่องหมายออก', en: 'These will be sent; no need to choose them again. Untick any you do not want.' })}
          options={props.kept.map((k) => ({ value: k.reference, text: `${k.name} (${formatFileSize(k.size)})` }))}
          values={props.kept.map((k) => k.reference)}
        />
      ) : (
        ''
      )}
      {FILE_BOXES.map((f, i) => (
        <FileInput id={f} label={t({ th: `ไฟล์หลักฐานที่ ${i + 1}`, en: `Evidence file ${i + 1}` })} accept={ACCEPT} errorMessage={err(f)} />
      ))}
      <h2 class="heading-m" safe>
        {reporter ? t({ th: 'ตัวตนของผู้แจ้ง', en: 'Who is reporting' }) : t({ th: 'ผู้ร้องเรียน', en: 'The complainant' })}
      </h2>
      <p class="body" safe>
        {t(props.anonymousMeans)}
      </p>
      <Radios
        id="identity"
        label={reporter ? t({ th: 'ท่านต้องการแจ้งชื่อหรือไม่', en: 'Do you want to give your name?' }) : t({ th: 'ผู้ร้องเรียนแจ้งชื่อหรือไม่', en: 'Did the complainant give their name?' })}
        options={[
          { value: 'named', text: t({ th: 'แจ้งชื่อและช่องทางติดต่อ', en: 'Named, with contacts' }) },
          { value: 'anonymous', text: t({ th: 'ไม่ประสงค์ออกนาม', en: 'Anonymous' }) },
        ]}
        value={v.identity}
        errorMessage={err('identity')}
      />
      <TextInput id="name" label={t({ th: 'ชื่อ-นามสกุล (เมื่อแจ้งชื่อ)', en: 'Full name (if named)' })} value={v.name} errorMessage={err('name')} autocomplete="off" />
      <Textarea id="address" label={t({ th: 'ที่อยู่ (ถ้ามี)', en: 'Address (if any)' })} value={v.address} errorMessage={err('address')} rows={2} />
      <TextInput id="phone" type="tel" label={t({ th: 'โทรศัพท์ (ถ้ามี)', en: 'Phone (if any)' })} value={v.phone} errorMessage={err('phone')} autocomplete="off" />
      <TextInput id="email" type="email" label={t({ th: 'อีเมล (ถ้ามี)', en: 'E-mail (if any)' })} value={v.email} errorMessage={err('email')} autocomplete="off" spellcheck={false} />
      <Checkboxes
        id="email_updates"
        label={t({ th: 'แจ้งความคืบหน้าทางอีเมล', en: 'Updates by e-mail' })}
        options={[{ value: 'yes', text: reporter ? t({ th: 'ส่งอีเมลแจ้งเมื่อเรื่องมีความคืบหน้า', en: 'E-mail me when there is progress' }) : t({ th: 'ผู้ร้องเรียนขอรับอีเมลแจ้งความคืบหน้า', en: 'The complainant wants e-mail updates' }) }]}
        values={v.email_updates === 'yes' ? ['yes'] : []}
        errorMessage={err('email_updates')}
      />
    </>
  )
}
