import type { FieldErrors } from '../../../errors.ts'

/** Which form of a page was rejected, with what was typed and why: a page with several forms re-renders only that one's values. */
export type FormState = { form: string; values: Record<string, string>; errors: FieldErrors }

export function stateFor(state: FormState | undefined, form: string): { values: Record<string, string>; errors: FieldErrors | undefined } {
  return state && state.form === form ? { values: state.values, errors: state.errors } : { values: {}, errors: undefined }
}
