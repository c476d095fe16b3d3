import { FormGroup, describedBy, type FieldProps } from './form-fields.tsx'

export function FileInput(props: FieldProps & { accept?: string; multiple?: boolean }) {
  return (
    <FormGroup {...props}>
      <input
        class={props.errorMessage ? 'file-upload file-upload--error' : 'file-upload'}
        id={props.id}
        name={props.name ?? props.id}
        type="file"
        accept={props.accept}
        multiple={props.multiple}
        aria-describedby={describedBy(props)}
      />
    </FormGroup>
  )
}
