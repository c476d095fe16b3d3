import { HintAndError, describedBy, type FieldProps, type Option } from './form-fields.tsx'
import type { Children } from '@kitajs/html'

/** A group of related inputs under one legend: radios, checkboxes and the date input use it. */
export function Fieldset(props: FieldProps & { children: Children }) {
  return (
    <div class={props.errorMessage ? 'form-group form-group--error' : 'form-group'}>
      <fieldset class="fieldset" id={props.id} aria-describedby={describedBy(props)}>
        <legend class={props.isPageHeading ? 'fieldset__legend fieldset__legend--l' : 'fieldset__legend'} safe>
          {props.label}
        </legend>
        <HintAndError {...props} />
        {props.children}
      </fieldset>
    </div>
  )
}

function Choice(props: { type: 'radio' | 'checkbox'; name: string; id: string; option: Option; checked: boolean }) {
  const hintId = props.option.hint ? `${props.id}-item-hint` : undefined
  return (
    <div class={props.type === 'radio' ? 'radios__item' : 'checkboxes__item'}>
      <input
        class={props.type === 'radio' ? 'radios__input' : 'checkboxes__input'}
        id={props.id}
        name={props.name}
        type={props.type}
        value={props.option.value}
        checked={props.checked}
        aria-describedby={hintId}
      />
      <label class="choice__label" for={props.id} safe>
        {props.option.text}
      </label>
      {hintId ? (
        <div id={hintId} class="hint choice__hint" safe>
          {props.option.hint}
        </div>
      ) : (
        ''
      )}
    </div>
  )
}

export function Radios(props: FieldProps & { options: Option[]; value?: string | undefined; inline?: boolean }) {
  const name = props.name ?? props.id
  return (
    <Fieldset {...props}>
      <div class={props.inline ? 'radios radios--inline' : 'radios'}>
        {props.options.map((o, i) => (
          <Choice type="radio" name={name} id={i === 0 ? `${props.id}-input` : `${props.id}-${i}`} option={o} checked={o.value === props.value} />
        ))}
      </div>
    </Fieldset>
  )
}

export function Checkboxes(props: FieldProps & { options: Option[]; values?: readonly string[] }) {
  const name = props.name ?? props.id
  const selected = new Set(props.values ?? [])
  return (
    <Fieldset {...props}>
      <div class="checkboxes">
        {props.options.map((o, i) => (
          <Choice type="checkbox" name={name} id={i === 0 ? `${props.id}-input` : `${props.id}-${i}`} option={o} checked={selected.has(o.value)} />
        ))}
      </div>
    </Fieldset>
  )
}
