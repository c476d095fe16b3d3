import type { FieldErrors } from '../../../errors.ts'
import { Checkboxes, Radios } from '../../../web/components/choices.tsx'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { TextInput, Textarea } from '../../../web/components/form-fields.tsx'
import { aboutAgency } from '../../../web/meta-description.ts'
import { Layout } from '../../../web/layout.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import type { KeptEvidence } from '../complaint-evidence.ts'
import type { ComplaintFormValues } from '../complaint-form.input.ts'
import { WRONGDOING_KINDS, WRONGDOING_LABELS } from '../complaint-workflow.domain.ts'
import { EvidenceFields } from './citizen-evidence-fields.tsx'

export type AgencyName = { slug: string; name_th: string; name_en: string }

/** The public complaint form (002 m5 §2.1): what happened, evidence, and who is complaining, if anyone. */
export function CitizenFormPage(props: { ctx: PageContext; agency: AgencyName; values: ComplaintFormValues; errors?: FieldErrors | undefined; kept: readonly KeptEvidence[] }) {
  const { ctx, values: v, errors } = props
  const t = ctx.t
  const err = (f: string) => fieldError(ctx, errors, f)
  const name = orgName(props.agency, ctx.locale)
  const title = t({ th: 'ยื่นเรื่องร้องเรียน', en: 'Make a complaint' })
  return (
    <Layout
      ctx={ctx}
      title={errors ? `${t({ th: 'ข้อผิดพลาด', en: 'Error' })}: ${title}` : title}
      description={aboutAgency(props.agency, { th: 'ยื่นเรื่องร้องเรียนหรือแจ้งเบาะแสต่อ{org} ทางออนไลน์ จะระบุตัวตนหรือไม่ก็ได้', en: 'Make a complaint to {org} online, with or without giving your name.' })}
    >
      <ErrorSummary ctx={ctx} errors={errors} />
      <span class="caption-l" safe>
        {name}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body" safe>
        {t({
          th: 'กรอกเท่าที่ท่านทราบ ช่องที่ไม่ได้ระบุว่า “ถ้ามี” หรือ “ถ้าทราบ” ต้องกรอก หลังส่งเรื่อง ท่านจะได้รับรหัสติดตามเรื่องซึ่งแสดงเพียงครั้งเดียว',
          en: 'Fill in what you know; fields not marked “if any” or “if known” are required. After you submit you get a receipt, shown only once, to follow the complaint.',
        })}
      </p>
      <p class="body">
        <a href={`/o/${props.agency.slug}/complaints`} safe>
          {t({ th: 'ขั้นตอน ระยะเวลา และความหมายของการไม่ประสงค์ออกนาม', en: 'Steps, time frames, and what anonymous means' })}
        </a>
      </p>
      <form method="post" action={`/o/${props.agency.slug}/complaints/new`} enctype="multipart/form-data" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="submission" value={v.submission} />
        <h2 class="heading-m" safe>
          {t({ th: 'เรื่องที่ร้องเรียน', en: 'The complaint' })}
        </h2>
        <Radios
          id="kind"
          label={t({ th: 'ลักษณะของเรื่องที่ร้องเรียน', en: 'What kind of wrongdoing is it?' })}
          options={WRONGDOING_KINDS.map((k) => ({ value: k, text: t(WRONGDOING_LABELS[k]) }))}
          value={v.kind}
          errorMessage={err('kind')}
        />
        <TextInput
          id="subject"
          label={t({ th: 'ผู้ถูกร้องเรียน (หน่วยงาน ส่วนงาน หรือเจ้าหน้าที่)', en: 'Who is it about? (agency, unit or officer)' })}
          hint={t({ th: 'ชื่อ ตำแหน่ง หรือส่วนงาน เท่าที่ทราบ', en: 'Name, position or unit, as far as you know' })}
          value={v.subject}
          errorMessage={err('subject')}
        />
        <Textarea
          id="what_happened"
          label={t({ th: 'ข้อเท็จจริงหรือพฤติการณ์ที่เกิดขึ้น', en: 'What happened?' })}
          hint={t({ th: 'เล่าตามลำดับเหตุการณ์ ใครทำอะไร อย่างไร', en: 'In the order it happened: who did what, and how' })}
          rows={8}
          value={v.what_happened}
          errorMessage={err('what_happened')}
        />
        <TextInput
          id="happened_when"
          label={t({ th: 'เกิดขึ้นเมื่อใด (ถ้าทราบ)', en: 'When did it happen? (if known)' })}
          hint={t({ th: 'เช่น 15 ตุลาคม 2569 ช่วงบ่าย หรือ ต้นเดือนตุลาคม 2569', en: 'For example 15 October 2569 BE in the afternoon, or early October 2569 BE' })}
          value={v.happened_when}
          errorMessage={err('happened_when')}
        />
        <TextInput id="happened_where" label={t({ th: 'สถานที่เกิดเหตุ (ถ้าทราบ)', en: 'Where did it happen? (if known)' })} value={v.happened_where} errorMessage={err('happened_where')} />
        <Textarea
          id="request"
          label={t({ th: 'สิ่งที่ท่านต้องการให้หน่วยงานดำเนินการ (ถ้ามี)', en: 'What do you ask the agency to do? (if anything)' })}
          rows={3}
          value={v.request}
          errorMessage={err('request')}
        />
        <Textarea
          id="witnesses"
          label={t({ th: 'พยานบุคคล (ถ้ามี)', en: 'Witnesses (if any)' })}
          hint={t({ th: 'ชื่อของผู้ที่รู้เห็นเหตุการณ์ และวิธีติดต่อ (ถ้าทราบ)', en: 'Names of people who saw or know of it, and how to reach them if you know' })}
          rows={3}
          value={v.witnesses}
          errorMessage={err('witnesses')}
        />

        <EvidenceFields ctx={ctx} errors={errors} kept={props.kept} heading={t({ th: 'พยานหลักฐาน (ถ้ามี)', en: 'Evidence (if any)' })} />

        <h2 class="heading-m" safe>
          {t({ th: 'ผู้ร้องเรียน', en: 'About you' })}
        </h2>
        <Radios
          id="identity"
          label={t({ th: 'ท่านต้องการแจ้งชื่อหรือไม่', en: 'Do you want to give your name?' })}
          options={[
            {
              value: 'named',
              text: t({ th: 'แจ้งชื่อและช่องทางติดต่อ', en: 'Give my name and contacts' }),
              hint: t({
                th: 'ชื่อและช่องทางติดต่อถูกเข้ารหัส เฉพาะเจ้าหน้าที่รับเรื่องร้องเรียนของหน่วยงานเปิดดูได้ และทุกครั้งที่เปิดดูจะถูกบันทึกไว้',
                en: 'Encrypted; only the agency’s complaint officers can open them, and every opening is recorded',
              }),
            },
            {
              value: 'anonymous',
              text: t({ th: 'ไม่ประสงค์ออกนาม', en: 'Stay anonymous' }),
              hint: t({
                th: 'หน่วยงานจะไม่ทราบชื่อของท่าน ติดตามเรื่องได้ด้วยรหัสติดตามเรื่องเท่านั้น และจะรับพิจารณาเมื่อมีพยานหลักฐานหรือพยานบุคคลชัดแจ้ง',
                en: 'The agency never learns who you are; you follow up only with the receipt; taken up only with clear evidence or named witnesses',
              }),
            },
          ]}
          value={v.identity}
          errorMessage={err('identity')}
        />
        <h3 class="heading-s" safe>
          {t({ th: 'หากแจ้งชื่อ', en: 'If you give your name' })}
        </h3>
        <p class="body hint" safe>
          {t({
            th: 'หากเลือกไม่ประสงค์ออกนาม ไม่ต้องกรอกส่วนนี้ สิ่งที่กรอกไว้จะไม่ถูกบันทึก',
            en: 'Leave this part empty if you stay anonymous; anything typed here is then discarded.',
          })}
        </p>
        <TextInput id="name" label={t({ th: 'ชื่อ-นามสกุล', en: 'Full name' })} autocomplete="name" value={v.name} errorMessage={err('name')} />
        <Textarea
          id="address"
          label={t({ th: 'ที่อยู่ที่ติดต่อได้', en: 'Address' })}
          hint={t({ th: 'กรอกที่อยู่ โทรศัพท์ หรืออีเมล อย่างน้อยหนึ่งช่องทาง', en: 'Give at least one of address, phone or e-mail' })}
          rows={3}
          value={v.address}
          errorMessage={err('address')}
        />
        <TextInput id="phone" type="tel" autocomplete="tel" width="20" label={t({ th: 'หมายเลขโทรศัพท์', en: 'Phone number' })} value={v.phone} errorMessage={err('phone')} />
        <TextInput id="email" type="email" autocomplete="email" spellcheck={false} label={t({ th: 'อีเมล', en: 'E-mail' })} value={v.email} errorMessage={err('email')} />
        <Checkboxes
          id="email_updates"
          label={t({ th: 'การแจ้งความคืบหน้า', en: 'Updates' })}
          options={[{ value: 'yes', text: t({ th: 'ส่งอีเมลถึงฉันเมื่อเรื่องมีความคืบหน้า', en: 'E-mail me when there is progress' }), hint: t({ th: 'อีเมลบอกเพียงเลขที่เรื่องและว่ามีความคืบหน้า ไม่มีรายละเอียดของเรื่อง', en: 'The e-mail gives only the reference and says there is news, with no details of the complaint' }) }]}
          values={v.email_updates === 'yes' ? ['yes'] : []}
          errorMessage={err('email_updates')}
        />
        <Button text={t({ th: 'ส่งเรื่องร้องเรียน', en: 'Submit the complaint' })} />
      </form>
    </Layout>
  )
}
