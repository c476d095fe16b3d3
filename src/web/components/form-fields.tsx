import type { Children } from '@kitajs/html'

/** Shared label / hint / error scaffolding for every field, so each control stays a few lines. */
export type FieldProps = {
  id: string
  name?: string
  label: string
  hint?: string | undefined
  errorMessage?: string | undefined
  /** Visually larger label when the field is the whole question of the page. */
  isPageHeading?: boolean
}

export function describedBy(p: FieldProps): string | undefined {
  const ids = [p.hint ? `${p.id}-hint` : '', p.errorMessage ? `${p.id}-error` : ''].filter(Boolean)
  return ids.length ? ids.join(' ') : undefined
}

/** The hint and error message under a label or legend; both are tied to the control by aria-describedby. */
export function HintAndError(props: Pick<FieldProps, 'id' | 'hint' | 'errorMessage'>) {
  return (
    <>
      {props.hint ? (
        <div id={`${props.id}-hint`} class="hint" safe>
          {props.hint}
        </div>
      ) : (
        ''
      )}
      {props.errorMessage ? (
        <p id={`${props.id}-error`} class="error-message">
          <span class="visually-hidden">ข้อผิดพลาด (Error):</span> <span safe>{props.errorMessage}</span>
        </p>
      ) : (
        ''
      )}
    </>
  )
}

export function FormGroup(props: FieldProps & { children: Children; labelFor?: boolean }) {
  return (
    <div class={props.errorMessage ? 'form-group form-group--error' : 'form-group'}>
      <label class={props.isPageHeading ? 'label label--l' : 'label'} for={props.id} safe>
        {props.label}
      </label>
      <HintAndError {...props} />
      {props.children}
    </div>
  )
}

export function TextInput(
  props: FieldProps & {
    value?: string | undefined
    type?: 'text' | 'email' | 'password' | 'tel' | 'url' | 'number' | 'search'
    autocomplete?: string
    inputmode?: 'numeric' | 'text' | 'email' | 'tel' | 'url'
    width?: 'full' | '20' | '10' | '5' | '4' | '2'
    required?: boolean
    spellcheck?: boolean
  },
) {
  return (
    <FormGroup {...props}>
      <input
        class={`input${props.width && props.width !== 'full' ? ` input--width-${props.width}` : ''}${props.errorMessage ? ' input--error' : ''}`}
        id={props.id}
        name={props.name ?? props.id}
        type={props.type ?? 'text'}
        value={props.type === 'password' ? undefined : props.value}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        aria-describedby={describedBy(props)}
        aria-invalid={props.errorMessage ? 'true' : undefined}
        required={props.required}
        spellcheck={props.spellcheck === false ? 'false' : undefined}
      />
    </FormGroup>
  )
}

export function Textarea(props: FieldProps & { value?: string | undefined; rows?: number; required?: boolean }) {
  return (
    <FormGroup {...props}>
      <textarea
        class={props.errorMessage ? 'textarea textarea--error' : 'textarea'}
        id={props.id}
        name={props.name ?? props.id}
        rows={String(props.rows ?? 5)}
        aria-describedby={describedBy(props)}
        aria-invalid={props.errorMessage ? 'true' : undefined}
        required={props.required}
        safe
      >
        {props.value ?? ''}
      </textarea>
    </FormGroup>
  )
}

export type Option = { value: string; text: string; hint?: string }

export function Select(props: FieldProps & { options: Option[]; value?: string | undefined; emptyText?: string }) {
  return (
    <FormGroup {...props}>
      <select
        class={props.errorMessage ? 'select select--error' : 'select'}
        id={props.id}
        name={props.name ?? props.id}
        aria-describedby={describedBy(props)}
        aria-invalid={props.errorMessage ? 'true' : undefined}
      >
        {props.emptyText !== undefined ? (
          <option value="" safe>
            {props.emptyText}
          </option>
        ) : (
          ''
        )}
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value} safe>
            {o.text}
          </option>
        ))}
      </select>
    </FormGroup>
  )
}
