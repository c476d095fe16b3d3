import type { FieldErrors } from '../../../errors.ts'

/** What was typed into a rejected form, and why it was rejected. */
export type FormState = { values: Record<string, string>; errors: FieldErrors }
