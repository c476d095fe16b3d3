import type { FieldErrors } from '../../errors.ts'
import type { AnswerValue, Answers, FormDefinition, FormItem, FormSection } from '../../platform/forms/index.ts'
import { answerText, fieldName } from '../../platform/forms/index.ts'
import type { PageContext } from '../page-context.ts'
import { Checkboxes, Fieldset, Radios } from './choices.tsx'
import { DateInput } from './date-input.tsx'
import { fieldError } from './error-summary.tsx'
import { TextInput, Textarea } from './form-fields.tsx'
import { FileInput } from './file-input.tsx'

/**
 * The controls of a form-engine definition, GOV.UK style, working without JavaScript. Field
 * names follow platform/forms/form-fields.ts so readAnswers can take the post back.
 * `readOnly` shows the answers as text (a head signing, a reviewer) with `itemExtra` beside each.
 */
export type FormFieldsProps = {
  ctx: PageContext
  def: FormDefinition
  answers: Answers
  errors?: FieldErrors | undefined
  readOnly?: boolean
  /** Per item: where a pre-filled answer came from, a link check, a reviewer's control. */
  itemExtra?: (item: FormItem) => JSX.Element | string
  /** Where stored files can be opened, by file id. */
  fileHref?: (fileId: string) => string
}

const numbered = (item: FormItem, ctx: PageContext) => (item.number ? `${item.number} ${ctx.t(item.title)}` : ctx.t(item.title))

export function FormEngineFields(p: FormFieldsProps) {
  return (
    <>
      {p.def.sections.map((s) => (
        <FormEngineSection {...p} section={s} />
      ))}
    </>
  )
}

function FormEngineSection(p: FormFieldsProps & { section: FormSection }) {
  const { ctx, section } = p
  return (
    <section class="form-section" aria-labelledby={`section-${section.id}`}>
      <h2 class="heading-m" id={`section-${section.id}`} safe>
        {section.number ? `${section.number}. ${ctx.t(section.title)}` : ctx.t(section.title)}
      </h2>
      {section.items.map((item) => (
        <ItemBlock {...p} item={item} />
      ))}
    </section>
  )
}

function ItemBlock(p: FormFieldsProps & { item: FormItem }) {
  const { item, ctx } = p
  if (item.type === 'group') {
    return (
      <div class="form-item-group">
        <p class="body" safe>
          {numbered(item, ctx)}
        </p>
        <div class="inset-text">
          {(item.subItems ?? []).map((sub) => (
            <ItemBlock {...p} item={sub} />
          ))}
        </div>
        {p.itemExtra ? p.itemExtra(item) : ''}
      </div>
    )
  }
  const value = p.answers[item.id]
  return (
    <div class="form-item" id={`item-${item.id}`}>
      {p.readOnly ? <ReadOnlyItem ctx={ctx} item={item} value={value} fileHref={p.fileHref} /> : <ItemControl {...p} item={item} value={value} />}
      {p.itemExtra ? p.itemExtra(item) : ''}
    </div>
  )
}

function ReadOnlyItem({ ctx, item, value, fileHref }: { ctx: PageContext; item: FormItem; value: AnswerValue | undefined; fileHref?: ((id: string) => string) | undefined }) {
  return (
    <div class="form-answer">
      <p class="body">
        <strong safe>{numbered(item, ctx)}</strong>
      </p>
      {value?.type === 'files' && value.files.length ? (
        <ul class="list">
          {value.files.map((f) => (
            <li>
              {fileHref ? (
                <a href={fileHref(f.fileId)} safe>
                  {f.name}
                </a>
              ) : (
                <span safe>{f.name}</span>
              )}{' '}
              <span safe>{`— ${f.caption}`}</span>
            </li>
          ))}
        </ul>
      ) : value?.type === 'link' && value.url ? (
        <p class="body pre-line">
          <span safe>{value.how}</span> <a href={value.url} rel="noopener noreferrer" safe>{value.url}</a>
        </p>
      ) : (
        <p class="body pre-line" safe>
          {answerText(value, ctx.locale) || ctx.t({ th: '(ไม่ได้ตอบ)', en: '(not answered)' })}
        </p>
      )}
    </div>
  )
}

function ItemControl(p: FormFieldsProps & { item: FormItem; value: AnswerValue | undefined }) {
  const { ctx, item, value, errors } = p
  const label = numbered(item, ctx) + (item.required ? '' : ctx.t({ th: ' (ถ้ามี)', en: ' (optional)' }))
  const hint = item.help ? ctx.t(item.help) : undefined
  const err = (part: string | null = null) => fieldError(ctx, errors, fieldName(item, part))
  switch (item.type) {
    case 'text': {
      const text = value?.type === 'text' ? value.text : ''
      return item.multiline ? (
        <Textarea id={fieldName(item)} label={label} hint={hint} errorMessage={err()} value={text} rows={5} />
      ) : (
        <TextInput id={fieldName(item)} label={label} hint={hint} errorMessage={err()} value={text} />
      )
    }
    case 'number':
      return <TextInput id={fieldName(item)} label={label} hint={hint} errorMessage={err()} value={value?.type === 'number' ? value.text : ''} inputmode="numeric" width="10" />
    case 'date':
      return <DateInput id={fieldName(item)} label={label} hint={hint} errorMessage={err()} locale={ctx.locale} value={value?.type === 'date' ? value : {}} />
    case 'yes_no_how': {
      const v = value?.type === 'yes_no_how' ? value : { answer: '', how: '' }
      return (
        <Fieldset id={`${fieldName(item)}-group`} label={label} hint={hint}>
          <Radios
            id={fieldName(item, 'answer')}
            label={ctx.t({ th: 'มีหรือไม่', en: 'Yes or no' })}
            errorMessage={err('answer')}
            inline
            value={v.answer}
            options={[
              { value: 'yes', text: ctx.t({ th: 'มี', en: 'Yes' }) },
              { value: 'no', text: ctx.t({ th: 'ไม่มี', en: 'No' }) },
            ]}
          />
          <Textarea id={fieldName(item, 'how')} label={ctx.t({ th: 'อย่างไร', en: 'How' })} errorMessage={err('how')} value={v.how} rows={3} />
        </Fieldset>
      )
    }
    case 'link': {
      const v = value?.type === 'link' ? value : { url: '', how: '', check: undefined, source: undefined }
      return (
        <Fieldset id={`${fieldName(item)}-group`} label={label} hint={hint}>
          {item.how ? <Textarea id={fieldName(item, 'how')} label={ctx.t({ th: 'อย่างไร', en: 'How' })} value={v.how} rows={3} /> : ''}
          <TextInput id={fieldName(item, 'url')} label={ctx.t({ th: 'ลิงก์ (URL)', en: 'Link (URL)' })} errorMessage={err('url')} value={v.url} type="url" spellcheck={false} />
          {v.source ? (
            <p class="hint" safe>
              {ctx.t({ th: 'ที่มา: {s}', en: 'Source: {s}' }, { s: ctx.t(v.source) })}
            </p>
          ) : (
            ''
          )}
          <LinkCheckNote ctx={ctx} value={v} />
        </Fieldset>
      )
    }
    case 'choice': {
      const values = value?.type === 'choice' ? value.values : []
      const options = item.options.map((o) => ({ value: o.value, text: ctx.t(o.label) }))
      return item.multiple ? (
        <Checkboxes id={fieldName(item)} label={label} hint={hint} errorMessage={err()} options={options} values={values} />
      ) : (
        <Radios id={fieldName(item)} label={label} hint={hint} errorMessage={err()} options={options} value={values[0]} />
      )
    }
    case 'files': {
      const files = value?.type === 'files' ? value.files : []
      return (
        <Fieldset id={`${fieldName(item)}-group`} label={label} hint={hint}>
          {files.map((f, i) => (
            <div class="form-attached-file">
              <p class="body">
                {p.fileHref ? (
                  <a href={p.fileHref(f.fileId)} safe>
                    {f.name}
                  </a>
                ) : (
                  <span safe>{f.name}</span>
                )}
              </p>
              <TextInput id={fieldName(item, `caption_${i}`)} label={ctx.t({ th: 'คำบรรยายภาพ', en: 'Caption' })} errorMessage={err(`caption_${i}`)} value={f.caption} />
              <div class="checkboxes__item">
                <input class="checkboxes__input" id={fieldName(item, `remove_${i}`)} name={fieldName(item, `remove_${i}`)} type="checkbox" value="yes" />
                <label class="choice__label" for={fieldName(item, `remove_${i}`)} safe>
                  {ctx.t({ th: 'นำไฟล์นี้ออก', en: 'Remove this file' })}
                </label>
              </div>
            </div>
          ))}
          {files.length < item.maxFiles ? (
            <>
              <FileInput
                id={fieldName(item, 'new')}
                label={ctx.t({ th: 'เพิ่มไฟล์', en: 'Add a file' })}
                hint={ctx.t({ th: 'แนบได้อีก {n} ไฟล์', en: 'Up to {n} more' }, { n: item.maxFiles - files.length })}
                errorMessage={err('new')}
                accept={item.photosOnly ? 'image/jpeg,image/png,image/webp' : undefined}
              />
              <TextInput id={fieldName(item, 'new_caption')} label={ctx.t({ th: 'คำบรรยายของไฟล์ที่เพิ่ม', en: 'Caption of the added file' })} />
            </>
          ) : (
            ''
          )}
        </Fieldset>
      )
    }
    case 'table': {
      const rows = value?.type === 'table' ? value.rows : []
      const shown = [...rows, ...(rows.length < item.maxRows ? [{}] : [])] as Record<string, string>[]
      return (
        <Fieldset id={fieldName(item)} label={label} hint={hint} errorMessage={err()}>
          {shown.map((row, r) =>
            item.columns.map((c) => (
              <TextInput id={fieldName(item, `r${r}__${c.id}`)} label={`${ctx.t(c.title)} (${r + 1})`} value={row[c.id] ?? ''} inputmode={c.kind === 'number' ? 'numeric' : undefined} />
            )),
          )}
        </Fieldset>
      )
    }
    case 'group':
      return ''
  }
}

function LinkCheckNote({ ctx, value }: { ctx: PageContext; value: { check?: { status: string; httpStatus?: number } | undefined } }) {
  const c = value.check
  if (!c) return ''
  const text =
    c.status === 'ok'
      ? ctx.t({ th: 'ตรวจแล้ว: ลิงก์เปิดได้', en: 'Checked: the link opens' })
      : c.status === 'broken'
        ? ctx.t({ th: 'ตรวจแล้ว: ลิงก์เปิดไม่ได้ ({s}) กรุณาตรวจสอบ', en: 'Checked: the link does not open ({s}); please check it' }, { s: String(c.httpStatus ?? '—') })
        : c.status === 'off_site'
          ? ctx.t({ th: 'ลิงก์ไม่ได้อยู่บนเว็บไซต์ของหน่วยงาน', en: "The link is not on the agency's website" })
          : ctx.t({ th: 'ลิงก์ไม่ถูกต้อง', en: 'The link is not valid' })
  return (
    <p class={c.status === 'ok' ? 'hint' : 'error-message'} safe>
      {text}
    </p>
  )
}
