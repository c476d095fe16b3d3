import type { AnswerValue, AttachedFile, Answers } from './form-answers.ts'
import type { FormDefinition, FormItem } from './form-definition.ts'
import { answerableItems } from './form-definition.ts'

/**
 * How answers travel in an HTML form (no JavaScript needed): every control of item `x` is named
 * `a__x` or `a__x__<part>`. Files already attached are not trusted from the form: only those of
 * the stored answer stay, with the captions and removals the form sends.
 */
export const FIELD_PREFIX = 'a__'

export function fieldName(item: Pick<FormItem, 'id'>, part: string | null = null): string {
  return part ? `${FIELD_PREFIX}${item.id}__${part}` : `${FIELD_PREFIX}${item.id}`
}

/** The id of the element an error message links to. */
export const anchorOf = fieldName

export const MAX_TABLE_ROWS_POSTED = 200

function str(body: Record<string, unknown>, key: string): string {
  const v = body[key]
  if (typeof v === 'string') return v
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0]
  return ''
}

function strs(body: Record<string, unknown>, key: string): string[] {
  const v = body[key]
  if (typeof v === 'string') return v ? [v] : []
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string' && x !== '')
  return []
}

/** The answers a posted form carries; `stored` supplies files and link checks the form cannot. */
export function readAnswers(def: FormDefinition, body: unknown, stored: Answers): Answers {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>
  const out: Answers = {}
  for (const item of answerableItems(def)) {
    const v = readItem(item, b, stored[item.id])
    if (v) out[item.id] = v
  }
  return out
}

function readItem(item: FormItem, b: Record<string, unknown>, stored: AnswerValue | undefined): AnswerValue | null {
  const f = (part: string | null = null) => str(b, fieldName(item, part))
  switch (item.type) {
    case 'text':
      return { type: 'text', text: f() }
    case 'yes_no_how': {
      const a = f('answer')
      return { type: 'yes_no_how', answer: a === 'yes' || a === 'no' ? a : '', how: f('how') }
    }
    case 'link': {
      const url = f('url').trim()
      const prior = stored?.type === 'link' ? stored : undefined
      // The check belongs to the address it was made on; a new address has not been checked yet.
      const check = prior && prior.url.trim() === url ? prior.check : undefined
      const source = prior && prior.url.trim() === url ? prior.source : undefined
      return { type: 'link', url, how: f('how'), check, source }
    }
    case 'number':
      return { type: 'number', text: f() }
    case 'date':
      return { type: 'date', day: str(b, `${fieldName(item)}-day`), month: str(b, `${fieldName(item)}-month`), year: str(b, `${fieldName(item)}-year`) }
    case 'choice':
      return { type: 'choice', values: strs(b, fieldName(item)) }
    case 'files': {
      const prior: AttachedFile[] = stored?.type === 'files' ? stored.files : []
      const files = prior
        .map((file, i) => ({ file, i }))
        .filter(({ i }) => f(`remove_${i}`) !== 'yes')
        .map(({ file, i }) => ({ ...file, caption: b[fieldName(item, `caption_${i}`)] === undefined ? file.caption : f(`caption_${i}`) }))
      return { type: 'files', files }
    }
    case 'table': {
      const rows: Record<string, string>[] = []
      for (let r = 0; r < Math.min(MAX_TABLE_ROWS_POSTED, item.maxRows + 1); r++) {
        const row: Record<string, string> = {}
        let present = false
        for (const c of item.columns) {
          const key = fieldName(item, `r${r}__${c.id}`)
          if (key in b) present = true
          row[c.id] = str(b, key)
        }
        if (!present) break
        if (Object.values(row).some((c) => c.trim())) rows.push(row)
      }
      return { type: 'table', rows }
    }
    case 'group':
      return null
  }
}

/** A file newly uploaded with the form, added after those already attached. */
export function attachFile(answers: Answers, item: FormItem, file: AttachedFile): Answers {
  const prior = answers[item.id]
  const files = prior?.type === 'files' ? prior.files : []
  return { ...answers, [item.id]: { type: 'files', files: [...files, file] } }
}
