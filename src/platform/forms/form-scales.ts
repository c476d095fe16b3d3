import type { AnswerValue } from './form-answers.ts'
import type { ChoiceOption, FormItem, Localised } from './form-definition.ts'

/**
 * Rating scales as ordinary single-choice items whose options carry a level, so the engine's
 * controls, field reading and validation work for them unchanged (radios, no JavaScript). The
 * official IIT/EIT instruments ask yes/no or four levels (น้อยที่สุดหรือไม่มีเลย / น้อย / มาก /
 * มากที่สุด), either with "not applicable"; satisfaction surveys commonly ask five levels.
 * What a level is worth in points is not decided here: it is per-year data of the caller.
 */
export const SCALES = ['four_level', 'yes_no', 'five_level'] as const
export type Scale = (typeof SCALES)[number]

/** The option value for "not applicable": counted, never scored. */
export const NOT_APPLICABLE = 'na'

const FOUR: ChoiceOption[] = [
  { value: '1', label: { th: 'น้อยที่สุดหรือไม่มีเลย', en: 'Least or none' } },
  { value: '2', label: { th: 'น้อย', en: 'Little' } },
  { value: '3', label: { th: 'มาก', en: 'Much' } },
  { value: '4', label: { th: 'มากที่สุด', en: 'Most' } },
]
const YES_NO: ChoiceOption[] = [
  { value: 'yes', label: { th: 'ใช่ / มี', en: 'Yes' } },
  { value: 'no', label: { th: 'ไม่ใช่ / ไม่มี', en: 'No' } },
]
const FIVE: ChoiceOption[] = [
  { value: '5', label: { th: 'มากที่สุด', en: 'Very satisfied' } },
  { value: '4', label: { th: 'มาก', en: 'Satisfied' } },
  { value: '3', label: { th: 'ปานกลาง', en: 'Neutral' } },
  { value: '2', label: { th: 'น้อย', en: 'Dissatisfied' } },
  { value: '1', label: { th: 'น้อยที่สุด', en: 'Very dissatisfied' } },
]
const NA: ChoiceOption = { value: NOT_APPLICABLE, label: { th: 'ไม่เกี่ยวข้อง / ไม่มีข้อมูล', en: 'Not applicable' } }

export function scaleOptions(scale: Scale, notApplicable: boolean): ChoiceOption[] {
  const base = scale === 'four_level' ? FOUR : scale === 'yes_no' ? YES_NO : FIVE
  return notApplicable ? [...base, NA] : [...base]
}

/** A scale question: a required single choice whose options are the scale's levels. */
export function scaleItem(input: { id: string; number: string; title: Localised; scale: Scale; notApplicable?: boolean; required?: boolean; help?: Localised }): FormItem {
  return {
    id: input.id,
    number: input.number,
    title: input.title,
    ...(input.help ? { help: input.help } : {}),
    required: input.required ?? true,
    type: 'choice',
    options: scaleOptions(input.scale, input.notApplicable ?? false),
  }
}

/** The scale an item asks on, recognised from its options (so stored definitions need no new field). */
export function scaleOf(item: FormItem): Scale | null {
  if (item.type !== 'choice' || item.multiple) return null
  const values = item.options.map((o) => o.value).filter((v) => v !== NOT_APPLICABLE)
  const same = (opts: ChoiceOption[]) => values.length === opts.length && opts.every((o) => values.includes(o.value))
  if (same(FOUR)) return 'four_level'
  if (same(YES_NO)) return 'yes_no'
  if (same(FIVE)) return 'five_level'
  return null
}

/**
 * The level chosen on a scale item: 1…n on four/five-level scales (yes = 1, no = 0), 'na' for
 * not applicable, null when unanswered or not a scale item.
 */
export function scaleLevel(item: FormItem, value: AnswerValue | undefined): number | 'na' | null {
  const scale = scaleOf(item)
  if (!scale || value?.type !== 'choice') return null
  const v = value.values[0]
  if (v === undefined) return null
  if (v === NOT_APPLICABLE) return 'na'
  if (scale === 'yes_no') return v === 'yes' ? 1 : v === 'no' ? 0 : null
  const n = Number(v)
  return Number.isInteger(n) ? n : null
}
