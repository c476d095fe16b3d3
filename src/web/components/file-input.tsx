import { FormGroup, describedBy, type FieldProps } from './form-fields.tsx'

/**
 * A file uploaded with a form that came back with errors: the form carries a signed reference
 * to it instead of asking for the file again. Texts come translated, like every other prop.
 */
export type KeptFile = {
  /** Sent back as `<name>_kept` in place of the file. */
  reference: string
  name: string
  /** Already formatted, e.g. "120 KB". */
  size: string
  /** "Already uploaded:" */
  intro: string
  /** Label of the checkbox `<name>_discard` that drops the kept file. */
  discardLabel: string
  preview?: { src: string; alt: string } | undefined
}

export function FileInput(props: FieldProps & { accept?: string; multiple?: boolean; kept?: KeptFile | undefined }) {
  const name = props.name ?? props.id
  const kept = props.kept
  return (
    <FormGroup {...props}>
      {kept ? (
        <div class="file-upload__kept">
          <input type="hidden" name={`${name}_kept`} value={kept.reference} />
          {kept.preview ? <img class="file-upload__preview" src={kept.preview.src} alt={kept.preview.alt} width="96" /> : ''}
          <p class="body">
            <span safe>{kept.intro}</span> <strong safe>{kept.name}</strong> <span safe>({kept.size})</span>
          </p>
          <div class="checkboxes__item">
            <input class="checkboxes__input" id={`${props.id}-discard`} name={`${name}_discard`} type="checkbox" value="yes" />
            <label class="choice__label" for={`${props.id}-discard`} safe>
              {kept.discardLabel}
            </label>
          </div>
        </div>
      ) : (
        ''
      )}
      <input
        class={props.errorMessage ? 'file-upload file-upload--error' : 'file-upload'}
        id={props.id}
        name={name}
        type="file"
        accept={props.accept}
        multiple={props.multiple}
        aria-describedby={describedBy(props)}
      />
    </FormGroup>
  )
}
