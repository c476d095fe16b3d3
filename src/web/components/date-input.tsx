import { Fieldset } from './choices.tsx'
import type { FieldProps } from './form-fields.tsx'
import type { Locale } from '../../platform/i18n/locale.ts'

export type BeDateParts = { day?: string; month?: string; year?: string }

/**
 * A Buddhist-Era date as three boxes (day, month, year พ.ศ.), which work on every
 * phone and without JavaScript; the parts are posted as `<name>-day`, `-month`, `-year`.
 */
export function DateInput(props: FieldProps & { locale: Locale; value?: BeDateParts }) {
  const name = props.name ?? props.id
  const part = (key: 'day' | 'month' | 'year', label: string, width: string) => (
    <div class="date-input__item">
      <label class="label date-input__label" for={`${props.id}-${key}`} safe>
        {label}
      </label>
      <input
        class={`input input--width-${width}${props.errorMessage ? ' input--error' : ''}`}
        id={`${props.id}-${key}`}
        name={`${name}-${key}`}
        type="text"
        inputmode="numeric"
        value={props.value?.[key]}
      />
    </div>
  )
  const th = props.locale === 'th'
  return (
    <Fieldset {...props}>
      <div class="date-input">
        {part('day', th ? 'วันที่' : 'Day', '2')}
        {part('month', th ? 'เดือน' : 'Month', '2')}
        {part('year', th ? 'ปี (พ.ศ.)' : 'Year (BE)', '4')}
      </div>
    </Fieldset>
  )
}
