/** The measure library form (B2): indicator, Thai and English text, where it came from. */
import { ValidationError, type FieldErrors } from '../../errors.ts'
import { fromThaiDigits } from '../../platform/thai-calendar/index.ts'
import { checkLibraryMeasure, type LibraryMeasure, type LibraryMeasureDraft } from './measure-library.domain.ts'

export type MeasureFormValues = { indicator: string; th: string; en: string; source: string }

const str = (b: Record<string, unknown>, key: string) => (typeof b[key] === 'string' ? (b[key] as string) : '')

export function readMeasureForm(body: unknown): MeasureFormValues {
  const b = (body ?? {}) as Record<string, unknown>
  return { indicator: str(b, 'indicator'), th: str(b, 'th'), en: str(b, 'en'), source: str(b, 'source') }
}

export function measureFormFrom(m: LibraryMeasure): MeasureFormValues {
  return { indicator: String(m.indicator), th: m.th, en: m.en, source: m.source }
}

/** The trimmed draft, or a ValidationError with a message per field. */
export function parseMeasureForm(values: MeasureFormValues, others: readonly LibraryMeasure[]): LibraryMeasureDraft {
  const indicatorText = fromThaiDigits(values.indicator.trim())
  const draft = { indicator: /^[0-9]{1,2}$/.test(indicatorText) ? Number(indicatorText) : NaN, th: values.th.trim(), en: values.en.trim(), source: values.source.trim() }
  const problems = checkLibraryMeasure(draft, others)
  if (Object.keys(problems).length > 0) throw new ValidationError(problems as FieldErrors)
  return draft
}
